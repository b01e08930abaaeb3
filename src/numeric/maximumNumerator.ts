import { readCountInputs } from './countsAt.js';
import type { Num } from './decimal.js';
import { largestCount } from './exact/index.js';

/**
 * The largest whole count `n ≥ 0` whose **published** rate — `n × per / denominator` rounded
 * half-up to `decimals` places — stays `comparator threshold`, for lower-is-better targets
 * (“tỷ suất tử vong mẹ dưới 46/100 000”). `null` when even a count of 0 fails (`< 0`).
 *
 * Exact (bigints, no floats): the answer `n` satisfies the comparison and `n + 1` does not.
 * The published value is compared, so `< 46` at 1 decimal allows published values up to
 * `45.9`, and a rate of `45.96` (published `46.0`) already fails.
 *
 * @category Numeric
 * @param options.denominator - the population or count the rate is taken of; positive.
 * @param options.per - the multiplier; positive.
 * @param options.comparator - `'<'` or `'<='`.
 * @param options.threshold - the ceiling; finite.
 * @param options.decimals - the published precision, 0 to 20.
 * @throws {@link ChitieuError} `ZERO_DENOMINATOR` / `NEGATIVE_COUNT` (fields `denominator`,
 *   `per`), `INVALID_NUMBER` (any numeric field), `INVALID_ARGUMENT` (field `comparator`, or
 *   `options` when it is not an object), `NOT_AN_INTEGER` / `OUT_OF_RANGE` (field
 *   `decimals`).
 * @example
 * ```ts
 * import { maximumNumerator } from 'chitieu';
 *
 * // maternal deaths per 100 000 live births below 46, published to 1 decimal, 20 000 births
 * console.log(maximumNumerator({ denominator: 20000, per: 100000, comparator: '<', threshold: 46, decimals: 1 })); // 9n
 * // sex ratio at birth at most 111.1 boys per 100 girls, for 1 000 girls
 * console.log(maximumNumerator({ denominator: 1000, per: 100, comparator: '<=', threshold: '111.1', decimals: 1 })); // 1111n
 * console.log(maximumNumerator({ denominator: 1000, per: 100, comparator: '<', threshold: 0, decimals: 1 }));       // null
 * ```
 */
export function maximumNumerator(options: {
  denominator: Num;
  per: Num;
  comparator: '<' | '<=';
  threshold: Num;
  decimals: number;
}): bigint | null {
  const { denominator, per, threshold, decimals } = readCountInputs(options, ['<', '<=']);
  const count = largestCount(denominator, per, options.comparator, threshold, decimals);
  return count === null ? null : BigInt(count);
}
