import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { NOT_AN_OBJECT, NOT_ONE_OF } from '../messages/index.js';
import { EXACT_TOO_LARGE } from './messages/index.js';
import { chiSquareQuantile } from './chiSquareQuantile.js';
import { normalQuantile } from './normalQuantile.js';
import type { Interval, PoissonIntervalOptions } from './types.js';
import { requireLevel, toCount } from './internal/validate.js';
import type { Num } from '../numeric/decimal.js';

/** Exact intervals need chiSquareQuantile(·, 2x + 2) with 2x + 2 ≤ 10¹⁰. */
const MAX_EXACT_COUNT = 5e9;


/**
 * A confidence interval for the mean of a Poisson count (events, deaths, cases). Divide
 * both bounds by the person-time or population to get an interval for the rate.
 *
 * - `method: 'exact'` (default), Garwood's interval: with `α = 1 − level`,
 *   `lower = qchisq(α/2, 2x) / 2` (0 when x = 0) and `upper = qchisq(1 − α/2, 2x + 2) / 2`,
 *   using {@link chiSquareQuantile}. Agrees with R to 1e-14 relative on chitieu's fixture
 *   grid. The count must be below 5·10⁹ (so that 2x + 2 ≤ 10¹⁰, the quantile's limit).
 * - `method: 'byar'`: Byar's approximation as published (Breslow & Day 1987, vol. II, and
 *   PHEindicatormethods' `byars_lower` / `byars_upper`), with `z = qnorm((1 + level)/2)`:
 *   `lower = x · (1 − 1/(9x) − z/(3√x))³` and `upper = (x + 1) · (1 − 1/(9(x + 1)) + z/(3√(x + 1)))³`.
 *   For x = 0 the lower bound is 0 (the formula has no value there). Reproduced faithfully,
 *   not clamped: for x = 1 the lower bound is negative above a level of about 0.9923
 *   (−0.0149 at 0.998; PHEindicatormethods shows NA there), for x = 2 above about 0.99994.
 *   Agrees with PHEindicatormethods' reference spreadsheet to 1e-12 relative.
 * - `method: 'byar-epitools'`: Byar's approximation exactly as R's epitools `pois.byar(x)`
 *   computes it, with `a = x + 0.5` in *both* bounds:
 *   `bound = a · (1 − 1/(9a) ∓ (z/3)·√(1/a))³`. Consequences worth knowing, reproduced
 *   faithfully (not clamped) so that results match epitools: the lower bound is *negative*
 *   whenever z > 3√a·(1 − 1/(9a)), i.e. for x = 0 from a level of about 0.9010 up
 *   (−0.00156 at 0.95, −0.23 at 0.999), for x = 1 from about 0.99933, for x = 2 from
 *   about 0.999994; for x = 0 below that level the lower bound is positive (0.0026 at
 *   0.8), so the interval excludes 0; and at low levels (below about 0.153 for x = 1,
 *   0.043 for x = 10) the interval lies wholly above x.
 *
 * For small counts prefer `'exact'` (Fingertips uses exact below 10 events, Byar from 10).
 *
 * @category Statistics
 * @param count - the observed count, a whole number ≥ 0 (below 5·10⁹ for `'exact'`), as any
 *   numeric input (`number`, decimal string, `bigint`, `Decimal`).
 * @param options - `level` (strictly between 0 and 1, default 0.95) and `method`
 *   (`'exact'`, `'byar'` or `'byar-epitools'`, default `'exact'`).
 * @returns `{ lower, upper, scale: 'count' }` for the expected count.
 * @throws {@link ChitieuError} `NEGATIVE_COUNT` / `NOT_AN_INTEGER` (field `count`),
 *   `OUT_OF_RANGE` (field `count`) for an exact interval of 5·10⁹ or more, `OUT_OF_RANGE`
 *   (field `options.level`) unless 0 < level < 1, `INVALID_ARGUMENT` (field
 *   `options.method`) for another method, or (field `options`) when options is not an
 *   object, `INVALID_NUMBER` for NaN or ±Infinity.
 * @example
 * ```ts
 * import { poissonInterval } from 'chitieu';
 *
 * // no deaths observed: the exact 95% upper bound is −ln(0.025) ≈ 3.689
 * console.log(poissonInterval(0)); // { lower: 0, upper: 3.6888794541139345, scale: 'count' }
 * // 65 events, Byar's published approximation (PHE's reference spreadsheet: 50.1632–82.8491)
 * const byar = poissonInterval(65, { method: 'byar' });
 * console.log([byar.lower.toFixed(4), byar.upper.toFixed(4)]); // [ '50.1632', '82.8491' ]
 * // 12 maternal deaths, epitools' variant at 90%
 * const epi = poissonInterval(12, { level: 0.9, method: 'byar-epitools' });
 * console.log([epi.lower.toFixed(3), epi.upper.toFixed(3)]); // [ '7.304', '18.823' ]
 * ```
 */
export function poissonInterval(count: Num, options: PoissonIntervalOptions = {}): Interval {
  const x = toCount(count, 'count');
  if (typeof options !== 'object' || options === null) {
    throw fail(NOT_AN_OBJECT, 'options', { value: options });
  }
  const level = requireLevel(options.level ?? 0.95, 'options.level');
  const method: unknown = options.method ?? 'exact';

  if (method === 'exact') {
    if (x >= MAX_EXACT_COUNT) {
      throw fail(EXACT_TOO_LARGE, 'count', { value: x });
    }
    const alpha = 1 - level;
    const lower = x === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * x) / 2;
    const upper = chiSquareQuantile(1 - alpha / 2, 2 * x + 2) / 2;
    return frozen({ lower, upper, scale: 'count' });
  }
  if (method === 'byar') {
    const z = normalQuantile(0.5 * (1 + level));
    const lower = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
    const y = x + 1;
    const upper = y * (1 - 1 / (9 * y) + z / (3 * Math.sqrt(y))) ** 3;
    return frozen({ lower, upper, scale: 'count' });
  }
  if (method === 'byar-epitools') {
    // the same operations, in the same order, as epitools::pois.byar (with pt = 1)
    const z = normalQuantile(0.5 * (1 + level));
    const aprime = x + 0.5;
    const zInsert = (z / 3) * Math.sqrt(1 / aprime);
    const lower = aprime * (1 - 1 / (9 * aprime) - zInsert) ** 3;
    const upper = aprime * (1 - 1 / (9 * aprime) + zInsert) ** 3;
    return frozen({ lower, upper, scale: 'count' });
  }
  throw fail(NOT_ONE_OF, 'options.method', { value: method, allowed: ['exact', 'byar', 'byar-epitools'] });
}
