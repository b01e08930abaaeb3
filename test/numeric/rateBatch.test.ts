import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateBatch, ratePer, roundHalfUp } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const per10k1 = { per: 10000, decimals: 1 };

describe('rateBatch', () => {
  it('publishes the seed plans’ rates', () => {
    // 21 / 12 000 × 10 000 = 17.5; 59 / 12 000 × 10 000 = 49.1666… → 49.2
    expect(Array.from(rateBatch([21, 59], [12000, 12000], per10k1))).toEqual([17.5, 49.2]);
  });

  it('rounds exact halves up, where the float loop does not', () => {
    // 3 / 40 000 × 10 000 = 0.75 → 0.8; 29 / 40 000 × 10 000 = 7.25 → 7.3;
    // 57 / 1 600 × 10 000 = 356.25 → 356.3. (Math.round(n / d * 10000 * 10) / 10 gives
    // 0.7, 7.2 and 356.2: each quotient is stored just below the half.)
    const out = rateBatch(new Float64Array([3, 29, 57]), new Float64Array([40000, 40000, 1600]), per10k1);
    expect(Array.from(out)).toEqual([0.8, 7.3, 356.3]);
    // 1 / 8 × 100 = 12.5 → 13 at 0 decimals
    expect(Array.from(rateBatch([1], [8], { per: 100, decimals: 0 }))).toEqual([13]);
  });

  it('accepts any array-like and returns a Float64Array of the same length', () => {
    const out = rateBatch(new Int32Array([1, 2]), new Uint32Array([4, 4]), { per: 100, decimals: 2 });
    expect(out).toBeInstanceOf(Float64Array);
    // 1 / 4 × 100 = 25; 2 / 4 × 100 = 50
    expect(Array.from(out)).toEqual([25, 50]);
    expect(rateBatch([], [], per10k1)).toHaveLength(0);
  });

  it('computes fractional and huge rows exactly', () => {
    // 0.1 / 3 × 10 000 = 333.333… → 333.3 (0.1 is read as one tenth)
    // 7.5 / 2.5 × 10 000 = 30 000
    // 1e300 / 4 × 10 000 = 2.5e303 (beyond 2^50: the bigint path)
    const out = rateBatch([0.1, 7.5, 1e300], [3, 2.5, 4], per10k1);
    expect(Array.from(out)).toEqual([333.3, 30000, 2.5e303]);
    // a fractional multiplier: 3 / 2 × 0.5 = 0.75 → 0.8
    expect(Array.from(rateBatch([3], [2], { per: 0.5, decimals: 1 }))).toEqual([0.8]);
  });

  it('is exact on both sides of the fast-path limit 2^50', () => {
    // (2^50 − 1) / 2 = 2^49 − ½ → half-up 2^49 = 562 949 953 421 312 (fast path)
    // (2^50 + 1) / 2 = 2^49 + ½ → 2^49 + 1 = 562 949 953 421 313 (bigint path)
    // (2^53 + 2) / 4 = 2 251 799 813 685 248.5 → 2 251 799 813 685 249 (bigint path)
    const out = rateBatch([2 ** 50 - 1, 2 ** 50 + 1, 2 ** 53 + 2], [2, 2, 4], { per: 1, decimals: 0 });
    expect(Array.from(out)).toEqual([562949953421312, 562949953421313, 2251799813685249]);
  });

  it('returns 0, not -0, for a -0 numerator', () => {
    expect(Object.is(rateBatch([-0], [5], per10k1)[0], 0)).toBe(true);
  });

  it('rejects bad rows naming the cell', () => {
    expectChitieuError(() => rateBatch([1, 2], [3], per10k1), 'LENGTH_MISMATCH', 'denominators');
    expectChitieuError(() => rateBatch([1, 2, 3, 4], [5, 5, 5, 0], per10k1), 'ZERO_DENOMINATOR', 'denominators[3]');
    expectChitieuError(() => rateBatch([1, 2], [5, -5], per10k1), 'NEGATIVE_COUNT', 'denominators[1]');
    expectChitieuError(() => rateBatch([1, -1], [5, 5], per10k1), 'NEGATIVE_COUNT', 'numerators[1]');
    expectChitieuError(() => rateBatch([Number.NaN], [5], per10k1), 'INVALID_NUMBER', 'numerators[0]');
    expectChitieuError(() => rateBatch([1], [Number.POSITIVE_INFINITY], per10k1), 'INVALID_NUMBER', 'denominators[0]');
    expectChitieuError(() => rateBatch(['1' as unknown as number], [5], per10k1), 'INVALID_NUMBER', 'numerators[0]');
    // 1e308 / 1 × 10 000 is beyond the largest double
    expectChitieuError(() => rateBatch([1e308], [1], per10k1), 'OUT_OF_RANGE', 'numerators[0]');
  });

  it('rejects bad options and columns', () => {
    expectChitieuError(() => rateBatch([1], [5], { per: 0, decimals: 1 }), 'ZERO_DENOMINATOR', 'per');
    expectChitieuError(() => rateBatch([1], [5], { per: -1, decimals: 1 }), 'NEGATIVE_COUNT', 'per');
    expectChitieuError(() => rateBatch([1], [5], { per: Number.NaN, decimals: 1 }), 'INVALID_NUMBER', 'per');
    expectChitieuError(() => rateBatch([1], [5], { per: '100' as unknown as number, decimals: 1 }), 'INVALID_ARGUMENT', 'per');
    expectChitieuError(() => rateBatch([1], [5], { per: 100, decimals: 1.5 }), 'NOT_AN_INTEGER', 'decimals');
    expectChitieuError(() => rateBatch([1], [5], { per: 100, decimals: 21 }), 'OUT_OF_RANGE', 'decimals');
    expectChitieuError(() => rateBatch(null as unknown as number[], [5], per10k1), 'INVALID_ARGUMENT', 'numerators');
    expectChitieuError(() => rateBatch([1], 5 as unknown as number[], per10k1), 'INVALID_ARGUMENT', 'denominators');
  });

  it('rounds exact halves up when a double product or divisor is not exact', () => {
    // 1 / 0.4 × 1 = 2.5 → 3 (0.4 is read as four tenths; in doubles (2 + 0.4) / 0.8 falls just below 3)
    expect(Array.from(rateBatch([1], [0.4], { per: 1, decimals: 0 }))).toEqual([3]);
    // 90 / 2 × 0.7 = 31.5 → 32 (90 × 0.7 is 62.99999999999999 in doubles)
    expect(Array.from(rateBatch([90], [2], { per: 0.7, decimals: 0 }))).toEqual([32]);
    // 0.145 / 1 × 100 = 14.5 → 15 (0.145 × 100 is 14.499999999999998 in doubles)
    expect(Array.from(rateBatch([0.145], [1], { per: 100, decimals: 0 }))).toEqual([15]);
  });

  it('checks each row in order, numerator first, and quotes the cell', () => {
    // a zero numerator is fine; the negative denominator beside it is the error
    expectChitieuError(() => rateBatch([0], [-1], per10k1), 'NEGATIVE_COUNT', 'denominators[0]');
    expectChitieuError(() => rateBatch([0], [0], per10k1), 'ZERO_DENOMINATOR', 'denominators[0]');
    expectChitieuError(() => rateBatch([Number.POSITIVE_INFINITY], [5], per10k1), 'INVALID_NUMBER', 'numerators[0]');
    expectChitieuError(() => rateBatch([1], ['5' as unknown as number], per10k1), 'INVALID_NUMBER', 'denominators[0]');
    expect(expectChitieuError(() => rateBatch([1, 2], [5, Number.NaN], per10k1), 'INVALID_NUMBER', 'denominators[1]').message).toContain('(got NaN)');
    expect(expectChitieuError(() => rateBatch([-2], [5], per10k1), 'NEGATIVE_COUNT', 'numerators[0]').message).toContain('(got -2)');
    // 1e308 × 10 000 = 1e312 at one decimal: 1e313 tenths, too large for a double
    const tooLarge = expectChitieuError(() => rateBatch([1e308], [1], per10k1), 'OUT_OF_RANGE', 'numerators[0]');
    expect(tooLarge.message).toContain(`1${'0'.repeat(313)}e-1`);
  });

  it('takes columns of 0 to 2^31 − 1 rows, and quotes what is not a column', () => {
    // a column of 2^31 − 1 rows is a column: the lengths differ, so nothing is allocated
    const longest = { length: 2 ** 31 - 1 } as ArrayLike<number>;
    const mismatch = expectChitieuError(() => rateBatch(longest, [1], per10k1), 'LENGTH_MISMATCH', 'denominators');
    expect(mismatch.message).toBe('denominators has 1 rows but numerators has 2147483647');
    for (const length of [2 ** 31, -1, 1.5, Number.NaN, '2']) {
      expectChitieuError(() => rateBatch({ length } as unknown as number[], [1], per10k1), 'INVALID_ARGUMENT', 'numerators');
    }
    expectChitieuError(() => rateBatch({} as unknown as number[], [1], per10k1), 'INVALID_ARGUMENT', 'numerators');
    expectChitieuError(() => rateBatch('12' as unknown as number[], [1, 2], per10k1), 'INVALID_ARGUMENT', 'numerators');
    expect(expectChitieuError(() => rateBatch(5 as unknown as number[], [1], per10k1), 'INVALID_ARGUMENT', 'numerators').message).toContain('(got 5)');
    expect(expectChitieuError(() => rateBatch([1], [5], null as unknown as typeof per10k1), 'INVALID_ARGUMENT', 'options').message).toContain('(got null)');
    expect(expectChitieuError(() => rateBatch([1], [5], { per: '100' as unknown as number, decimals: 1 }), 'INVALID_ARGUMENT', 'per').message).toContain('(got "100")');
    expectChitieuError(() => rateBatch([1], [5], { per: Number.POSITIVE_INFINITY, decimals: 1 }), 'INVALID_NUMBER', 'per');
  });

  it('agrees with roundHalfUp(ratePer(n, d, per), decimals).toNumber() on every row', () => {
    // row kinds: [kind, a, b]; the half rows are built for the chosen per and decimals
    const row = fc.oneof(
      fc.tuple(fc.constant('int'), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 })),
      fc.tuple(fc.constant('half'), fc.integer({ min: 0, max: 1e5 }), fc.integer({ min: 1, max: 1000 })),
      fc.tuple(fc.constant('huge'), fc.double({ min: 1e15, max: 1e295, noNaN: true }), fc.integer({ min: 1, max: 1e6 })),
      fc.tuple(
        fc.constant('fraction'),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.constantFrom(1, 100, 1000, 10000, 100000),
        fc.integer({ min: 0, max: 4 }),
        (rows, per, decimals) => {
          const numerators: number[] = [];
          const denominators: number[] = [];
          for (const [kind, a, b] of rows) {
            if (kind === 'half') {
              // n × per × 10^k / d = (2a + 1) / 2 exactly: d = 2 · per · 10^k · b, n = (2a + 1) · b
              numerators.push((2 * a + 1) * b);
              denominators.push(2 * per * 10 ** decimals * b);
            } else {
              numerators.push(a);
              denominators.push(b);
            }
          }
          const out = rateBatch(numerators, denominators, { per, decimals });
          numerators.forEach((n, i) => {
            const expected = roundHalfUp(ratePer(n, denominators[i] as number, per), decimals).toNumber();
            expect(Object.is(out[i], expected)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rateBatch: a row that is not a number', () => {
  it('is refused at its index, numerator first', () => {
    expectChitieuError(() => rateBatch([1, 'x' as unknown as number], [2, 3], { per: 100, decimals: 1 }), 'INVALID_NUMBER', 'numerators[1]');
    expectChitieuError(() => rateBatch([1, 2], [2, null as unknown as number], { per: 100, decimals: 1 }), 'INVALID_NUMBER', 'denominators[1]');
    expectChitieuError(() => rateBatch([1n as unknown as number], [2], { per: 100, decimals: 1 }), 'INVALID_NUMBER', 'numerators[0]');
  });
  it('is refused as a column when it has no length', () => {
    expectChitieuError(() => rateBatch({} as unknown as number[], [1], { per: 100, decimals: 1 }), 'INVALID_ARGUMENT', 'numerators');
    expectChitieuError(() => rateBatch([1], { length: -1 } as unknown as number[], { per: 100, decimals: 1 }), 'INVALID_ARGUMENT', 'denominators');
  });
});
