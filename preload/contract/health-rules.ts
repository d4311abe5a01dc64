// Pure and zod-free: main grades every part with these rules, and the renderer
// colours its badges with the very same ones, so a certificate never reads
// "attention" in one place and "ok" in another.
import { EXPIRY_WARNING_DAYS } from './constants.js';

/** The states of a part, best first: a worse state ranks higher. */
export const HEALTH_STATES = ['ok', 'not-set-up', 'attention', 'critical'] as const;
/** How a part (or one item of it) is doing. */
export type HealthState = (typeof HEALTH_STATES)[number];

/**
 * Expiry thresholds in days, largest first: within the first an item needs
 * attention, within the last it is critical; an OS notification is sent once
 * as each is crossed, and once more at expiry.
 */
export type ExpiryThresholds = readonly [number, number, number];

/** The product's thresholds (60 / 30 / 7 days) until the admin changes them. */
export const DEFAULT_EXPIRY_THRESHOLDS: ExpiryThresholds = EXPIRY_WARNING_DAYS;

/** The threshold a notification stands for once the item has expired. */
export const EXPIRED_THRESHOLD = 0;

/** The state of something that expires in `daysLeft` whole days (negative once expired). */
export function expiryState(
  daysLeft: number,
  thresholds: ExpiryThresholds,
): 'ok' | 'attention' | 'critical' {
  if (daysLeft < 0 || daysLeft <= thresholds[2]) return 'critical';
  if (daysLeft <= thresholds[0]) return 'attention';
  return 'ok';
}

/**
 * The smallest threshold already crossed (EXPIRED_THRESHOLD once expired), or
 * null while none is: the step a notification announces.
 */
export function crossedThreshold(daysLeft: number, thresholds: ExpiryThresholds): number | null {
  if (daysLeft < 0) return EXPIRED_THRESHOLD;
  const crossed = thresholds.filter((days) => daysLeft <= days);
  return crossed.length > 0 ? Math.min(...crossed) : null;
}

/** The worst of `states` (`ok` for none). */
export function worstState(states: Iterable<HealthState>): HealthState {
  let worst: HealthState = 'ok';
  for (const state of states) {
    if (HEALTH_STATES.indexOf(state) > HEALTH_STATES.indexOf(worst)) worst = state;
  }
  return worst;
}

/**
 * The state that counts for monitoring and for the overview's own badge: a
 * required part that is not set up needs attention; an optional one (e.g.
 * connections) not set up does not count at all.
 */
export function countedState(item: { state: HealthState; required: boolean }): HealthState {
  if (item.state !== 'not-set-up') return item.state;
  return item.required ? 'attention' : 'ok';
}

/** The overall state of a list of items, as `status` exits with it. */
export function overallState(
  items: Iterable<{ state: HealthState; required: boolean }>,
): HealthState {
  return worstState([...items].map(countedState));
}

/** True when `thresholds` are whole days from 1 to 365, strictly decreasing. */
export function validThresholds(thresholds: readonly number[]): boolean {
  return (
    thresholds.length === 3 &&
    thresholds.every((days) => Number.isInteger(days) && days >= 1 && days <= 365) &&
    thresholds.every((days, index) => index === 0 || days < (thresholds[index - 1] as number))
  );
}

/**
 * Whole days since an expiry, for "expired N days ago" (0: today). A
 * certificate's daysLeft is floor(time left / a day), so it is -1 during the
 * first day after its instant; a calendar date (a secret valid through that
 * day, `calendarDays`) is -1 on the whole day after it.
 */
export function daysSinceExpiry(daysLeft: number, calendarDays = false): number {
  return Math.max(0, calendarDays ? -daysLeft : -daysLeft - 1);
}
