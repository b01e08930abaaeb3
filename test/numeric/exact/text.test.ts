/**
 * Rounding and writing exact rationals: both forms write the same text. Every expected value
 * is worked by hand beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { big, type Q } from '../../../src/numeric/exact/rational.js';
import { fromUnits, halfUpSmall, roundQ, roundUnits, stepQ } from '../../../src/numeric/exact/round.js';
import { fixedText, toDecimalText, unitsText } from '../../../src/numeric/exact/text.js';

describe('rounding and text', () => {
  const cases: [Q, number, string, string][] = [
    // value, places, fixedText, toDecimalText
    [{ n: 21 * 10000, d: 12000 }, 1, '17.5', '17.5'], // 210000 / 12000 = 17.5 exactly
    [{ n: 2, d: 3 }, 2, '0.67', '0.666666666666666666666666666666666666666666666666666666666667'], // 60 sixes, the last rounded up
    [{ n: -2, d: 3 }, 1, '-0.7', '-0.666666666666666666666666666666666666666666666666666666666667'],
    [{ n: -1, d: 40 }, 1, '0.0', '-0.025'], // −0.025 at 1 place is −0.0: written '0.0', never '-0.0'
    [{ n: 1, d: 7 }, 3, '0.143', '0.142857142857142857142857142857142857142857142857142857142857'], // 0.142857 repeated: 60 digits, next digit 1
    [{ n: 22, d: 7 }, 0, '3', '3.14285714285714285714285714285714285714285714285714285714286'], // 3 + 59 places = 60 digits, next 7 rounds up
    [{ n: 95, d: 1 }, 2, '95.00', '95'],
    [{ n: 1, d: 3000 }, 4, '0.0003', `0.000${'3'.repeat(60)}`], // leading zeros do not count: 60 threes
  ];
  it.each(cases)('%o at %i places', (q, places, fixed, text) => {
    expect(fixedText(q, places)).toBe(fixed);
    expect(fixedText(big(q), places)).toBe(fixed);
    expect(toDecimalText(q)).toBe(text);
    expect(toDecimalText(big(q))).toBe(text);
  });
  it('rounds half away from zero', () => {
    expect(roundQ({ n: 225, d: 100 }, 1)).toEqual({ n: 23, d: 10 }); // 2.25 → 2.3
    expect(roundQ({ n: -225, d: 100 }, 1)).toEqual({ n: -23, d: 10 }); // −2.25 → −2.3
    expect(roundUnits({ n: 3n, d: 40000n }, 4)).toBe(1n); // 0.000075 → 0.0001 (7.5 units → 8? no: 0.75 units → 1)
    expect(halfUpSmall(75, 100)).toBe(1); // 0.75 → 1
    expect(halfUpSmall(149, 100)).toBe(1); // 1.49 → 1
    expect(stepQ(2)).toEqual({ n: 1, d: 100 });
    expect(fromUnits(5n, 20)).toEqual({ n: 5n, d: 10n ** 20n });
    expect(unitsText(-5, 3)).toBe('-0.005');
  });
  it('a carry through nines: 1 − 1/(3 × 10^14) written to 60 digits', () => {
    // 299999999999999 / 300000000000000 = 0.99999999999999666…: 14 nines, then 6s; the 60th digit rounds up
    const q: Q = { n: 299999999999999, d: 300000000000000 };
    const expected = '0.' + '9'.repeat(14) + '6'.repeat(45) + '7';
    expect(toDecimalText(q)).toBe(expected);
    expect(toDecimalText(big(q))).toBe(expected);
  });
  it('a carry into the whole part: 2/3 × 10^−60 less than 1 rounds up to 1 at 60 digits', () => {
    // 1 − 10^−61 is 0.999… (61 nines): 60 significant nines, the 61st rounds them up to 1
    const q: Q = { n: 10n ** 61n - 1n, d: 10n ** 61n };
    expect(toDecimalText(q)).toBe('0.' + '9'.repeat(61)); // it terminates: written exactly
    const third: Q = { n: 3 * 10 ** 14 - 1, d: 3 * 10 ** 14 };
    expect(toDecimalText(third).length).toBe(62); // '0.' and 60 digits
  });
  it('the fast 60-digit division agrees with the bigint one, digit for digit', () => {
    const denominator = fc.oneof(
      fc.integer({ min: 2, max: 40_000 }),
      fc.integer({ min: 2, max: 2 ** 40 }),
      fc.integer({ min: 900_000_000_000, max: 2 ** 49 }),
      fc.constantFrom(9, 99, 999_999, 3 * 10 ** 14, 10 ** 13 + 1, 7 * 10 ** 11 - 1),
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 49), max: 2 ** 49 }), denominator, (n, d) => {
        const q: Q = { n, d };
        expect(toDecimalText(q)).toBe(toDecimalText(big(q)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('rounding: the form of the result follows the rounded units', () => {
  it('keeps bigints as bigints and places beyond 15 in bigints', () => {
    // 1/3 to 2 places: 0.33 = 33/100
    expect(roundQ({ n: 1n, d: 3n }, 2)).toEqual({ n: 33n, d: 100n });
    expect(roundQ({ n: 1, d: 3 }, 2)).toEqual({ n: 33, d: 100 });
    // 2/3 to 16 places: 0.6666666666666667 = 6666666666666667 / 10^16
    expect(roundQ({ n: 2, d: 3 }, 16)).toEqual({ n: 6666666666666667n, d: 10n ** 16n });
    expect(roundUnits({ n: 2, d: 3 }, 16)).toBe(6666666666666667n);
    expect(roundUnits({ n: -2, d: 3 }, 16)).toBe(-6666666666666667n);
    expect(roundUnits({ n: 2, d: 3 }, 15)).toBe(666666666666667);
    expect(fromUnits(5, 16)).toEqual({ n: 5n, d: 10n ** 16n });
    expect(fromUnits(5, 15)).toEqual({ n: 5, d: 1e15 });
    expect(fromUnits(-5n, 2)).toEqual({ n: -5n, d: 100n });
    expect(Object.is(fromUnits(-0, 2).n, 0)).toBe(true); // no −0
    expect(stepQ(16)).toEqual({ n: 1n, d: 10n ** 16n });
    expect(stepQ(15)).toEqual({ n: 1, d: 1e15 });
  });
});

describe('toDecimalText: 60 significant digits when the scale guess is one short', () => {
  it('40/3 is 13.3…3 with 58 threes after the point, in both forms', () => {
    // 40/3 = 13.333…: 60 significant digits are "13" and 58 threes; the 61st is a 3, rounded down
    const expected = `13.${'3'.repeat(58)}`;
    expect(toDecimalText({ n: 40n, d: 3n })).toBe(expected);
    expect(toDecimalText({ n: 40, d: 3 })).toBe(expected);
    expect(toDecimalText({ n: -40n, d: 3n })).toBe(`-${expected}`);
    // 400/7 = 57.142857 142857…: 60 digits are "57" and 58 of the repeating 142857 (9 full
    // periods and "1428"); the next digit is 5 → rounded up to …1429
    const sevenths = `57.${'142857'.repeat(9)}1429`;
    expect(toDecimalText({ n: 400n, d: 7n })).toBe(sevenths);
    expect(toDecimalText({ n: 400, d: 7 })).toBe(sevenths);
  });
});

describe('toDecimalText: whole numbers and large values, exact or to 60 digits', () => {
  it('writes zero as 0 and whole numbers with all their digits', () => {
    expect([toDecimalText({ n: 0, d: 1 }), toDecimalText({ n: 0n, d: 7n }), toDecimalText({ n: 0, d: 3 })]).toEqual(['0', '0', '0']);
    expect([toDecimalText({ n: 1200n, d: 1n }), toDecimalText({ n: -1200n, d: 1n }), toDecimalText({ n: 1200, d: 1 })]).toEqual(['1200', '-1200', '1200']);
    // 10^70 + 1 terminates (d = 1): exact, all 71 digits, not 60
    expect(toDecimalText({ n: 10n ** 70n + 1n, d: 1n })).toBe(`1${'0'.repeat(69)}1`);
    // (10^70 + 1) / 2 = 5 × 10^69 + 0.5: exact
    expect(toDecimalText({ n: 10n ** 70n + 1n, d: 2n })).toBe(`5${'0'.repeat(69)}.5`);
  });
  it('rounds a large value that does not terminate to 60 significant digits, zeros after them', () => {
    // 10^70 / 3 = 333…3.33… with 70 threes before the point: 60 threes, the 61st is a 3
    // (rounded down), then 10 zeros to keep the magnitude
    expect(toDecimalText({ n: 10n ** 70n, d: 3n })).toBe(`${'3'.repeat(60)}${'0'.repeat(10)}`);
    // 2 × 10^70 / 3 = 666…6.66…: 60 digits are 59 sixes and a 7 (the 61st is a 6), then 10 zeros
    expect(toDecimalText({ n: -(2n * 10n ** 70n), d: 3n })).toBe(`-${'6'.repeat(59)}7${'0'.repeat(10)}`);
  });
});
