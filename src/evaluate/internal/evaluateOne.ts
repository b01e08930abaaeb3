/**
 * The evaluation of one target for one area: the engine behind evaluateTarget, evaluatePlan
 * and evaluateAreas. Internal.
 *
 * @internal
 * @module
 */
import { defaultDecimals } from '../../catalog/defaultDecimals.js';
import type { Indicator } from '../../model/indicator.js';
import type { Observation } from '../../model/observation.js';
import type { Comparator } from '../../model/primitives.js';
import type { ChangeTarget, MaintainTarget, ShareTarget, Target } from '../../model/target.js';
import { Decimal } from '../../numeric/decimal.js';
import { seriesIn, type Columns, type Grouping } from '../indexObservations.js';
import type {
  Projection,
  TargetReason,
  TargetResult,
  TargetStatus,
  Threshold,
  WhatItTakes,
} from '../types.js';
import { maximumCount, minimumCount } from './countsNeeded.js';
import { explain, explainCache, type ExplainCache } from './explain.js';
import {
  add,
  cmp,
  div,
  fixedText,
  int,
  integerText,
  isZero,
  mul,
  neg,
  parseQ,
  placesOf,
  plainPlaces,
  roundQ,
  sign,
  stepQ,
  sub,
  toBig,
  toDecimalText,
  type Q,
} from './rational.js';
import type { Settings } from './settings.js';
import { endOfDayTime, periodInfo, type PeriodInfo } from './time.js';

const HUNDRED: Q = { n: 100, d: 1 };
const ZERO: Q = { n: 0, d: 1 };
const NO_TEXT = { vi: '', en: '' };

/** A numeric observation read exactly. */
interface Point {
  readonly period: string;
  readonly time: Q;
  /** The exact value. */
  readonly value: Q;
  /** The value as the observation wrote it, when given as text. */
  readonly text: string | undefined;
  /** The figure compared: `value` rounded to the published precision (or exact). */
  figure: Q;
  /** numerator, denominator and per, when the value is a ratio of counts. */
  readonly counts: { readonly n: Q; readonly d: Q; readonly per: Q } | undefined;
  /** For shares of units. */
  readonly units?: { readonly observed: number; readonly meeting: number };
}

interface Problem {
  readonly problem: TargetReason;
  readonly period: string;
}

function isProblem(value: Point | Problem): value is Problem {
  return (value as Problem).problem !== undefined;
}

/** Does `figure` satisfy `comparator threshold` (and `upper`)? Exact. */
function satisfies(figure: Q, comparator: Comparator, threshold: Q, upper: Q | undefined): boolean {
  const c = cmp(figure, threshold);
  switch (comparator) {
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '=':
      return c === 0;
    case 'between':
      return c >= 0 && upper !== undefined && cmp(figure, upper) <= 0;
  }
}

/** Signed distance beyond the threshold in the good direction. */
function gapOf(figure: Q, comparator: Comparator, level: Q, upper: Q | undefined): Q {
  switch (comparator) {
    case '>':
    case '>=':
      return sub(figure, level);
    case '<':
    case '<=':
      return sub(level, figure);
    case '=': {
      const difference = sub(figure, level);
      return sign(difference) < 0 ? difference : neg(difference);
    }
    case 'between': {
      const below = sub(figure, level);
      const above = sub(upper ?? level, figure);
      return cmp(below, above) <= 0 ? below : above;
    }
  }
}

/** Read the observation at position `p` of a grouping as a number. */
function readPoint(columns: Columns, grouping: Grouping, p: number, perDefault: Q | undefined): Point | Problem {
  const observation = grouping.items[p] as Observation;
  const period = observation.period;
  if (observation.value !== undefined) {
    if (typeof observation.value !== 'string') return { problem: 'value-type', period };
    const value = parseQ(observation.value);
    if (value === undefined) return { problem: 'value-type', period };
    return { period, time: timeOf(columns, grouping, p), value, text: observation.value, figure: value, counts: undefined };
  }
  const n = observation.numerator === undefined ? undefined : parseQ(observation.numerator);
  const d = observation.denominator === undefined ? undefined : parseQ(observation.denominator);
  if (n === undefined || d === undefined) return { problem: 'value-type', period };
  if (isZero(d)) return { problem: 'zero-denominator', period };
  const per = observation.per === undefined ? perDefault : parseQ(observation.per);
  if (per === undefined) return { problem: 'no-multiplier', period };
  return { period, time: timeOf(columns, grouping, p), value: div(mul(n, per), d), text: undefined, figure: ZERO, counts: { n, d, per } };
}

/** The moment the period of the observation at position `p` of a grouping closes. */
function timeOf(columns: Columns, grouping: Grouping, p: number): Q {
  return (columns.periods[grouping.periodOf[p] as number] as PeriodInfo).time;
}

/**
 * The observations of a job's series that end on or before its cut-off: positions
 * `from` … `from + length − 1` of the grouping, sorted by period.
 */
interface Span {
  readonly grouping: Grouping;
  readonly from: number;
  readonly length: number;
}

/** The job's series (or, with `unit`, a share target's unit series by parent), cut at the cut-off. */
function spanOf(job: Job, columns: Columns, unit: boolean): Span {
  const grouping: Grouping = unit ? columns.byParent : columns.byArea;
  const target = job.target;
  const prepared = job.prepared;
  if (prepared.numbered !== columns) {
    prepared.numbered = columns;
    prepared.k = columns.indicators.get(target.indicator) ?? -1;
    prepared.unitK = target.kind === 'share' ? (columns.indicators.get(target.condition.indicator) ?? -1) : -1;
  }
  const k = unit ? prepared.unitK : prepared.k;
  const s = k < 0 ? -1 : seriesIn(unit ? job.series.byParent : job.series.byArea, k);
  if (s < 0) return { grouping, from: 0, length: 0 };
  const { start, periodOf } = grouping;
  const from = start[s] as number;
  let to = start[s + 1] as number;
  const periods = columns.periods;
  while (to > from && (periods[periodOf[to - 1] as number] as PeriodInfo).end > job.cutoff) to--;
  return { grouping, from, length: to - from };
}

/**
 * What the evaluation of one target needs whatever the area, worked out once per target
 * (and settings) by {@link prepareTarget}. Nothing here can throw; what can (the published
 * precision) is worked out on first use and kept.
 */
export interface Prepared {
  readonly target: Target;
  /** The target's id, indicator, kind and due date, and the evaluation date, as every result repeats them. */
  readonly id: string;
  readonly indicatorId: string;
  readonly kind: Target['kind'];
  readonly due: string;
  readonly asOf: string;
  readonly indicator: Indicator | undefined;
  readonly cutoff: string;
  readonly isDue: boolean;
  /** The indicator's multiplier (or 100 for a percentage), if known, and its text once written. */
  readonly per: Q | undefined;
  perText?: string;
  /** The target's `value`, for kinds that have one (else zero). */
  readonly value: Q;
  /** The target's or the indicator's published precision, once read (-1 before; unused when neither sets it). */
  decimals: number;
  /** For a share target: the unit indicator, its multiplier and the condition's value. */
  readonly unitIndicator: Indicator | undefined;
  readonly unitPer: Q | undefined;
  readonly condition: Q;
  /** The result's `threshold` when it does not depend on the area (all but change targets), shared and frozen once made. */
  threshold: Threshold | undefined;
  /** The end of the due date on the time axis. */
  readonly dueTime: Q;
  /** The parts of the target's explanations that do not depend on the area, and the lines shared between areas. */
  readonly explain: ExplainCache;
  /** The columns whose indicator numbers `k` (the target's) and `unitK` (a share's unit indicator) are, once looked up. */
  numbered: Columns | undefined;
  k: number;
  unitK: number;
}

/** Work out {@link Prepared} for a target. */
export function prepareTarget(target: Target, settings: Settings): Prepared {
  const indicator = settings.indicator(target.indicator);
  const isDue = settings.asOf >= target.due;
  const valueText = (target as { value?: unknown }).value;
  const share = target.kind === 'share';
  const unitIndicator = share ? settings.indicator(target.condition.indicator) : undefined;
  return {
    target,
    id: target.id,
    indicatorId: target.indicator,
    kind: target.kind,
    due: target.due,
    asOf: settings.asOf,
    indicator,
    cutoff: isDue ? target.due : settings.asOf,
    isDue,
    per: perOf(indicator),
    value: (typeof valueText === 'string' ? parseQ(valueText) : undefined) ?? ZERO,
    decimals: -1,
    unitIndicator,
    unitPer: perOf(unitIndicator),
    condition: (share ? parseQ(target.condition.value) : undefined) ?? ZERO,
    threshold: undefined,
    dueTime: endOfDayTime(target.due),
    explain: explainCache(),
    numbered: undefined,
    k: -1,
    unitK: -1,
  };
}

/** An area's series (see {@link Grouping.ids}): its own, and its units' (by parent). */
export interface AreaSeries {
  readonly byArea: readonly number[] | undefined;
  readonly byParent: readonly number[] | undefined;
}

/** The {@link AreaSeries} of `area`: look it up once when evaluating many targets for one area. */
export function areaSeries(columns: Columns, area: string): AreaSeries {
  return { byArea: columns.byArea.ids.get(area), byParent: columns.byParent.ids.get(area) };
}

/** Everything the evaluation of one target for one area shares. */
interface Job {
  /**
   * Whether the result is read in full. Without detail, only what evaluateTable keeps is
   * sure to be filled (`status`, `reason`, `published`, with `decimals` and `period`): the
   * exact `actual`, gap, progress, baseline, change, projection, required change, what it
   * takes and the explanation are not worked out.
   */
  readonly detail: boolean;
  readonly series: AreaSeries;
  readonly target: Target;
  readonly area: string;
  readonly settings: Settings;
  readonly indicator: Indicator | undefined;
  readonly cutoff: string;
  readonly isDue: boolean;
  readonly prepared: Prepared;
}

/** A result with every field present. */
function blank(job: Job, status: TargetStatus, reason: TargetReason | null): Mutable<TargetResult> {
  const prepared = job.prepared;
  return {
    target: prepared.id,
    indicator: prepared.indicatorId,
    area: job.area,
    kind: prepared.kind,
    status,
    reason,
    actual: null,
    published: null,
    decimals: null,
    change: null,
    threshold: null,
    gap: null,
    progress: null,
    baseline: null,
    due: prepared.due,
    asOf: prepared.asOf,
    period: null,
    failedPeriod: null,
    units: null,
    projection: null,
    requiredAnnualChange: null,
    whatItTakes: null,
    explanation: NO_TEXT,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function finish(job: Job, result: Mutable<TargetResult>): TargetResult {
  if (job.detail) result.explanation = explain(job.prepared.explain, result, job.target, job.indicator, job.cutoff);
  return result;
}

function perOf(indicator: Indicator | undefined): Q | undefined {
  if (indicator === undefined) return undefined;
  if (indicator.multiplier !== undefined) return int(indicator.multiplier);
  return indicator.measure === 'percent' ? HUNDRED : undefined;
}

/** The published precision (see evaluateTarget's documentation). */
function decimalsFor(job: Job, latest: Point, observation: Observation | undefined, fallback: number | undefined): number {
  const { target, indicator, prepared } = job;
  if (target.decimals !== undefined || indicator !== undefined) {
    if (prepared.decimals < 0) prepared.decimals = defaultDecimals(indicator, { target });
    return prepared.decimals;
  }
  if (fallback !== undefined) return fallback;
  if (latest.counts !== undefined) return cmp(latest.counts.per, HUNDRED) === 0 ? 2 : 1;
  // a value given directly is the figure as printed: its own places are its precision
  const value = observation?.value;
  return typeof value === 'string' ? placesOf(value) : 0;
}

/**
 * Evaluate one target for one area; with `detail` false, only the verdict and the figure it
 * was judged on (see {@link Job.detail}).
 */
export function evaluateOne(
  target: Target,
  index: Columns,
  settings: Settings,
  area: string,
  prepared: Prepared = prepareTarget(target, settings),
  series: AreaSeries = areaSeries(index, area),
  detail = true,
): TargetResult {
  const job: Job = { detail, series, target, area, settings, indicator: prepared.indicator, cutoff: prepared.cutoff, isDue: prepared.isDue, prepared };
  switch (target.kind) {
    case 'qualitative':
      return finish(job, blank(job, 'needs-review', 'qualitative'));
    case 'boolean':
      return evaluateBoolean(job, index, target.expected);
    case 'maintain':
      return evaluateMaintain(job, index, target);
    case 'change':
      if (target.change === 'unspecified') {
        const result = blank(job, 'needs-review', 'change-unspecified');
        result.threshold = { comparator: target.comparator, value: target.value, upper: null, level: null };
        return finish(job, result);
      }
      return evaluateNumeric(job, index);
    case 'share':
      return evaluateShare(job, index, target);
    default:
      return evaluateNumeric(job, index);
  }
}

function evaluateBoolean(job: Job, index: Columns, expected: boolean): TargetResult {
  const span = spanOf(job, index, false);
  if (span.length === 0) return finish(job, blank(job, 'no-data', 'no-observation'));
  const latest = span.grouping.items[span.from + span.length - 1] as Observation;
  const value = latest.value;
  const result = blank(job, 'needs-review', null);
  result.threshold = job.prepared.threshold ??= Object.freeze({ comparator: '=', value: String(expected), upper: null, level: null });
  result.period = latest.period;
  if (typeof value !== 'boolean') {
    result.reason = 'value-type';
    return finish(job, result);
  }
  result.actual = String(value);
  result.published = String(value);
  const ok = value === expected;
  result.status = job.isDue ? (ok ? 'achieved' : 'not-achieved') : ok ? 'on-track' : 'off-track';
  return finish(job, result);
}

/** The figure compared: rounded half-up to the precision, or exact. */
function figureOf(job: Job, value: Q, decimals: number): Q {
  return job.settings.exact ? value : roundQ(value, decimals);
}

function evaluateMaintain(job: Job, index: Columns, target: MaintainTarget): TargetResult {
  const span = spanOf(job, index, false);
  const from = target.from ?? (target.baseline === undefined ? '' : periodInfo(target.baseline.period).start);
  const threshold = job.prepared.value;
  const perDefault = job.prepared.per;
  let latest: Point | undefined;
  let latestObservation: Observation | undefined;
  let failed: Point | undefined;
  let worst: Q | undefined;
  let decimals = -1;
  const periods = index.periods;
  const { items, periodOf } = span.grouping;
  for (let p = span.from; p < span.from + span.length; p++) {
    if ((periods[periodOf[p] as number] as PeriodInfo).start < from) continue;
    const observation = items[p] as Observation;
    const point = readPoint(index, span.grouping, p, perDefault);
    if (isProblem(point)) {
      const result = blank(job, 'needs-review', point.problem);
      result.period = point.period;
      return finish(job, result);
    }
    if (decimals < 0) decimals = decimalsFor(job, point, observation, undefined);
    point.figure = figureOf(job, point.value, decimals);
    if (job.detail) {
      const gap = gapOf(point.figure, target.comparator, threshold, undefined);
      if (worst === undefined || cmp(gap, worst) < 0) worst = gap;
    }
    if (failed === undefined && !satisfies(point.figure, target.comparator, threshold, undefined)) failed = point;
    latest = point;
    latestObservation = observation;
  }
  if (latest === undefined) return finish(job, blank(job, 'no-data', 'no-observation'));
  const result = blank(job, 'on-track', null);
  fillFigure(job, result, latest, decimals);
  result.threshold = job.prepared.threshold ??= Object.freeze({
    comparator: target.comparator,
    value: target.value,
    upper: null,
    level: target.value,
  });
  if (job.detail && worst !== undefined) result.gap = toDecimalText(worst);
  if (failed !== undefined) {
    result.status = job.isDue ? 'not-achieved' : 'off-track';
    result.reason = 'maintain-failed';
    result.failedPeriod = failed.period;
  } else {
    result.status = job.isDue ? 'achieved' : 'on-track';
  }
  if (job.detail) result.whatItTakes = whatItTakes(job, latest, latestObservation, target.comparator, threshold, undefined, decimals);
  return finish(job, result);
}

function fillFigure(job: Job, result: Mutable<TargetResult>, point: Point, decimals: number): void {
  // a value written plainly is its own exact text, and its own published text when it has
  // the published places (the same strings toDecimalText and fixedText would write)
  const text = point.text;
  const places = text === undefined ? -1 : plainPlaces(text);
  if (job.detail) result.actual = places === 0 || (places > 0 && (text as string).charCodeAt((text as string).length - 1) !== 48) ? (text as string) : toDecimalText(point.value);
  result.published = places === decimals ? (text as string) : fixedText(point.value, decimals);
  result.decimals = decimals;
  result.period = point.period;
}

/**
 * A series of points: observations read on demand (`span`), or shares of units worked out on
 * demand from `shares` and kept in `points` (their periods are `periods`).
 */
interface Series {
  readonly length: number;
  readonly columns: Columns;
  readonly span: Span | undefined;
  readonly points: (Point | Problem | undefined)[] | undefined;
  readonly periods: readonly string[] | undefined;
  readonly shares: Shares | undefined;
  readonly per: Q | undefined;
}

function readAt(series: Series, i: number): Point | Problem {
  const points = series.points;
  if (points === undefined) {
    const span = series.span as Span;
    return readPoint(series.columns, span.grouping, span.from + i, series.per);
  }
  return points[i] ?? (points[i] = sharePoint(series.shares as Shares, series.columns, i));
}

/** The observation behind point `i`, for a series read from observations. */
function observationAt(series: Series, i: number): Observation | undefined {
  const span = series.span;
  return series.points === undefined && span !== undefined ? span.grouping.items[span.from + i] : undefined;
}

function findPeriod(series: Series, period: string): number {
  if (series.periods !== undefined) return series.periods.lastIndexOf(period);
  // by period number: the observations themselves are not read
  const wanted = series.columns.periodNumbers.get(period);
  if (wanted === undefined) return -1;
  const { grouping, from } = series.span as Span;
  const periodOf = grouping.periodOf;
  for (let i = series.length - 1; i >= 0; i--) if (periodOf[from + i] === wanted) return i;
  return -1;
}

function directSeries(job: Job, index: Columns): Series {
  const span = spanOf(job, index, false);
  return { length: span.length, columns: index, span, points: undefined, periods: undefined, shares: undefined, per: job.prepared.per };
}

function evaluateShare(job: Job, index: Columns, target: ShareTarget): TargetResult {
  const units = spanOf(job, index, true);
  const count = units.length;
  if (count === 0) return evaluateNumeric(job, index);
  const { grouping, from } = units;
  const { items, periodOf } = grouping;
  // the unit observations by period (the list is sorted, so a period's are adjacent): where
  // each period's start; a period's share is worked out only when the evaluation reads it
  const starts: number[] = [];
  const periods: string[] = [];
  for (let p = from; p < from + count; p++) {
    if (p === from || periodOf[p] !== periodOf[p - 1]) {
      starts.push(p);
      periods.push((items[p] as Observation).period);
    }
  }
  starts.push(from + count);
  const points: (Point | Problem | undefined)[] = new Array(periods.length);
  const shares: Shares = { job, target, grouping, starts };
  return evaluateSeries(job, { length: periods.length, columns: index, span: undefined, points, periods, shares, per: undefined }, 2);
}

/** What a share series needs to work out a period's share: the unit observations' positions by period. */
interface Shares {
  readonly job: Job;
  readonly target: ShareTarget;
  readonly grouping: Grouping;
  /** Period `g`'s unit observations are at positions `starts[g]` … `starts[g + 1] − 1` of the grouping. */
  readonly starts: readonly number[];
}

/** The share of units meeting the condition in period `g` of a share series. */
function sharePoint(shares: Shares, index: Columns, g: number): Point | Problem {
  const { job, target, grouping } = shares;
  const start = shares.starts[g] as number;
  const end = shares.starts[g + 1] as number;
  const { unitIndicator, unitPer, condition } = job.prepared;
  const items = grouping.items;
  // the period's units by position, the one given later winning (in the place of the first,
  // as Map.set keeps it) (a scan for a few units, a Map of positions for many)
  const byUnit: number[] = [];
  let positions: Map<string, number> | undefined;
  for (let p = start; p < end; p++) {
    const unit = (items[p] as Observation).area;
    let at: number;
    if (positions !== undefined) at = positions.get(unit) ?? -1;
    else {
      at = byUnit.length - 1;
      while (at >= 0 && (items[byUnit[at] as number] as Observation).area !== unit) at--;
    }
    if (at >= 0) byUnit[at] = p;
    else {
      byUnit.push(p);
      if (positions !== undefined) positions.set(unit, byUnit.length - 1);
      else if (byUnit.length === 16) {
        positions = new Map();
        for (let u = 0; u < byUnit.length; u++) positions.set((items[byUnit[u] as number] as Observation).area, u);
      }
    }
  }
  let meeting = 0;
  for (let u = 0; u < byUnit.length; u++) {
    const point = readPoint(index, grouping, byUnit[u] as number, unitPer);
    if (isProblem(point)) return point;
    const value = unitIndicator === undefined || job.settings.exact ? point.value : roundQ(point.value, unitIndicator.decimals);
    if (satisfies(value, target.condition.comparator, condition, undefined)) meeting++;
  }
  const observed = byUnit.length;
  const value = div(mul(int(meeting), HUNDRED), int(observed));
  return { period: (items[start] as Observation).period, time: timeOf(index, grouping, start), value, text: undefined, figure: value, counts: undefined, units: { observed, meeting } };
}

function evaluateNumeric(job: Job, index: Columns): TargetResult {
  return evaluateSeries(job, directSeries(job, index), job.target.kind === 'count' ? 0 : undefined);
}

/** The threshold of a level-like target, and for a change target what it means as a level. */
interface Rule {
  readonly comparator: Comparator;
  readonly value: Q;
  readonly upper: Q | undefined;
  /** The indicator level the rule means (baseline + change for change targets). */
  readonly level: Q;
  /** For change targets: how the change is measured, and from what. */
  readonly change: 'difference' | 'relative' | undefined;
  readonly base: Q;
  readonly decimals: number;
}

/** The figure a rule compares: the level itself, or the change it makes from the baseline. */
function ruleFigure(job: Job, rule: Rule, figure: Q): Q {
  if (rule.change === undefined) return figure;
  if (rule.change === 'difference') return sub(figure, rule.base);
  // the relative change in percent, published with the figure's precision
  return figureOf(job, mul(div(sub(figure, rule.base), rule.base), HUNDRED), rule.decimals);
}

function meetsRule(job: Job, rule: Rule, figure: Q): boolean {
  return satisfies(ruleFigure(job, rule, figure), rule.comparator, rule.value, rule.upper);
}

function evaluateSeries(job: Job, series: Series, fallbackDecimals: number | undefined): TargetResult {
  const { target } = job;
  if (series.length === 0) return finish(job, blank(job, 'no-data', 'no-observation'));
  const last = series.length - 1;
  const latest = readAt(series, last);
  if (isProblem(latest)) {
    const result = blank(job, 'needs-review', latest.problem);
    result.period = latest.period;
    return finish(job, result);
  }
  const decimals = decimalsFor(job, latest, observationAt(series, last), fallbackDecimals);
  latest.figure = figureOf(job, latest.value, decimals);

  // the baseline: given, else observed in the baseline period, else the earliest observation
  let base: { period: string; time: Q; figure: Q } | undefined;
  const baseline = target.baseline;
  if (baseline?.value !== undefined) {
    base = { period: baseline.period, time: periodInfo(baseline.period).time, figure: parseQ(baseline.value) as Q };
  } else {
    // a declared baseline period without its observation is a missing baseline, never
    // replaced by another period's figure; only a target that declares no baseline at all
    // projects from its earliest observation
    let at = baseline === undefined ? -1 : findPeriod(series, baseline.period);
    if (baseline === undefined && target.kind !== 'change' && last > 0) at = 0;
    if (at >= 0) {
      const point = at === last ? latest : readAt(series, at);
      if (!isProblem(point)) base = { period: point.period, time: point.time, figure: figureOf(job, point.value, decimals) };
    }
  }

  const result = blank(job, 'no-data', null);
  fillFigure(job, result, latest, decimals);
  if (latest.units !== undefined) result.units = latest.units;
  if (base !== undefined && job.detail) result.baseline = { period: base.period, value: toDecimalText(base.figure) };

  let rule: Rule;
  if (target.kind === 'change') {
    if (base === undefined) {
      result.reason = 'no-baseline';
      return finish(job, result);
    }
    const made = changeRule(target, job.prepared.value, base.figure, decimals);
    if (made === undefined) {
      result.status = 'needs-review';
      result.reason = 'zero-baseline';
      return finish(job, result);
    }
    rule = made;
    if (job.detail) result.change = toDecimalText(ruleFigure(job, rule, latest.figure));
  } else {
    const t = target as { comparator: Comparator; value: string; upper?: string };
    const value = job.prepared.value;
    rule = {
      comparator: t.comparator,
      value,
      upper: t.upper === undefined ? undefined : parseQ(t.upper),
      level: value,
      change: undefined,
      base: ZERO,
      decimals,
    };
  }
  const metNow = meetsRule(job, rule, latest.figure);
  if (job.detail) fillDetails(job, result, rule, base, latest, metNow, observationAt(series, last), decimals);

  if (job.isDue) {
    result.status = metNow ? 'achieved' : 'not-achieved';
    return finish(job, result);
  }
  const due = job.prepared.dueTime;
  const remaining = sub(due, latest.time);
  if (job.detail) {
    const toward = nearestBound(latest.figure, rule);
    result.requiredAnnualChange = fixedText(div(sub(toward, latest.figure), remaining), decimals + 2);
  }
  if (metNow) {
    result.status = 'on-track';
    result.reason = 'met-early';
    return finish(job, result);
  }
  if (base === undefined || cmp(base.time, latest.time) >= 0) {
    result.status = 'off-track';
    result.reason = base === undefined && baseline !== undefined ? 'no-baseline' : 'single-point';
    return finish(job, result);
  }
  const projected = project(job, base, latest, remaining);
  if (job.detail) result.projection = summarise(job, projected, base, latest, remaining, decimals);
  result.status = meetsRule(job, rule, figureOf(job, projected.value, decimals)) ? 'on-track' : 'off-track';
  result.reason = 'projected';
  return finish(job, result);
}

/** The threshold, gap, progress and what it takes, for a result read in full. */
function fillDetails(
  job: Job,
  result: Mutable<TargetResult>,
  rule: Rule,
  base: { period: string; time: Q; figure: Q } | undefined,
  latest: Point,
  metNow: boolean,
  observation: Observation | undefined,
  decimals: number,
): void {
  const target = job.target;
  const valueText = (target as { value: string }).value;
  const upperText = (target as { upper?: string }).upper;
  // the same for every area unless the level comes from the area's baseline
  let threshold = target.kind === 'change' ? undefined : job.prepared.threshold;
  if (threshold === undefined) {
    threshold = { comparator: rule.comparator, value: valueText, upper: upperText ?? null, level: toDecimalText(rule.level) };
    if (target.kind !== 'change') job.prepared.threshold = Object.freeze(threshold);
  }
  result.threshold = threshold;

  result.gap = toDecimalText(gapOf(latest.figure, rule.comparator, rule.level, rule.upper));
  // progress only from a baseline that does not already meet the target, toward the level
  // that meets it (one published step past a strict threshold), and only when the rounded
  // percentage agrees with the verdict (100.0 or more exactly when met)
  if (base !== undefined && rule.comparator !== 'between' && !meetsRule(job, rule, base.figure)) {
    const goal = job.settings.exact ? rule.level : meetingLevel(rule);
    const span = sub(goal, base.figure);
    if (!isZero(span)) {
      const text = fixedText(mul(div(sub(latest.figure, base.figure), span), HUNDRED), 1);
      if (cmp(parseQ(text) as Q, HUNDRED) >= 0 === metNow) result.progress = text;
    }
  }
  result.whatItTakes = whatItTakes(job, latest, observation, rule.comparator, rule.level, rule.upper, decimals);
}

/**
 * The nearest level that meets a one-sided rule at the published precision: the threshold
 * level for `>=`, `<=`, `=`; for `>` / `<` one published step (10^−decimals) beyond it — of
 * the level, of the change, or of the relative change in percent — since the threshold
 * itself does not meet a strict comparator (95.00 is not above 95; 95.01 is).
 */
function meetingLevel(rule: Rule): Q {
  if (rule.comparator !== '>' && rule.comparator !== '<') return rule.level;
  let step = stepQ(rule.decimals);
  if (rule.comparator === '<') step = neg(step);
  if (rule.change === 'relative') return mul(rule.base, add(int(1), div(add(rule.value, step), HUNDRED)));
  return add(rule.level, step);
}

/** The level a figure must move to: the level that meets the rule, or for a range the nearer bound (itself when inside). */
function nearestBound(figure: Q, rule: Rule): Q {
  if (rule.comparator !== 'between' || rule.upper === undefined) return meetingLevel(rule);
  if (cmp(figure, rule.level) < 0) return rule.level;
  if (cmp(figure, rule.upper) > 0) return rule.upper;
  return figure;
}

function changeRule(target: ChangeTarget, value: Q, base: Q, decimals: number): Rule | undefined {
  if (target.change === 'relative') {
    if (isZero(base)) return undefined;
    return {
      comparator: target.comparator,
      value,
      upper: undefined,
      level: mul(base, add(int(1), div(value, HUNDRED))),
      change: 'relative',
      base,
      decimals,
    };
  }
  return { comparator: target.comparator, value, upper: undefined, level: add(base, value), change: 'difference', base, decimals };
}

/** A projection to the due date, worked out exactly (linear) or to 60 digits (growth rate). */
interface Projected {
  /** The projected figure, unrounded. */
  readonly value: Q;
  /** The slope of the line (linear only). */
  readonly slope: Q | undefined;
  /**
   * The growth curve (growth rate only): the ratio of the latest figure to the base over
   * `years`; the annual rate is worked out from it only for a result read in full.
   */
  readonly curve: { readonly ratio: Decimal; readonly years: Decimal } | undefined;
}

function project(job: Job, base: { period: string; time: Q; figure: Q }, latest: Point, remaining: Q): Projected {
  const elapsed = sub(latest.time, base.time);
  if (!job.settings.growth) {
    const slope = div(sub(latest.figure, base.figure), elapsed);
    return { value: add(latest.figure, mul(slope, remaining)), slope, curve: undefined };
  }
  // constant growth (CAGR), zeros and negatives replaced by 0.001 as the SDG methods do
  const floor = new Decimal('0.001');
  const asDecimal = (q: Q): Decimal => new Decimal(q.n.toString()).div(q.d.toString());
  const b = Decimal.max(asDecimal(base.figure), floor);
  const v = Decimal.max(asDecimal(latest.figure), floor);
  const ratio = v.div(b);
  const years = asDecimal(elapsed);
  const projected = v.times(ratio.pow(asDecimal(remaining).div(years)));
  return { value: parseQ(projected.toString()) as Q, slope: undefined, curve: { ratio, years } };
}

/** The result's {@link Projection}: values at the published precision, slope and growth with two more places. */
function summarise(job: Job, projected: Projected, base: { period: string }, latest: Point, remaining: Q, decimals: number): Projection {
  const places = decimals + 2;
  const { value, slope, curve } = projected;
  // CAGR = ratio^(1/years) − 1, in percent
  const growth = curve === undefined ? undefined : (parseQ(curve.ratio.pow(new Decimal(1).div(curve.years)).minus(1).times(100).toString()) as Q);
  return {
    method: curve === undefined ? 'linear' : 'growth-rate',
    value: fixedText(value, decimals),
    // along the growth curve, the average change per year from the latest figure to the due date
    slopePerYear: fixedText(slope ?? div(sub(value, latest.figure), remaining), places),
    growthRate: growth === undefined ? null : fixedText(growth, places),
    from: base.period,
    to: job.target.due,
  };
}

function wholeText(q: Q): string {
  return toDecimalText(q);
}

/** Counts needed at the current denominator, for rates (and shares of units). */
function whatItTakes(
  job: Job,
  latest: Point,
  observation: Observation | undefined,
  comparator: Comparator,
  level: Q,
  upper: Q | undefined,
  decimals: number,
): WhatItTakes | null {
  let denominator: Q | undefined;
  let per: Q | undefined;
  let current: Q | undefined;
  if (latest.units !== undefined) {
    denominator = int(latest.units.observed);
    per = HUNDRED;
    current = int(latest.units.meeting);
  } else if (latest.counts !== undefined) {
    denominator = job.settings.population ?? latest.counts.d;
    per = latest.counts.per;
    current = job.settings.population === undefined ? latest.counts.n : undefined;
  } else if (job.settings.population !== undefined && observation !== undefined) {
    per = job.prepared.per;
    if (job.indicator?.measure !== 'rate' && job.indicator?.measure !== 'percent' && job.indicator?.measure !== 'ratio') per = undefined;
    denominator = job.settings.population;
  }
  if (denominator === undefined || per === undefined || isZero(denominator)) return null;
  const low = comparator === '>' || comparator === '>=' ? comparator : comparator === '=' || comparator === 'between' ? '>=' : undefined;
  const high = comparator === '<' || comparator === '<=' ? comparator : comparator === '=' || comparator === 'between' ? '<=' : undefined;
  const minimum = low === undefined ? undefined : minimumCount(denominator, per, low, level, decimals);
  const maximum = high === undefined ? undefined : maximumCount(denominator, per, high, upper ?? level, decimals);
  // the current count, when it is a whole number
  let now: number | bigint | undefined;
  if (current !== undefined) {
    if (typeof current.n === 'number') {
      const d = current.d as number;
      if (current.n % d === 0) now = current.n / d;
    } else {
      const c = toBig(current);
      if (c.n % c.d === 0n) now = c.n / c.d;
    }
  }
  return {
    denominator: toDecimalText(denominator),
    per: per === job.prepared.per ? (job.prepared.perText ??= toDecimalText(per)) : toDecimalText(per),
    current: current === undefined ? null : wholeText(current),
    minimum: minimum === undefined ? null : integerText(minimum),
    maximum: maximum === undefined || maximum === null ? null : integerText(maximum),
    more: minimum === undefined || now === undefined ? null : shortfall(minimum, now),
    fewer: maximum === undefined || maximum === null || now === undefined ? null : shortfall(now, maximum),
  };
}

/** `a − b`, at least 0, as text (numbers or bigints). */
function shortfall(a: number | bigint, b: number | bigint): string {
  if (typeof a === 'number' && typeof b === 'number') return a > b ? integerText(a - b) : '0';
  const x = BigInt(a);
  const y = BigInt(b);
  return x > y ? integerText(x - y) : '0';
}
