import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Endpoint, IdpSummary as Summary } from '../../../preload/contract/idp.js';
import { CopyButton } from '../../components/copy-button.js';
import { bindingName } from './binding-name.js';
import { CertificateList } from './certificate-list.js';
import { factGridStyles } from '../../components/fact-grid-styles.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  ...factGridStyles,
  service: { width: '90px' },
  binding: { width: '150px' },
  copy: { width: '48px' },
  heading: { margin: 0 },
});

type Row = { service: 'sso' | 'slo'; endpoint: Endpoint };

/** The chosen IdP: entity ID, endpoints per binding, NameID formats, signing flag, certificates. */
export function IdpSummaryView({ idp }: { idp: Omit<Summary, 'signed' | 'validUntil'> }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const rows: Row[] = [
    ...idp.ssoEndpoints.map((endpoint) => ({ service: 'sso' as const, endpoint })),
    ...idp.sloEndpoints.map((endpoint) => ({ service: 'slo' as const, endpoint })),
  ];
  return (
    <div className={styles.root} data-testid="idp-summary">
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('summary.entityId')}</dt>
        <dd className={styles.value}>
          <Text className={styles.mono} data-testid="idp-summary-entity">
            {idp.entityId}
          </Text>
          <CopyButton value={idp.entityId} label={t('summary.entityId')} />
        </dd>
        <dt className={styles.term}>{t('summary.nameIdFormats')}</dt>
        <dd className={styles.value}>
          {idp.nameIdFormats.length > 0 ? (
            <Text className={styles.mono}>{idp.nameIdFormats.join(', ')}</Text>
          ) : (
            <Text>{t('summary.none')}</Text>
          )}
        </dd>
        <dt className={styles.term}>{t('summary.wantAuthnRequestsSigned')}</dt>
        <dd className={styles.value}>
          <Text>{idp.wantAuthnRequestsSigned ? t('summary.yes') : t('summary.no')}</Text>
        </dd>
      </dl>
      <Table size="small" aria-label={t('summary.endpoints')} data-testid="idp-endpoints">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.service}>{t('summary.service')}</TableHeaderCell>
            <TableHeaderCell className={styles.binding}>{t('summary.binding')}</TableHeaderCell>
            <TableHeaderCell>{t('summary.location')}</TableHeaderCell>
            <TableHeaderCell className={styles.copy}>{t('common:actions.copy')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ service, endpoint }, index) => (
            <TableRow key={`${service}-${index}`}>
              <TableCell>{t(`summary.services.${service}`)}</TableCell>
              <TableCell>
                <Text className={styles.mono}>{bindingName(endpoint.binding)}</Text>
              </TableCell>
              <TableCell>
                <Text className={styles.mono}>{endpoint.location}</Text>
              </TableCell>
              <TableCell>
                <CopyButton
                  value={endpoint.location}
                  label={`${t(`summary.services.${service}`)} ${bindingName(endpoint.binding)}`}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text as="h4" weight="semibold" className={styles.heading}>
        {t('summary.certificates')}
      </Text>
      <CertificateList certificates={idp.certificates} />
    </div>
  );
}
