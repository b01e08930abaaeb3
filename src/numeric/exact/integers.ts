/**
 * Whole-number helpers of the exact kernel: powers of ten and floor/ceiling division, for
 * safe-integer `number`s and for `bigint`s. Internal.
 *
 * @internal
 * @module
 */

/** `10^k` for `k` from 0 to 15, the powers of ten every safe-integer product below stays exact with. */
export const POW10: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** `10^k` as a bigint, `k ≥ 0`. */
export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** Whether a computed whole number is exact: within ±(2^53 − 1). */
export function isSafe(x: number): boolean {
  return x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER;
}

/**
 * `⌊x / y⌋` for whole numbers `|x|, |y| < 2^52`, `y > 0`: exact. The double `x / y` is within
 * `|x / y| × 2^-53 < 1 / y` of the true quotient (true for any `|x| < 2^53`), while a quotient
 * that is not whole lies at least `1 / y` from the whole numbers on either side, so rounding
 * never carries it across one and `Math.floor` gives the true floor. (A correction by the
 * remainder `x − q·y` used to follow; it could never apply, and was removed.)
 */
export function floorDivSmall(x: number, y: number): number {
  return Math.floor(x / y);
}

/** `⌈x / y⌉` for whole numbers `|x|, |y| < 2^52`, `y > 0`: exact. */
export function ceilDivSmall(x: number, y: number): number {
  return -floorDivSmall(-x, y);
}

/** `⌊a / b⌋` for bigints, `b > 0`. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b; // truncates toward zero
  return a % b < 0n ? q - 1n : q;
}

/** `⌈a / b⌉` for bigints, `b > 0`. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b > 0n ? q + 1n : q;
}
