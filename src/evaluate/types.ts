/**
 * Types of the evaluation layer: options, results and scorecards.
 *
 * @module
 */
import type { BilingualText } from '../errors.js';
import type { Area } from '../model/area.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation, ObservationInput } from '../model/observation.js';
import type { Comparator } from '../model/primitives.js';
import type { TargetKind } from '../model/target.js';
import type { Num } from '../numeric/decimal.js';

/**
 * The verdict on one target.
 *
 * - `achieved` / `not-achieved`: the due date has come (`asOf` on or after `due`) and the
 *   figure for the target's own period decides.
 * - `on-track` / `off-track`: before the due date, the projection to the due date decides
 *   (even when today's figure already meets the target).
 * - `no-data`: no figure to judge on: none for the target's period once it is due, fewer than
 *   two figures for a trend before it, a maintain target missing a period.
 * - `needs-review`: a person must judge (qualitative targets, a change the plan leaves open,
 *   a target the plan says another governs, data that cannot be read without guessing).
 *
 * @category Evaluation
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
 * Which rule decided a status, where that needs saying.
 *
 * - `projected`: before the due date, the projection to the due date decided.
 * - `no-trend`: before the due date, fewer than two figures (a baseline value counts as
 *   one): no trend yet, so no verdict.
 * - `no-observation`: no observation of the indicator for the area by the cut-off date.
 * - `no-figure-for-period`: due, but no figure for the target's own period; the latest
 *   figure is in `context`.
 * - `partial-period`: due, and the only figures of the target's period are for parts of it
 *   (a quarter, a month) of an indicator counted over the period (a flow), which never stand
 *   in for the whole; the latest is in `context`.
 * - `maintain-failed`: a reporting period of a maintain target did not hold (see `periods`).
 * - `maintain-missing`: a reporting period of a maintain target has no figure.
 * - `so-far`: a yes/no target before its due date, judged on its period so far.
 * - `no-baseline`: a change target whose baseline value is neither given nor observed.
 * - `zero-baseline`: a relative change from a baseline of zero.
 * - `no-multiplier`: a numerator/denominator observation without `per`, for an indicator
 *   whose multiplier is unknown.
 * - `zero-denominator`: an observation with a denominator of zero.
 * - `value-type`: an observation whose value does not fit the target (a yes/no for a number,
 *   or the reverse).
 * - `qualitative`: a qualitative aim; a person must judge it.
 * - `change-unspecified`: the plan does not say whether a change is relative or in points.
 * - `governed`: the plan records that another of its targets governs this one (the document
 *   contradicts itself); see `governedBy`.
 * - `conflict`: another target of the plan, for the same indicator, area and year, gets the
 *   opposite verdict and the plan does not say which governs.
 * - `unknown-indicator`: no observation, and the indicator is in neither the catalog nor
 *   `options.indicators` (a misspelt id?).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { TargetReason } from 'chitieu';
 *
 * const reason: TargetReason = 'no-trend';
 * console.log(reason); // 'no-trend'
 * ```
 */
export type TargetReason =
  | 'projected'
  | 'no-trend'
  | 'no-observation'
  | 'no-figure-for-period'
  | 'partial-period'
  | 'maintain-failed'
  | 'maintain-missing'
  | 'so-far'
  | 'no-baseline'
  | 'zero-baseline'
  | 'no-multiplier'
  | 'zero-denominator'
  | 'value-type'
  | 'qualitative'
  | 'change-unspecified'
  | 'governed'
  | 'conflict'
  | 'unknown-indicator';

/**
 * Where indicator definitions come from besides the built-in catalog: a `Map` or a record
 * keyed by id, or a function. Consulted first; the catalog answers ids it does not know.
 *
 * @category Evaluation
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
 * Options of {@link checkPlan}.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import { checkPlan, parsePlan, type CheckPlanOptions, type Indicator } from 'chitieu';
 *
 * const visits: Indicator = {
 *   id: 'home-visits-per-1000', name: { vi: 'Lượt thăm nhà/1.000 dân', en: 'Home visits per 1,000' },
 *   measure: 'rate', unit: { vi: 'lượt/1.000 dân', en: 'visits per 1,000' }, multiplier: 1000,
 *   polarity: 'higher-is-better', decimals: 1, references: [],
 * };
 * const plan = parsePlan({
 *   id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
 *   area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2026 },
 *   objectives: [{ id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu' },
 *     targets: [{ id: 'visits', indicator: 'home-visits-per-1000', comparator: '>=', value: '120', due: '2026-12-31' }] }],
 * });
 * console.log(checkPlan(plan).map((finding) => finding.code)); // [ 'UNKNOWN_INDICATOR' ]
 * const options: CheckPlanOptions = { indicators: { [visits.id]: visits } };
 * console.log(checkPlan(plan, options)); // []
 * ```
 */
export interface CheckPlanOptions {
  /**
   * Indicators of the app's own, as for {@link EvaluateOptions.indicators}: a target naming one
   * of them is not reported as naming an unknown indicator.
   */
  readonly indicators?: IndicatorLookup;
}

/**
 * How to project a figure to the due date: `linear` (a straight line), `growth-rate`
 * (constant annual growth) or `sdg` (the UN's ratio of actual to required growth).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { ProjectionMethod } from 'chitieu';
 *
 * const method: ProjectionMethod = 'sdg';
 * console.log(method); // 'sdg'
 * ```
 */
export type ProjectionMethod = 'linear' | 'growth-rate' | 'sdg';

/**
 * Options of {@link evaluateTarget}, {@link evaluatePlan}, {@link evaluateAreas} and
 * {@link evaluateTable}.
 *
 * @category Evaluation
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
  /**
   * The area to evaluate; default the target's `area`, then (in evaluatePlan) the plan's area,
   * then the one area the observations hold.
   */
  readonly area?: string;
  /**
   * The area tree (every `Area` with its `parent`): an area without its own figure is judged on
   * the areas below it (rates as Σ numerators / Σ denominators, counts summed), and a share of
   * units counts every unit below the area, figure or not.
   */
  readonly areas?: readonly Area[];
  /** `'published'` (default): compare the figure rounded half-up to the published precision; `'exact'`: the unrounded value. */
  readonly compare?: 'published' | 'exact';
  /** How to project to the due date (default `'linear'`). */
  readonly projection?: ProjectionMethod;
  /** Indicator definitions to use before the catalog's. */
  readonly indicators?: IndicatorLookup;
  /** The denominator (population) for "what it takes", when the observations carry none. */
  readonly population?: Num;
  /**
   * Work out the interval of each figure judged, and whether the verdict is statistically clear
   * (see {@link FigureInterval}): `true` for 95%, or the confidence level (strictly between 0
   * and 1). The statuses stay as they are; the result's `interval` says how sure they are.
   */
  readonly interval?: boolean | number;
}

/**
 * The interval of the figure a target was judged on, and where the target stands against it:
 * the interval the observation publishes (`published`: a survey estimate such as stunting),
 * else one worked from its counts — Wilson for a share of people, the sex ratio at birth's own,
 * exact Poisson below 10 events and Byar's from 10 for a rate per N, as UK Fingertips does.
 * `rating` is Fingertips' against a goal: `green` when the whole interval meets the target,
 * `red` when none of it does, `amber` when it straddles the target, so that the figure cannot
 * be told apart from it (`clear: false`): a small commune's rate often can't.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { FigureInterval } from 'chitieu';
 *
 * const doubtful: FigureInterval = { lower: 93.1, upper: 97.2, level: 0.95, method: 'wilson', rating: 'amber', clear: false };
 * console.log(doubtful.clear); // false
 * ```
 */
export interface FigureInterval {
  /** Lower limit, in the figure's unit (percent for a share). */
  readonly lower: number;
  /** Upper limit. */
  readonly upper: number;
  /** The confidence level. */
  readonly level: number;
  /** Where the limits come from. */
  readonly method: 'published' | 'wilson' | 'poisson-exact' | 'byar';
  /** The figure's rating against the target. */
  readonly rating: 'green' | 'amber' | 'red';
  /** Whether the interval lies wholly on one side of the target. */
  readonly clear: boolean;
}

/**
 * The threshold a result was judged against, in the figure's own terms: for a change target
 * the change (`comparator`, `value`) and `level`, the indicator level that change means
 * from the baseline.
 *
 * @category Evaluation
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
 * The SDG progress category (UN Statistics Division): `on-track` (ratio of actual to
 * required growth ≥ 0.95, or the target already met and kept), `acceleration-needed`
 * (0.60–0.95), `limited-progress` (0–0.60), `deterioration` (below 0). When the first figure
 * already lay past the goal and the latest has left it, there is no ratio: growth the way the
 * figure must go is `limited-progress`, growth away from it `deterioration`.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { SdgCategory } from 'chitieu';
 *
 * const category: SdgCategory = 'acceleration-needed';
 * console.log(category); // 'acceleration-needed'
 * ```
 */
export type SdgCategory = 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration';

/**
 * A projection to the due date, worked on the exact figures; only `value` is rounded.
 *
 * `linear`: the straight line through the first figure (the baseline, else the earliest
 * figure) and the latest; `slopePerYear` is its slope. `growth-rate`: constant annual growth
 * `(latest / first)^(1/years) − 1` (zeros replaced by 0.001, as the SDG methods do);
 * `slopePerYear` is the average change per year from the latest figure to the due date along
 * that curve, and `growthRate` the annual growth in percent. `sdg`: the growth-rate curve,
 * with `sdg` holding the ratio of actual to required growth and its category. A share is
 * never projected past 100% or below 0% (nor any figure below 0): `bound` then says where the
 * line stops and the date it gets there. Values are rounded half-up: `value` to the published
 * precision, the others to two more places.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { Projection } from 'chitieu';
 *
 * const line: Projection = { method: 'linear', value: '100.00', slopePerYear: '12.50', growthRate: null, from: '2025', to: '2030-12-31', bound: { value: '100', reached: '2029-03-14' }, sdg: null };
 * console.log(line.bound?.reached.slice(0, 4)); // '2029'
 * ```
 */
export interface Projection {
  /** The method used. */
  readonly method: ProjectionMethod;
  /** The projected figure at the due date, at the published precision. */
  readonly value: string;
  /** Change per year (see above). */
  readonly slopePerYear: string;
  /** Annual growth in percent (growth-rate and sdg methods), else `null`. */
  readonly growthRate: string | null;
  /** The period the projection starts from (the baseline's, or the earliest figure's). */
  readonly from: string;
  /** The due date projected to. */
  readonly to: string;
  /** Where the projection stops at a bound (100% for a share, 0 for any figure), and the date it gets there; else `null`. */
  readonly bound: { readonly value: string; readonly reached: string } | null;
  /** The SDG assessment (method `sdg`), else `null`. */
  readonly sdg: { readonly ratio: string | null; readonly category: SdgCategory } | null;
}

/**
 * "What it takes": for a rate (a count over a population), the whole counts the area needs
 * at its current denominator — the fewest (`minimum`) for "at least"/"above" targets, the
 * most (`maximum`) for "at most"/"below" ones — and the difference from now (`more`,
 * `fewer`). Computed on the published figure. For a share of units, the same in units.
 * Absent (`null` in the result) once the target is met.
 *
 * @category Evaluation
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
  /** The denominator used (population, units). */
  readonly denominator: string;
  /** The multiplier. */
  readonly per: string;
  /** The current count, when observed. */
  readonly current: string | null;
  /** The fewest whole count that meets the target, when it has a lower bound. */
  readonly minimum: string | null;
  /** The most whole count that still meets it, when it has an upper bound (`null` also when none can). */
  readonly maximum: string | null;
  /** How many more are needed (`minimum − current`). */
  readonly more: string | null;
  /** How many fewer are needed (`current − maximum`). */
  readonly fewer: string | null;
}

/**
 * One reporting period of a maintain target: its figure as published, and whether it held
 * (`null` when the period has no figure).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { PeriodVerdict } from 'chitieu';
 *
 * const year: PeriodVerdict = { period: '2027', published: null, held: null };
 * console.log(year.held); // null
 * ```
 */
export interface PeriodVerdict {
  /** The reporting period (a year). */
  readonly period: string;
  /** The figure as published, or `null` when there is none. */
  readonly published: string | null;
  /** Whether the level held; `null` without a figure. */
  readonly held: boolean | null;
}

/**
 * The units of a share target: every unit of the area, how many have a figure, how many meet
 * the condition, and the ids of those without a figure (counted as not meeting it).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { UnitCount } from 'chitieu';
 *
 * const stations: UnitCount = { total: 3, observed: 2, meeting: 2, missing: ['tram-c'] };
 * console.log(`${stations.meeting}/${stations.total}`); // '2/3'
 * ```
 */
export interface UnitCount {
  /** Every unit of the area. */
  readonly total: number;
  /** Units with a figure for the period. */
  readonly observed: number;
  /** Units meeting the condition. */
  readonly meeting: number;
  /** Units without a figure, by id. */
  readonly missing: readonly string[];
}

/**
 * The evaluation of one target for one area at one date. Every field is always present
 * (`null` where it does not apply), so results of many targets line up as table rows.
 *
 * Numbers are decimal strings with `.`: `actual` exact (a fraction that does not terminate
 * to 60 significant digits), `published` the figure as judged: with exactly `decimals`
 * places (with `compare: 'exact'`, as many places as it takes to show why: 95.004 is above
 * 95 where 95.00 is not). `gap` is in the indicator's unit (percent for shares) and signed:
 * positive beyond the threshold in the good direction, negative short of it, `'0'` on it; for
 * a range, the distance to the nearer bound; for `=`, minus the distance. `progress` is
 * `(figure − baseline) / (target − baseline) × 100` rounded half-up to one decimal (IATI's
 * formula), toward the nearest level that meets the target at the published precision, and
 * `null` where it would contradict the verdict.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTarget, TargetSchema, type TargetResult } from 'chitieu';
 *
 * const target = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * const result: TargetResult = evaluateTarget(target, [
 *   { indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', numerator: '21', denominator: '12000' },
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
  /** Which rule decided it, where that needs saying. */
  readonly reason: TargetReason | null;
  /** The figure judged, exact: the level (for change targets too; the change is in `change`), or the share in percent. */
  readonly actual: string | null;
  /** The figure as judged and printed (see above). */
  readonly published: string | null;
  /** The places `published` is written with. */
  readonly decimals: number | null;
  /** For a change target, the change achieved, else `null`. */
  readonly change: string | null;
  /** What the figure was judged against. */
  readonly threshold: Threshold | null;
  /** Signed distance to the threshold (see above). */
  readonly gap: string | null;
  /** Progress from the baseline in percent, one decimal (see above). */
  readonly progress: string | null;
  /** The baseline used for progress, change and projection. */
  readonly baseline: { readonly period: string; readonly value: string } | null;
  /** The target's due date. */
  readonly due: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** The period of the figure judged. */
  readonly period: string | null;
  /** The latest figure, shown for context when it could not decide (stale, or part of the period). */
  readonly context: { readonly period: string; readonly published: string } | null;
  /** For a maintain target, the first period that did not hold. */
  readonly failedPeriod: string | null;
  /** For a maintain target, each reporting period's verdict, in order. */
  readonly periods: readonly PeriodVerdict[] | null;
  /** For a share of units: every unit, those observed, those meeting the condition, those missing. */
  readonly units: UnitCount | null;
  /** How many areas below the area the figure was summed from (roll-up), else `null`. */
  readonly rolledUpFrom: number | null;
  /** The projection to the due date, when one was made. */
  readonly projection: Projection | null;
  /**
   * The change per year needed from the latest figure to reach, by the due date, the nearest
   * level that meets the target; published places plus two. `null` once due or met.
   */
  readonly requiredAnnualChange: string | null;
  /** Counts needed, for rates and shares; `null` once met. */
  readonly whatItTakes: WhatItTakes | null;
  /** With the `interval` option: the interval of the figure judged, and whether the verdict is clear; else `null`. */
  readonly interval: FigureInterval | null;
  /** The id of the target that governs this one (`reason: 'governed'`), else `null`. */
  readonly governedBy: string | null;
  /** The id of the target whose verdict contradicts this one's (`reason: 'conflict'`), else `null`. */
  readonly conflictsWith: string | null;
  /**
   * One line in each language: the indicator's name, the figure as published (numbers in the
   * locale's notation) and its period, the goal, the rule that decided, and the verdict.
   */
  readonly explanation: BilingualText;
}

/**
 * How many results have each status.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { StatusCounts } from 'chitieu';
 *
 * const none: StatusCounts = { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 };
 * console.log(none['no-data']); // 0
 * ```
 */
export type StatusCounts = Readonly<Record<TargetStatus, number>>;

/**
 * Results of a whole plan for one area: every target's result in plan order, and how many
 * have each status.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { PlanScorecard } from 'chitieu';
 *
 * const empty: PlanScorecard = {
 *   kind: 'chitieu/plan-scorecard', plan: 'demo', title: { vi: 'Kế hoạch', en: 'Plan' }, area: 'x', asOf: '2026-12-31', results: [],
 *   counts: { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 },
 * };
 * console.log(empty.counts.achieved); // 0
 * ```
 */
export interface PlanScorecard {
  /** Marks a plan's scorecard. */
  readonly kind: 'chitieu/plan-scorecard';
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
  readonly counts: StatusCounts;
}

/**
 * The results of a list of targets for one area, as {@link evaluateAreas} returns them.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { AreaScorecard } from 'chitieu';
 *
 * const card: AreaScorecard = {
 *   kind: 'chitieu/area-scorecard', area: 'xa-a', asOf: '2026-12-31', results: [],
 *   counts: { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 },
 * };
 * console.log(card.area); // 'xa-a'
 * ```
 */
export interface AreaScorecard {
  /** Marks an area's scorecard. */
  readonly kind: 'chitieu/area-scorecard';
  /** The area evaluated. */
  readonly area: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** One result per target, in the order given. */
  readonly results: readonly TargetResult[];
  /** How many results have each status. */
  readonly counts: StatusCounts;
}

/**
 * The verdicts of many areas against the same targets, as columns: what
 * {@link evaluateTable} returns. Cell (`a`, `t`), area `rows[a]` against target
 * `targets[t]`, is at position `a × targets.length + t` of each column. A column holds, for
 * every cell, the field of the same name that {@link evaluateAreas} would give its result;
 * {@link tableResult} works out the cell's whole {@link TargetResult}.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTable, TargetSchema } from 'chitieu';
 *
 * const beds = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' });
 * const table = evaluateTable([beds], [
 *   { indicator: 'beds-per-10k', area: 'xa-a', period: '2026', numerator: '59', denominator: '12000' },
 * ], { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] });
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
  readonly rows: readonly string[];
  /** The targets' ids, in the order given: the columns within a row. */
  readonly targets: readonly string[];
  /** The targets' indicators, in the same order. */
  readonly indicators: readonly string[];
  /** Each cell's verdict. */
  readonly status: readonly TargetStatus[];
  /** Which rule decided it (as {@link TargetResult.reason}). */
  readonly reason: readonly (TargetReason | null)[];
  /** The figure each verdict was judged on, as printed (as {@link TargetResult.published}). */
  readonly published: readonly (string | null)[];
  /** How many cells have each status. */
  readonly counts: StatusCounts;
}

/**
 * Any scorecard the renderers print: a plan's, an area's, or a table of many areas.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { Scorecard } from 'chitieu';
 *
 * const kinds: Scorecard['kind'][] = ['chitieu/plan-scorecard', 'chitieu/area-scorecard', 'chitieu/result-table'];
 * console.log(kinds.length); // 3
 * ```
 */
export type Scorecard = PlanScorecard | AreaScorecard | ResultTable;

/**
 * Observations as columns, for datasets too large to hold as one object per observation: a
 * national monthly dataset of ten million figures. Row `i` is one observation. Areas,
 * indicators and periods are given as one string per row, or as codes into a list of labels
 * (`{ codes: Int32Array, labels: [...] }`, the way a data frame stores a factor); values,
 * numerators and denominators as typed arrays (`NaN` where a row has none; a double is read
 * through its shortest round-trip text, as everywhere else) or plain arrays, which may also
 * hold decimal strings and, for yes/no indicators, booleans; the answers of yes/no
 * indicators may instead come as an `answer` column (1/0 in a typed array). A row has a
 * `value`, an `answer`, or a numerator and a denominator. Accepted wherever a list of
 * observations is.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTable, TargetSchema, type ObservationColumns } from 'chitieu';
 *
 * const columns: ObservationColumns = {
 *   area: { codes: new Int32Array([0, 1]), labels: ['xa-a', 'xa-b'] },
 *   indicator: ['doctors-per-10k', 'doctors-per-10k'],
 *   period: ['2026', '2026'],
 *   numerator: new Float64Array([21, 20]),
 *   denominator: new Float64Array([12000, 12000]),
 * };
 * const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * console.log(evaluateTable([doctors], columns, { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] }).status); // [ 'achieved', 'not-achieved' ]
 * ```
 */
export interface ObservationColumns {
  /** The indicator of each row. */
  readonly indicator: readonly string[] | CodedColumn;
  /** The area of each row. */
  readonly area: readonly string[] | CodedColumn;
  /** The period of each row (`'2026'`, `'2026-Q2'`, `'2026-06'`, …). */
  readonly period: readonly string[] | CodedColumn;
  /** The value of each row that has one (`NaN` or `null` where a row has a ratio or an answer instead). */
  readonly value?: ArrayLike<number> | readonly (number | string | boolean | null)[];
  /**
   * The yes/no answer of each row of a yes/no indicator, for typed arrays: `1` yes, `0` no,
   * `NaN` or a negative number where the row has none (`true`/`false`/`null` in a plain
   * array). A row gives a value or an answer, not both.
   */
  readonly answer?: ArrayLike<number> | readonly (boolean | null)[];
  /** The numerator of each ratio row. */
  readonly numerator?: ArrayLike<number> | readonly (number | string | null)[];
  /** The denominator of each ratio row. */
  readonly denominator?: ArrayLike<number> | readonly (number | string | null)[];
  /** The multiplier of each ratio row, or one for all rows; absent: the indicator's. */
  readonly per?: number | ArrayLike<number>;
  /** The area each row's area belongs to (a station's commune), where it says. */
  readonly parent?: readonly (string | null)[] | CodedColumn;
}

/**
 * A column of labels stored as codes: row `i` is `labels[codes[i]]` (a negative code, where
 * allowed, means none).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { CodedColumn } from 'chitieu';
 *
 * const periods: CodedColumn = { codes: new Uint8Array([0, 0, 1]), labels: ['2025', '2026'] };
 * console.log(periods.labels[periods.codes[2] ?? 0]); // '2026'
 * ```
 */
export interface CodedColumn {
  /** One code per row, an index into `labels`. */
  readonly codes: ArrayLike<number>;
  /** The labels the codes point into. */
  readonly labels: readonly string[];
}

/**
 * Observations as the evaluation functions accept them: parsed observations or their JSON
 * input form (numbers where the schema keeps decimal strings), columns, or an index built
 * once by {@link indexObservations}.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { ObservationsInput } from 'chitieu';
 *
 * const observed: ObservationsInput = [{ indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: 49.2 }];
 * console.log(Array.isArray(observed)); // true
 * ```
 */
export type ObservationsInput = readonly (Observation | ObservationInput)[] | ObservationColumns | ObservationIndex;

/**
 * Observations read once into columns, for evaluating many targets and areas: what
 * {@link indexObservations} returns, accepted wherever observations are. Opaque: only an
 * index that function built is accepted.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import { indexObservations, type ObservationIndex } from 'chitieu';
 *
 * const index: ObservationIndex = indexObservations([
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2025', value: '48.1' },
 * ]);
 * console.log([index.size, index.areas, index.periods]); // [ 1, [ 'cao-minh' ], [ '2025' ] ]
 * ```
 */
export interface ObservationIndex {
  /** Marks an index. */
  readonly kind: 'chitieu/observation-index';
  /** How many observations were indexed. */
  readonly size: number;
  /** The areas observed, in the order first seen. */
  readonly areas: readonly string[];
  /** The indicators observed, in the order first seen. */
  readonly indicators: readonly string[];
  /** The periods observed, in the order first seen. */
  readonly periods: readonly string[];
}
