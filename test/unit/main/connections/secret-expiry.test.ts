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

  it('warns 60, 30 and 7 days ahead and when expired', () => {
    expect(expiryState(61)).toBe('ok');
    expect(expiryState(60)).toBe('notice');
    expect(expiryState(31)).toBe('notice');
    expect(expiryState(30)).toBe('warning');
    expect(expiryState(8)).toBe('warning');
    expect(expiryState(7)).toBe('critical');
    expect(expiryState(0)).toBe('critical');
    expect(expiryState(-1)).toBe('expired');
  });
});
