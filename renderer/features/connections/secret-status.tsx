import { Badge, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SecretFacts } from '../../../preload/contract/connections.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';

const useStyles = makeStyles({
  // A badge has a fixed height: its text must never wrap onto its border.
  badge: { whiteSpace: 'nowrap', '& .fui-Badge': { whiteSpace: 'nowrap' } },
});

/** A secret at a glance: not set, no expiry date, or its days left with the expiry colours. */
export function SecretStatus({ secret }: { secret: SecretFacts }) {
  const { t } = useTranslation('connections');
  const styles = useStyles();
  const { daysLeft } = secret;
  // Not set, or no expiry date: a plain badge; otherwise the expiry colours below.
  if (!secret.present || daysLeft === undefined) {
    return (
      <Badge
        appearance="outline"
        color="informative"
        className={styles.badge}
        data-testid="connection-secret-status"
      >
        {t(secret.present ? 'secret.noExpiry' : 'secret.notSet')}
      </Badge>
    );
  }
  return (
    <span className={styles.badge} data-testid="connection-secret-status" data-state={secret.state}>
      <ExpiryBadge daysLeft={daysLeft} calendarDays />
    </span>
  );
}
