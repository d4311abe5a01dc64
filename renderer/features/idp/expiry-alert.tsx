import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { daysSinceExpiry } from '../../../preload/contract/health-rules.js';
import type { CertificateSummary } from '../../../preload/contract/idp.js';
import { useHealthContext } from '../../components/health-context.js';

/**
 * The loudest certificate expiry of an IdP, above everything else: an expired
 * signing certificate stops sign-ins as soon as the IdP or Docbits enforces it.
 */
export function ExpiryAlert({ certificates }: { certificates: readonly CertificateSummary[] }) {
  const { t, i18n } = useTranslation('idp');
  const [notice] = useHealthContext().thresholds;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const signing = certificates.filter((c) => c.use !== 'encryption');
  const worst = [...signing].sort((a, b) => a.daysLeft - b.daysLeft)[0];
  if (!worst || (!worst.expired && worst.daysLeft > notice)) return null;
  const params = {
    subject: worst.subject,
    date: date.format(new Date(worst.notAfter)),
    // Whole days since or until expiry, counted as the expiry badge counts them.
    count: worst.expired ? daysSinceExpiry(worst.daysLeft) : worst.daysLeft,
  };
  return (
    // The style of its finding (CERT_EXPIRED, CERT_EXPIRING_SOON: warnings): it never blocks Configure.
    <MessageBar intent="warning" data-testid="idp-expiry-alert">
      <MessageBarBody>
        <MessageBarTitle>
          {worst.expired ? t('alert.expiredTitle') : t('alert.expiringTitle')}
        </MessageBarTitle>
        {worst.expired ? t('alert.expired', params) : t('alert.expiring', params)}
      </MessageBarBody>
    </MessageBar>
  );
}
