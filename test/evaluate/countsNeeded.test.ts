/**
 * "What it takes" in safe integers: the same counts as requiredNumerator / maximumNumerator.
 * Every expected value is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { ceilDiv, floorDiv, maximumCount, minimumCount } from '../../src/evaluate/internal/countsNeeded.js';
import type { Q } from '../../src/evaluate/internal/rational.js';
import { maximumNumerator } from '../../src/numeric/maximumNumerator.js';
import { requiredNumerator } from '../../src/numeric/requiredNumerator.js';

const q = (n: number, d = 1): Q => ({ n, d });

describe('floorDiv / ceilDiv', () => {
  it('round toward −∞ / +∞, for negative numerators too', () => {
    expect([floorDiv(7, 2), ceilDiv(7, 2)]).toEqual([3, 4]); // 3.5
    expect([floorDiv(-7, 2), ceilDiv(-7, 2)]).toEqual([-4, -3]); // −3.5
    expect([floorDiv(6, 3), ceilDiv(6, 3)]).toEqual([2, 2]);
    // 2^52 − 1 = 4503599627370495 = 3 × 1501199875790165
    expect(floorDiv(2 ** 52 - 1, 3)).toBe(1501199875790165);
    expect(ceilDiv(2 ** 52 - 2, 3)).toBe(1501199875790165); // (2^52 − 2) / 3 = 1501199875790164.33…
  });
});

describe('minimumCount', () => {
  it('doctors ≥ 17.5 per 10 000 for 12 000 people: 21', () => {
    // published 17.5 needs n × 10000 / 12000 ≥ 17.45, n ≥ 20.94 → 21 (20 gives 16.7)
    expect(minimumCount(q(12000), q(10000), '>=', q(175, 10), 1)).toBe(21);
  });
  it('coverage above 95% at 2 places for 12 000 people: 11 401', () => {
    // > 95 means ≥ 95.01 published: n ≥ 95.005% × 12000 = 11400.6 → 11401
    expect(minimumCount(q(12000), q(100), '>', q(95), 2)).toBe(11401);
  });
  it('a threshold at or below zero is met by 0', () => {
    expect(minimumCount(q(12000), q(100), '>=', q(0), 2)).toBe(0);
    expect(minimumCount(q(12000), q(100), '>', q(-1), 2)).toBe(0);
  });
  it('fractional denominator and multiplier: 1 234.5 people, ≥ 10 per 1 000 at 1 place', () => {
    // n × 1000 / 1234.5 ≥ 9.95 → n ≥ 12.283… → 13
    expect(minimumCount(q(12345, 10), q(1000), '>=', q(10), 1)).toBe(13);
  });
  it('agrees with requiredNumerator, and throws its errors for a denominator that is not positive', () => {
    for (const [den, per, threshold, places] of [[12000, 10000, 17.5, 1], [4321, 100, 90, 2], [35000, 10000, 0.3, 1], [7, 100, 99.99, 2]] as const) {
      const text = String(threshold);
      const [n, d] = text.includes('.') ? [Number(text.replace('.', '')), 10 ** (text.length - text.indexOf('.') - 1)] : [threshold, 1];
      for (const comparator of ['>', '>='] as const) {
        expect(BigInt(minimumCount(q(den), q(per), comparator, q(n, d), places))).toBe(
          requiredNumerator({ denominator: den, per, comparator, threshold: text, decimals: places }),
        );
      }
    }
    expect(() => minimumCount(q(-5), q(100), '>=', q(90), 2)).toThrow(ChitieuError);
  });
  it('large values go to the bigint functions', () => {
    // 10^15 people at ≥ 50%: n ≥ 49.995% × 10^15 = 499 950 000 000 000
    expect(minimumCount(q(10 ** 15), q(100), '>=', q(50), 2)).toBe(499950000000000n);
  });
});

describe('maximumCount', () => {
  it('at most 2 per 1 000 at 1 place for 5 000 people: 10', () => {
    // published ≤ 2.0 needs n × 1000 / 5000 < 2.05, n < 10.25 → 10
    expect(maximumCount(q(5000), q(1000), '<=', q(2), 1)).toBe(10);
  });
  it('below 2: published at most 1.9, n < 9.75 → 9', () => {
    expect(maximumCount(q(5000), q(1000), '<', q(2), 1)).toBe(9);
  });
  it('below 0: even 0 fails', () => {
    expect(maximumCount(q(5000), q(1000), '<', q(0), 1)).toBeNull();
  });
  it('agrees with maximumNumerator', () => {
    for (const [den, per, threshold, places] of [[12000, 10000, 17.5, 1], [4321, 100, 90, 2], [35000, 10000, 0.3, 1]] as const) {
      const text = String(threshold);
      const [n, d] = text.includes('.') ? [Number(text.replace('.', '')), 10 ** (text.length - text.indexOf('.') - 1)] : [threshold, 1];
      for (const comparator of ['<', '<='] as const) {
        const fast = maximumCount(q(den), q(per), comparator, q(n, d), places);
        expect(fast === null ? null : BigInt(fast)).toBe(maximumNumerator({ denominator: den, per, comparator, threshold: text, decimals: places }));
      }
    }
  });
});
