import type { ConnectionExpiry, ExpiryState } from '../../preload/contract/connections.js';
import type { StoredConnection } from './connections-section.js';
import { EXPIRY_WARNING_DAYS } from '../../preload/contract/constants.js';

const [NOTICE, WARNING, CRITICAL] = EXPIRY_WARNING_DAYS;
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

/** The product's expiry steps: 60, 30 and 7 days ahead, then expired. */
export function expiryState(daysLeft: number): ExpiryState {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= CRITICAL) return 'critical';
  if (daysLeft <= WARNING) return 'warning';
  if (daysLeft <= NOTICE) return 'notice';
  return 'ok';
}

/** Days left and state of an expiry date, or nothing when no date is known. */
export function expiryFacts(
  expires: string | undefined,
  now: Date,
): { expires?: string; daysLeft?: number; state?: ExpiryState } {
  if (!expires) return {};
  const daysLeft = daysUntil(expires, now);
  return { expires, daysLeft, state: expiryState(daysLeft) };
}

/** Each connection's secret expiry, from the settings alone. */
export function connectionExpiries(
  connections: readonly StoredConnection[],
  now: Date,
): ConnectionExpiry[] {
  return connections.map((c) => ({
    id: c.id,
    name: c.name,
    environment: c.environment,
    type: c.type,
    secretSet: c.secret !== undefined,
    ...expiryFacts(c.secret?.expires, now),
  }));
}
