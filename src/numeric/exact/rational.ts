/**
 * Exact rationals, the one exact number representation of chitieu's arithmetic. Internal.
 *
 * A value is `{ n, d }` with `d > 0`, not necessarily reduced. `n` and `d` are either both
 * safe-integer `number`s (the fast form: every operation checks that its result is still a
 * safe integer, which makes it exact) or both `bigint`s (the exact fallback, taken as soon as
 * a result would leave the safe range). Both forms give identical results. decimal.js stays
 * the public number type and the tool for fractional powers; every exact comparison,
 * rounding and count goes through this module and its siblings.
 *
 * @internal
 * @module
 */
import { isSafe } from './integers.js';

/** An exact rational `n / d`, `d > 0`: both safe-integer numbers, or both bigints. */
export interface Q {
  readonly n: number | bigint;
  readonly d: number | bigint;
}

/** The bigint form of a rational. */
export interface BigQ {
  readonly n: bigint;
  readonly d: bigint;
}

/** Zero. */
export const ZERO: Q = Object.freeze({ n: 0, d: 1 });
/** One. */
export const ONE: Q = Object.freeze({ n: 1, d: 1 });
/** One hundred: a percentage's multiplier. */
export const HUNDRED: Q = Object.freeze({ n: 100, d: 1 });

/** `a` in the bigint form. */
export function big(a: Q): BigQ {
  // Stryker disable next-line ConditionalExpression: BigInt of a bigint is that bigint
  return typeof a.n === 'number' ? { n: BigInt(a.n), d: BigInt(a.d) } : (a as BigQ);
}

/** A whole number as a rational. */
export function int(value: bigint | number): Q {
  if (
    // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for a bigint, so this test (there for the type checker) decides nothing
    typeof value === 'number' &&
    Number.isSafeInteger(value)
  )
    return { n: value === 0 ? 0 : value, d: 1 };
  return { n: BigInt(value), d: 1n };
}

/** `n / d` for whole numbers, `d ≠ 0` (the sign is moved to the numerator). */
export function ratio(n: bigint | number, d: bigint | number): Q {
  if (
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isSafeInteger is false for a bigint, so these tests (there for the type checker) decide nothing
    typeof n === 'number' && typeof d === 'number' &&
    Number.isSafeInteger(n) &&
    Number.isSafeInteger(d)
  ) {
    return d < 0 ? { n: 0 - n, d: -d } : { n: n === 0 ? 0 : n, d };
  }
  const bn = BigInt(n);
  const bd = BigInt(d);
  return bd < 0n ? { n: -bn, d: -bd } : { n: bn, d: bd };
}

/** The greatest common divisor of two safe integers (Euclid's algorithm; exact in doubles). */
export function gcd(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b < 0 ? -b : b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** `a + b`. */
export function add(a: Q, b: Q): Q {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const ad = a.d as number;
    const bd = b.d as number;
    // Stryker disable next-line ConditionalExpression,BlockStatement: over equal denominators the general branch computes the same (gcd = d, both factors 1)
    if (ad === bd) {
      const n = a.n + b.n;
      if (isSafe(n)) return { n: n === 0 ? 0 : n, d: ad };
    } else {
      // over the least common multiple of the denominators, which keeps the parts small
      const g = gcd(ad, bd);
      const ab = ad / g;
      const ba = bd / g;
      const x = a.n * ba;
      const y = b.n * ab;
      const n = x + y;
      const d = ad * ba;
      if (isSafe(x) && isSafe(y) && isSafe(n) && isSafe(d)) return { n: n === 0 ? 0 : n, d };
    }
  }
  const p = big(a);
  const q = big(b);
  return p.d === q.d ? { n: p.n + q.n, d: p.d } : { n: p.n * q.d + q.n * p.d, d: p.d * q.d };
}

/** `-a`. */
export function neg(a: Q): Q {
  if (typeof a.n === 'number') return { n: 0 - a.n, d: a.d };
  return { n: -a.n, d: a.d };
}

/** `a − b`. */
export function sub(a: Q, b: Q): Q {
  return add(a, neg(b));
}

/** `a × b`. */
export function mul(a: Q, b: Q): Q {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const n = a.n * b.n;
    const d = (a.d as number) * (b.d as number);
    if (isSafe(n) && isSafe(d)) return { n: n === 0 ? 0 : n, d };
    // cancel across before giving up the fast form
    const g1 = gcd(a.n, b.d as number) || 1;
    const g2 = gcd(b.n, a.d as number) || 1;
    const rn = (a.n / g1) * (b.n / g2);
    const rd = ((a.d as number) / g2) * ((b.d as number) / g1);
    if (isSafe(rn) && isSafe(rd)) return { n: rn === 0 ? 0 : rn, d: rd };
  }
  const p = big(a);
  const q = big(b);
  return { n: p.n * q.n, d: p.d * q.d };
}

/** `a / b`; the caller guarantees `b ≠ 0`. */
export function div(a: Q, b: Q): Q {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const bn = b.n;
    const n = bn < 0 ? -a.n * (b.d as number) : a.n * (b.d as number);
    const d = (a.d as number) * (bn < 0 ? -bn : bn);
    if (isSafe(n) && isSafe(d)) return { n: n === 0 ? 0 : n, d };
    return mul(a, { n: bn < 0 ? -(b.d as number) : (b.d as number), d: bn < 0 ? -bn : bn });
  }
  const p = big(a);
  const q = big(b);
  return q.n < 0n ? { n: -p.n * q.d, d: p.d * -q.n } : { n: p.n * q.d, d: p.d * q.n };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  // Stryker disable next-line StringLiteral,BlockStatement: skipping the fast path compares the same products as bigints
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const left = a.n * (b.d as number);
    const right = b.n * (a.d as number);
    if (isSafe(left) && isSafe(right)) return left < right ? -1 : left > right ? 1 : 0;
  }
  const p = big(a);
  const q = big(b);
  const left = p.n * q.d;
  const right = q.n * p.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** -1, 0 or 1: the sign of `a`. */
export function sign(a: Q): -1 | 0 | 1 {
  return a.n < 0 ? -1 : a.n > 0 ? 1 : 0;
}

/** Whether `a` is zero. */
export function isZero(a: Q): boolean {
  return a.n === 0 || a.n === 0n;
}

/** The smaller of `a` and `b`. */
export function min(a: Q, b: Q): Q {
  return cmp(a, b) <= 0 ? a : b;
}

/** The larger of `a` and `b`. */
export function max(a: Q, b: Q): Q {
  return cmp(a, b) >= 0 ? a : b;
}
