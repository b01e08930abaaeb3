import { describe, expect, it } from 'vitest';
import { percent, roundHalfUp } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('percent', () => {
  it('computes × 100 exactly', () => {
    // 11 415 insured of 12 000: 1 141 500 / 12 000 = 95.125; at 2 decimals the dropped 5 rounds up: 95.13
    expect(percent(11415, 12000).toString()).toBe('95.125');
    expect(roundHalfUp(percent(11415, 12000), 2).toString()).toBe('95.13');
  });

  it('publishes exactly 95 as 95.00, which is not “trên 95%”', () => {
    // Cao Minh 2.4 “trên 95%”: 11 400 of 12 000 = 1 140 000 / 12 000 = 95 exactly
    const published = roundHalfUp(percent(11400, 12000), 2);
    expect(published.toFixed(2)).toBe('95.00');
    expect(published.gt(95)).toBe(false);
  });

  it('reports coverage above 100% as it is', () => {
    // 1 030 / 1 000 × 100 = 103
    expect(percent(1030, 1000).toString()).toBe('103');
  });

  it('rejects a zero denominator', () => {
    expectChitieuError(() => percent(1, 0), 'ZERO_DENOMINATOR', 'denominator');
  });
});
