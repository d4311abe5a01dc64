import { MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SpCertificateView } from '../../../preload/contract/sp.js';
import { CopyButton } from '../../components/copy-button.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';
import { breakable } from './breakable.js';
import { factGridStyles } from '../../components/fact-grid-styles.js';

const useStyles = makeStyles({
  ...factGridStyles,
});

/** The facts of one certificate: subject, issuer, serial, validity, fingerprints, key. */
export function CertificateSummary({
  certificate,
  testId,
}: {
  certificate: SpCertificateView;
  testId: string;
}) {
  const { t, i18n } = useTranslation('sp');
  const styles = useStyles();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const row = (term: string, value: string, options: { mono?: boolean; copy?: boolean } = {}) => (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>
        <Text className={options.mono ? styles.mono : undefined}>
          {options.mono ? breakable(value) : value}
        </Text>
        {options.copy ? <CopyButton value={value} label={term} /> : null}
      </dd>
    </>
  );
  return (
    <div data-testid={testId}>
      {certificate.keyStatus !== 'ok' ? (
        <MessageBar intent={certificate.keyStatus === 'unknown' ? 'warning' : 'error'}>
          <MessageBarBody>{t(`cert.keyStatus.${certificate.keyStatus}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <dl className={styles.facts}>
        {row(t('cert.subject'), certificate.subject, { copy: true })}
        {row(t('cert.issuer'), certificate.issuer)}
        {row(t('cert.serial'), certificate.serialNumber, { mono: true, copy: true })}
        <dt className={styles.term}>{t('cert.validity')}</dt>
        <dd className={styles.value}>
          <Text>
            {t('cert.validityRange', {
              from: date.format(new Date(certificate.notBefore)),
              to: date.format(new Date(certificate.notAfter)),
            })}
          </Text>
          <ExpiryBadge daysLeft={certificate.daysToExpiry} />
        </dd>
        {row(t('cert.sha1'), certificate.sha1Fingerprint, { mono: true, copy: true })}
        {row(t('cert.sha256'), certificate.sha256Fingerprint, { mono: true, copy: true })}
        {row(
          t('cert.key'),
          `${t('cert.keyBits', { bits: certificate.keyBits })} · ${t(`cert.origin.${certificate.origin}`)}`,
        )}
      </dl>
    </div>
  );
}
