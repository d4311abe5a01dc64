import { expiryState, type ExpiryThresholds } from '../../preload/contract/health-rules.js';
import type { HealthItem } from '../../preload/contract/overview.js';

/** What every source grades against: one clock reading and the admin's thresholds. */
export interface HealthContext {
  now: Date;
  thresholds: ExpiryThresholds;
}

/**
 * One part's contribution to the overview (API key, SP, IdP, connections …):
 * its items, graded. A part that does not exist yet simply has no source.
 */
export type HealthSource = (context: HealthContext) => Promise<HealthItem[]>;

const DAY_MS = 86_400_000;

/** Whole days from `now` to `date` (negative once passed), counted like certificate expiry. */
export function daysUntil(date: string, now: Date): number {
  return Math.floor((Date.parse(date) - now.getTime()) / DAY_MS);
}

/** Whole days from `date` to `now` (an age). */
export function daysSince(date: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(date)) / DAY_MS);
}

/** State, reason, expiry and days left of something that expires at `expires`. */
export function expiryGrade(
  expires: string,
  context: HealthContext,
  daysLeft = daysUntil(expires, context.now),
): Pick<HealthItem, 'state' | 'reason' | 'expires' | 'daysLeft'> {
  const state = expiryState(daysLeft, context.thresholds);
  return {
    state,
    ...(state === 'ok'
      ? {}
      : { reason: daysLeft < 0 ? ('EXPIRED' as const) : ('EXPIRING' as const) }),
    expires: new Date(expires).toISOString(),
    daysLeft,
  };
}
