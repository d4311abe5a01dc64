import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  CircleRegular,
  ErrorCircleRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthState } from '../../preload/contract/health-rules.js';

/** Colour and icon of each state: the same on the overview, in the navigation and on panels. */
export const STATE_LOOK: Record<HealthState, { color: BadgeProps['color']; icon: ReactElement }> = {
  ok: { color: 'success', icon: <CheckmarkCircleRegular /> },
  'not-set-up': { color: 'informative', icon: <CircleRegular /> },
  attention: { color: 'warning', icon: <WarningRegular /> },
  critical: { color: 'danger', icon: <ErrorCircleRegular /> },
};

const useStyles = makeStyles({
  compact: { marginInlineStart: '8px', flexShrink: 0 },
  // A badge never wraps: its text stays on its pill, the heading beside it wraps instead.
  whole: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** A part's state as a labelled badge ("Needs attention"). */
export function HealthBadge({ state, testId }: { state: HealthState; testId?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const look = STATE_LOOK[state];
  return (
    <Badge
      appearance="tint"
      color={look.color}
      icon={look.icon}
      className={styles.whole}
      data-testid={testId ?? 'health-badge'}
      data-state={state}
    >
      {t(`health.${state}`)}
    </Badge>
  );
}

/**
 * The worst state under a navigation item, as an icon; the item's accessible
 * name carries it in words (`health.inNav` in SectionNav), so the badge itself is hidden from
 * screen readers.
 */
export function NavHealthBadge({ state }: { state: HealthState }) {
  const styles = useStyles();
  const look = STATE_LOOK[state];
  return (
    <Badge
      // Filled: a tinted warning icon all but disappears on the light navigation column.
      appearance="filled"
      shape="circular"
      size="small"
      color={look.color}
      icon={look.icon}
      className={styles.compact}
      aria-hidden
      data-testid="nav-health"
      data-state={state}
    />
  );
}
