import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleFilled, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WARNING_DAYS } from '../../../preload/contract/constants.js';

const [NOTICE, URGENT, CRITICAL] = EXPIRY_WARNING_DAYS;

/** The product's expiry steps: fine, then 60/30/7 days, then expired (loudest). */
export function idpExpiryColor(daysLeft: number, expired: boolean): BadgeProps['color'] {
  if (expired || daysLeft < 0 || daysLeft <= CRITICAL) return 'danger';
  if (daysLeft <= URGENT) return 'severe';
  if (daysLeft <= NOTICE) return 'warning';
  return 'success';
}

/** Days left (or since expiry) of an IdP certificate, coloured from 60 days on. */
export function IdpExpiryBadge({ daysLeft, expired }: { daysLeft: number; expired: boolean }) {
  const { t } = useTranslation('idp');
  const color = idpExpiryColor(daysLeft, expired);
  const text = expired
    ? t('expiry.expired', { count: Math.max(0, -daysLeft) })
    : daysLeft <= NOTICE
      ? t('expiry.soon', { count: daysLeft })
      : t('expiry.ok', { count: daysLeft });
  return (
    <Badge
      appearance={expired ? 'filled' : 'tint'}
      color={color}
      icon={
        color === 'success' ? (
          <CheckmarkCircleRegular />
        ) : expired ? (
          <ErrorCircleFilled />
        ) : (
          <WarningRegular />
        )
      }
      data-testid="idp-expiry-badge"
      data-color={color}
    >
      {text}
    </Badge>
  );
}
