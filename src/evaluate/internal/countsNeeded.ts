/**
 * "What it takes" counts in safe-integer arithmetic: the same answers as `requiredNumerator`
 * and `maximumNumerator`, without their parsing and bigints when every product stays below
 * 2^52 (then each step is exact in doubles). Anything else — a large value, a fraction that
 * does not terminate, a non-positive denominator or multiplier, more than 15 places — goes to
 * the public functions, which also throw their usual errors. Internal.
 *
 * Working, for a published figure `round(n × per / den, decimals)` (half-up) and a threshold
 * `t`: the least published value meeting `≥ t` is `u = ⌈t × 10^decimals⌉` units (`> t`:
 * `⌊t × 10^decimals⌋ + 1`), and `n` publishes at least `u` units exactly when
 * `n ≥ (2u − 1) × den / (2 × per × 10^decimals)`. The greatest meeting `≤ t` is
 * `u = ⌊t × 10^decimals⌋` (`< t`: `⌈t × 10^decimals⌉ − 1`), and `n` publishes at most `u`
 * exactly when `n < (2u + 1) × den / (2 × per × 10^decimals)`.
 *
 * @internal
 * @module
 */
import { maximumNumerator } from '../../numeric/maximumNumerator.js';
import { requiredNumerator } from '../../numeric/requiredNumerator.js';
import { toDecimalText, type Q } from './rational.js';

const LIMIT = 2 ** 52;
const P15 = 1e15;
const POW10: number[] = [];
for (let k = 0, p = 1; k <= 15; k++, p *= 10) POW10.push(p);

function small(x: number): boolean {
  return x < LIMIT && x > -LIMIT;
}

/** `⌊x / y⌋`, `y > 0`, both below 2^52 in magnitude: exact. */
export function floorDiv(x: number, y: number): number {
  let q = Math.floor(x / y);
  const r = x - q * y;
  if (r < 0) q--;
  else if (r >= y) q++;
  return q;
}

/** `⌈x / y⌉`, `y > 0`, both below 2^52 in magnitude: exact. */
export function ceilDiv(x: number, y: number): number {
  return -floorDiv(-x, y);
}

/** Numerator and denominator of `q` when it is in the fast form, positive where needed and terminating. */
function usable(q: Q, positive: boolean): boolean {
  if (typeof q.n !== 'number') return false;
  const d = q.d as number;
  return (!positive || q.n > 0) && small(q.n) && P15 % d === 0;
}

function fits(den: Q, per: Q, threshold: Q, decimals: number): boolean {
  return Number.isInteger(decimals) && decimals >= 0 && decimals <= 15 && usable(den, true) && usable(per, true) && usable(threshold, false);
}

/** `⌈odd × den / (2 × per × 10^decimals)⌉`, or -1 when a product would not be exact. */
function ceilBound(odd: number, den: Q, per: Q, decimals: number): number {
  const top = odd * (den.n as number) * (per.d as number);
  const bottom = 2 * (per.n as number) * (den.d as number) * (POW10[decimals] as number);
  return small(top) && small(bottom) ? ceilDiv(top, bottom) : -1;
}

/** The fewest whole count meeting `comparator threshold` when published at `decimals` places (see the module note). */
export function minimumCount(den: Q, per: Q, comparator: '>' | '>=', threshold: Q, decimals: number): number | bigint {
  const top = fits(den, per, threshold, decimals) ? (threshold.n as number) * (POW10[decimals] as number) : NaN;
  if (small(top)) {
    const bottom = threshold.d as number;
    const units = comparator === '>=' ? ceilDiv(top, bottom) : floorDiv(top, bottom) + 1;
    if (units <= 0) return 0;
    const count = ceilBound(2 * units - 1, den, per, decimals);
    if (count >= 0) return count;
  }
  return requiredNumerator({
    denominator: toDecimalText(den),
    per: toDecimalText(per),
    comparator,
    threshold: toDecimalText(threshold),
    decimals,
  });
}

/** The most whole count still meeting `comparator threshold` (`null` when none does), as above. */
export function maximumCount(den: Q, per: Q, comparator: '<' | '<=', threshold: Q, decimals: number): number | bigint | null {
  const top = fits(den, per, threshold, decimals) ? (threshold.n as number) * (POW10[decimals] as number) : NaN;
  if (small(top)) {
    const bottom = threshold.d as number;
    const units = comparator === '<=' ? floorDiv(top, bottom) : ceilDiv(top, bottom) - 1;
    if (units < 0) return null;
    const count = ceilBound(2 * units + 1, den, per, decimals);
    if (count >= 0) return count - 1;
  }
  return maximumNumerator({
    denominator: toDecimalText(den),
    per: toDecimalText(per),
    comparator,
    threshold: toDecimalText(threshold),
    decimals,
  });
}
