import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WARNING_DAYS } from '../../../preload/contract/constants.js';

const [NOTICE, URGENT, CRITICAL] = EXPIRY_WARNING_DAYS;

/** How loud an expiry is: the 60/30/7-day steps of the product, then expired. */
export function expiryColor(days: number, expired: boolean): BadgeProps['color'] {
  if (expired || days < 0) return 'danger';
  if (days <= CRITICAL) return 'danger';
  if (days <= URGENT) return 'severe';
  if (days <= NOTICE) return 'warning';
  return 'success';
}

/** Days to expiry at a glance, with a warning colour from 60 days on. */
export function ExpiryBadge({ days, expired }: { days: number; expired: boolean }) {
  const { t } = useTranslation('sp');
  const color = expiryColor(days, expired);
  const text = expired
    ? t('expiry.expired')
    : days <= NOTICE
      ? days === 0
        ? t('expiry.today')
        : t('expiry.soon', { count: days })
      : t('expiry.ok', { count: days });
  const icon =
    color === 'success' ? (
      <CheckmarkCircleRegular />
    ) : color === 'danger' ? (
      <ErrorCircleRegular />
    ) : (
      <WarningRegular />
    );
  return (
    <Badge
      appearance="tint"
      color={color}
      icon={icon}
      data-testid="expiry-badge"
      data-color={color}
    >
      {text}
    </Badge>
  );
}
