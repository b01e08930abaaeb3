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

describe('the representation: both parts safe-integer numbers, or both bigints, d > 0', () => {
  // the module's contract (rational.ts): a value stays in the fast form while its parts are
  // safe integers, takes bigints once they are not, and never mixes the two; no −0
  const isQ = (q: Q): boolean => (typeof q.n === typeof q.d) && q.d > 0 && !Object.is(q.n, -0);
  it('int and ratio', () => {
    expect(int(0)).toEqual({ n: 0, d: 1 });
    expect(Object.is(int(-0).n, 0)).toBe(true);
    expect(int(-7)).toEqual({ n: -7, d: 1 });
    expect(int(12n)).toEqual({ n: 12n, d: 1n });
    expect(int(2 ** 53)).toEqual({ n: 2n ** 53n, d: 1n }); // 2^53 is not a safe integer
    expect(ratio(3, 4)).toEqual({ n: 3, d: 4 });
    expect(ratio(-3, 4)).toEqual({ n: -3, d: 4 });
    expect(ratio(-3, -4)).toEqual({ n: 3, d: 4 });
    expect(ratio(0, 4)).toEqual({ n: 0, d: 4 });
    expect(Object.is(ratio(-0, 4).n, 0)).toBe(true);
    expect(Object.is(ratio(0, -4).n, 0)).toBe(true);
    expect(ratio(3n, 4)).toEqual({ n: 3n, d: 4n }); // a bigint part: both bigints
    expect(ratio(3, 4n)).toEqual({ n: 3n, d: 4n });
    expect(ratio(2 ** 53, 3)).toEqual({ n: 2n ** 53n, d: 3n });
    expect(ratio(3, 2 ** 53)).toEqual({ n: 3n, d: 2n ** 53n });
    expect(ratio(3n, 4n)).toEqual({ n: 3n, d: 4n });
    expect(ratio(-3n, 4n)).toEqual({ n: -3n, d: 4n });
    expect(ratio(3n, -4n)).toEqual({ n: -3n, d: 4n });
  });
  it('big', () => {
    expect(big({ n: 3, d: 4 })).toEqual({ n: 3n, d: 4n });
    expect(big({ n: 3n, d: 4n })).toEqual({ n: 3n, d: 4n });
  });
  it('add: same and different denominators, in each form and mixed', () => {
    expect(add({ n: 1, d: 4 }, { n: 2, d: 4 })).toEqual({ n: 3, d: 4 }); // 1/4 + 2/4
    expect(Object.is(add({ n: 1, d: 4 }, { n: -1, d: 4 }).n, 0)).toBe(true); // 1/4 − 1/4 = 0, not −0
    expect(Object.is(add({ n: 1, d: 4 }, { n: -2, d: 8 }).n, 0)).toBe(true); // 2/8 − 2/8
    expect(add({ n: 1, d: 4 }, { n: 1, d: 6 })).toEqual({ n: 5, d: 12 }); // 3/12 + 2/12
    expect(add({ n: 1n, d: 4n }, { n: 1n, d: 6n })).toEqual({ n: 10n, d: 24n }); // 6/24 + 4/24, not reduced
    expect(add({ n: 1n, d: 4n }, { n: 2n, d: 4n })).toEqual({ n: 3n, d: 4n });
    expect(add({ n: 1, d: 4 }, { n: 1n, d: 6n })).toEqual({ n: 10n, d: 24n }); // mixed: bigints
    expect(add({ n: 1n, d: 4n }, { n: 1, d: 6 })).toEqual({ n: 10n, d: 24n });
    // (2^52)/1 + (2^52)/1 = 2^53: the sum leaves the safe range
    expect(add({ n: 2 ** 52, d: 1 }, { n: 2 ** 52, d: 1 })).toEqual({ n: 2n ** 53n, d: 1n });
    // 2^52/3 + 2^52/5 = (5 × 2^52 + 3 × 2^52)/15 = 2^55/15: the cross products leave the range
    const sum = add({ n: 2 ** 52, d: 3 }, { n: 2 ** 52, d: 5 });
    expect(isQ(sum) && cmp(sum, { n: 2n ** 55n, d: 15n }) === 0).toBe(true);
    expect(typeof sum.n).toBe('bigint');
    // 1/2^52 + 1/3: lcm 3 × 2^52 is not safe
    const small = add({ n: 1, d: 2 ** 52 }, { n: 1, d: 3 });
    expect(typeof small.n).toBe('bigint');
    expect(cmp(small, { n: 3n + 2n ** 52n, d: 3n * 2n ** 52n })).toBe(0);
    // (2^53 − 1)/2 + 1/3 = (3 × (2^53 − 1) + 2)/6: the cross product 3 × (2^53 − 1) is not safe
    const cross = add({ n: 2 ** 53 - 1, d: 2 }, { n: 1, d: 3 });
    expect(typeof cross.n).toBe('bigint');
    expect(cmp(cross, { n: 3n * (2n ** 53n - 1n) + 2n, d: 6n })).toBe(0);
    // 1/3 + (2^53 − 1)/2 the other way round
    const cross2 = add({ n: 1, d: 3 }, { n: 2 ** 53 - 1, d: 2 });
    expect(typeof cross2.n).toBe('bigint');
    expect(cmp(cross2, cross)).toBe(0);
    // (2^52)/2 + (2^52)/3 = (3 × 2^52 + 2 × 2^52)/6 = 5 × 2^52/6: x and y safe, their sum not
    const over = add({ n: 2 ** 51, d: 2 }, { n: 2 ** 51, d: 3 });
    expect(typeof over.n).toBe('bigint');
    expect(cmp(over, { n: 5n * 2n ** 51n, d: 6n })).toBe(0);
  });
  it('mul and div keep the fast form when the cancelled parts are safe', () => {
    // (2^30/7) × (2^30/(3 × 2^29)): 2^60 is not safe; cancelling 2^29 gives 2^31 / 21
    expect(mul({ n: 2 ** 30, d: 7 }, { n: 2 ** 30, d: 3 * 2 ** 29 })).toEqual({ n: 2 ** 31, d: 21 });
    // (3 × 2^29 / 2^30) × (7 / 2^30) the other way: 21 / 2^31
    expect(mul({ n: 3 * 2 ** 29, d: 2 ** 30 }, { n: 7, d: 2 ** 30 })).toEqual({ n: 21, d: 2 ** 31 });
    expect(Object.is(mul({ n: 0, d: 3 }, { n: -5, d: 7 }).n, 0)).toBe(true); // 0 × −5/7 = 0, not −0
    expect(mul({ n: 3n, d: 4n }, { n: 5, d: 7 })).toEqual({ n: 15n, d: 28n });
    expect(mul({ n: 3, d: 4 }, { n: 5n, d: 7n })).toEqual({ n: 15n, d: 28n });
    // (2^40/3) × (2^40/5): nothing cancels, 2^80/15 in bigints
    expect(mul({ n: 2 ** 40, d: 3 }, { n: 2 ** 40, d: 5 })).toEqual({ n: 2n ** 80n, d: 15n });
    // (3/4) ÷ (−5/7) = −21/20
    expect(div({ n: 3, d: 4 }, { n: -5, d: 7 })).toEqual({ n: -21, d: 20 });
    expect(div({ n: 3, d: 4 }, { n: 5, d: 7 })).toEqual({ n: 21, d: 20 });
    expect(Object.is(div({ n: 0, d: 4 }, { n: -5, d: 7 }).n, 0)).toBe(true);
    expect(div({ n: 3n, d: 4n }, { n: -5n, d: 7n })).toEqual({ n: -21n, d: 20n });
    expect(div({ n: 3n, d: 4n }, { n: 5n, d: 7n })).toEqual({ n: 21n, d: 20n });
    expect(div({ n: 3, d: 4 }, { n: -5n, d: 7n })).toEqual({ n: -21n, d: 20n });
    // (2^30/7) ÷ (−3 × 2^29 / 2^30): 2^60 is not safe; through mul, −2^31/21
    expect(div({ n: 2 ** 30, d: 7 }, { n: -(3 * 2 ** 29), d: 2 ** 30 })).toEqual({ n: -(2 ** 31), d: 21 });
    expect(div({ n: 2 ** 30, d: 7 }, { n: 3 * 2 ** 29, d: 2 ** 30 })).toEqual({ n: 2 ** 31, d: 21 });
    // (2^40/3) ÷ (−5/2^40): −2^80/15
    expect(div({ n: 2 ** 40, d: 3 }, { n: -5, d: 2 ** 40 })).toEqual({ n: -(2n ** 80n), d: 15n });
    for (const q of [div({ n: 2 ** 40, d: 3 }, { n: -5, d: 2 ** 40 }), div({ n: 1n, d: 3n }, { n: -2n, d: 5n })]) expect(isQ(q)).toBe(true);
  });
  it('cmp: the sign of a − b in each form, where products leave the safe range', () => {
    expect(cmp({ n: 1, d: 3 }, { n: 1, d: 3 })).toBe(0);
    expect(cmp({ n: 1, d: 3 }, { n: 2, d: 5 })).toBe(-1); // 5 < 6
    expect(cmp({ n: 2, d: 5 }, { n: 1, d: 3 })).toBe(1);
    expect(cmp({ n: 1n, d: 3n }, { n: 2n, d: 5n })).toBe(-1);
    expect(cmp({ n: 2n, d: 5n }, { n: 1n, d: 3n })).toBe(1);
    expect(cmp({ n: 2n, d: 6n }, { n: 1n, d: 3n })).toBe(0);
    // (2^53 − 1)/(2^53 − 2) against (2^53 − 2)/(2^53 − 3): both just above 1; the second is larger
    const a: Q = { n: 2 ** 53 - 1, d: 2 ** 53 - 2 };
    const b: Q = { n: 2 ** 53 - 2, d: 2 ** 53 - 3 };
    expect([cmp(a, b), cmp(b, a), cmp(a, a)]).toEqual([-1, 1, 0]);
    expect(cmp({ n: 1, d: 3 }, { n: 2n, d: 5n })).toBe(-1); // mixed
    expect(cmp({ n: 2n, d: 5n }, { n: 1, d: 3 })).toBe(1);
  });
  it('min and max', () => {
    expect(min({ n: 1, d: 3 }, { n: 2, d: 5 })).toEqual({ n: 1, d: 3 });
    expect(min({ n: 2, d: 5 }, { n: 1, d: 3 })).toEqual({ n: 1, d: 3 });
    expect(max({ n: 1, d: 3 }, { n: 2, d: 5 })).toEqual({ n: 2, d: 5 });
    expect(max({ n: 2, d: 5 }, { n: 1, d: 3 })).toEqual({ n: 2, d: 5 });
  });
  it('gcd of negative numbers is positive', () => {
    expect(gcd(12, -18)).toBe(6);
    expect(gcd(-12, -18)).toBe(6);
    expect(gcd(-7, 0)).toBe(7);
  });
});
