import { Badge, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { daysSinceExpiry, expiryState } from '../../preload/contract/health-rules.js';
import { STATE_LOOK } from './health-badge.js';
import { useHealthContext } from './health-context.js';

const useStyles = makeStyles({
  whole: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/**
 * Days to expiry of a certificate, metadata or secret, coloured by the
 * admin's thresholds: the very state the overview and `status` give it.
 */
export function ExpiryBadge({
  daysLeft,
  calendarDays = false,
}: {
  daysLeft: number;
  /** `daysLeft` counts calendar dates (a secret valid through its date): -1 is the day after. */
  calendarDays?: boolean;
}) {
  const { t } = useTranslation();
  const { thresholds } = useHealthContext();
  const styles = useStyles();
  const state = expiryState(daysLeft, thresholds);
  const look = STATE_LOOK[state];
  const since = daysSinceExpiry(daysLeft, calendarDays);
  const text =
    daysLeft < 0
      ? since === 0
        ? t('expiry.expiredToday')
        : t('expiry.expired', { count: since })
      : state === 'ok'
        ? t('expiry.valid', { count: daysLeft })
        : daysLeft === 0
          ? t('expiry.today')
          : t('expiry.soon', { count: daysLeft });
  return (
    <Badge
      appearance="tint"
      color={look.color}
      icon={look.icon}
      className={styles.whole}
      data-testid="expiry-badge"
      data-state={state}
    >
      {text}
    </Badge>
  );
}
