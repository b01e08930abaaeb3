/**
 * The smallest and largest counts at a published precision. Every expected value is worked by
 * hand beside it; both forms (safe integers, bigints) give the same counts.
 */
import { describe, expect, it } from 'vitest';
import { largestCount, smallestCount } from '../../../src/numeric/exact/counts.js';
import { ceilDiv, ceilDivSmall, floorDiv, floorDivSmall } from '../../../src/numeric/exact/integers.js';
import { big, type Q } from '../../../src/numeric/exact/rational.js';

const q = (n: number, d = 1): Q => ({ n, d });

describe('floor and ceiling division', () => {
  it('round toward −∞ / +∞, for negative numerators too', () => {
    expect([floorDivSmall(7, 2), ceilDivSmall(7, 2)]).toEqual([3, 4]); // 3.5
    expect([floorDivSmall(-7, 2), ceilDivSmall(-7, 2)]).toEqual([-4, -3]); // −3.5
    expect([floorDivSmall(6, 3), ceilDivSmall(6, 3)]).toEqual([2, 2]);
    // 2^52 − 1 = 4503599627370495 = 3 × 1501199875790165
    expect(floorDivSmall(2 ** 52 - 1, 3)).toBe(1501199875790165);
    expect(ceilDivSmall(2 ** 52 - 2, 3)).toBe(1501199875790165); // (2^52 − 2) / 3 = 1501199875790164.33…
    expect([floorDiv(-7n, 2n), ceilDiv(-7n, 2n), floorDiv(7n, 2n), ceilDiv(7n, 2n)]).toEqual([-4n, -3n, 3n, 4n]);
  });
});

describe('smallestCount', () => {
  it('doctors ≥ 17.5 per 10 000 for 12 000 people: 21', () => {
    // published 17.5 needs n × 10000 / 12000 ≥ 17.45, n ≥ 20.94 → 21 (20 gives 16.7)
    expect(smallestCount(q(12000), q(10000), '>=', q(175, 10), 1)).toBe(21);
    expect(smallestCount(big(q(12000)), big(q(10000)), '>=', big(q(175, 10)), 1)).toBe(21n);
  });
  it('coverage above 95% at 2 places for 12 000 people: 11 401', () => {
    // > 95 means ≥ 95.01 published: n ≥ 95.005% × 12000 = 11400.6 → 11401
    expect(smallestCount(q(12000), q(100), '>', q(95), 2)).toBe(11401);
  });
  it('a threshold at or below zero is met by 0', () => {
    expect(smallestCount(q(12000), q(100), '>=', q(0), 2)).toBe(0);
    expect(smallestCount(q(12000), q(100), '>', q(-1), 2)).toBe(0);
  });
  it('fractional denominator: 1 234.5 people, ≥ 10 per 1 000 at 1 place', () => {
    // n × 1000 / 1234.5 ≥ 9.95 → n ≥ 12.283… → 13
    expect(smallestCount(q(12345, 10), q(1000), '>=', q(10), 1)).toBe(13);
  });
  it('large values go to bigints', () => {
    // 10^15 people at ≥ 50%: n ≥ 49.995% × 10^15 = 499 950 000 000 000
    expect(smallestCount(q(10 ** 15), q(100), '>=', q(50), 2)).toBe(499950000000000n);
  });
});

describe('largestCount', () => {
  it('at most 2 per 1 000 at 1 place for 5 000 people: 10', () => {
    // published ≤ 2.0 needs n × 1000 / 5000 < 2.05, n < 10.25 → 10
    expect(largestCount(q(5000), q(1000), '<=', q(2), 1)).toBe(10);
    expect(largestCount(big(q(5000)), big(q(1000)), '<=', big(q(2)), 1)).toBe(10n);
  });
  it('below 2: published at most 1.9, n < 9.75 → 9', () => {
    expect(largestCount(q(5000), q(1000), '<', q(2), 1)).toBe(9);
  });
  it('below 0: even 0 fails', () => {
    expect(largestCount(q(5000), q(1000), '<', q(0), 1)).toBeNull();
  });
  it('at a boundary that is exactly half a step: ≤ 111.1 boys per 100 girls at 1 place, 1 000 girls', () => {
    // published ≤ 111.1 needs n × 100 / 1000 < 111.15, n < 1111.5 → 1111
    expect(largestCount(q(1000), q(100), '<=', q(1111, 10), 1)).toBe(1111);
  });
});
