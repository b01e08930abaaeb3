/**
 * Maintain targets (“duy trì 100% … 2026–2030”): the level must hold in every reporting period
 * (calendar year) from the start (`from`, else the baseline period, else the due year) to the
 * date judged. A year without a figure is `no-data`, never taken as held; the result lists
 * each year's verdict. Before a first year is complete, the figures of the year so far are
 * judged. Internal.
 *
 * @internal
 * @module
 */
import type { MaintainTarget } from '../../model/target.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import { cmp, type Q } from '../../numeric/exact/rational.js';
import { fixedText, toDecimalText, unitsText } from '../../numeric/exact/text.js';
import { figureFor, isProblem, rowFor, rowsOf, readRow, type Point, type Reading } from '../engine/figures.js';
import { readPeriod, targetPeriod, type PeriodInfo, type TargetPeriod } from '../engine/periods.js';
import { unitBounds, unitsAt } from '../engine/units.js';
import { gapOf, levelRule, meets, published } from '../engine/rule.js';
import type { PeriodVerdict } from '../types.js';
import { boundsOf } from './bounds.js';
import { describeFigure, thresholdOf, whatItTakes } from './describe.js';
import { goalPhrase } from './goal.js';
import { decimalsFor, readingOf } from './numeric.js';
import type { Job, Judged, KindRule } from './types.js';

/** The first year the level must hold in. */
function firstYear(job: Job): number {
  const target = job.prepared.target as MaintainTarget;
  if (target.from !== undefined) return Number(target.from.slice(0, 4));
  if (target.baseline !== undefined) return Number(readPeriod(target.baseline.period).start.slice(0, 4));
  return Number(job.prepared.period.start.slice(0, 4));
}

/** The years judged: from the first to the last complete by the cut-off (at most the due year); the same for every area. */
function yearsOf(job: Job): readonly TargetPeriod[] {
  const { prepared } = job;
  if (prepared.years !== undefined) return prepared.years;
  const { cutoff, target } = prepared;
  const due = Number(target.due.slice(0, 4));
  const lastComplete = Number(cutoff.slice(0, 4)) - (cutoff.slice(5) === '12-31' ? 0 : 1);
  const years: TargetPeriod[] = [];
  for (let year = firstYear(job); year <= Math.min(due, lastComplete); year++) years.push(targetPeriod(`${year}-01-01`, `${year}-12-31`));
  prepared.years = years;
  return years;
}

/**
 * A maintain target's verdict in safe integers (see `units.ts`) for a table's cell, when every
 * year judged has a plain row of the area's own; `undefined` where that does not apply (the
 * exact path judges it). A shortcut: wherever it gives up, the exact path gives the same
 * verdict and figure, so the checks that only make it give up more often cannot change a
 * result (the Stryker comments).
 */
// Stryker disable next-line BlockStatement: see above, a shortcut that gives up
function quickHeld(job: Job, reading: Reading, years: readonly TargetPeriod[]): Judged | undefined {
  const { prepared } = job;
  const decimals = prepared.decimals;
  if (decimals === undefined || prepared.settings.exact || years.length === 0) return undefined;
  if (prepared.unitBounds === undefined) {
    // Stryker disable next-line BooleanLiteral: an exact rule has no unit bounds (unitBounds gives undefined), so the fast path gives up and the exact path judges the same
    const rule = levelRule((prepared.target as MaintainTarget).comparator, prepared.value as Q, undefined, decimals, false);
    // Stryker disable next-line LogicalOperator: `&& null` leaves no unit bounds, so the fast path gives up and the exact path judges the same
    prepared.unitBounds = unitBounds(rule) ?? null;
  }
  const bounds = prepared.unitBounds;
  if (bounds === null) return undefined;
  const per = prepared.per;
  const multiplier =
    per !== undefined &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: prepared.per is an indicator's multiplier (100, 1 000, 10 000 or 100 000: perOf in engine/evaluate.ts), always {n: number, d: 1}; and where the fast path gives up (NaN), the exact path judges the same
    typeof per.n === 'number' && per.d === 1
      ? per.n
      : Number.NaN;
  const { from, to } = rowsOf(reading, job.area);
  let failed = false;
  let units = Number.NaN;
  // Stryker disable next-line UnaryOperator: years is not empty here (checked above), so the loop sets position before it is read
  let position = -1;
  for (const year of years) {
    position = rowFor(reading, from, to, year);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: returning undefined only hands the target to the exact path, which judges the same; and unitsAt of position -1 reads no row and gives NaN, which hands it over below
    if (position < 0) return undefined;
    units = unitsAt(job.store, position, decimals, multiplier);
    if (Number.isNaN(units)) return undefined;
    if (units < bounds.low || units > bounds.high) failed = true;
  }
  const period = (job.store.periods[job.store.period[position] as number] as PeriodInfo).text;
  const status = failed ? (prepared.isDue ? 'not-achieved' : 'off-track') : prepared.isDue ? 'achieved' : 'on-track';
  return { status, reason: failed ? 'maintain-failed' : null, published: unitsText(units, decimals), decimals, period };
}

/** The maintain kind. */
export const maintain: KindRule = {
  id: 'maintain',
  judge(job): Judged {
    const { prepared, area } = job;
    const target = prepared.target as MaintainTarget;
    const reading = readingOf(job, target.indicator, false, prepared.indicator?.measure === 'count', prepared.per, prepared.flow);
    const years = yearsOf(job);
    if (!job.detail) {
      const quick = quickHeld(job, reading, years);
      if (quick !== undefined) return quick;
    }
    const periods: PeriodVerdict[] = [];
    let latest: Point | undefined;
    let decimals = -1;
    let failed: string | undefined;
    let missing: string | undefined;
    for (const year of years) {
      const text = year.text;
      const figure = figureFor(reading, area, year);
      if (figure !== undefined && isProblem(figure)) return { status: 'needs-review', reason: figure.problem, published: null, decimals: null, period: figure.period };
      if (figure === undefined) {
        periods.push({ period: text, published: null, held: null });
        missing ??= text;
        continue;
      }
      if (decimals < 0) decimals = decimalsFor(job, figure, undefined);
      const rule = levelRule(target.comparator, prepared.value as Q, undefined, decimals, prepared.settings.exact);
      const held = meets(rule, published(rule, figure.value));
      periods.push({ period: text, published: fixedText(figure.value, decimals), held });
      if (!held) failed ??= text;
      latest = figure;
    }
    if (years.length === 0) {
      // no complete year yet: the figures so far in the first year
      const { from, to } = rowsOf(reading, area);
      const start = `${firstYear(job)}-01-01`;
      let row = to - 1;
      while (row >= from && (job.store.periods[job.store.period[row] as number] as { start: string }).start < start) row--;
      if (row < from) return { status: 'no-data', reason: job.prepared.known ? 'no-observation' : 'unknown-indicator', published: null, decimals: null, period: null };
      const point = readRow(reading, row);
      if (isProblem(point)) return { status: 'needs-review', reason: point.problem, published: null, decimals: null, period: point.period };
      const places = decimalsFor(job, point, undefined);
      const rule = levelRule(target.comparator, prepared.value as Q, undefined, places, prepared.settings.exact);
      const held = meets(rule, published(rule, point.value));
      return { status: held ? 'on-track' : 'off-track', reason: 'so-far', published: fixedText(point.value, places), decimals: places, period: point.period, figure: point, rule, periods: [] };
    }
    const frozen = periods;
    const rule = decimals < 0 ? undefined : levelRule(target.comparator, prepared.value as Q, undefined, decimals, prepared.settings.exact);
    // (a rule is made once a figure is read: latest and rule are both set or both not)
    const shown = latest === undefined ? { published: null, decimals: null, period: null } : { published: fixedText(latest.value, decimals), decimals, period: latest.period };
    if (failed !== undefined) {
      return { status: prepared.isDue ? 'not-achieved' : 'off-track', reason: 'maintain-failed', ...shown, figure: latest, rule, periods: frozen, failedPeriod: failed };
    }
    if (missing !== undefined) {
      const rows = rowsOf(reading, area);
      const reason = rows.to > rows.from ? 'maintain-missing' : job.prepared.known ? 'no-observation' : 'unknown-indicator';
      return { status: 'no-data', reason, ...shown, figure: latest, rule, periods: frozen };
    }
    return { status: prepared.isDue ? 'achieved' : 'on-track', reason: null, ...shown, figure: latest, rule, periods: frozen };
  },
  describe(job, judged, result) {
    const target = job.prepared.target as MaintainTarget;
    describeFigure(judged, result);
    result.periods = judged.periods === undefined ? null : Object.freeze(judged.periods.map((period) => Object.freeze({ ...period })));
    result.failedPeriod = judged.failedPeriod ?? null;
    const rule = judged.rule;
    if (rule === undefined) return;
    result.threshold = thresholdOf(rule, target.value, undefined);
    // the smallest gap of the periods judged
    let worst: Q | undefined;
    // Stryker disable next-line ArrayDeclaration: judged.periods is undefined only on verdicts without a rule (needs-review, nothing observed so far), which returned above
    for (const period of judged.periods ?? []) {
      if (period.published === null) continue;
      const gap = gapOf(rule, readDecimal(period.published) as Q);
      // Stryker disable next-line EqualityOperator: an equal gap replaces the worst with the same value
      if (worst === undefined || cmp(gap, worst) < 0) worst = gap;
    }
    if (worst !== undefined) result.gap = toDecimalText(worst);
    // a rule comes with the figure it was worked from (the latest, or the figure so far)
    const figure = judged.figure as Point;
    if (!meets(rule, published(rule, figure.value))) result.whatItTakes = whatItTakes(job, figure, rule);
  },
  goal(target, wording, unit) {
    const t = target as MaintainTarget;
    return goalPhrase(t.comparator, t.value, undefined, unit, wording, false);
  },
  bounds(target) {
    const t = target as MaintainTarget;
    return boundsOf('value', t.comparator, t.value, undefined);
  },
};
