import { describe, expect, it } from 'vitest';
import {
  crossedThreshold,
  DEFAULT_EXPIRY_THRESHOLDS,
  expiryState,
  overallState,
  validThresholds,
  worstState,
} from '../../../../preload/contract/health-rules.js';

const T = DEFAULT_EXPIRY_THRESHOLDS;

describe('health rules shared by main and the renderer', () => {
  it('grades expiry with the 60 / 30 / 7 day thresholds', () => {
    expect(T).toEqual([60, 30, 7]);
    expect(expiryState(61, T)).toBe('ok');
    expect(expiryState(60, T)).toBe('attention');
    expect(expiryState(20, T)).toBe('attention');
    expect(expiryState(8, T)).toBe('attention');
    expect(expiryState(7, T)).toBe('critical');
    expect(expiryState(0, T)).toBe('critical');
    expect(expiryState(-1, T)).toBe('critical');
  });

  it('grades with the thresholds it is given', () => {
    expect(expiryState(20, [90, 45, 21])).toBe('critical');
    expect(expiryState(20, [14, 10, 3])).toBe('ok');
  });

  it('names the step a notification announces: the smallest threshold crossed, 0 once expired', () => {
    expect(crossedThreshold(61, T)).toBeNull();
    expect(crossedThreshold(60, T)).toBe(60);
    expect(crossedThreshold(20, T)).toBe(30);
    expect(crossedThreshold(7, T)).toBe(7);
    expect(crossedThreshold(0, T)).toBe(7);
    expect(crossedThreshold(-1, T)).toBe(0);
  });

  it('counts a required part not set up as attention, an optional one not at all', () => {
    expect(worstState(['ok', 'not-set-up'])).toBe('not-set-up');
    expect(worstState(['attention', 'critical', 'ok'])).toBe('critical');
    expect(overallState([{ state: 'not-set-up', required: true }])).toBe('attention');
    expect(
      overallState([
        { state: 'ok', required: true },
        { state: 'not-set-up', required: false },
      ]),
    ).toBe('ok');
    expect(overallState([{ state: 'critical', required: false }])).toBe('critical');
  });

  it('accepts three whole days from 1 to 365, strictly decreasing', () => {
    expect(validThresholds([60, 30, 7])).toBe(true);
    expect(validThresholds([30, 30, 7])).toBe(false);
    expect(validThresholds([7, 30, 60])).toBe(false);
    expect(validThresholds([400, 30, 7])).toBe(false);
    expect(validThresholds([60, 30, 0])).toBe(false);
    expect(validThresholds([60, 30.5, 7])).toBe(false);
    expect(validThresholds([60, 7])).toBe(false);
  });
});
