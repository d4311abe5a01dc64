import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { HealthItem } from '../../../preload/contract/overview.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';
import { FactList, type Fact } from './fact-list.js';
import { useDateFormat, WithBadge } from './fact-values.js';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
});

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The configured IdP: entity, source, tenant match, each certificate's and the metadata's expiry. */
export function IdpFacts({ items }: { items: readonly HealthItem[] }) {
  const { t } = useTranslation('overview');
  const styles = useStyles();
  const date = useDateFormat();
  const configuration = items.find((item) => item.kind === 'idpConfiguration');
  const certificates = items.filter((item) => item.kind === 'idpCertificate');
  const metadata = items.find((item) => item.kind === 'idpMetadata');
  const f = configuration?.facts ?? {};
  const tenant =
    typeof f.tenant !== 'string'
      ? t('idp.tenantNone')
      : typeof f.tenantMatch === 'string'
        ? t(`idp.tenantMatch.${f.tenantMatch}`, { tenant: f.tenant })
        : f.tenant;
  if (!configuration || configuration.reason === 'NOT_SET_UP') {
    return (
      <>
        <Text>{t('idp.none')}</Text>
        {typeof f.tenant === 'string' ? (
          <FactList facts={[{ name: 'tenant', label: t('idp.tenant'), value: tenant }]} />
        ) : null}
      </>
    );
  }
  const source = t(f.source === 'manual' ? 'idp.sourceManual' : 'idp.sourceFile', {
    fileName: text(f.fileName),
    date: date(text(f.configuredAt)),
  });
  const facts: Fact[] = [
    { name: 'entityId', label: t('idp.entityId'), value: text(f.entityId), mono: true },
    { name: 'source', label: t('idp.source'), value: source },
    { name: 'tenant', label: t('idp.tenant'), value: tenant },
    {
      name: 'certificates',
      label: t('idp.certificates'),
      value: (
        <ul className={styles.list}>
          {certificates.map((cert) => (
            <li key={cert.id} data-testid="overview-idp-certificate">
              <WithBadge
                text={t('idp.certificate', {
                  use: t(`idp.use.${text(cert.facts.use)}`),
                  subject: text(cert.facts.subject),
                })}
              >
                <ExpiryBadge daysLeft={cert.daysLeft ?? 0} />
              </WithBadge>
            </li>
          ))}
        </ul>
      ),
    },
  ];
  if (metadata) {
    facts.push({
      name: 'validUntil',
      label: t('idp.validUntil'),
      value: (
        <WithBadge text={date(metadata.expires ?? '')}>
          <ExpiryBadge daysLeft={metadata.daysLeft ?? 0} />
        </WithBadge>
      ),
    });
  }
  return <FactList facts={facts} />;
}
