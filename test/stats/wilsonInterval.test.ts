import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import { wilsonInterval } from '../../src/stats/index.js';
import { expectChitieuError, reference, relativeError, R_TOLERANCE } from './helpers.js';

// R: qnorm(0.975) = 1.959963984540054 (independent of chitieu's normalQuantile)
const Z95 = 1.959963984540054;

describe('wilsonInterval', () => {
  it('matches epitools binom.wilson on every fixture row (fixtures/make-fixtures.R)', () => {
    expect(reference.wilson.length).toBe(155);
    for (const row of reference.wilson) {
      const { lower, upper } = wilsonInterval(row.x, row.n, row.level);
      const where = `${row.x}/${row.n} at ${row.level}`;
      if (row.x === 0) {
        // epitools' lower bound for x = 0 is 0 up to rounding noise (e.g. −1.19e-17 for
        // 0/10 at 0.8); the exact value is 0 (see the hand-worked case below) and so is ours
        expect(Math.abs(row.lower), where).toBeLessThanOrEqual(1e-15);
        expect(lower, where).toBe(0);
      } else {
        expect(relativeError(lower, row.lower), where).toBeLessThanOrEqual(R_TOLERANCE);
      }
      expect(relativeError(upper, row.upper), where).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });

  it('0 of 10 at 95%: lower exactly 0, upper z²/(n + z²)', () => {
    // Hand-worked: with x = 0 the bounds are (z² ∓ z·√z²) / (2(n + z²)), so
    // lower = 0 and upper = 2z² / (2(n + z²)) = z²/(n + z²).
    // z = 1.959963984540054, z² = 3.841458820694125, upper = 3.8414588 / 13.8414588 = 0.2775328
    const { lower, upper } = wilsonInterval(0, 10);
    expect(lower).toBe(0);
    expect(relativeError(upper, (Z95 * Z95) / (10 + Z95 * Z95))).toBeLessThan(1e-15);
    expect(upper.toFixed(7)).toBe('0.2775328');
  });

  it('5 of 10 at 95%: symmetric about 1/2', () => {
    // Hand-worked: x = n/2 puts the centre (x + z²/2)/(n + z²) at exactly 1/2, and the
    // half-width is z·√(n/4 + z²/4)/(n + z²) = z / (2√(n + z²)) = 1.959964 / (2 × 3.720411)
    // = 0.263407, so the interval is 0.5 ∓ 0.263407 = [0.236593, 0.763407]
    const { lower, upper } = wilsonInterval(5, 10, 0.95);
    const half = Z95 / (2 * Math.sqrt(10 + Z95 * Z95));
    expect(relativeError(lower, 0.5 - half)).toBeLessThan(1e-14);
    expect(relativeError(upper, 0.5 + half)).toBeLessThan(1e-14);
    expect([lower.toFixed(6), upper.toFixed(6)]).toEqual(['0.236593', '0.763407']);
  });

  it('n of n: upper exactly 1 (epitools prints 1.0000000000000002 for 10/10 at 0.8)', () => {
    // mirror image of the x = 0 case: upper = 1 − 0 exactly
    expect(wilsonInterval(10, 10, 0.8).upper).toBe(1);
    expect(wilsonInterval(1, 1).upper).toBe(1);
    // and lower = n/(n + z²) = 10 / 13.841458820694125 = 0.7224672
    expect(wilsonInterval(10, 10).lower.toFixed(7)).toBe('0.7224672');
  });

  it('uses a default level of 0.95', () => {
    expect(wilsonInterval(57, 60)).toEqual(wilsonInterval(57, 60, 0.95));
  });

  const counts = fc
    .integer({ min: 1, max: 10_000_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
  const level = fc.double({ min: 1e-6, max: 1 - 1e-9, noNaN: true });

  it('contains x/n and stays within [0, 1]', () => {
    fc.assert(
      fc.property(counts, level, ([x, n], l) => {
        const { lower, upper } = wilsonInterval(x, n, l);
        return 0 <= lower && lower <= x / n && x / n <= upper && upper <= 1;
      }),
    );
  });

  it('nests as the level grows', () => {
    fc.assert(
      fc.property(counts, level, level, ([x, n], a, b) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        fc.pre(large - small > 1e-9);
        const inner = wilsonInterval(x, n, small);
        const outer = wilsonInterval(x, n, large);
        return outer.lower <= inner.lower && inner.upper <= outer.upper;
      }),
    );
  });

  it('is symmetric: x of n mirrors n − x of n', () => {
    fc.assert(
      fc.property(counts, level, ([x, n], l) => {
        const a = wilsonInterval(x, n, l);
        const b = wilsonInterval(n - x, n, l);
        return Math.abs(a.lower - (1 - b.upper)) <= 2e-16 && Math.abs(a.upper - (1 - b.lower)) <= 2e-16;
      }),
    );
  });

  it('rejects bad counts with their codes and fields', () => {
    expectChitieuError(() => wilsonInterval(-1, 10), 'NEGATIVE_COUNT', 'successes');
    expectChitieuError(() => wilsonInterval(1, -10), 'NEGATIVE_COUNT', 'trials');
    expectChitieuError(() => wilsonInterval(1.5, 10), 'NOT_AN_INTEGER', 'successes');
    expectChitieuError(() => wilsonInterval(1, 10.5), 'NOT_AN_INTEGER', 'trials');
    expectChitieuError(() => wilsonInterval(0, 0), 'ZERO_DENOMINATOR', 'trials');
    expectChitieuError(() => wilsonInterval(11, 10), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'successes');
    expectChitieuError(() => wilsonInterval(Number.NaN, 10), 'INVALID_NUMBER', 'successes');
    expectChitieuError(() => wilsonInterval(1, Number.POSITIVE_INFINITY), 'INVALID_NUMBER', 'trials');
    expectChitieuError(() => wilsonInterval(2 ** 53, 2 ** 53), 'OUT_OF_RANGE', 'successes');
    expectChitieuError(() => wilsonInterval('1,5', 10), 'INVALID_NUMBER', 'successes');
    expectChitieuError(() => wilsonInterval(null as never, 10), 'INVALID_NUMBER', 'successes');
  });

  it('takes any numeric input for the counts, like the rest of the library', () => {
    const reference = wilsonInterval(57, 60);
    expect(wilsonInterval('57', 60n)).toEqual(reference);
    expect(wilsonInterval(new Decimal(57), '6e1')).toEqual(reference);
  });

  it('takes the level in an options object, as the other functions do, or alone', () => {
    expect(wilsonInterval(57, 60, { level: 0.9 })).toEqual(wilsonInterval(57, 60, 0.9));
    expect(wilsonInterval(57, 60, {})).toEqual(wilsonInterval(57, 60));
    expectChitieuError(() => wilsonInterval(57, 60, { level: 1 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => wilsonInterval(57, 60, 'high' as never), 'INVALID_ARGUMENT', 'options');
  });

  it('says its bounds are a proportion', () => {
    expect(wilsonInterval(57, 60).scale).toBe('proportion');
  });

  it('rejects a level outside (0, 1)', () => {
    for (const bad of [0, 1, -0.1, 1.5, 95]) {
      expectChitieuError(() => wilsonInterval(1, 10, bad), 'OUT_OF_RANGE', 'level');
    }
    expectChitieuError(() => wilsonInterval(1, 10, Number.NaN), 'INVALID_NUMBER', 'level');
    expectChitieuError(() => wilsonInterval(1, 10, Number.NEGATIVE_INFINITY), 'INVALID_NUMBER', 'level');
    // issue 11: the level so close to 1 that (1 + level) / 2 rounds to 1 was reported as 'p'
    expectChitieuError(() => wilsonInterval(1, 2, 0.9999999999999999), 'OUT_OF_RANGE', 'level');
    expect(wilsonInterval(1, 2, 0.9999999999999998).upper).toBeLessThan(1);
  });
  it('collapses to the point x/n as the level goes to 0', () => {
    // by hand: for level = 1e-300, (1 + level)/2 rounds to 1/2, so z = qnorm(1/2) = 0 and both
    // roots of (n + z²)π² − (2x + z²)π + x²/n = 0 are x/n: 0 for x = 0, 1 for x = n
    expect(wilsonInterval(0, 10, 1e-300)).toEqual({ lower: 0, upper: 0, scale: 'proportion' });
    expect(wilsonInterval(10, 10, 1e-300)).toEqual({ lower: 1, upper: 1, scale: 'proportion' });
    // x = 3, n = 12: 3/12 = 0.25 on both sides (exact in doubles)
    expect(wilsonInterval(3, 12, 1e-300)).toEqual({ lower: 0.25, upper: 0.25, scale: 'proportion' });
  });

  it('says its bounds are a proportion below half successes too', () => {
    expect(wilsonInterval(3, 60).scale).toBe('proportion');
  });

  it('names both counts when successes exceed trials', () => {
    const error = expectChitieuError(() => wilsonInterval(11, 10), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'successes');
    expect(error.message).toContain('(11)');
    expect(error.message).toContain('trials (10)');
  });
});
