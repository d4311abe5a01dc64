import { describe, expect, it } from 'vitest';
import { daysUntil, expiryState } from '../../../../main/connections/secret-expiry.js';

describe('secret expiry', () => {
  it('counts whole calendar days from the local date, whatever the hour', () => {
    expect(daysUntil('2026-03-10', new Date(2026, 2, 10, 0, 1))).toBe(0);
    expect(daysUntil('2026-03-10', new Date(2026, 2, 10, 23, 59))).toBe(0);
    expect(daysUntil('2026-03-10', new Date(2026, 2, 9, 23, 59))).toBe(1);
    expect(daysUntil('2026-03-10', new Date(2026, 2, 11, 0, 0))).toBe(-1);
    // Across a daylight-saving change and a year end.
    expect(daysUntil('2026-04-01', new Date(2026, 2, 1, 12))).toBe(31);
    expect(daysUntil('2027-01-01', new Date(2026, 11, 31, 12))).toBe(1);
  });

  it("grades by the admin's thresholds, like the overview, and says when it has expired", () => {
    const product = [60, 30, 7] as const;
    expect(expiryState(61, product)).toBe('ok');
    expect(expiryState(60, product)).toBe('attention');
    expect(expiryState(8, product)).toBe('attention');
    expect(expiryState(7, product)).toBe('critical');
    expect(expiryState(0, product)).toBe('critical');
    expect(expiryState(-1, product)).toBe('expired');
    // Thresholds the admin chose on the overview.
    expect(expiryState(80, [90, 45, 14])).toBe('attention');
    expect(expiryState(14, [90, 45, 14])).toBe('critical');
    expect(expiryState(8, [20, 10, 3])).toBe('attention');
  });
});
