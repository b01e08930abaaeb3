import { chitieuError } from '../errors.js';
import { chiSquareQuantile } from './chiSquareQuantile.js';
import { normalQuantile } from './normalQuantile.js';
import type { Interval, PoissonIntervalOptions } from './types.js';
import { requireCount, requireOpenUnit } from './internal/validate.js';

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * A confidence interval for the mean of a Poisson count (events, deaths, cases). Divide
 * both bounds by the person-time or population to get an interval for the rate.
 *
 * - `method: 'exact'` (default), Garwood's interval: with `α = 1 − level`,
 *   `lower = qchisq(α/2, 2x) / 2` (0 when x = 0) and `upper = qchisq(1 − α/2, 2x + 2) / 2`,
 *   using {@link chiSquareQuantile}. Agrees with R to better than 1e-12 relative.
 * - `method: 'byar'`: Byar's approximation exactly as R's epitools `pois.byar(x)` computes
 *   it. Note that epitools uses `a = x + 0.5` in *both* bounds (the textbook Byar uses x
 *   for the lower and x + 1 for the upper): with `z = qnorm((1 + level)/2)`,
 *   `bound = a · (1 − 1/(9a) ∓ (z/3)·√(1/a))³`. Consequences worth knowing, reproduced
 *   faithfully rather than hidden: for x = 0 the lower bound is not 0 (about 0.0026 at
 *   level 0.8, and *negative* from a level of about 0.9 up, −0.00156 at 0.95, −0.23 at
 *   0.999), and at low levels (below roughly 0.2 for x = 1) the interval lies wholly above
 *   x. For small counts prefer `'exact'`.
 *
 * @param count - the observed count, a whole number ≥ 0.
 * @param options - `level` (strictly between 0 and 1, default 0.95) and `method`
 *   (`'exact'` or `'byar'`, default `'exact'`).
 * @returns `{ lower, upper }` for the expected count.
 * @throws {@link ChitieuError} `NEGATIVE_COUNT` / `NOT_AN_INTEGER` (field `count`),
 *   `OUT_OF_RANGE` (field `options.level`) unless 0 < level < 1, `INVALID_ARGUMENT` (field
 *   `options.method`) for another method, or (field `options`) when options is not an
 *   object, `INVALID_NUMBER` for NaN or ±Infinity.
 * @example
 * ```ts
 * import { poissonInterval } from 'chitieu';
 *
 * // no deaths observed: the exact 95% upper bound is −ln(0.025) ≈ 3.689
 * console.log(poissonInterval(0)); // { lower: 0, upper: 3.6888794541139345 }
 * // 12 maternal deaths, Byar's approximation at 90%
 * const byar = poissonInterval(12, { level: 0.9, method: 'byar' });
 * console.log([byar.lower.toFixed(3), byar.upper.toFixed(3)]); // [ '7.304', '18.823' ]
 * ```
 */
export function poissonInterval(count: number, options: PoissonIntervalOptions = {}): Interval {
  const x = requireCount(count, 'count');
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('INVALID_ARGUMENT', 'options', {
      en: `options must be an object (got ${describe(options)})`,
      vi: `options (tùy chọn) phải là một đối tượng (nhận ${describe(options)})`,
    });
  }
  const level = requireOpenUnit(options.level ?? 0.95, 'options.level');
  const method: unknown = options.method ?? 'exact';

  if (method === 'exact') {
    const alpha = 1 - level;
    const lower = x === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * x) / 2;
    const upper = chiSquareQuantile(1 - alpha / 2, 2 * x + 2) / 2;
    return { lower, upper };
  }
  if (method === 'byar') {
    // the same operations, in the same order, as epitools::pois.byar (with pt = 1)
    const z = normalQuantile(0.5 * (1 + level));
    const aprime = x + 0.5;
    const zInsert = (z / 3) * Math.sqrt(1 / aprime);
    const lower = aprime * (1 - 1 / (9 * aprime) - zInsert) ** 3;
    const upper = aprime * (1 - 1 / (9 * aprime) + zInsert) ** 3;
    return { lower, upper };
  }
  throw chitieuError('INVALID_ARGUMENT', 'options.method', {
    en: `options.method must be 'exact' or 'byar' (got ${describe(method)})`,
    vi: `options.method (phương pháp) phải là 'exact' hoặc 'byar' (nhận ${describe(method)})`,
  });
}
