/**
 * The smallest and the largest whole count whose published rate meets a threshold: the one
 * home of "what it takes" (`requiredNumerator`, `maximumNumerator` and the evaluation's
 * counts all come here). Internal.
 *
 * For a count `n`, a denominator `den > 0` and a multiplier `per > 0`, the published rate is
 * `x = n × per / den` rounded half-up to `decimals` places: `⌊y + ½⌋` units of `10^-decimals`
 * with `y = x × 10^decimals`. A published value is a whole number `u` of units, so
 *
 * - published ≥ u  ⇔  y ≥ u − ½  ⇔  n ≥ (2u − 1) × den / (2 × per × 10^decimals);
 * - published ≤ u  ⇔  y < u + ½  ⇔  n < (2u + 1) × den / (2 × per × 10^decimals).
 *
 * The least published value meeting `≥ t` is `u = ⌈t × 10^decimals⌉` (`> t`:
 * `⌊t × 10^decimals⌋ + 1`); the greatest meeting `≤ t` is `⌊t × 10^decimals⌋` (`< t`:
 * `⌈t × 10^decimals⌉ − 1`). Every bound is an exact fraction: safe integers while every
 * product stays below 2^52, bigints beyond.
 *
 * @internal
 * @module
 */
import { ceilDiv, ceilDivSmall, floorDiv, floorDivSmall, POW10 } from './integers.js';
import { big, type Q } from './rational.js';

const LIMIT = 2 ** 52;

function small(x: number): boolean {
  return x < LIMIT && x > -LIMIT;
}

/** `t × 10^decimals` rounded up or down to a whole number: a threshold in published units. */
export function thresholdUnits(t: Q, decimals: number, up: boolean): number | bigint {
  if (typeof t.n === 'number' && decimals <= 15) {
    const top = t.n * (POW10[decimals] as number);
    const d = t.d as number;
    if (small(top) && small(d)) return up ? ceilDivSmall(top, d) : floorDivSmall(top, d);
  }
  const b = big(t);
  const top = b.n * 10n ** BigInt(decimals);
  return up ? ceilDiv(top, b.d) : floorDiv(top, b.d);
}

/** `⌈odd × den / (2 × per × 10^decimals)⌉`. */
function ceilBound(odd: number | bigint, den: Q, per: Q, decimals: number): number | bigint {
  if (typeof odd === 'number' && typeof den.n === 'number' && typeof per.n === 'number' && decimals <= 15) {
    const top = odd * den.n * (per.d as number);
    const bottom = 2 * per.n * (den.d as number) * (POW10[decimals] as number);
    if (small(top) && small(bottom)) return ceilDivSmall(top, bottom);
  }
  const d = big(den);
  const p = big(per);
  return ceilDiv(BigInt(odd) * d.n * p.d, 2n * p.n * d.d * 10n ** BigInt(decimals));
}

/**
 * The smallest whole count `n ≥ 0` whose rate `n × per / den`, published at `decimals`
 * places, meets `comparator threshold` (`den`, `per` positive; the caller checks).
 */
export function smallestCount(den: Q, per: Q, comparator: '>' | '>=', threshold: Q, decimals: number): number | bigint {
  const at = thresholdUnits(threshold, decimals, comparator === '>=');
  const units = comparator === '>=' ? at : typeof at === 'number' ? at + 1 : at + 1n;
  if (units <= 0) return 0;
  return ceilBound(typeof units === 'number' ? 2 * units - 1 : 2n * units - 1n, den, per, decimals);
}

/**
 * The largest whole count `n ≥ 0` whose rate, published at `decimals` places, still meets
 * `comparator threshold`; `null` when even 0 does not.
 */
export function largestCount(den: Q, per: Q, comparator: '<' | '<=', threshold: Q, decimals: number): number | bigint | null {
  const at = thresholdUnits(threshold, decimals, comparator === '<');
  const units = comparator === '<=' ? at : typeof at === 'number' ? at - 1 : at - 1n;
  if (units < 0) return null;
  const bound = ceilBound(typeof units === 'number' ? 2 * units + 1 : 2n * units + 1n, den, per, decimals);
  return typeof bound === 'number' ? bound - 1 : bound - 1n; // the largest whole n strictly below the bound
}
