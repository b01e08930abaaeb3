/**
 * The exact rationals: the fast form (safe-integer numbers) and the bigint form give the same
 * answers. Every expected value is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { toDouble } from '../../../src/numeric/exact/text.js';
import { add, big, cmp, div, gcd, int, isZero, max, min, mul, neg, ratio, sign, sub, type Q } from '../../../src/numeric/exact/rational.js';

describe('arithmetic: fast form, and bigints once a product leaves the safe range', () => {
  it('adds, subtracts, multiplies, divides and compares exactly', () => {
    const a: Q = { n: 1, d: 3 };
    const b: Q = { n: 1, d: 6 };
    expect(add(a, b)).toEqual({ n: 3, d: 6 }); // over the least common denominator 6: 2 + 1 = 3, 3/6 = 1/2
    expect(sub(a, b)).toEqual({ n: 1, d: 6 }); // 2 − 1 = 1 over 6
    expect(mul(a, b)).toEqual({ n: 1, d: 18 });
    expect(div(a, { n: -2, d: 1 })).toEqual({ n: -1, d: 6 }); // (1/3) / (−2) = −1/6, denominator kept positive
    expect(cmp(a, b)).toBe(1);
    expect(cmp(add(b, b), a)).toBe(0); // 2/6 = 1/3
    expect(neg({ n: 0, d: 1 })).toEqual({ n: 0, d: 1 });
    expect([sign(neg(a)), sign({ n: 0, d: 5 }), sign(b)]).toEqual([-1, 0, 1]);
    expect([isZero({ n: 0n, d: 7n }), isZero(a)]).toEqual([true, false]);
    expect([min(a, b), max(a, b)]).toEqual([b, a]);
  });
  it('cancels across before leaving the fast form', () => {
    // (2^51 / 9) × (9 / 2^51): the plain products 9 × 2^51 leave the safe range, the cancelled ones are 1
    expect(mul({ n: 2 ** 51, d: 9 }, { n: 9, d: 2 ** 51 })).toEqual({ n: 1, d: 1 });
    // (2^51 / 9) ÷ (2^51 / 9) the same way
    expect(div({ n: 2 ** 51, d: 9 }, { n: 2 ** 51, d: 9 })).toEqual({ n: 1, d: 1 });
    expect(gcd(-12, 18)).toBe(6);
    expect(gcd(0, 5)).toBe(5);
  });
  it('2^53 + 1 is not a double: the product goes to bigints and stays exact', () => {
    const p: Q = { n: 2 ** 52, d: 1 };
    const product = mul(p, { n: 2, d: 1 }); // 2^53: no longer a safe integer
    expect(product).toEqual({ n: 2n ** 53n, d: 1n });
    expect(add(product, { n: 1, d: 1 })).toEqual({ n: 2n ** 53n + 1n, d: 1n }); // 9007199254740993
    expect(cmp(add(product, { n: 1, d: 1 }), product)).toBe(1);
  });
  it('the two forms agree', () => {
    const a: Q = { n: 7, d: 12 };
    const b: Q = { n: -5, d: 8 };
    for (const op of [add, sub, mul, div] as const) expect(cmp(op(a, b), op(big(a), big(b)))).toBe(0);
    expect(cmp(big(a), b)).toBe(1); // 7/12 > −5/8, mixed forms
  });
  it('makes whole numbers and ratios with the sign on top', () => {
    expect(int(5)).toEqual({ n: 5, d: 1 });
    expect(int(2 ** 60)).toEqual({ n: 2n ** 60n, d: 1n });
    expect(ratio(3, -4)).toEqual({ n: -3, d: 4 });
    expect(ratio(3n, -4n)).toEqual({ n: -3n, d: 4n });
  });
  it('converts to the nearest double, for statistics only', () => {
    expect(toDouble({ n: 1, d: 4 })).toBe(0.25);
    expect(toDouble({ n: 10n ** 400n, d: 10n ** 399n })).toBe(10);
    expect(toDouble({ n: 1n, d: 3n })).toBe(1 / 3);
  });
});
