/**
 * Reading figures out of the store: one row as an exact point, the figure of a period (the
 * area's own, else summed from the areas below it), and the points of a trend. Internal.
 *
 * @internal
 * @module
 */
import { add, cmp, div, isZero, mul, type Q } from '../../numeric/exact/rational.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import { partOf, seriesAt, BOOLEAN, EXACT, RATIO, type Store } from './store.js';
import type { PeriodInfo, TargetPeriod } from './periods.js';
import { partsOf, type Tree } from './tree.js';

/** A figure read exactly. */
export interface Point {
  /** The period of the figure, as written. */
  readonly period: string;
  /** The moment its period closes. */
  readonly time: Q;
  /** The exact value (the share in percent, for a share of units). */
  readonly value: Q;
  /** Numerator, denominator and multiplier, when the figure is a ratio of counts. */
  readonly counts: { readonly n: Q; readonly d: Q; readonly per: Q } | undefined;
  /** The answer of a yes/no figure. */
  readonly answer: boolean | undefined;
  /** How many areas below the area it was summed from, when it was. */
  readonly rolledUpFrom: number | undefined;
  /** For a share of units: its units. */
  readonly units?: { readonly total: number; readonly observed: number; readonly meeting: number; readonly missing: readonly string[] };
  /** The interval the observation publishes with its value (a survey estimate). */
  readonly published?: { readonly lower: number; readonly upper: number; readonly level: number } | undefined;
}

/** A figure that cannot be read without guessing. */
export interface Problem {
  readonly problem: 'no-multiplier' | 'zero-denominator' | 'value-type';
  readonly period: string;
}

/** Whether a read gave a problem. */
export function isProblem(value: Point | Problem): value is Problem {
  return (value as Problem).problem !== undefined;
}

/** What reading figures of one indicator needs. */
export interface Reading {
  readonly store: Store;
  readonly tree: Tree;
  /** The indicator's number in the store (-1 when never observed). */
  readonly k: number;
  /** The indicator's multiplier, when known (100 for a percentage). */
  readonly per: Q | undefined;
  /** Whether the figure is read as a yes/no. */
  readonly answer: boolean;
  /** Whether an area's figure may be summed from its parts when it is a plain value (counts). */
  readonly sumValues: boolean;
  /** Whether the indicator is counted over a period (a flow) rather than a state at a date (a stock). */
  readonly flow: boolean;
  /** The last day a figure may end on. */
  readonly cutoff: string;
  /** The area read most (the job's), and its rows once looked up. */
  readonly area: string;
  /** Its number in the store (-1 when never observed). */
  readonly areaNumber: number;
  rows: { readonly from: number; readonly to: number } | undefined;
}

/** Rows `from` … `to − 1` of an area's series, ending on or before the cut-off. */
export function rowsOf(reading: Reading, area: string): { readonly from: number; readonly to: number } {
  // Stryker disable next-line ConditionalExpression: a cache of the job's area, whose number is the one looked up below (judge, describe)
  if (area === reading.area) return (reading.rows ??= rowsOfNumber(reading, reading.areaNumber));
  return rowsOfNumber(reading, reading.store.areaNumbers.get(area) ?? -1);
}

const NO_ROWS = Object.freeze({ from: 0, to: 0 });

/** Rows of area number `a`'s series (see {@link rowsOf}). */
export function rowsOfNumber(reading: Reading, a: number): { readonly from: number; readonly to: number } {
  const { store } = reading;
  const s = a < 0 || reading.k < 0 ? -1 : seriesAt(store, a, reading.k);
  if (s < 0) return NO_ROWS;
  const from = store.start[s] as number;
  let to = store.start[s + 1] as number;
  while (to > from && (store.periods[store.period[to - 1] as number] as PeriodInfo).end > reading.cutoff) to--;
  return { from, to };
}

/** The row at position `position` of the series order, as a point. */
export function readRow(reading: Reading, position: number): Point | Problem {
  const { store } = reading;
  const info = store.periods[store.period[position] as number] as PeriodInfo;
  const row = store.order[position] as number;
  const form = store.form[row] as number;
  if (form & BOOLEAN) {
    if (!reading.answer) return { problem: 'value-type', period: info.text };
    // Stryker disable next-line ObjectLiteral: a yes/no figure is read by its answer only (kinds/boolean.ts); it is never summed (a yes/no reading does not sum values)
    return { period: info.text, time: info.time, value: { n: store.value[row] as number, d: 1 }, counts: undefined, answer: store.value[row] === 1, rolledUpFrom: undefined };
  }
  if (reading.answer) return { problem: 'value-type', period: info.text };
  if (!(form & RATIO)) {
    // Stryker disable next-line ConditionalExpression: an empty map gives undefined all the same; the test only skips the look-up
    const published = store.intervals.size === 0 ? undefined : store.intervals.get(row);
    return { period: info.text, time: info.time, value: partOf(store, row, 0) as Q, counts: undefined, answer: undefined, rolledUpFrom: undefined, published };
  }
  const per = partOf(store, row, 2) ?? reading.per;
  // whole counts and a whole multiplier (the usual rate): the value is n × per / d, read at once;
  // where this quick way does not apply, the exact way below reads the same point
  if (
    !(form & EXACT) &&
    per !== undefined &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the exact way reads the same point; a count read from the store is a double, never a bigint
    typeof per.n === 'number' &&
    per.d === 1
  ) {
    const x = store.value[row] as number;
    const y = store.denominator[row] as number;
    const top = x * per.n;
    // Stryker disable next-line BlockStatement: the exact way reads the same point
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && y > 0 && Number.isSafeInteger(top)) {
      // counts and multipliers are never −0 (the store reads −0 as 0) nor negative
      return { period: info.text, time: info.time, value: { n: top, d: y }, counts: { n: { n: x, d: 1 }, d: { n: y, d: 1 }, per }, answer: undefined, rolledUpFrom: undefined };
    }
  }
  const n = partOf(store, row, 0) as Q;
  const d = partOf(store, row, 1) as Q;
  if (isZero(d)) return { problem: 'zero-denominator', period: info.text };
  if (per === undefined) return { problem: 'no-multiplier', period: info.text };
  return { period: info.text, time: info.time, value: div(mul(n, per), d), counts: { n, d, per }, answer: undefined, rolledUpFrom: undefined };
}

/**
 * The row among `from` … `to − 1` for the target's period: the period itself, else for a stock
 * the latest figure dated at the period's last day; -1 when there is none. Rows are sorted by
 * last day then first, so the scan from the end stops at the period's last day.
 */
export function rowFor(reading: Reading, from: number, to: number, period: TargetPeriod): number {
  const { periods, period: periodOf } = reading.store;
  let stock = -1;
  for (let row = to - 1; row >= from; row--) {
    const info = periods[periodOf[row] as number] as PeriodInfo;
    // Stryker disable next-line ConditionalExpression: rows ending earlier are skipped by the next test all the same; this only stops the scan
    if (info.end < period.end) break;
    if (info.end !== period.end) continue;
    if (info.start === period.start) return row;
    // Stryker disable next-line EqualityOperator: the scan runs down to row `from` ≥ 0, so once stock is 0 no later row can replace it
    if (stock < 0 && !reading.flow) stock = row;
  }
  return stock;
}

/**
 * The figure of `area` for the target's period: its own (the period itself, else for a stock
 * a figure dated at the period's last day), else summed from the areas below it when every one
 * of them has one. `undefined` when there is none.
 */
export function figureFor(reading: Reading, area: string, period: TargetPeriod, depth = 0): Point | Problem | undefined {
  const { from, to } = rowsOf(reading, area);
  const row = rowFor(reading, from, to, period);
  if (row >= 0) return readRow(reading, row);
  if (depth > 32) return undefined;
  const parts = partsOf(reading.tree, area);
  if (parts.length === 0) return undefined;
  const figures: Point[] = [];
  for (const part of parts) {
    const figure = figureFor(reading, part, period, depth + 1);
    if (figure === undefined) return undefined;
    if (isProblem(figure)) return figure;
    figures.push(figure);
  }
  return sum(reading, figures, period);
}

/** Σ numerators / Σ denominators of ratios with one multiplier, or the sum of counts. */
function sum(reading: Reading, figures: readonly Point[], period: TargetPeriod): Point | undefined {
  const first = figures[0] as Point;
  const time = period.time;
  if (first.counts !== undefined) {
    let n: Q = { n: 0, d: 1 };
    let d: Q = { n: 0, d: 1 };
    const per = first.counts.per;
    for (const figure of figures) {
      if (figure.counts === undefined || !sameValue(figure.counts.per, per)) return undefined;
      n = add(n, figure.counts.n);
      d = add(d, figure.counts.d);
    }
    // every part's denominator is above 0 (readRow gives a zero one as a problem; counts are not negative), so their sum is
    return { period: period.text, time, value: div(mul(n, per), d), counts: { n, d, per }, answer: undefined, rolledUpFrom: figures.length };
  }
  if (!reading.sumValues) return undefined;
  let total: Q = { n: 0, d: 1 };
  for (const figure of figures) {
    // (a yes/no figure is never summed: a yes/no reading does not sum values)
    if (figure.counts !== undefined) return undefined;
    total = add(total, figure.value);
  }
  return { period: period.text, time, value: total, counts: undefined, answer: undefined, rolledUpFrom: figures.length };
}

function sameValue(a: Q, b: Q): boolean {
  return cmp(a, b) === 0;
}

/** The latest figure of `area` on or before the cut-off, of any period (for context). */
export function latestOf(reading: Reading, area: string): Point | Problem | undefined {
  const { from, to } = rowsOf(reading, area);
  return to > from ? readRow(reading, to - 1) : undefined;
}

/** Whether a row of `area` lies inside the target's period (a part of it, for a flow). */
export function hasPart(reading: Reading, area: string, period: TargetPeriod): boolean {
  const { from, to } = rowsOf(reading, area);
  for (let row = to - 1; row >= from; row--) {
    const info = reading.store.periods[reading.store.period[row] as number] as PeriodInfo;
    if (
      info.start >= period.start &&
      // Stryker disable next-line ConditionalExpression: hasPart is asked only once due, when rows are read up to the due date, the period's last day (rowsOfNumber): no row ends after it
      info.end <= period.end
    )
      return true;
  }
  return false;
}

/** The figure of `area` for a named period (a baseline), or `undefined`. */
export function figureOfPeriod(reading: Reading, area: string, period: string): Point | Problem | undefined {
  const p = reading.store.periodNumbers.get(period);
  const { from, to } = rowsOf(reading, area);
  // (a period the store does not hold, p undefined, is no row's)
  for (let row = to - 1; row >= from; row--) if (reading.store.period[row] === p) return readRow(reading, row);
  return undefined;
}

/**
 * The points a trend is drawn through: figures on or before the cut-off whose periods are
 * comparable with the target's (for a flow, periods of the target period's length; for a
 * stock, any), one per closing date (the latest given). Summed from the parts when the area
 * has no figure of its own.
 */
export function trendPoints(reading: Reading, area: string, period: TargetPeriod, depth = 0): (Point | Problem)[] {
  const { from, to } = rowsOf(reading, area);
  const points: (Point | Problem)[] = [];
  // Stryker disable next-line StringLiteral: no period ends on any text but a date
  let lastEnd = '';
  for (let row = to - 1; row >= from; row--) {
    const info = reading.store.periods[reading.store.period[row] as number] as PeriodInfo;
    if (reading.flow && info.length !== period.length) continue;
    if (info.end === lastEnd) continue;
    lastEnd = info.end;
    points.push(readRow(reading, row));
  }
  if (points.length > 0 || depth > 32) return points.reverse();
  // no figure of its own: the periods its parts have, summed where every part has one
  const parts = partsOf(reading.tree, area);
  // Stryker disable next-line ConditionalExpression: without parts, the trend of parts[0] (undefined, no area) is empty, and so is the result
  if (parts.length === 0) return points;
  // Stryker disable next-line ArithmeticOperator: a candidate counts only once figureFor finds it from this area, and figureFor stops 33 levels down by its own depth, so a trend followed deeper is never kept
  const candidates = trendPoints(reading, parts[0] as string, period, depth + 1);
  for (const candidate of candidates) {
    // every candidate's period is one the store holds (its row's, or the period summed over)
    const info = reading.store.periods[reading.store.periodNumbers.get(candidate.period) as number] as PeriodInfo;
    const figure = figureFor(reading, area, { start: info.start, end: info.end, length: info.length, text: info.text, time: info.time }, depth);
    if (figure !== undefined) points.push(figure);
  }
  return points;
}

/** A baseline given in the target, as a point at the end of its period. */
export function baselinePoint(value: string, period: { readonly text: string; readonly time: Q }): Point {
  return { period: period.text, time: period.time, value: readDecimal(value) as Q, counts: undefined, answer: undefined, rolledUpFrom: undefined };
}
