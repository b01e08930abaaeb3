import { chitieuError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import type { Target } from '../model/target.js';
import { columnsOf } from './indexObservations.js';
import { evaluateOne } from './internal/evaluateOne.js';
import { readSettings } from './internal/settings.js';
import type { EvaluateOptions, ObservationIndex, TargetResult } from './types.js';

/**
 * Evaluate one target for one area at a date: the figure, the verdict, how far it is from
 * the threshold, where it is heading and what it takes.
 *
 * **Which observation.** The latest observation of the target's indicator for the area whose
 * period has ENDED on or before the cut-off date: `asOf`, or the due date once it has passed
 * (a target due 2026-12-31 is judged on the figure for 2026 even when asked in 2028; a
 * yearly figure for 2026 does not count as of 2026-06-30, the 2026-Q2 figure does). Periods
 * are ordered by their last day.
 *
 * **The figure.** `value`, or `numerator / denominator × per` computed exactly (`per` from the
 * observation, else the indicator's multiplier; neither → `needs-review`, reason
 * `no-multiplier`, never a guess). It is rounded half-up to the published precision — the
 * target's `decimals`, else the indicator's, else 2 places for a per-100 figure and 1 for
 * other rates, else (a value given directly for an indicator outside the catalog) the
 * places the value is written with — and that published figure is compared, so 95.004
 * published as `95.00` is not above 95. `compare: 'exact'` compares the unrounded value.
 * Comparisons are exact (rationals of bigints), never floats.
 *
 * **Statuses.** Once due (`asOf` on or after `due`): `achieved` / `not-achieved`. Before:
 * `on-track` when already met (reason `met-early`, whatever the trend); otherwise the
 * projection to the due date decides (`projected`); with one observation and no baseline
 * there is nothing to project from, so `off-track` (`single-point`). `no-data` without a
 * usable observation; `needs-review` for qualitative targets, for a change the plan leaves
 * `unspecified` (“the plan does not say whether 10% is relative or percentage points”), and
 * for observations that cannot be read (a zero denominator, a missing multiplier).
 *
 * **Projection.** Time is measured in fractional years at the END of each day: an
 * observation sits at the end of its period's last day, the target at the end of its due
 * date, so yearly figures are whole years apart (each calendar year counts as one year,
 * a day as 1/365 or 1/366 of its year). Default `linear`: the straight line from the
 * baseline (the target's baseline value; else the observation of the baseline period —
 * when that period has no observation the baseline is missing, never replaced, and a target
 * not yet met is `off-track` with reason `no-baseline`; only a target that declares no
 * baseline uses its earliest observation) through the latest figure, extended to the due date. Option
 * `projection: 'growth-rate'`: constant annual growth (CAGR, as in the SDG progress
 * methods). The projected figure is rounded like an observed one before it is judged.
 * `requiredAnnualChange` is the change per year from the latest figure to the nearest level
 * that meets the target by the due date (one published step past a strict `>` / `<`
 * threshold). `progress` is `null` when the baseline already meets the target or when its
 * rounded value would contradict the verdict (see {@link TargetResult}).
 *
 * **Kinds.** `level` (with `between`, bounds inclusive, and `=`, equality at the published
 * precision); `change` (`absolute` or `points`: published figure − baseline; `relative`:
 * percent of the baseline, published with the figure's places; the baseline value from the
 * target, else the observation of its period); `maintain` (EVERY observation whose period
 * lies in [`from`, or the baseline period's start, to the cut-off] must hold; the first
 * failure is `failedPeriod`; `gap` is the smallest); `share` (from unit observations of
 * `condition.indicator` whose `parent` is the area, grouped by period: units meeting the
 * condition ÷ units observed × 100; else from observations of the target's own indicator);
 * `count` (whole numbers, 0 places unless the target says); `boolean` (the latest
 * observation's `true`/`false` against `expected`); `qualitative` (`needs-review`).
 *
 * **What it takes.** For figures observed as counts (and shares of units), the whole counts
 * needed at the current denominator (or `options.population`), from `requiredNumerator`
 * (“at least”, “above”) and `maximumNumerator` (“at most”, “below”).
 *
 * Pass an {@link ObservationIndex} from {@link indexObservations} instead of the array
 * when evaluating many targets.
 *
 * @param target - a parsed target (see `TargetSchema`).
 * @param observations - parsed observations, or an index of them.
 * @param options - `asOf` (required), and `area`, `compare`, `projection`, `indicators`, `population`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (fields `options`, `options.asOf`,
 *   `options.area` — also when neither it nor the target names an area — `options.compare`,
 *   `options.projection`, `options.indicators`), `INVALID_DATE` (`options.asOf`), the number
 *   errors for `options.population`, `INVALID_PERIOD` naming `observations[i].period`.
 * @example
 * ```ts
 * import { evaluateTarget, TargetSchema } from 'chitieu';
 *
 * // Cao Minh: “tỷ lệ bao phủ BHYT đạt trên 95% dân số”, coverage published with 2 decimals
 * const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31', area: 'cao-minh' });
 * const observed = [{ indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2026', numerator: '11400', denominator: '12000' }];
 * const result = evaluateTarget(coverage, observed, { asOf: '2027-01-15' });
 * console.log(result.published); // '95.00'
 * console.log(result.status);    // 'not-achieved'
 * console.log(result.whatItTakes?.more); // '1'
 * console.log(result.explanation.vi.includes('95,00%')); // true
 * ```
 */
export function evaluateTarget(
  target: Target,
  observations: readonly Observation[] | ObservationIndex,
  options: EvaluateOptions,
): TargetResult {
  const settings = readSettings(options);
  const area = settings.area ?? target?.area;
  if (area === undefined) {
    throw chitieuError('INVALID_ARGUMENT', 'options.area', {
      en: `target '${target?.id}' names no area: pass options.area`,
      vi: `chỉ tiêu '${target?.id}' không nêu địa bàn: hãy truyền options.area`,
    });
  }
  return evaluateOne(target, columnsOf(observations), settings, area);
}
