import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, maximumNumerator, ratePer, roundHalfUp, type Num } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

function published(n: bigint, denominator: Num, per: Num, decimals: number): Decimal {
  return roundHalfUp(ratePer(n.toString(), denominator, per), decimals);
}

function stays(value: Decimal, comparator: '<' | '<=', threshold: Num): boolean {
  return comparator === '<' ? value.lt(new Decimal(threshold.toString())) : value.lte(new Decimal(threshold.toString()));
}

describe('maximumNumerator', () => {
  it('answers lower-is-better questions', () => {
    // maternal deaths < 46 per 100 000 of 20 000 births, published to 1 decimal:
    // published(n) = round(5n, 1); the largest published value below 46 is 45.9, so
    // 5n < 45.95, n < 9.19 → 9 (9 → 45.0 ✓; 10 → 50.0 ✗)
    expect(maximumNumerator({ denominator: 20000, per: 100000, comparator: '<', threshold: 46, decimals: 1 })).toBe(9n);
    // Ninh Bình's sex ratio at birth ≤ 111.1 boys per 100 girls, 1 000 girls:
    // n / 10 < 111.15, n < 1 111.5 → 1 111 (1 111 → 111.1 ✓; 1 112 → 111.2 ✗)
    expect(maximumNumerator({ denominator: 1000, per: 100, comparator: '<=', threshold: '111.1', decimals: 1 })).toBe(1111n);
  });

  it('counts a value that rounds up to the ceiling as failing', () => {
    // < 1 per 1 000 of 1 000 000 at 1 decimal: n / 1000 < 0.95 → n < 950 → 949
    // (949 → 0.949 → 0.9 ✓; 950 → 0.95, a half → 1.0 ✗)
    expect(maximumNumerator({ denominator: 1_000_000, per: 1000, comparator: '<', threshold: 1, decimals: 1 })).toBe(949n);
    // ≤ 1 at 1 decimal: n / 1000 < 1.05 → n < 1050 → 1049 (1049 → 1.049 → 1.0 ✓; 1050 → 1.1 ✗)
    expect(maximumNumerator({ denominator: 1_000_000, per: 1000, comparator: '<=', threshold: 1, decimals: 1 })).toBe(1049n);
  });

  it('returns null when even 0 fails, and 0 when only 0 passes', () => {
    // a published 0.0 is not < 0, nor ≤ -1
    expect(maximumNumerator({ denominator: 1000, per: 100, comparator: '<', threshold: 0, decimals: 1 })).toBeNull();
    expect(maximumNumerator({ denominator: 1000, per: 100, comparator: '<=', threshold: -1, decimals: 1 })).toBeNull();
    // ≤ 0 per 10 000 of 12 000 at 1 decimal: n / 1.2 < 0.05, n < 0.06 → 0
    expect(maximumNumerator({ denominator: 12000, per: 10000, comparator: '<=', threshold: 0, decimals: 1 })).toBe(0n);
  });

  it('rejects bad options with codes and fields', () => {
    const base = { denominator: 1000, per: 100, comparator: '<', threshold: 46, decimals: 1 } as const;
    expectChitieuError(() => maximumNumerator({ ...base, denominator: 0 }), 'ZERO_DENOMINATOR', 'denominator');
    expectChitieuError(() => maximumNumerator({ ...base, per: -1 }), 'NEGATIVE_COUNT', 'per');
    expectChitieuError(() => maximumNumerator({ ...base, comparator: '>=' as '<' }), 'INVALID_ARGUMENT', 'comparator');
    expectChitieuError(() => maximumNumerator({ ...base, threshold: Number.NaN }), 'INVALID_NUMBER', 'threshold');
    expectChitieuError(() => maximumNumerator({ ...base, decimals: 1.5 }), 'NOT_AN_INTEGER', 'decimals');
  });

  it('is maximal: n stays within the threshold and n + 1 does not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 10_000_000 }),
          fc.integer({ min: 1, max: 100_000_000 }).map((tenths) => new Decimal(tenths).dividedBy(10).toString()),
        ),
        fc.constantFrom(100, 1000, 10000, 100000),
        fc.constantFrom('<' as const, '<=' as const),
        fc
          .tuple(fc.integer({ min: -10_000, max: 2_000_000 }), fc.integer({ min: 0, max: 3 }))
          .map(([units, places]) => new Decimal(units).dividedBy(new Decimal(10).pow(places)).toString()),
        fc.integer({ min: 0, max: 4 }),
        (d, per, comparator, t, decimals) => {
          const n = maximumNumerator({ denominator: d, per, comparator, threshold: t, decimals });
          if (n === null) {
            expect(stays(published(0n, d, per, decimals), comparator, t)).toBe(false);
            return;
          }
          expect(n >= 0n).toBe(true);
          expect(stays(published(n, d, per, decimals), comparator, t)).toBe(true);
          expect(stays(published(n + 1n, d, per, decimals), comparator, t)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
