import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SecretFacts } from '../../../preload/contract/connections.js';
import { daysSinceExpiry } from '../../../preload/contract/health-rules.js';
import { dateInWords } from './date-words.js';

/**
 * A secret within the admin's first expiry threshold (60 days unless changed on
 * the overview), or past it: said above everything else, loudest from the last
 * threshold on. Entra stops issuing tokens for it that day.
 */
export function SecretExpiryAlert({
  secret,
  what,
}: {
  secret: SecretFacts;
  what: 'clientSecret' | 'apiKey';
}) {
  const { t, i18n } = useTranslation('connections');
  const { state, daysLeft, expires } = secret;
  if (!secret.present || !expires || daysLeft === undefined || !state || state === 'ok')
    return null;
  const date = dateInWords(expires, i18n.language, 'long') ?? expires;
  const title =
    state === 'expired'
      ? t(`expiry.expired_${what}`, { count: daysSinceExpiry(daysLeft, true) })
      : daysLeft === 0
        ? t(`expiry.today_${what}`)
        : t(`expiry.expiring_${what}`, { count: daysLeft });
  return (
    <MessageBar
      intent={state === 'expired' || state === 'critical' ? 'error' : 'warning'}
      layout="multiline"
      data-testid="connection-expiry-alert"
      data-state={state}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {t(`expiry.body_${what}`, { date })}
      </MessageBarBody>
    </MessageBar>
  );
}
