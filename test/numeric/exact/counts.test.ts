/**
 * The smallest and largest counts at a published precision. Every expected value is worked by
 * hand beside it; both forms (safe integers, bigints) give the same counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestCount, smallestCount } from '../../../src/numeric/exact/counts.js';
import { ceilDiv, ceilDivSmall, floorDiv, floorDivSmall, isSafe, pow10 } from '../../../src/numeric/exact/integers.js';
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

describe('the counts with bigint thresholds, mixed forms and more than 15 places', () => {
  it('strict comparators step past a bigint threshold', () => {
    // rate = n × 10000 / 10000 = n, published at 0 places: > 5 first holds at 6, < 5 last at 4
    expect(smallestCount(q(10000), q(10000), '>', big(q(5)), 0)).toBe(6n);
    expect(largestCount(q(10000), q(10000), '<', big(q(5)), 0)).toBe(4n);
    expect(smallestCount(q(10000), q(10000), '>=', big(q(5)), 0)).toBe(5n);
    expect(largestCount(q(10000), q(10000), '<=', big(q(5)), 0)).toBe(5n);
  });
  it('a number threshold with bigint den or per gives the same counts', () => {
    // doctors ≥ 17.5 per 10 000 for 12 000 people: 21, as above
    expect(Number(smallestCount(big(q(12000)), q(10000), '>=', q(175, 10), 1))).toBe(21);
    expect(Number(smallestCount(q(12000), big(q(10000)), '>=', q(175, 10), 1))).toBe(21);
    // at most 2 per 1 000 at 1 place for 5 000 people: 10
    expect(Number(largestCount(q(5000), big(q(1000)), '<=', q(2), 1))).toBe(10);
    expect(Number(largestCount(big(q(5000)), q(1000), '<=', q(2), 1))).toBe(10);
  });
  it('at 15 and 16 places', () => {
    // rate n × 100 / 300 = n/3 (per 100, 300 people) ≥ 1/3: the published rate must reach 1/3
    // itself, so at 16 places ≥ 0.3333333333333334; n = 1 publishes 0.3333333333333333 → 2
    expect(Number(smallestCount(q(300), q(100), '>=', q(1, 3), 16))).toBe(2);
    expect(Number(smallestCount(q(300), q(100), '>=', q(1, 3), 15))).toBe(2); // 0.333333333333334 the same way
    // ≥ 0.5 at 16 places for 300 people per 100: n/3 ≥ 0.49999999999999995 → n ≥ 1.5 − 1.5e-16 → 2
    expect(Number(smallestCount(q(300), q(100), '>=', q(1, 2), 16))).toBe(2);
    // ≤ 0.5 at 16 places: n/3 < 0.50000000000000005 → n < 1.5 + → 1
    expect(Number(largestCount(q(300), q(100), '<=', q(1, 2), 16))).toBe(1);
    expect(Number(largestCount(q(300), q(100), '<=', q(1, 2), 15))).toBe(1);
  });
});

describe('integers', () => {
  it('isSafe is exactly ±(2^53 − 1)', () => {
    expect([isSafe(2 ** 53 - 1), isSafe(-(2 ** 53 - 1)), isSafe(2 ** 53), isSafe(-(2 ** 53))]).toEqual([true, true, false, false]);
  });
  it('floorDiv of an exact negative quotient is the quotient', () => {
    expect([floorDiv(-6n, 3n), ceilDiv(-6n, 3n), floorDiv(0n, 3n), ceilDiv(6n, 3n)]).toEqual([-2n, -2n, 0n, 2n]);
  });
  it('pow10', () => {
    expect([pow10(0), pow10(3), pow10(20)]).toEqual([1n, 1000n, 100000000000000000000n]);
  });
});

describe('floorDivSmall and ceilDivSmall agree with bigint division', () => {
  it('for whole numbers below 2^53 in size, the largest the callers pass', () => {
    // the independent answer: bigint floor and ceiling division, exact by construction
    const bigFloor = (x: bigint, y: bigint): bigint => (x % y < 0n ? x / y - 1n : x / y);
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 2 ** 53 - 1 }), (x, y) => {
        expect(BigInt(floorDivSmall(x, y))).toBe(bigFloor(BigInt(x), BigInt(y)));
        expect(BigInt(ceilDivSmall(x, y))).toBe(-bigFloor(-BigInt(x), BigInt(y)));
      }),
      { numRuns: 5000 },
    );
    // quotients just below and above a whole number, where a rounding would show
    const near: [number, number][] = [[2 ** 53 - 1, 2 ** 52 - 1], [2 ** 53 - 2, 2 ** 52], [2 ** 52 - 1, 2 ** 26 - 1], [-(2 ** 53 - 1), 3], [2 ** 53 - 3, 2 ** 53 - 2], [1, 2 ** 53 - 1]];
    for (const [x, y] of near) expect(BigInt(floorDivSmall(x, y))).toBe(bigFloor(BigInt(x), BigInt(y)));
  });
});
