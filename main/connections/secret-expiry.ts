import type { ConnectionExpiry, ExpiryState } from '../../preload/contract/connections.js';
import {
  expiryState as healthExpiryState,
  type ExpiryThresholds,
} from '../../preload/contract/health-rules.js';
import type { StoredConnection } from './connections-section.js';

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from `now` (the admin's local date) to `expires`
 * (`YYYY-MM-DD`): 0 on the day itself, negative once it has passed.
 */
export function daysUntil(expires: string, now: Date): number {
  const [year, month, day] = expires.split('-').map(Number) as [number, number, number];
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(year, month - 1, day) - today) / DAY_MS);
}

/**
 * A secret's state by the admin's expiry thresholds — the very grade the
 * overview and `status` give it — and `expired` once its date has passed.
 */
export function expiryState(daysLeft: number, thresholds: ExpiryThresholds): ExpiryState {
  return daysLeft < 0 ? 'expired' : healthExpiryState(daysLeft, thresholds);
}

/** Days left and state of an expiry date, or nothing when no date is known. */
export function expiryFacts(
  expires: string | undefined,
  now: Date,
  thresholds: ExpiryThresholds,
): { expires?: string; daysLeft?: number; state?: ExpiryState } {
  if (!expires) return {};
  const daysLeft = daysUntil(expires, now);
  return { expires, daysLeft, state: expiryState(daysLeft, thresholds) };
}

/** Each connection's secret expiry, from the settings alone. */
export function connectionExpiries(
  connections: readonly StoredConnection[],
  now: Date,
  thresholds: ExpiryThresholds,
): ConnectionExpiry[] {
  return connections.map((c) => ({
    id: c.id,
    name: c.name,
    environment: c.environment,
    type: c.type,
    secretSet: c.secret !== undefined,
    ...expiryFacts(c.secret?.expires, now, thresholds),
  }));
}
