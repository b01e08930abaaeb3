import type { Decimal, Num } from './decimal.js';
import { ratePer } from './ratePer.js';

/**
 * A rate per 10 000 population (“/vạn dân”): `numerator / denominator × 10 000`, unrounded.
 *
 * Same rules as {@link ratePer} with `per = 10 000`.
 *
 * @category Numeric
 * @throws {@link ChitieuError} `ZERO_DENOMINATOR`, `NEGATIVE_COUNT`, `INVALID_NUMBER`.
 * @example
 * ```ts
 * import { per10k, roundHalfUp } from 'chitieu';
 *
 * // Cao Minh's 2026 target “số giường bệnh/vạn dân: 49,2”: 59 beds for 12 000 people
 * const beds = per10k(59, 12000);
 * console.log(beds.toString());                 // '49.1666666666666666666666666666666666666666666666666666666667'
 * console.log(roundHalfUp(beds, 1).toString()); // '49.2'
 * ```
 */
export function per10k(numerator: Num, denominator: Num): Decimal {
  return ratePer(numerator, denominator, 10000);
}
