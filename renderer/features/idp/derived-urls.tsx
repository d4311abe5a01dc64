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
import type { TenantUrls } from '../../../preload/contract/idp.js';
import { CopyButton } from '../../components/copy-button.js';

const useStyles = makeStyles({
  name: { width: '30%' },
  copy: { width: '48px' },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

type Row = { key: string; value: string | undefined };

/** The Entra values derived from the tenant (and client) ID, each with a copy button. */
export function DerivedUrls({ urls }: { urls: TenantUrls }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const rows: Row[] = [
    { key: 'federationMetadataUrl', value: urls.federationMetadataUrl },
    { key: 'openIdConfigurationUrl', value: urls.openIdConfigurationUrl },
    { key: 'issuerV1', value: urls.issuerV1 },
    { key: 'issuerV2', value: urls.issuerV2 },
    { key: 'audience', value: urls.audience },
    { key: 'objectIdClaim', value: urls.objectIdClaim },
  ];
  return (
    <Table aria-label={t('tenant.derivedTitle')} data-testid="idp-derived" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.name}>{t('tenant.value')}</TableHeaderCell>
          <TableHeaderCell>{t('tenant.derived')}</TableHeaderCell>
          <TableHeaderCell className={styles.copy}>
            <span className={styles.srOnly}>{t('common:actions.copy')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-derived={row.key}>
            <TableCell>
              <Text weight="semibold">{t(`derived.${row.key}`)}</Text>
              <Text size={200} className={styles.hint}>
                {t(`derivedHints.${row.key}`)}
              </Text>
            </TableCell>
            <TableCell>
              {row.value ? (
                <Text className={styles.value}>{row.value}</Text>
              ) : (
                <Text className={styles.missing}>{t('tenant.needsClientId')}</Text>
              )}
            </TableCell>
            <TableCell>
              {row.value ? <CopyButton value={row.value} label={t(`derived.${row.key}`)} /> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
