import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../preload/contract/idp.js';
import { CopyButton } from '../../components/copy-button.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalXS,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'center',
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { display: 'flex', alignItems: 'center', margin: 0, minWidth: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', fontSize: '12px' },
});

/** The IdP's certificates: subject, issuer, validity, SHA-1 (Entra's thumbprint) and SHA-256 (copy), expiry. */
export function CertificateList({ certificates }: { certificates: readonly CertificateSummary[] }) {
  const { t, i18n } = useTranslation('idp');
  const styles = useStyles();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  if (certificates.length === 0) return <Text>{t('summary.noCertificates')}</Text>;
  return (
    <ul className={styles.list}>
      {certificates.map((cert) => (
        <li
          key={`${cert.use}-${cert.sha256Fingerprint}`}
          className={styles.item}
          data-testid="idp-certificate"
        >
          <div className={styles.head}>
            <Text weight="semibold">{t(`summary.use.${cert.use}`)}</Text>
            <ExpiryBadge daysLeft={cert.daysLeft} />
          </div>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('summary.subject')}</dt>
            <dd className={styles.value}>
              <Text>{cert.subject}</Text>
            </dd>
            <dt className={styles.term}>{t('summary.issuer')}</dt>
            <dd className={styles.value}>
              <Text>{cert.issuer}</Text>
            </dd>
            <dt className={styles.term}>{t('summary.validity')}</dt>
            <dd className={styles.value}>
              <Text>
                {t('summary.validityRange', {
                  from: date.format(new Date(cert.notBefore)),
                  to: date.format(new Date(cert.notAfter)),
                })}
              </Text>
            </dd>
            {cert.sha1Fingerprint ? (
              <>
                <dt className={styles.term}>{t('summary.sha1')}</dt>
                <dd className={styles.value}>
                  <Text className={styles.mono} data-testid="idp-certificate-sha1">
                    {cert.sha1Fingerprint}
                  </Text>
                  <CopyButton value={cert.sha1Fingerprint} label={t('summary.sha1')} />
                </dd>
              </>
            ) : null}
            <dt className={styles.term}>{t('summary.sha256')}</dt>
            <dd className={styles.value}>
              <Text className={styles.mono}>{cert.sha256Fingerprint}</Text>
              <CopyButton value={cert.sha256Fingerprint} label={t('summary.sha256')} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
