/**
 * Judging a target on a series of numbers, the way every level-like kind is judged (level,
 * range, count, change, share of units): once due, the figure of the target's own period;
 * before, the projection of a trend of at least two figures. Internal.
 *
 * @internal
 * @module
 */
import { defaultDecimals } from '../../catalog/defaultDecimals.js';
import type { Comparator } from '../../model/primitives.js';
import { placesOf } from '../../numeric/exact/parse.js';
import { cmp, HUNDRED, type Q } from '../../numeric/exact/rational.js';
import { fromUnits, roundQ, roundUnits } from '../../numeric/exact/round.js';
import { fixedText, toDecimalText, unitsText } from '../../numeric/exact/text.js';
import {
  baselinePoint,
  figureFor,
  figureOfPeriod,
  hasPart,
  isProblem,
  latestOf,
  readRow,
  rowFor,
  rowsOf,
  trendPoints,
  type Point,
  type Problem,
  type Reading,
} from '../engine/figures.js';
import { readPeriod, type PeriodInfo, type TargetPeriod } from '../engine/periods.js';
import { changeRule, levelRule, meets, published, type Rule } from '../engine/rule.js';
import { BeyondRange, MAX_PROJECTED_EXPONENT } from '../projection/growthRate.js';
import type { Assessment, Projected, Trend } from '../projection/types.js';
import { PROJECTION_BEYOND_RANGE } from '../messages/index.js';
import { fail } from '../../errors.js';
import { unitBounds, unitsAt } from '../engine/units.js';
import type { TargetReason } from '../types.js';
import type { Job, Judged } from './types.js';

/** Where a numeric kind's figures come from: the target's indicator in the area, or its units. */
export interface Source {
  /** The figure of the target's own period. */
  forPeriod(): Point | Problem | undefined;
  /**
   * The ends of the trend: the latest figure comparable with the target's period (a problem
   * when it cannot be read), and the earliest readable one before it.
   */
  trendEnds(): TrendEnds;
  /** The figure of a named period (a baseline's). */
  ofPeriod(period: string): Point | Problem | undefined;
  /** The latest figure of any period, for context. */
  latest(): Point | Problem | undefined;
  /** Whether figures of parts of the target's period exist (a quarter of a yearly flow). */
  partial(): boolean;
  /** Published places when neither the target nor the indicator sets them. */
  readonly fallbackDecimals: number | undefined;
  /** The position of the area's own row for the target's period (-1: none), for sources read straight from the store. */
  ownRowForPeriod?(): number;
}

/** The first and latest figures of a trend. */
export interface TrendEnds {
  readonly first: Point | undefined;
  readonly latest: Point | Problem | undefined;
}

/** The ends of a list of trend points, oldest first. */
export function endsOf(points: readonly (Point | Problem)[]): TrendEnds {
  const latest = points[points.length - 1];
  let first: Point | undefined;
  // Stryker disable next-line EqualityOperator: taking the latest point as the first gives first.time = latest.time, which judgeNumeric treats as no trend, like no first
  for (let i = 0; i < points.length - 1; i++) {
    const point = points[i] as Point | Problem;
    if (!isProblem(point)) {
      first = point;
      break;
    }
  }
  return { first, latest };
}

/** How the threshold is read from the target (for a change, from its baseline). */
export type RuleMaker = (decimals: number, base: Point | undefined) => Rule | 'no-baseline' | 'zero-baseline';

/** The reading of a target's own indicator in the job's area. */
export function readingOf(job: Job, indicator: string, answer: boolean, sumValues: boolean, per: Q | undefined, flow: boolean): Reading {
  return {
    store: job.store,
    tree: job.tree,
    k: job.store.indicatorNumbers.get(indicator) ?? -1,
    per,
    answer,
    sumValues,
    flow,
    cutoff: job.prepared.cutoff,
    area: job.area,
    areaNumber: job.areaNumber,
    rows: undefined,
  };
}

/** The figures of an indicator in an area: its own rows, else those summed from its parts. */
class DirectSource implements Source {
  readonly fallbackDecimals: number | undefined;
  readonly #reading: Reading;
  readonly #area: string;
  readonly #period: TargetPeriod;
  readonly #from: number;
  readonly #to: number;

  constructor(reading: Reading, area: string, period: TargetPeriod, fallbackDecimals: number | undefined) {
    this.#reading = reading;
    this.#area = area;
    this.#period = period;
    this.fallbackDecimals = fallbackDecimals;
    const rows = rowsOf(reading, area);
    this.#from = rows.from;
    this.#to = rows.to;
  }

  forPeriod(): Point | Problem | undefined {
    return figureFor(this.#reading, this.#area, this.#period);
  }

  // Stryker disable next-line BlockStatement: without a position (undefined), quickDue reads no figure (unitsAt gives NaN) and the exact path judges the same
  ownRowForPeriod(): number {
    return rowFor(this.#reading, this.#from, this.#to, this.#period);
  }

  trendEnds(): TrendEnds {
    const reading = this.#reading;
    const { periods, period: periodOf } = reading.store;
    const length = this.#period.length;
    // the latest comparable row, then the earliest comparable row before it
    let last = -1;
    for (let row = this.#to - 1; row >= this.#from; row--) {
      if (!reading.flow || (periods[periodOf[row] as number] as PeriodInfo).length === length) {
        last = row;
        break;
      }
    }
    // Stryker disable next-line ObjectLiteral: `{}` reads as first and latest undefined all the same (judgeNumeric reads only those two)
    if (last < 0) return this.#from < this.#to ? { first: undefined, latest: undefined } : endsOf(trendPoints(reading, this.#area, this.#period));
    const lastEnd = (periods[periodOf[last] as number] as PeriodInfo).end;
    let first: Point | undefined;
    // Stryker disable next-line EqualityOperator: the row `last` itself ends at lastEnd and breaks the loop at once
    for (let row = this.#from; row < last; row++) {
      const info = periods[periodOf[row] as number] as PeriodInfo;
      if (info.end >= lastEnd) break;
      if (reading.flow && info.length !== length) continue;
      const point = readRow(reading, row);
      if (!isProblem(point)) {
        first = point;
        break;
      }
    }
    return { first, latest: readRow(reading, last) };
  }

  ofPeriod(period: string): Point | Problem | undefined {
    return figureOfPeriod(this.#reading, this.#area, period);
  }

  latest(): Point | Problem | undefined {
    return latestOf(this.#reading, this.#area);
  }

  partial(): boolean {
    return hasPart(this.#reading, this.#area, this.#period);
  }
}

/** The figures of the target's own indicator in the area. */
export function directSource(job: Job, fallbackDecimals: number | undefined): Source {
  const { prepared, area } = job;
  const reading = readingOf(job, prepared.target.indicator, false, prepared.target.kind === 'count' || prepared.indicator?.measure === 'count', prepared.per, prepared.flow);
  return new DirectSource(reading, area, prepared.period, fallbackDecimals);
}

/** The published precision: the target's, else the indicator's, else the kind's, else from the figure. */
export function decimalsFor(job: Job, figure: Point, fallback: number | undefined): number {
  const { prepared } = job;
  if (prepared.decimals !== undefined) return prepared.decimals;
  if (fallback !== undefined) return fallback;
  if (figure.counts !== undefined) return defaultDecimals(undefined, { per: toDecimalText(figure.counts.per) });
  // a value given directly is the figure as printed: its own places are its precision
  return placesOf(toDecimalText(figure.value));
}

/**
 * The figure as printed: at the published precision; compared exactly, with as many places as
 * it takes for the printed figure to give the same verdict as the exact one (95.004 is above
 * 95 where 95.00 is not), up to 20, else in full.
 */
export function printed(rule: Rule, value: Q): { readonly text: string; readonly decimals: number } {
  if (!rule.exact) return { text: fixedText(value, rule.decimals), decimals: rule.decimals };
  const verdict = meets(rule, value);
  for (let places = rule.decimals; places <= 20; places++) {
    const rounded = roundQ(value, places);
    if (meets(rule, rounded) === verdict && (cmp(rounded, value) === 0 || !sameAsThreshold(rule, rounded))) {
      return { text: fixedText(value, places), decimals: places };
    }
  }
  const text = toDecimalText(value);
  return { text, decimals: placesOf(text) };
}

/** Whether a printed figure shows exactly the threshold while the exact one is not it (it would read as a tie). */
function sameAsThreshold(rule: Rule, rounded: Q): boolean {
  return rule.change === undefined && (cmp(rounded, rule.level) === 0 || (rule.upper !== undefined && cmp(rounded, rule.upper) === 0));
}

/** The level rule of a target with `comparator`, `value` and perhaps `upper`. */
export function levelRuleOf(job: Job, comparator: Comparator): RuleMaker {
  const { prepared } = job;
  return (decimals) => {
    const made = prepared.levelRule;
    if (made !== undefined && made.decimals === decimals) return made;
    const rule = levelRule(comparator, prepared.value as Q, prepared.upper, decimals, prepared.settings.exact);
    prepared.levelRule = rule;
    return rule;
  };
}

/** The change rule of a change target (`absolute`, `points` or `relative`). */
export function changeRuleOf(job: Job, change: 'absolute' | 'points' | 'relative', comparator: Comparator): RuleMaker {
  const { prepared } = job;
  return (decimals, base) => {
    if (base === undefined) return 'no-baseline';
    return changeRule(change, comparator, prepared.value as Q, published({ decimals, exact: prepared.settings.exact }, base.value), decimals, prepared.settings.exact) ?? 'zero-baseline';
  };
}

/** A verdict without a figure to print. */
function bare(status: Judged['status'], reason: TargetReason | null, period: string | null = null): Judged {
  return { status, reason, published: null, decimals: null, period };
}

/** The baseline a target declares: its value, else the figure of its period; `undefined` when it declares none or it is missing. */
function declaredBaseline(job: Job, source: Source): Point | Problem | undefined {
  const baseline = job.prepared.target.baseline;
  if (baseline === undefined) return undefined;
  // a bound (“>98”) is not a value
  if (baseline.value !== undefined) {
    if (baseline.comparator !== undefined) return undefined;
    const period = readPeriod(baseline.period);
    return baselinePoint(baseline.value, { text: baseline.period, time: period.time });
  }
  return source.ofPeriod(baseline.period);
}

/** The reason there is no figure at all: none observed, or (for an unknown indicator) perhaps a misspelt id. */
function noFigureReason(job: Job): TargetReason {
  return job.prepared.known ? 'no-observation' : 'unknown-indicator';
}

/**
 * A due level-like target judged from the area's own row in safe integers (see `units.ts`),
 * for a table's cell; `undefined` where that does not apply (the exact path judges it). A
 * shortcut: wherever it gives up, the exact path gives the same verdict and figure, so the
 * checks that only make it give up more often cannot change a result (the Stryker comments).
 */
// Stryker disable next-line BlockStatement: see above, a shortcut that gives up
function quickDue(job: Job, source: Source, makeRule: RuleMaker): Judged | undefined {
  const { prepared } = job;
  const decimals = prepared.decimals ?? source.fallbackDecimals;
  // (an exact comparison has no unit bounds: unitBounds gives none for its rule, below)
  if (decimals === undefined || source.ownRowForPeriod === undefined) return undefined;
  const position = source.ownRowForPeriod();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above, a shortcut that gives up; and at position -1 unitsAt reads no row and gives NaN
  if (position < 0) return undefined;
  if (prepared.unitBounds === undefined) {
    // without changes (the only calls), the rule maker is a level rule's, which always gives a rule
    const rule = makeRule(decimals, undefined) as Rule;
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
  const units = unitsAt(job.store, position, decimals, multiplier);
  if (Number.isNaN(units)) return undefined;
  const info = job.store.periods[job.store.period[position] as number] as PeriodInfo;
  return { status: units >= bounds.low && units <= bounds.high ? 'achieved' : 'not-achieved', reason: null, published: unitsText(units, decimals), decimals, period: info.text };
}

/** Judge a numeric target (see the module note). */
export function judgeNumeric(job: Job, source: Source, makeRule: RuleMaker, changes: boolean): Judged {
  const { prepared } = job;
  if (prepared.isDue && !job.detail && !changes) {
    const quick = quickDue(job, source, makeRule);
    if (quick !== undefined) return quick;
  }
  if (prepared.isDue) {
    const figure = source.forPeriod();
    if (figure !== undefined && isProblem(figure)) return bare('needs-review', figure.problem, figure.period);
    if (figure === undefined) {
      const latest = source.latest();
      if (latest === undefined) return bare('no-data', noFigureReason(job));
      const context = isProblem(latest) ? undefined : latest;
      const reason: TargetReason = prepared.flow && source.partial() ? 'partial-period' : 'no-figure-for-period';
      const decimals = context === undefined ? null : decimalsFor(job, context, source.fallbackDecimals);
      return { ...bare('no-data', reason), context, decimals };
    }
    const decimals = decimalsFor(job, figure, source.fallbackDecimals);
    const declared = declaredBaseline(job, source);
    const base = declared !== undefined && !isProblem(declared) ? declared : undefined;
    const rule = makeRule(decimals, base);
    if (rule === 'no-baseline' || rule === 'zero-baseline') {
      const shown = fixedText(figure.value, decimals);
      return rule === 'no-baseline'
        ? { status: 'no-data', reason: 'no-baseline', published: shown, decimals, period: figure.period, figure }
        : { status: 'needs-review', reason: 'zero-baseline', published: shown, decimals, period: figure.period, figure };
    }
    let level: Q;
    let print: { readonly text: string; readonly decimals: number };
    if (rule.exact) {
      level = figure.value;
      print = printed(rule, figure.value);
    } else {
      // rounded once: the figure compared and the figure printed
      const units = roundUnits(figure.value, decimals);
      level = fromUnits(units, decimals);
      print = { text: unitsText(units, decimals), decimals };
    }
    return {
      status: meets(rule, level) ? 'achieved' : 'not-achieved',
      reason: null,
      published: print.text,
      decimals: print.decimals,
      period: figure.period,
      figure,
      // the base of progress, for a full result
      base: base ?? (job.detail ? earliestOther(source) : undefined),
      rule,
    };
  }

  // before the due date: a trend of two figures or more
  const ends = source.trendEnds();
  const latest = ends.latest;
  if (latest === undefined) {
    const any = source.latest();
    if (any === undefined) return bare('no-data', noFigureReason(job));
    if (isProblem(any)) return bare('needs-review', any.problem, any.period);
    const decimals = decimalsFor(job, any, source.fallbackDecimals);
    return { ...bare('no-data', 'no-trend'), context: any, decimals };
  }
  if (isProblem(latest)) return bare('needs-review', latest.problem, latest.period);
  const decimals = decimalsFor(job, latest, source.fallbackDecimals);
  const declared = declaredBaseline(job, source);
  const baseline = declared !== undefined && !isProblem(declared) ? declared : undefined;
  // (a change is measured from a baseline alone: without one, its rule is 'no-baseline' below)
  const first = baseline ?? ends.first;
  const rule = makeRule(decimals, baseline);
  const shown = fixedText(latest.value, decimals);
  if (rule === 'no-baseline') return { status: 'no-data', reason: 'no-baseline', published: shown, decimals, period: latest.period, figure: latest };
  if (rule === 'zero-baseline') return { status: 'needs-review', reason: 'zero-baseline', published: shown, decimals, period: latest.period, figure: latest };
  const print = printed(rule, latest.value);
  if (first === undefined || cmp(first.time, latest.time) >= 0) {
    return { status: 'no-data', reason: 'no-trend', published: print.text, decimals: print.decimals, period: latest.period, figure: latest, base: baseline, rule };
  }
  const trend: Trend = {
    firstTime: first.time,
    first: first.value,
    latestTime: latest.time,
    latest: latest.value,
    dueTime: prepared.dueTime,
    lower: prepared.lower,
    upper: prepared.top,
  };
  const method = prepared.settings.projection;
  let projected: Projected;
  let assessment: Assessment;
  try {
    projected = method.project(trend);
    assessment = method.assess(trend, projected, rule, (level) => meets(rule, published(rule, level)));
  } catch (error) {
    if (!(error instanceof BeyondRange)) throw error;
    throw fail(PROJECTION_BEYOND_RANGE, 'options.projection', { value: method.id, target: prepared.target.id, max: MAX_PROJECTED_EXPONENT });
  }
  return {
    status: assessment.onTrack ? 'on-track' : 'off-track',
    reason: 'projected',
    published: print.text,
    decimals: print.decimals,
    period: latest.period,
    figure: latest,
    base: first,
    rule,
    projected,
    assessment,
  };
}

/**
 * The earliest figure of the trend, as a base for progress when the target declares none: once
 * due, every figure read ends by the due date, the end of the period of `figure`, and the
 * trend's first figure ends before its latest, so before `figure`.
 */
function earliestOther(source: Source): Point | undefined {
  return source.trendEnds().first;
}

/** A percentage of units: `meeting / total × 100`. */
export function shareOf(meeting: number, total: number): Q {
  return { n: meeting * (HUNDRED.n as number), d: total };
}
