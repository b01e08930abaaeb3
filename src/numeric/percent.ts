import type { Decimal, Num } from './decimal.js';
import { ratePer } from './ratePer.js';

/**
 * A percentage: `numerator / denominator × 100`, unrounded.
 *
 * The numerator may exceed the denominator: vaccinations counted against an estimated
 * target population give coverage above 100%, and hiding that hides a data problem. Use
 * {@link wilsonInterval} where a true proportion is required.
 *
 * @category Numeric
 * @throws {@link ChitieuError} `ZERO_DENOMINATOR`, `NEGATIVE_COUNT`, `INVALID_NUMBER`.
 * @example
 * ```ts
 * import { percent, roundHalfUp } from 'chitieu';
 *
 * // 11 415 insured of 12 000 residents
 * console.log(percent(11415, 12000).toString());                 // '95.125'
 * console.log(roundHalfUp(percent(11415, 12000), 2).toString()); // '95.13'
 * // administrative coverage above 100% is returned as it is
 * console.log(percent(1030, 1000).toString());                   // '103'
 * ```
 */
export function percent(numerator: Num, denominator: Num): Decimal {
  return ratePer(numerator, denominator, 100);
}
