/**
 * Poisson limits for a count that may be fractional (a sum of weighted or averaged counts),
 * shared by the rate, ratio and standardisation functions (internal).
 *
 * @module
 */
import { fail } from '../../errors.js';
import { EXACT_TOO_LARGE } from '../messages/index.js';
import { chiSquareQuantile } from '../chiSquareQuantile.js';
import { normalQuantile } from '../normalQuantile.js';

/** `'exact'`: Garwood (chi-square); `'byar'`: Byar as published (x for the lower bound, x + 1 for the upper). */
export type LimitMethod = 'exact' | 'byar';

/**
 * Lower and upper limits for the mean of a Poisson count `x ≥ 0` (a whole number) at
 * `level`. Exact limits need x below 5·10⁹ (the chi-square quantile's limit); `field` names
 * the count in the error otherwise.
 */
export function poissonLimits(x: number, level: number, method: LimitMethod, field: string): { lower: number; upper: number } {
  if (method === 'exact') {
    if (x >= 5e9) {
      throw fail(EXACT_TOO_LARGE, field, { value: x });
    }
    const alpha = 1 - level;
    return {
      lower: x === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * x) / 2,
      upper: chiSquareQuantile(1 - alpha / 2, 2 * x + 2) / 2,
    };
  }
  const z = normalQuantile(0.5 * (1 + level));
  const y = x + 1;
  return {
    lower: x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3,
    upper: y * (1 - 1 / (9 * y) + z / (3 * Math.sqrt(y))) ** 3,
  };
}

/** Exact below 10 events, Byar from 10: the rule of PHE's Fingertips tools. */
export function fingertipsMethod(x: number): LimitMethod {
  return x < 10 ? 'exact' : 'byar';
}
