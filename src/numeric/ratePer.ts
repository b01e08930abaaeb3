import { toNonNegative, toPositive, toResult, type Decimal, type Num } from './decimal.js';

/**
 * A rate per `per` units of the denominator: `numerator / denominator × per`, unrounded.
 *
 * The result is exact wherever the quotient terminates (`21 / 12 000 × 10 000 = 17.5`) and
 * carries 60 significant digits where it does not (`1/3`), which is enough for
 * {@link roundHalfUp} to round it as the exact fraction would be rounded. The numerator may
 * exceed the denominator (administrative coverage above 100% is real data). Sex ratio at
 * birth is `ratePer(boys, girls, 100)`.
 *
 * @category Numeric
 * @param numerator - a non-negative count or estimate (doctors, beds, events).
 * @param denominator - a positive population or count.
 * @param per - the multiplier: 100, 1 000, 10 000, 100 000 …; must be positive.
 * @throws {@link ChitieuError} `ZERO_DENOMINATOR` when `denominator` or `per` is 0,
 *   `NEGATIVE_COUNT` when any argument is negative, `INVALID_NUMBER` for NaN, ±Infinity or
 *   unreadable strings.
 * @example
 * ```ts
 * import { ratePer } from 'chitieu';
 *
 * // maternal deaths per 100 000 live births
 * console.log(ratePer(3, 20000, 100000).toString()); // '15'
 * // sex ratio at birth: boys per 100 girls (Ninh Bình's 2026 ceiling is 111.1)
 * console.log(ratePer(1111, 1000, 100).toString()); // '111.1'
 * ```
 */
export function ratePer(numerator: Num, denominator: Num, per: Num): Decimal {
  const n = toNonNegative(numerator, 'numerator');
  const d = toPositive(denominator, 'denominator');
  const p = toPositive(per, 'per');
  return toResult(n.times(p).dividedBy(d), 'numerator');
}
