/**
 * The evaluation's exact rationals: the fast form (safe-integer numbers) and the bigint
 * fallback give the same answers. Every expected value is worked by hand beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, div, fixedText, mul, parseQ, roundQ, sub, toDecimalText, type Q } from '../../src/evaluate/internal/rational.js';

const big = (q: Q): Q => ({ n: BigInt(q.n), d: BigInt(q.d) });

describe('parseQ', () => {
  it('reads plain decimals in the fast form, the rest exactly', () => {
    expect(parseQ('17.5')).toEqual({ n: 175, d: 10 }); // 175 / 10
    expect(parseQ('-0.05')).toEqual({ n: -5, d: 100 }); // −5 / 100
    expect(parseQ('.5')).toEqual({ n: 5, d: 10 }); // the whole part may be left out, as before
    expect(parseQ('-0')).toEqual({ n: 0, d: 1 }); // no negative zero
    expect(parseQ('1e3')).toEqual({ n: 1000n, d: 1n }); // an exponent: the bigint reader, 1 × 10^3
    expect(parseQ('1234567890123456')).toEqual({ n: 1234567890123456n, d: 1n }); // 16 digits: bigint
    expect(parseQ(' 7 ')).toEqual({ n: 7n, d: 1n }); // spaces: the bigint reader trims them
    expect(parseQ('1.2.3')).toBeUndefined();
    expect(parseQ('-')).toBeUndefined();
    expect(parseQ('')).toBeUndefined();
  });
});

describe('arithmetic: fast form, and bigints once a product leaves the safe range', () => {
  it('adds, subtracts, multiplies, divides and compares exactly', () => {
    const a: Q = { n: 1, d: 3 };
    const b: Q = { n: 1, d: 6 };
    expect(add(a, b)).toEqual({ n: 9, d: 18 }); // 1·6 + 1·3 = 9 over 18 = 1/2
    expect(sub(a, b)).toEqual({ n: 3, d: 18 }); // 6 − 3 = 3 over 18 = 1/6
    expect(mul(a, b)).toEqual({ n: 1, d: 18 });
    expect(div(a, { n: -2, d: 1 })).toEqual({ n: -1, d: 6 }); // (1/3) / (−2) = −1/6, denominator kept positive
    expect(cmp(a, b)).toBe(1);
    expect(cmp(add(b, b), a)).toBe(0); // 2/6 = 1/3
  });
  it('2^53 + 1 is not a double: the product goes to bigints and stays exact', () => {
    const p: Q = { n: 2 ** 52, d: 1 };
    const product = mul(p, { n: 2, d: 1 }); // 2^53: no longer a safe integer
    expect(product).toEqual({ n: 2n ** 53n, d: 1n });
    expect(add(product, { n: 1, d: 1 })).toEqual({ n: 2n ** 53n + 1n, d: 1n }); // 9007199254740993
    expect(cmp(add(product, { n: 1, d: 1 }), product)).toBe(1);
  });
});

describe('rounding and text: both forms write the same', () => {
  const cases: [Q, number, string, string][] = [
    // value, places, fixedText, toDecimalText
    [{ n: 21 * 10000, d: 12000 }, 1, '17.5', '17.5'], // 210000 / 12000 = 17.5 exactly
    [{ n: 2, d: 3 }, 2, '0.67', '0.666666666666666666666666666666666666666666666666666666666667'], // 60 sixes, the last rounded up
    [{ n: -2, d: 3 }, 1, '-0.7', '-0.666666666666666666666666666666666666666666666666666666666667'],
    [{ n: -1, d: 40 }, 1, '0.0', '-0.025'], // −0.025 at 1 place is −0.0: written '0.0', never '-0.0'
    [{ n: 1, d: 7 }, 3, '0.143', '0.142857142857142857142857142857142857142857142857142857142857'], // 0.142857 repeated: 60 digits, next digit 1
    [{ n: 22, d: 7 }, 0, '3', '3.14285714285714285714285714285714285714285714285714285714286'], // 3 + 59 places = 60 digits, next 7 rounds up
    [{ n: 95, d: 1 }, 2, '95.00', '95'],
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
  });
  it('a carry through nines: 1 − 1/(3 × 10^14) written to 60 digits', () => {
    // 299999999999999 / 300000000000000 = 0.99999999999999666…: 14 nines, then 6s; the 60th digit rounds up
    const q: Q = { n: 299999999999999, d: 300000000000000 };
    const expected = '0.' + '9'.repeat(14) + '6'.repeat(45) + '7';
    expect(toDecimalText(q)).toBe(expected);
    expect(toDecimalText(big(q))).toBe(expected);
  });
  it('the fast 60-digit division agrees with the bigint one, digit for digit', () => {
    // the bigint path (scaled integer division) is an independent implementation of the same
    // rounding; quotients near a carry (…999…) come from d = 10^k ± 1 and 3 × 10^k
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
