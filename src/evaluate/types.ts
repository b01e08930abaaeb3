/**
 * Types of the evaluation layer: options, results and scorecards.
 *
 * @module
 */
import type { BilingualText } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import type { Comparator } from '../model/primitives.js';
import type { TargetKind } from '../model/target.js';
import type { Num } from '../numeric/decimal.js';

/**
 * The verdict on one target.
 *
 * - `achieved` / `not-achieved`: the due date has come (`asOf` on or after `due`).
 * - `on-track` / `off-track`: before the due date, from the figure now (already met counts
 *   as on track) and the projection to the due date.
 * - `no-data`: no usable observation.
 * - `needs-review`: a person must judge (qualitative targets, a change the plan leaves
 *   open, data that cannot be read without guessing).
 *
 * @example
 * ```ts
 * import type { TargetStatus } from 'chitieu';
 *
 * const status: TargetStatus = 'on-track';
 * console.log(status); // 'on-track'
 * ```
 */
export type TargetStatus = 'achieved' | 'not-achieved' | 'on-track' | 'off-track' | 'no-data' | 'needs-review';

/**
 * Why a status is what it is, where that needs saying.
 *
 * - `met-early`: met before the due date (so on track, whatever the trend).
 * - `projected`: before the due date and not met yet; the projection decided.
 * - `single-point`: one observation and no baseline, not met: off track, nothing to project from.
 * - `maintain-failed`: an observation in the period did not hold (see `failedPeriod`).
 * - `no-observation`: no observation of the indicator for the area by the cut-off date.
 * - `no-baseline`: the target declares a baseline period but its value is neither given nor
 *   observed: a change target cannot be judged; another target before its due date and not
 *   yet met is `off-track` with nothing to project from (the earliest observation is NOT
 *   used in its place; only a target that declares no baseline projects from that).
 * - `zero-baseline`: a relative change from a baseline of zero.
 * - `no-multiplier`: a numerator/denominator observation without `per`, for an indicator
 *   whose multiplier is unknown.
 * - `zero-denominator`: an observation with a denominator of zero.
 * - `value-type`: an observation whose value does not fit the target (a boolean for a
 *   number, or the reverse).
 * - `qualitative`: a qualitative aim; a person must judge it.
 * - `change-unspecified`: the plan does not say whether a change is relative or in points.
 *
 * @example
 * ```ts
 * import type { TargetReason } from 'chitieu';
 *
 * const reason: TargetReason = 'single-point';
 * console.log(reason); // 'single-point'
 * ```
 */
export type TargetReason =
  | 'met-early'
  | 'projected'
  | 'single-point'
  | 'maintain-failed'
  | 'no-observation'
  | 'no-baseline'
  | 'zero-baseline'
  | 'no-multiplier'
  | 'zero-denominator'
  | 'value-type'
  | 'qualitative'
  | 'change-unspecified';

/**
 * Where indicator definitions come from besides the built-in catalog: a `Map` or a record
 * keyed by id, or a function. Consulted first; the catalog answers ids it does not know.
 *
 * @example
 * ```ts
 * import type { Indicator, IndicatorLookup } from 'chitieu';
 *
 * const visits: Indicator = {
 *   id: 'home-visits-per-1000', name: { vi: 'Lượt thăm nhà/1.000 dân', en: 'Home visits per 1,000' },
 *   measure: 'rate', unit: { vi: 'lượt/1.000 dân', en: 'visits per 1,000' }, multiplier: 1000,
 *   polarity: 'higher-is-better', decimals: 1, references: [],
 * };
 * const lookup: IndicatorLookup = { [visits.id]: visits };
 * console.log(Object.keys(lookup)); // [ 'home-visits-per-1000' ]
 * ```
 */
export type IndicatorLookup =
  | ReadonlyMap<string, Indicator>
  | Readonly<Record<string, Indicator>>
  | ((id: string) => Indicator | undefined);

/**
 * Options of {@link evaluateTarget}, {@link evaluatePlan} and {@link evaluateAreas}.
 *
 * @example
 * ```ts
 * import type { EvaluateOptions } from 'chitieu';
 *
 * const options: EvaluateOptions = { asOf: '2026-12-31', compare: 'published', projection: 'linear' };
 * console.log(options.asOf); // '2026-12-31'
 * ```
 */
export interface EvaluateOptions {
  /** The date of the evaluation, ISO `YYYY-MM-DD`. Observations whose period ends after it are ignored. */
  readonly asOf: string;
  /** The area to evaluate; default the target's `area`, then (in evaluatePlan) the plan's area. */
  readonly area?: string;
  /** `'published'` (default): compare the figure rounded half-up to the published precision; `'exact'`: the unrounded value. */
  readonly compare?: 'published' | 'exact';
  /** How to project to the due date: `'linear'` (default) or `'growth-rate'` (constant annual growth, CAGR). */
  readonly projection?: 'linear' | 'growth-rate';
  /** Indicator definitions to use before the catalog's. */
  readonly indicators?: IndicatorLookup;
  /** The denominator (population) for "what it takes", when the observations carry none. */
  readonly population?: Num;
}

/**
 * The threshold a result was judged against, in the figure's own terms: for a change target
 * the change (`comparator`, `value`) and `level`, the indicator level that change means
 * from the baseline.
 *
 * @example
 * ```ts
 * import type { Threshold } from 'chitieu';
 *
 * const range: Threshold = { comparator: 'between', value: '4', upper: '5', level: '4' };
 * console.log(range.upper); // '5'
 * ```
 */
export interface Threshold {
  /** `>`, `>=`, `<`, `<=`, `=` or `between`. */
  readonly comparator: Comparator;
  /** The threshold (lower bound of a range), as written in the target. */
  readonly value: string;
  /** The upper bound of a range, else `null`. */
  readonly upper: string | null;
  /** The indicator level the threshold means (for a change target, baseline + change), else `null`. */
  readonly level: string | null;
}

/**
 * A projection to the due date.
 *
 * `linear`: the straight line through the baseline and the latest observation; `slopePerYear`
 * is its slope. `growth-rate`: constant annual growth `(latest / baseline)^(1/years) − 1`
 * (as in the SDG progress methods; zeros replaced by 0.001); `slopePerYear` is the average
 * change per year from the latest observation to the due date along that curve, and
 * `growthRate` the annual growth in percent. Values are rounded half-up: `value` to the
 * published precision, the others to two more places.
 *
 * @example
 * ```ts
 * import type { Projection } from 'chitieu';
 *
 * const line: Projection = { method: 'linear', value: '19', slopePerYear: '1', growthRate: null, from: '2021', to: '2030-12-31' };
 * console.log(line.value); // '19'
 * ```
 */
export interface Projection {
  readonly method: 'linear' | 'growth-rate';
  /** The projected figure at the due date, at the published precision. */
  readonly value: string;
  /** Change per year (see above). */
  readonly slopePerYear: string;
  /** Annual growth in percent (growth-rate method), else `null`. */
  readonly growthRate: string | null;
  /** The period the projection starts from (the baseline's). */
  readonly from: string;
  /** The due date projected to. */
  readonly to: string;
}

/**
 * "What it takes": for a rate (a count over a population), the whole counts the area needs
 * at its current denominator — the fewest (`minimum`) for "at least"/"above" targets, the
 * most (`maximum`) for "at most"/"below" ones — and the difference from now (`more`,
 * `fewer`; `'0'` when already there). Computed on the published figure with
 * `requiredNumerator` / `maximumNumerator`. For a share of units, the same in units.
 *
 * @example
 * ```ts
 * import type { WhatItTakes } from 'chitieu';
 *
 * // 12 000 people, 18 doctors, target ≥ 17.5 per 10 000
 * const need: WhatItTakes = { denominator: '12000', per: '10000', current: '18', minimum: '21', maximum: null, more: '3', fewer: null };
 * console.log(need.more); // '3'
 * ```
 */
export interface WhatItTakes {
  /** The denominator used (population, units observed). */
  readonly denominator: string;
  /** The multiplier. */
  readonly per: string;
  /** The current count, when observed. */
  readonly current: string | null;
  /** The fewest whole count that meets the target, when it has a lower bound. */
  readonly minimum: string | null;
  /** The most whole count that still meets it, when it has an upper bound (`null` also when none can). */
  readonly maximum: string | null;
  /** How many more are needed (`minimum − current`, at least `'0'`). */
  readonly more: string | null;
  /** How many fewer are needed (`current − maximum`, at least `'0'`). */
  readonly fewer: string | null;
}

/**
 * The evaluation of one target for one area at one date. Every field is always present
 * (`null` where it does not apply), so results of many targets line up as table rows.
 *
 * Numbers are decimal strings with `.`: `actual` exact (a fraction that does not terminate
 * to 60 significant digits), `published` with exactly `decimals` places. `gap` is in the
 * indicator's unit (percent for shares) and signed: positive means beyond the threshold in
 * the good direction, negative short of it, `'0'` exactly on it; for a range, the distance
 * to the nearer bound; for `=`, minus the distance. `progress` is
 * `(figure − baseline) / (target − baseline) × 100` rounded half-up to one decimal (IATI's
 * formula, which works for decreasing targets too), where `target` is the nearest level that
 * meets the target at the published precision: the threshold level for `>=`, `<=`, `=`, and
 * one published step past it for `>` / `<` (for "> 95" published with 2 places, 95.01), so
 * 95.00 from a baseline of 93.76 is (95.00 − 93.76) / (95.01 − 93.76) = 99.2%, not 100%.
 * It is `null` (never clamped) when there is no baseline, for a range, when the baseline
 * already meets the target, and when the rounded percentage would contradict the verdict
 * (100.0 or more while not met, or under 100.0 while met — possible only at a rounding edge
 * or with `compare: 'exact'`).
 *
 * @example
 * ```ts
 * import { evaluateTarget, TargetSchema, type TargetResult } from 'chitieu';
 *
 * const target = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * const result: TargetResult = evaluateTarget(target, [
 *   { indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', numerator: '21', denominator: '12000', per: '10000' },
 * ], { asOf: '2026-12-31', area: 'cao-minh' });
 * console.log([result.status, result.published, result.gap]); // [ 'achieved', '17.5', '0' ]
 * ```
 */
export interface TargetResult {
  /** The target's id. */
  readonly target: string;
  /** The indicator's id. */
  readonly indicator: string;
  /** The area evaluated. */
  readonly area: string;
  /** The target's kind. */
  readonly kind: TargetKind;
  /** The verdict. */
  readonly status: TargetStatus;
  /** Why, where that needs saying. */
  readonly reason: TargetReason | null;
  /** The figure compared, exact: the level (for change targets too; the change is in `change`), or the share in percent. */
  readonly actual: string | null;
  /** `actual` rounded half-up to `decimals` places, as it would be printed. */
  readonly published: string | null;
  /** The published precision used. */
  readonly decimals: number | null;
  /** For a change target, the change achieved (published, or exact with `compare: 'exact'`), else `null`. */
  readonly change: string | null;
  /** What the figure was judged against. */
  readonly threshold: Threshold | null;
  /** Signed distance to the threshold (see above). */
  readonly gap: string | null;
  /**
   * Progress from the baseline in percent, one decimal (see above): at least `'100.0'`
   * exactly when the figure meets the target. `null` without a baseline, for a range, when
   * the baseline already meets the target (no progress to measure), and when the rounded
   * percentage would contradict the verdict.
   */
  readonly progress: string | null;
  /** The baseline used for progress, change and projection. */
  readonly baseline: { readonly period: string; readonly value: string } | null;
  /** The target's due date. */
  readonly due: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** The observation period the figure comes from. */
  readonly period: string | null;
  /** For a maintain target, the first period that did not hold. */
  readonly failedPeriod: string | null;
  /** For a share target from unit observations: units observed and units meeting the condition. */
  readonly units: { readonly observed: number; readonly meeting: number } | null;
  /** The projection to the due date, when one was made. */
  readonly projection: Projection | null;
  /**
   * The change per year needed from the latest figure to reach, by the due date, the nearest
   * level that meets the target (for `>` / `<` one published step past the threshold, so it is
   * never `0` while the target is not met); published places plus two. `null` once due.
   */
  readonly requiredAnnualChange: string | null;
  /** Counts needed, for rates and shares. */
  readonly whatItTakes: WhatItTakes | null;
  /**
   * One line in each language: the indicator's name, the figure as published (numbers in the
   * locale's notation) and its period, the goal, and the verdict. The area is not repeated in
   * the line: it is the result's `area`, and a scorecard names it once.
   */
  readonly explanation: BilingualText;
}

/**
 * Results of a whole plan for one area: every target's result in plan order, and how many
 * have each status.
 *
 * @example
 * ```ts
 * import type { PlanScorecard } from 'chitieu';
 *
 * const empty: PlanScorecard = {
 *   plan: 'demo', title: { vi: 'Kế hoạch', en: 'Plan' }, area: 'x', asOf: '2026-12-31', results: [],
 *   counts: { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 },
 * };
 * console.log(empty.counts.achieved); // 0
 * ```
 */
export interface PlanScorecard {
  /** The plan's id. */
  readonly plan: string;
  /** The plan's title. */
  readonly title: { readonly vi: string; readonly en?: string };
  /** The area evaluated. */
  readonly area: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** One result per target, in plan order (objectives, then targets within each). */
  readonly results: readonly TargetResult[];
  /** How many results have each status. */
  readonly counts: Readonly<Record<TargetStatus, number>>;
}

/**
 * Observations grouped for fast lookup, built once by {@link indexObservations} and
 * accepted wherever observations are. Only an index that function built is accepted (its
 * columns are kept out of sight); an object of this shape made by hand is refused with
 * `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { indexObservations, type ObservationIndex } from 'chitieu';
 *
 * const index: ObservationIndex = indexObservations([
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2025', value: '48.1' },
 * ]);
 * console.log(index.size); // 1
 * ```
 */
export interface ObservationIndex {
  /** Marks an index (arrays of observations have no such field). */
  readonly kind: 'chitieu/observation-index';
  /** How many observations were indexed. */
  readonly size: number;
  /** Observations by indicator and area, each list sorted by period (end, then start): a read-only map (from {@link indexObservations}, a view rather than a `Map` instance). */
  readonly byArea: ReadonlyMap<string, readonly IndexedObservation[]>;
  /** Unit observations by indicator and `parent`, sorted the same way. */
  readonly byParent: ReadonlyMap<string, readonly IndexedObservation[]>;
}

/**
 * One observation inside an {@link ObservationIndex}, with its period read once.
 *
 * @example
 * ```ts
 * import { indexObservations } from 'chitieu';
 *
 * const index = indexObservations([{ indicator: 'beds-per-10k', area: 'cao-minh', period: '2025-Q2', value: '48.1' }]);
 * const [entry] = [...index.byArea.values()][0] ?? [];
 * console.log(entry?.end); // '2025-06-30'
 * ```
 */
export interface IndexedObservation {
  /** The observation as given. */
  readonly observation: Observation;
  /** First day of its period. */
  readonly start: string;
  /** Last day of its period. */
  readonly end: string;
}

/**
 * The results of a list of targets for one area, as {@link evaluateAreas} returns them.
 *
 * @example
 * ```ts
 * import type { AreaScorecard } from 'chitieu';
 *
 * const card: AreaScorecard = {
 *   area: 'xa-a', asOf: '2026-12-31', results: [],
 *   counts: { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 },
 * };
 * console.log(card.area); // 'xa-a'
 * ```
 */
export interface AreaScorecard {
  /** The area evaluated. */
  readonly area: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** One result per target, in the order given. */
  readonly results: readonly TargetResult[];
  /** How many results have each status. */
  readonly counts: Readonly<Record<TargetStatus, number>>;
}

/**
 * The verdicts of many areas against the same targets, as columns: what
 * {@link evaluateTable} returns. Cell (`a`, `t`), area `areas[a]` against target
 * `targets[t]`, is at position `a × targets.length + t` of each column. A column holds, for
 * every cell, the field of the same name that {@link evaluateAreas} would give its result;
 * {@link tableResult} works out the cell's whole {@link TargetResult}.
 *
 * @example
 * ```ts
 * import { evaluateTable, TargetSchema } from 'chitieu';
 *
 * const beds = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' });
 * const table = evaluateTable([beds], [
 *   { indicator: 'beds-per-10k', area: 'xa-a', period: '2026', numerator: '59', denominator: '12000' },
 * ], { asOf: '2027-01-31', areas: ['xa-a', 'xa-b'] });
 * console.log(table.status);    // [ 'achieved', 'no-data' ]
 * console.log(table.published); // [ '49.2', null ]
 * ```
 */
export interface ResultTable {
  /** Marks a table (see {@link tableResult}). */
  readonly kind: 'chitieu/result-table';
  /** The evaluation date. */
  readonly asOf: string;
  /** The areas, in the order given: the rows. */
  readonly areas: readonly string[];
  /** The targets' ids, in the order given: the columns within a row. */
  readonly targets: readonly string[];
  /** Each cell's verdict. */
  readonly status: readonly TargetStatus[];
  /** Why, where that needs saying (as {@link TargetResult.reason}). */
  readonly reason: readonly (TargetReason | null)[];
  /** The figure each verdict was judged on, as printed (as {@link TargetResult.published}). */
  readonly published: readonly (string | null)[];
  /** How many cells have each status. */
  readonly counts: Readonly<Record<TargetStatus, number>>;
}
