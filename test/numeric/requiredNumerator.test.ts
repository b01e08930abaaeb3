import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ratePer, requiredNumerator, roundHalfUp, type Num } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

/** The published rate of n, computed the slow, obvious way. */
function published(n: bigint, denominator: Num, per: Num, decimals: number): Decimal {
  return roundHalfUp(ratePer(n.toString(), denominator, per), decimals);
}

function meets(value: Decimal, comparator: '>' | '>=', threshold: Num): boolean {
  return comparator === '>' ? value.gt(new Decimal(threshold.toString())) : value.gte(new Decimal(threshold.toString()));
}

describe('requiredNumerator', () => {
  it('answers the seed plans’ questions', () => {
    // “số bác sĩ/vạn dân: 17,5”, 12 000 residents: published(n) = round(n / 1.2, 1).
    // n = 21: 17.5 ≥ 17.5 ✓; n = 20: 16.666… → 16.7 ✗
    expect(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 })).toBe(21n);
    // “số giường bệnh/vạn dân: 49,2”: need n / 1.2 ≥ 49.15, n ≥ 58.98.
    // n = 59: 49.1666… → 49.2 ✓; n = 58: 48.333… → 48.3 ✗
    expect(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>=', threshold: '49.2', decimals: 1 })).toBe(59n);
  });

  it('compares the published value: “trên 95%” is not met by 95.00%', () => {
    // > 95 at 2 decimals needs a published 95.01: n / 120 ≥ 95.005, n ≥ 11 400.6 → 11 401
    // (11 401 / 120 = 95.00833… → 95.01 ✓; 11 400 / 120 = 95 → 95.00, not > 95)
    expect(requiredNumerator({ denominator: 12000, per: 100, comparator: '>', threshold: 95, decimals: 2 })).toBe(11401n);
    // > 95 at 0 decimals needs a published 96: n / 120 ≥ 95.5, n ≥ 11 460
    // (11 460 / 120 = 95.5 → 96 ✓; 11 459 / 120 = 95.4916… → 95 ✗)
    expect(requiredNumerator({ denominator: 12000, per: 100, comparator: '>', threshold: 95, decimals: 0 })).toBe(11460n);
    // ≥ 95 at 1 decimal: n / 120 ≥ 94.95, n ≥ 11 394; 11 394 / 120 = 94.95 exactly, a half → 95.0 ✓
    // (11 393 / 120 = 94.9416… → 94.9 ✗)
    expect(requiredNumerator({ denominator: 12000, per: 100, comparator: '>=', threshold: 95, decimals: 1 })).toBe(11394n);
  });

  it('handles a fractional population estimate', () => {
    // 17.5 per 10 000 of 12 345.5: n ≥ 17.45 × 1.23455 = 21.5428975 → 22
    // (22 / 1.23455 = 17.820… → 17.8 ✓; 21 / 1.23455 = 17.010… → 17.0 ✗)
    expect(requiredNumerator({ denominator: '12345.5', per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 })).toBe(22n);
  });

  it('answers 0 when nothing is needed', () => {
    // a published 0 is ≥ 0 and > any negative threshold
    expect(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>=', threshold: 0, decimals: 1 })).toBe(0n);
    expect(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>', threshold: -1, decimals: 1 })).toBe(0n);
    // > -0.04 at 1 decimal: 0.0 > -0.04 ✓
    expect(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>', threshold: '-0.04', decimals: 1 })).toBe(0n);
  });

  it('needs one when a published 0.0 is not enough', () => {
    // > 0 at 1 decimal needs 0.1: n / 1.2 ≥ 0.05, n ≥ 0.06 → 1 (1 / 1.2 = 0.833… → 0.8)
    expect(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>', threshold: 0, decimals: 1 })).toBe(1n);
  });

  it('is exact for counts beyond doubles', () => {
    // ≥ 50% of 10^30 at 0 decimals: n × 100 / 10^30 ≥ 49.5, n ≥ 4.95 × 10^29
    expect(requiredNumerator({ denominator: 10n ** 30n, per: 100, comparator: '>=', threshold: 50, decimals: 0 })).toBe(
      495n * 10n ** 27n,
    );
  });

  it('rejects bad options with codes and fields', () => {
    const base = { denominator: 12000, per: 10000, comparator: '>=', threshold: 17.5, decimals: 1 } as const;
    expectChitieuError(() => requiredNumerator({ ...base, denominator: 0 }), 'ZERO_DENOMINATOR', 'denominator');
    expectChitieuError(() => requiredNumerator({ ...base, denominator: -5 }), 'NEGATIVE_COUNT', 'denominator');
    expectChitieuError(() => requiredNumerator({ ...base, per: 0 }), 'ZERO_DENOMINATOR', 'per');
    expectChitieuError(() => requiredNumerator({ ...base, per: -100 }), 'NEGATIVE_COUNT', 'per');
    expectChitieuError(() => requiredNumerator({ ...base, comparator: '<' as '>' }), 'INVALID_ARGUMENT', 'comparator');
    expectChitieuError(() => requiredNumerator({ ...base, threshold: Number.NaN }), 'INVALID_NUMBER', 'threshold');
    expectChitieuError(() => requiredNumerator({ ...base, threshold: Number.POSITIVE_INFINITY }), 'INVALID_NUMBER', 'threshold');
    expectChitieuError(() => requiredNumerator({ ...base, threshold: '17,5' }), 'INVALID_NUMBER', 'threshold');
    expectChitieuError(() => requiredNumerator({ ...base, decimals: 21 }), 'OUT_OF_RANGE', 'decimals');
    expectChitieuError(() => requiredNumerator({ ...base, decimals: 0.5 }), 'NOT_AN_INTEGER', 'decimals');
    expectChitieuError(
      () => requiredNumerator(undefined as unknown as typeof base),
      'INVALID_ARGUMENT',
      'options',
    );
  });

  const denominator = fc.oneof(
    fc.integer({ min: 1, max: 10_000_000 }),
    fc.integer({ min: 1, max: 100_000_000 }).map((tenths) => new Decimal(tenths).dividedBy(10).toString()),
  );
  const threshold = fc
    .tuple(fc.integer({ min: -10_000, max: 2_000_000 }), fc.integer({ min: 0, max: 3 }))
    .map(([units, places]) => new Decimal(units).dividedBy(new Decimal(10).pow(places)).toString());

  it('is minimal: n meets the threshold and n − 1 does not', () => {
    fc.assert(
      fc.property(
        denominator,
        fc.constantFrom(100, 1000, 10000, 100000),
        fc.constantFrom('>' as const, '>=' as const),
        threshold,
        fc.integer({ min: 0, max: 4 }),
        (d, per, comparator, t, decimals) => {
          const n = requiredNumerator({ denominator: d, per, comparator, threshold: t, decimals });
          expect(n >= 0n).toBe(true);
          expect(meets(published(n, d, per, decimals), comparator, t)).toBe(true);
          if (n > 0n) expect(meets(published(n - 1n, d, per, decimals), comparator, t)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
