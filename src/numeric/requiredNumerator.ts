import { readCountInputs } from './countsAt.js';
import type { Num } from './decimal.js';
import { smallestCount } from './exact/index.js';

/**
 * The smallest whole count `n ≥ 0` whose **published** rate — `n × per / denominator`
 * rounded half-up to `decimals` places — meets `comparator threshold`. “How many doctors
 * must a commune of 12 000 have to show 17,5 per 10 000?”
 *
 * Exact: computed with bigints from the decimal values of the inputs, never with floats. The
 * answer `n` meets the threshold and `n − 1` does not. Because the published rate is what is
 * compared, a threshold between two printable values is met by the next printable value
 * (at 1 decimal, `≥ 17.45` needs a published `17.5`), and `> 95` at 2 decimals needs
 * `95.01`. A threshold at or below zero (`> -1`, `>= 0`) is met by `0n`.
 *
 * For a lower-is-better target (“dưới …”) use {@link maximumNumerator}.
 *
 * @category Numeric
 * @param options.denominator - the population or count the rate is taken of; positive (an
 *   estimate such as `12345.5` is allowed).
 * @param options.per - the multiplier (100, 10 000, 100 000 …); positive.
 * @param options.comparator - `'>'` or `'>='`.
 * @param options.threshold - the target value; finite, may be negative.
 * @param options.decimals - the published precision, 0 to 20.
 * @throws {@link ChitieuError} `ZERO_DENOMINATOR` / `NEGATIVE_COUNT` (fields `denominator`,
 *   `per`), `INVALID_NUMBER` (any numeric field), `INVALID_ARGUMENT` (field `comparator`, or
 *   `options` when it is not an object), `NOT_AN_INTEGER` / `OUT_OF_RANGE` (field
 *   `decimals`).
 * @example
 * ```ts
 * import { requiredNumerator } from 'chitieu';
 *
 * // Cao Minh's “số bác sĩ/vạn dân: 17,5” for 12 000 residents
 * console.log(requiredNumerator({ denominator: 12000, per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 })); // 21n
 * // insurance coverage “trên 95%” published with 2 decimals: 95.00% is not above 95%
 * console.log(requiredNumerator({ denominator: 12000, per: 100, comparator: '>', threshold: 95, decimals: 2 }));        // 11401n
 * ```
 */
export function requiredNumerator(options: {
  denominator: Num;
  per: Num;
  comparator: '>' | '>=';
  threshold: Num;
  decimals: number;
}): bigint {
  const { denominator, per, threshold, decimals } = readCountInputs(options, ['>', '>=']);
  return BigInt(smallestCount(denominator, per, options.comparator, threshold, decimals));
}
