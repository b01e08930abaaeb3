import type { Target } from '../model/target.js';
import { soleArea } from './engine/batch.js';
import { checkTarget, evaluateOne, prepare } from './engine/evaluate.js';
import { readSettings } from './engine/settings.js';
import { storeOf } from './engine/store.js';
import { treeOf } from './engine/tree.js';
import type { EvaluateOptions, ObservationsInput, TargetResult } from './types.js';

/**
 * Evaluate one target for one area at a date: the figure, the verdict, how far it is from the
 * threshold, where it is heading and what it takes. The rules are those of the guide's “How a
 * target is judged”:
 *
 * 1. **Its own period.** A target is judged on the figure for the period it names: the year
 *    ending on its due date. A flow (counted over the period: visits, vaccinations, births)
 *    needs the figure of that very period; a quarter's or month's never stands in for the
 *    year's. A stock (a state at a date: coverage, doctors per 10,000) may be read from a figure
 *    dated at the period's last day (`'2026-Q4'`, `'2026-12'`).
 * 2. **Due targets need their figure.** Once due (`asOf` on or after `due`), no figure for the
 *    period is `no-data` (`no-figure-for-period`, or `partial-period`), with the latest figure
 *    in `context`, never a verdict on it.
 * 3. **Before the due date, a trend.** Two or more figures up to `asOf` (a baseline value counts
 *    as one) are projected to the due date by `options.projection`; fewer give `no-data`
 *    (`no-trend`). On or off track is the projection at the due date against the target, even
 *    when today's figure already meets it.
 * 4. **Exact projections, bounded figures.** Lines are drawn through the exact figures and only
 *    the projected figure is rounded; a share never goes past 100% or below 0% (nor any count
 *    or rate below 0): the projection stops there and says when it gets there.
 * 5. **Maintain** targets need a figure for every year from their start to the date judged.
 * 6. **Shares of units** count every unit of the area; a unit without a figure does not meet
 *    the condition and is named; a unit's condition is compared exactly.
 * 7. **Roll-up.** An area without its own figure is judged on the areas below it
 *    (`options.areas`, else the `parent` the observations name): rates as Σ numerators /
 *    Σ denominators, counts summed.
 * 8. **The printed figure justifies the verdict.** The figure is rounded half-up to the
 *    published precision (the target's `decimals`, else the indicator's, else 2 places for a
 *    per-100 ratio and 1 for other rates, else the places of the value) before it is compared;
 *    with `compare: 'exact'` it is compared unrounded and printed with as many places as it
 *    takes to show why.
 *
 * Observations may be parsed objects, their JSON input form (numbers where the schema keeps
 * decimal strings), columns, or an index built by {@link indexObservations}. The area is
 * `options.area`, else the target's `area`, else the one area the observations hold for the
 * target's indicator.
 *
 * @param target - a parsed target (see `TargetSchema`, `parseTarget`).
 * @param observations - observations in any accepted form.
 * @param options - `asOf` (required), and `area`, `areas`, `compare`, `projection`, `indicators`, `population`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (fields `target` when it is not a parsed
 *   target, `options`, `options.asOf`, `options.area` — also when the area cannot be told —,
 *   `options.areas`, `options.compare`, `options.projection`, `options.indicators`,
 *   `observations` and each observation's fields), `INVALID_DATE` (`options.asOf`), the number
 *   errors for `options.population` and observation values, `INVALID_PERIOD` naming
 *   `observations[i].period`.
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTarget, TargetSchema } from 'chitieu';
 *
 * // Cao Minh: “tỷ lệ bao phủ BHYT đạt trên 95% dân số”, coverage published with 2 decimals
 * const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31', area: 'cao-minh' });
 * const observed = [{ indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2026', numerator: 11400, denominator: 12000 }];
 * const result = evaluateTarget(coverage, observed, { asOf: '2027-01-15' });
 * console.log(result.published); // '95.00'
 * console.log(result.status);    // 'not-achieved'
 * console.log(result.whatItTakes?.more); // '1'
 * console.log(result.explanation.vi.includes('95,00%')); // true
 * ```
 */
export function evaluateTarget(target: Target, observations: ObservationsInput, options: EvaluateOptions): TargetResult {
  const settings = readSettings(options);
  const checked = checkTarget(target, 'target');
  const store = storeOf(observations);
  const area = settings.area ?? checked.area ?? soleArea(store, checked);
  return evaluateOne(prepare(checked, settings), store, treeOf(settings.areas, store), area);
}
