/**
 * The observation store: observations read once into typed columns, grouped into series (one
 * indicator in one area) sorted by period. Internal.
 *
 * Each value, numerator, denominator and multiplier is kept as a double whose shortest
 * round-trip text is its exact decimal value (the way every chitieu function reads a
 * `number`); the few values that have no such double (more than 15 significant digits,
 * extreme magnitudes) are kept exactly in a side table. Nothing per observation but a slot
 * in each column, so that ten million observations cost a few arrays.
 *
 * The two columns of doubles are plain arrays of numbers (which the engine keeps unboxed),
 * the others typed arrays. A store is built on each call that is given observations rather
 * than an index, and memory outside the JS heap (a typed array's) sets off a full garbage
 * collection once some 64 MB of it have been allocated: with the doubles on the heap, building
 * stores for 1.75 million observations in a row took a median 475–540 ms rather than 730–1 070 ms
 * (`npm run bench` conditions, measured while writing this module).
 *
 * @internal
 * @module
 */
import { fail, type Message } from '../../errors.js';
import { NEGATIVE, NON_EMPTY_STRING, NOT_FINITE, NOT_OPEN_UNIT } from '../../messages/index.js';
import { OUTSIDE_KERNEL } from '../../numeric/messages/index.js';
import { fromDouble, MAX_DIGITS, MAX_EXPONENT, readDecimal, scanPlain, type DecimalProblem, type PlainDecimal } from '../../numeric/exact/parse.js';
import { sign, type Q } from '../../numeric/exact/rational.js';
import type { CodedColumn, ObservationColumns, ObservationIndex } from '../types.js';
import {
  ANSWER_AND_VALUE, CODES_LENGTH, COLUMN_ROWS, FOREIGN_INDEX, LABELS_NOT_A_LIST, LIMIT_NOT_A_FIGURE, LIMITS_REVERSED, NO_VALUE_COLUMN, NOT_A_CODE,
  NOT_A_FIGURE, NOT_A_LABEL_COLUMN, NOT_A_PERIOD, NOT_AN_ANSWER, NOT_AN_OBSERVATION, NOT_OBSERVATIONS, NUMBER_COLUMN, PER_COLUMN, PER_WITHOUT_RATIO,
  PER_ZERO, RATIO_HALF, ROW_COUNT, VALUE_AND_RATIO, VALUE_MISSING,
} from '../messages/index.js';
import { readPeriod, type PeriodInfo } from './periods.js';

/** Row forms. */
export const RATIO = 1;
export const BOOLEAN = 2;
/** A value with no double of the same decimal value: kept in {@link Store.exact}. */
export const EXACT = 4;

/** The observations, as columns. */
export interface Store {
  readonly size: number;
  readonly areas: readonly string[];
  readonly areaNumbers: ReadonlyMap<string, number>;
  readonly indicators: readonly string[];
  readonly indicatorNumbers: ReadonlyMap<string, number>;
  readonly periods: readonly PeriodInfo[];
  readonly periodNumbers: ReadonlyMap<string, number>;
  /** The series of each area and indicator: read it with {@link seriesAt}. */
  readonly series: SeriesLookup;
  /**
   * Series `s` is positions `start[s]` … `start[s + 1] − 1`, sorted by period (last day, then
   * first day); position `j` holds row `order[j]` (rows keep the order given).
   */
  readonly start: Int32Array;
  readonly order: Int32Array;
  /** Per position: its period number. */
  readonly period: Uint16Array | Int32Array;
  /** Per row: {@link RATIO}, {@link BOOLEAN}, {@link EXACT} bits. */
  readonly form: Uint8Array;
  /** Per row: the value, or the numerator of a ratio (1 or 0 for a yes/no). */
  readonly value: readonly number[];
  /** Per row: the denominator of a ratio (a hole for other rows; empty when no row is a ratio). */
  readonly denominator: readonly number[];
  /** The multipliers rows give with their ratios, by row (see {@link multiplierOf}). */
  readonly per: ReadonlyMap<number, number>;
  /** The multiplier every ratio row gives (a column's single `per`), `NaN` for none. */
  readonly perAll: number;
  /** Exact parts of {@link EXACT} rows: `[value, denominator, per]`, by row. */
  readonly exact: ReadonlyMap<number, readonly (Q | undefined)[]>;
  /** The intervals rows publish with their values (survey estimates), by row. */
  readonly intervals: ReadonlyMap<number, { readonly lower: number; readonly upper: number; readonly level: number }>;
  /** Per area number: the area it belongs to, as observations say (`parent`), or -1. */
  readonly parentOf: Int32Array;
  /** Per area number: the areas observed with it as their parent. */
  readonly childrenOf: readonly (readonly number[] | undefined)[];
}

/**
 * Series numbers by area number and indicator number: a dense table (`dense[a × indicators +
 * k]`, -1 where an area has no series of an indicator) while it takes at most 4 bytes a row
 * (or 64 MB), else a map by the same key. Either is a few arrays, whatever the number of areas;
 * a list of series per area, as this once was, cost each of 400 000 areas a JS array the
 * garbage collector walked on every collection.
 */
export interface SeriesLookup {
  readonly indicators: number;
  readonly dense: Int32Array | undefined;
  readonly sparse: ReadonlyMap<number, number> | undefined;
}

/** The entries a dense {@link SeriesLookup} may always have (64 MB); past it, no more than the rows. */
const DENSE_ENTRIES = 1 << 24;

/** The series number of area number `a` and indicator number `k` (both numbers the store gave, so `k` < indicators), or -1. */
export function seriesAt(store: Store, a: number, k: number): number {
  const { dense, sparse, indicators } = store.series;
  // (a dense table has an entry, -1 or a series, for every area and indicator number)
  return dense !== undefined ? (dense[a * indicators + k] as number) : ((sparse as ReadonlyMap<number, number>).get(a * indicators + k) ?? -1);
}

/** The multiplier ratio row `row` gives, `NaN` for the indicator's. */
export function multiplierOf(store: Store, row: number): number {
  // Stryker disable next-line ConditionalExpression: with no row's own multiplier, per.get(row) is undefined and `?? perAll` gives perAll all the same
  return store.per.size === 0 ? store.perAll : (store.per.get(row) ?? store.perAll);
}

/** The exact value of a row's part (0 value, 1 denominator, 2 multiplier); `undefined` for a missing multiplier. `row` is a row, not a position. */
export function partOf(store: Store, row: number, part: 0 | 1 | 2): Q | undefined {
  if ((store.form[row] as number) & EXACT) {
    const exact = (store.exact.get(row) as readonly (Q | undefined)[])[part];
    if (exact !== undefined) return exact;
  }
  const x = part === 0 ? store.value[row] : part === 1 ? store.denominator[row] : multiplierOf(store, row);
  if (x === undefined || Number.isNaN(x)) return undefined;
  return fromDouble(x) as Q;
}

// ---------------------------------------------------------------------------------------------
// building
//
// One loop per input form (an observation list, columns) over a shared builder. The loops and
// the builder's methods are kept small, and every message is built in a cold function apart, so
// that the engine inlines the path a valid row takes: a row that fails a check calls `reject`
// (or a function that does) with its catalogued message, and only then are the field's name
// and the message's parameters made.

/** Throw the error of a catalogued message (cold: called only for a row that fails a check). */
function reject<P extends { readonly field: string }>(entry: Message<P>, field: string, params: Omit<P, 'field'>): never {
  throw fail(entry, field, params);
}

/** Labels numbered as first seen. */
class Numbering {
  readonly list: string[] = [];
  readonly numbers = new Map<string, number>();

  of(label: string): number {
    const known = this.numbers.get(label);
    if (known !== undefined) return known;
    const next = this.list.length;
    this.list.push(label);
    this.numbers.set(label, next);
    return next;
  }
}

/**
 * The number of `label`, which follows the label numbered `last`: the one that followed `last`
 * the time before when it is the same text, else looked up (and remembered as `last`'s next).
 */
function follow(numbering: Numbering, next: number[], last: number, label: string): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: next[-1] (or a first label's) is no number, so the guess below fails and the label is looked up all the same
  if (last < 0) return numbering.of(label);
  // a guess is kept only when its label is this one (no label is at an index that is not a number)
  const guess = next[last] as number;
  if (numbering.list[guess] === label) return guess;
  const n = numbering.of(label);
  next[last] = n;
  return n;
}

/** How many of the last areas seen are remembered. */
const RECENT = 4;

/** The store under construction, row by row. */
class Builder {
  readonly areas = new Numbering();
  readonly indicators = new Numbering();
  readonly periods = new Numbering();
  readonly periodInfo: PeriodInfo[] = [];
  readonly parentOf: number[] = [];
  readonly childrenOf: number[][] = [];
  /** Per row: its area number (its series number once {@link finish} has numbered the series). */
  readonly areaRow: Int32Array;
  /** Per row: its indicator number. Widened when there are more than 65 536 indicators. */
  indicatorRow: Uint16Array | Int32Array;
  /** Widened when there are more than 65 536 periods. */
  periodRow: Uint16Array | Int32Array;
  readonly form: Uint8Array;
  readonly value: number[];
  /** Allocated with the first ratio row. */
  denominator: number[] = [];
  readonly per = new Map<number, number>();
  perAll = Number.NaN;
  readonly exact = new Map<number, (Q | undefined)[]>();
  readonly intervals = new Map<number, { readonly lower: number; readonly upper: number; readonly level: number }>();
  /** Where plain decimal text is read into. */
  // Stryker disable next-line ObjectLiteral: scanPlain only writes `places` (read nowhere here); the field gives the object its shape up front
  readonly plain: PlainDecimal = { places: 0 };
  // the labels of the row before: consecutive rows usually share an area and a period (none
  // before the first row, so that its labels are always read)
  private areaText: string | undefined = undefined;
  // Stryker disable next-line UnaryOperator: read only after the first row has set it (its area text is never the initial undefined)
  private area = -1;
  private periodText: string | undefined = undefined;
  // Stryker disable next-line UnaryOperator: read only after the first row has set it (its period text is never the initial undefined)
  private period = -1;
  private indicatorText: string | undefined = undefined;
  // Stryker disable next-line UnaryOperator: as `last` in follow, any number before the first indicator gives a guess that fails on its label
  private indicator = -1;
  // the label that followed each label last time: rows usually repeat one order of indicators
  // (and of units), so the next label is mostly known before it is looked up
  // Stryker disable next-line ArrayDeclaration: follow keeps a guess only when its label is the one read, and an entry that is no number has no label
  private readonly nextIndicator: number[] = [];
  // the last areas seen, in a ring (a slot not yet filled holds no label: undefined)
  // Stryker disable next-line ArrayDeclaration: an array with no slots reads undefined at each of them, as the holes do
  private readonly recentText: (string | undefined)[] = new Array<string | undefined>(RECENT);
  private readonly recentNumber = new Int32Array(RECENT);
  private recentNext = 0;

  constructor(
    readonly size: number,
    /** Whether rows come from columns (fields are then named `observations.value[i]`). */
    readonly columnar: boolean,
  ) {
    this.areaRow = new Int32Array(size);
    this.indicatorRow = new Uint16Array(size);
    this.periodRow = new Uint16Array(size);
    this.form = new Uint8Array(size);
    // Stryker disable next-line ArrayDeclaration: every row's value is written before the store is read, so the array's first length changes nothing
    this.value = new Array<number>(size);
  }

  /** Place row `i` by its labels; returns its area number. */
  place(i: number, area: string, indicator: string, period: string): number {
    // Stryker disable next-line ConditionalExpression: entering the same area again numbers it as before
    if (area !== this.areaText) this.enterArea(area);
    // Stryker disable next-line ConditionalExpression: reading the same period again numbers it as before (it is read into periodInfo only when new)
    if (period !== this.periodText) {
      this.periodText = period;
      this.period = this.periodNumber(period, i);
    }
    // Stryker disable next-line ConditionalExpression: following an indicator by itself numbers it as before (follow checks any guess against the label)
    if (indicator !== this.indicatorText) {
      this.indicatorText = indicator;
      this.indicator = follow(this.indicators, this.nextIndicator, this.indicator, indicator);
      // Stryker disable next-line EqualityOperator,LogicalOperator,ConditionalExpression: widening the column sooner (at 0xffff, at the first indicator, whenever it is narrow) or again keeps every number it holds; the `false` form, disabled with them, is not equivalent (it never widens)
      if (this.indicator > 0xffff && this.indicatorRow instanceof Uint16Array) this.indicatorRow = Int32Array.from(this.indicatorRow);
    }
    this.periodRow[i] = this.period;
    this.areaRow[i] = this.area;
    this.indicatorRow[i] = this.indicator;
    return this.area;
  }

  /** Place row `i` by label numbers already known (coded columns). */
  placeNumbers(i: number, a: number, k: number, p: number): void {
    // Stryker disable next-line EqualityOperator,LogicalOperator: widening the column sooner (at 0xffff, for any k, whenever it is narrow) keeps every number it holds
    if (k > 0xffff && this.indicatorRow instanceof Uint16Array) this.indicatorRow = Int32Array.from(this.indicatorRow);
    this.periodRow[i] = p;
    this.areaRow[i] = a;
    this.indicatorRow[i] = k;
  }

  private enterArea(area: string): void {
    this.areaText = area;
    this.area = this.areaNumber(area);
  }

  /**
   * The number of an area (or parent) label: among the last few areas seen first (rows of a
   * commune and of its stations alternate), else looked up.
   */
  areaNumber(label: string): number {
    const texts = this.recentText;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: looking at fewer slots (or none) only looks the label up; slot RECENT is never filled
    for (let r = 0; r < RECENT; r++) if (texts[r] === label) return this.recentNumber[r] as number;
    const a = this.areas.of(label);
    const slot = this.recentNext;
    texts[slot] = label;
    this.recentNumber[slot] = a;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: whichever slot is filled, a label is found only in a slot 0–3 that holds it with its own number (slots outside 0–3 are never read, and the Int32Array ignores them)
    this.recentNext = slot === RECENT - 1 ? 0 : slot + 1;
    return a;
  }

  /** The number of a period label, read the first time it is seen. */
  periodNumber(text: string, i: number): number {
    const before = this.periods.list.length;
    const p = this.periods.of(text);
    if (p === before) {
      this.periodInfo.push(readPeriodOf(text, this.columnar ? `observations.period[${i}]` : `observations[${i}].period`));
      // Stryker disable next-line EqualityOperator: widening at every new period but number 0x10000 widens the column at the first, which keeps every number it holds
      if (p === 0x10000) this.periodRow = Int32Array.from(this.periodRow);
    }
    return p;
  }

  /** Record area `a`'s parent (the first one given for it). */
  setParent(a: number, parent: number): void {
    if (this.parentOf[a] !== undefined) return;
    this.parentOf[a] = parent;
    (this.childrenOf[parent] ??= []).push(a);
  }

  /** The field of row `i`'s `name` (`observations[3].value`; in columns `observations.value[3]`), for a message. */
  field(i: number, name: string): string {
    return this.columnar ? `observations.${name}[${i}]` : `observations[${i}].${name}`;
  }

  /**
   * Number the series (an area's figures of one indicator) in the order rows first give them,
   * leaving each row's series number in {@link areaRow}.
   */
  private numberSeries(): { readonly series: SeriesLookup; readonly count: number } {
    const n = this.size;
    const rows = this.areaRow;
    const kinds = this.indicatorRow;
    const indicators = this.indicators.list.length;
    const entries = this.areas.list.length * indicators;
    let count = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression,BlockStatement: a dense and a sparse lookup number the series alike; the choice only bounds the memory taken
    if (entries <= Math.max(n, DENSE_ENTRIES)) {
      const dense = new Int32Array(entries).fill(-1);
      // Stryker disable next-line EqualityOperator: row n does not exist: its key is NaN, dense[NaN] is undefined (not < 0) and the write past the Int32Array is ignored
      for (let i = 0; i < n; i++) {
        const key = (rows[i] as number) * indicators + (kinds[i] as number);
        let s = dense[key] as number;
        if (s < 0) dense[key] = s = count++;
        rows[i] = s;
      }
      return { series: { indicators, dense, sparse: undefined }, count };
    }
    const sparse = new Map<number, number>();
    // Stryker disable next-line EqualityOperator: row n does not exist: it adds an empty series under the key NaN, which no lookup asks for
    for (let i = 0; i < n; i++) {
      const key = (rows[i] as number) * indicators + (kinds[i] as number);
      let s = sparse.get(key);
      if (s === undefined) sparse.set(key, (s = count++));
      rows[i] = s;
    }
    return { series: { indicators, dense: undefined, sparse }, count };
  }

  /** Read into the store. */
  finish(): Store {
    const n = this.size;
    const { series, count: seriesCount } = this.numberSeries();
    const { areaRow: seriesRow, periodRow, periodInfo } = this;
    // counting sort of the rows by series, keeping the order given within a series
    const start = new Int32Array(seriesCount + 1);
    // Stryker disable next-line EqualityOperator: row n does not exist: its series reads undefined, and start[NaN] is no index of the Int32Array (the write is ignored)
    for (let i = 0; i < n; i++) {
      const next = (seriesRow[i] as number) + 1;
      start[next] = (start[next] as number) + 1;
    }
    // Stryker disable next-line EqualityOperator: start[seriesCount + 1] is past the Int32Array (the write is ignored)
    for (let s = 0; s < seriesCount; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
    const cursor = start.slice(0, seriesCount);
    const order = new Int32Array(n);
    const period = periodInfo.length <= 0xffff ? new Uint16Array(n) : new Int32Array(n);
    // Stryker disable next-line EqualityOperator: row n does not exist: its series reads undefined, so its writes go to a property named "undefined" that nothing reads
    for (let i = 0; i < n; i++) {
      const s = seriesRow[i] as number;
      const j = cursor[s] as number;
      cursor[s] = j + 1;
      order[j] = i;
      period[j] = periodRow[i] as number;
    }
    // each series in period order (last day, then first day), stably
    const rank = rankPeriods(periodInfo);
    // Stryker disable next-line EqualityOperator: series seriesCount does not exist: it runs from start[seriesCount] to undefined, which sortSeries finds in order
    for (let s = 0; s < seriesCount; s++) sortSeries(start[s] as number, start[s + 1] as number, rank, period, order);
    const areaCount = this.areas.list.length;
    const parents = new Int32Array(areaCount).fill(-1);
    this.parentOf.forEach((parent, a) => {
      parents[a] = parent;
    });
    return {
      size: n,
      areas: this.areas.list,
      areaNumbers: this.areas.numbers,
      indicators: this.indicators.list,
      indicatorNumbers: this.indicators.numbers,
      periods: periodInfo,
      periodNumbers: this.periods.numbers,
      series,
      start,
      order,
      period,
      form: this.form,
      value: this.value,
      denominator: this.denominator,
      per: this.per,
      perAll: this.perAll,
      exact: this.exact,
      intervals: this.intervals,
      parentOf: parents,
      childrenOf: this.childrenOf,
    };
  }
}

// --- the numbers of a row -------------------------------------------------------------------

/** Parts of a row's numbers. */
const VALUE = 0;
const DENOMINATOR = 1;
const PER = 2;
type Part = typeof VALUE | typeof DENOMINATOR | typeof PER;

/**
 * Read a number part of row `i` (`number` or decimal text) into the builder's columns, or its
 * exact value when no double has it. `count` rejects negative values.
 */
function readPart(b: Builder, i: number, input: unknown, part: Part, name: string, count: boolean): void {
  let x: number;
  if (typeof input === 'number') {
    if (input - input !== 0) notFinite(b, i, name, input);
    if (count && input < 0) negative(b, i, name, input);
    // every finite double lies within the kernel's range; its exact value is its shortest text's
    x = input === 0 ? 0 : input;
  } else if (
    // Stryker disable next-line ConditionalExpression,StringLiteral: skipping this path (the `false` forms, and '' for 'string') sends text to readOther, whose n / 10^k (two exact doubles, one rounding) is the same nearest double, with the same checks; the `true` forms, disabled with them, are not equivalent (scanPlain cannot read null, and x is left unread)
    typeof input === 'string' &&
    (x = scanPlain(input, b.plain)) === x
  ) {
    // plain text of at most 15 significant digits: the double nearest it reads back as it (never
    // −0: scanPlain negates only a value that is not zero)
    if (count && x < 0) negative(b, i, name, input);
  } else {
    readOther(b, i, input, part, name, count);
    return;
  }
  if (part === VALUE) b.value[i] = x;
  else if (part === DENOMINATOR) b.denominator[i] = x;
  else b.per.set(i, x);
}

/** A number part that is neither a double nor plain text: decimal text in full, or an error. */
function readOther(b: Builder, i: number, input: unknown, part: Part, name: string, count: boolean): void {
  if (typeof input !== 'string') notANumber(b, i, name, input);
  const exact: Q | DecimalProblem = readDecimal(input);
  if (exact === 'not-a-number') notANumber(b, i, name, input);
  if (exact === 'out-of-range') reject(OUTSIDE_KERNEL, b.field(i, name), { value: input, maxExponent: MAX_EXPONENT, maxDigits: MAX_DIGITS });
  if (count && sign(exact) < 0) negative(b, i, name, input);
  if (typeof exact.n === 'number') {
    // readDecimal gives numbers only for at most 15 significant digits without an exponent:
    // the double nearest the decimal reads back as it
    const x = exact.n / (exact.d as number); // never −0: readDecimal reads any zero as { n: 0, d: 1 }
    if (part === VALUE) b.value[i] = x;
    else if (part === DENOMINATOR) b.denominator[i] = x;
    else b.per.set(i, x);
    return;
  }
  b.form[i] = (b.form[i] as number) | EXACT;
  let parts = b.exact.get(i);
  // Stryker disable next-line ArrayDeclaration: the parts are only ever read by index, and an index not set reads undefined from [] as from a hole
  if (parts === undefined) b.exact.set(i, (parts = [undefined, undefined, undefined]));
  parts[part] = exact;
  if (part === VALUE) b.value[i] = 0;
  else if (part === DENOMINATOR) b.denominator[i] = 0;
  else b.per.set(i, 0);
}

function notFinite(b: Builder, i: number, name: string, input: number): never {
  return reject(NOT_FINITE, b.field(i, name), { value: input });
}

function negative(b: Builder, i: number, name: string, input: unknown): never {
  return reject(NEGATIVE, b.field(i, name), { value: input });
}

function notANumber(b: Builder, i: number, name: string, input: unknown): never {
  return reject(NOT_A_FIGURE, b.field(i, name), { value: input });
}

/**
 * The numbers of row `i`: a value (a number, decimal text or a yes/no), or a numerator and a
 * denominator with an optional multiplier. `undefined` stands for an absent field.
 */
function readNumbers(b: Builder, i: number, value: unknown, numerator: unknown, denominator: unknown, per: unknown): void {
  if (value !== undefined) {
    if (numerator !== undefined || denominator !== undefined) {
      reject(VALUE_AND_RATIO, b.field(i, 'value'), {});
    }
    if (typeof value === 'boolean') {
      b.form[i] = BOOLEAN;
      b.value[i] = value ? 1 : 0;
    } else readPart(b, i, value, VALUE, 'value', false);
    if (per !== undefined) reject(PER_WITHOUT_RATIO, b.field(i, 'per'), {});
    return;
  }
  if (numerator === undefined || denominator === undefined) missingNumbers(b, i, numerator, denominator);
  b.form[i] = RATIO;
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: the denominators are written by row either way; an array given its length up front only saves growing it
  if (b.denominator.length === 0) b.denominator = new Array<number>(b.size);
  readPart(b, i, numerator, VALUE, 'numerator', true);
  readPart(b, i, denominator, DENOMINATOR, 'denominator', true);
  if (per !== undefined) {
    readPart(b, i, per, PER, 'per', true);
    if (b.per.get(i) === 0 && b.exact.get(i)?.[PER] === undefined) reject(PER_ZERO, b.field(i, 'per'), {});
  }
}

function missingNumbers(b: Builder, i: number, numerator: unknown, denominator: unknown): never {
  if (numerator === undefined && denominator === undefined) {
    reject(VALUE_MISSING, b.field(i, 'value'), { columns: b.columnar });
  }
  return reject(RATIO_HALF, b.field(i, numerator === undefined ? 'numerator' : 'denominator'), {});
}

/** A published interval of row `i` (`lower`, `upper`, and `level`, 0.95 when absent), checked. */
function readInterval(b: Builder, i: number, observation: Record<string, unknown>): void {
  const limit = (name: 'lower' | 'upper'): number => {
    const input = observation[name];
    const x = typeof input === 'number' ? input : typeof input === 'string' ? Number(input) : Number.NaN;
    if (!Number.isFinite(x) || (typeof input === 'string' && readDecimal(input) === 'not-a-number')) {
      reject(LIMIT_NOT_A_FIGURE, b.field(i, name), { value: input });
    }
    return x;
  };
  const lower = limit('lower');
  const upper = limit('upper');
  if (lower > upper) reject(LIMITS_REVERSED, b.field(i, 'upper'), { lower, upper });
  const level = observation.level ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    reject(NOT_OPEN_UNIT, b.field(i, 'level'), { value: level });
  }
  b.intervals.set(i, { lower, upper, level });
}

// --- an observation list ------------------------------------------------------------------------

function labelError(field: string, value: unknown): never {
  return reject(NON_EMPTY_STRING, field, { value });
}

function notAnObservation(i: number, value: unknown): never {
  return reject(NOT_AN_OBSERVATION, `observations[${i}]`, { value });
}

/** Read an observation list (parsed, or in its JSON input form). */
function fromList(list: readonly unknown[]): Store {
  const b = new Builder(list.length, false);
  // the parent of the row before (none at first, so that the first parent given is checked too)
  let parentText: string | undefined;
  // Stryker disable next-line UnaryOperator: read only after the first parent has set it (a parent is never the initial undefined)
  let parentNumber = -1;
  for (let i = 0; i < list.length; i++) {
    const observation = list[i];
    if (typeof observation !== 'object' || observation === null || Array.isArray(observation)) notAnObservation(i, observation);
    const o = observation as Record<string, unknown>;
    const { indicator, area, period, parent, value, numerator, denominator, per } = o;
    if (typeof indicator !== 'string' || indicator === '') labelError(`observations[${i}].indicator`, indicator);
    if (typeof area !== 'string' || area === '') labelError(`observations[${i}].area`, area);
    if (typeof period !== 'string') labelError(`observations[${i}].period`, period);
    const a = b.place(i, area, indicator, period);
    if (parent !== undefined && parent !== null) {
      // Stryker disable next-line ConditionalExpression: the parent of the row before, read again, is checked and numbered as before
      if (parent !== parentText) {
        if (typeof parent !== 'string' || parent === '') labelError(`observations[${i}].parent`, parent);
        parentText = parent;
        parentNumber = b.areaNumber(parent);
      }
      b.setParent(a, parentNumber);
    }
    readNumbers(b, i, value, numerator, denominator, per === null ? undefined : per);
    if (value !== undefined && typeof value !== 'boolean' && (o.lower !== undefined || o.upper !== undefined)) readInterval(b, i, o);
  }
  return b.finish();
}

// --- columns --------------------------------------------------------------------------------

/** A label column as strings per row, or as codes into labels; checked for length. */
interface LabelColumn {
  readonly strings: readonly unknown[] | undefined;
  readonly codes: ArrayLike<unknown> | undefined;
  readonly labels: readonly unknown[];
  /** Per code: its number in the store, -1 until first seen. */
  readonly numbers: Int32Array;
}

function labelColumn(column: unknown, name: string, size: number): LabelColumn {
  const field = `observations.${name}`;
  if (Array.isArray(column)) {
    if (column.length !== size) reject(COLUMN_ROWS, field, { length: column.length, other: 'observations.indicator', expected: size });
    // Stryker disable next-line ArrayDeclaration: the labels of a column of strings are never read (labelAt reads the strings)
    return { strings: column, codes: undefined, labels: [], numbers: new Int32Array(0) };
  }
  if (typeof column === 'object' && column !== null && 'codes' in column && 'labels' in column) {
    const { codes, labels } = column as CodedColumn;
    if (!Array.isArray(labels)) reject(LABELS_NOT_A_LIST, `${field}.labels`, { value: labels });
    const length = typeof codes === 'object' && codes !== null ? (codes as { length?: unknown }).length : undefined;
    if (length !== size) reject(CODES_LENGTH, `${field}.codes`, { value: length, expected: size });
    return { strings: undefined, codes, labels, numbers: new Int32Array(labels.length).fill(-1) };
  }
  return reject(NOT_A_LABEL_COLUMN, field, { value: column });
}

/** The label of row `i` in a column (`undefined` for an absent optional one). */
function labelAt(column: LabelColumn, i: number, name: string, optional: boolean): string | undefined {
  if (column.strings !== undefined) {
    const label = column.strings[i];
    if (optional && (label === null || label === undefined)) return undefined;
    if (typeof label !== 'string' || label === '') labelError(`observations.${name}[${i}]`, label);
    return label;
  }
  // only a column of strings is read as optional (a coded parent's negative codes are skipped before)
  const code = (column.codes as ArrayLike<unknown>)[i] as number;
  // (Number.isInteger refuses anything but a number)
  if (!Number.isInteger(code) || code < 0 || code >= column.labels.length) {
    reject(NOT_A_CODE, `observations.${name}.codes[${i}]`, { value: code, labels: `observations.${name}.labels` });
  }
  const label = column.labels[code];
  if (typeof label !== 'string' || label === '') labelError(`observations.${name}.labels[${code}]`, label);
  return label;
}

/** The store number of a coded row's label, numbering the label the first time its code is seen. */
function codedNumber(column: LabelColumn, i: number, name: string, numbering: Numbering): number {
  const code = (column.codes as ArrayLike<unknown>)[i];
  // a code seen before (a number that is not a position reads undefined here, and labelAt refuses it)
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: skipping the codes seen before reads the label again, and numbering it again gives the number it has
  if (typeof code === 'number') {
    const known = column.numbers[code] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above: a code read again is numbered as before
    if (known >= 0) return known;
  }
  const n = numbering.of(labelAt(column, i, name, false) as string);
  column.numbers[code as number] = n;
  return n;
}

/** The period number of a coded row, reading the period the first time its code is seen. */
function codedPeriod(column: LabelColumn, i: number, b: Builder): number {
  const code = (column.codes as ArrayLike<unknown>)[i];
  // a code seen before (a number that is not a position reads undefined here, and labelAt refuses it)
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: skipping the codes seen before reads the label again, and numbering it again gives the number it has
  if (typeof code === 'number') {
    const known = column.numbers[code] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above: a code read again is numbered as before
    if (known >= 0) return known;
  }
  const p = b.periodNumber(labelAt(column, i, 'period', false) as string, i);
  column.numbers[code as number] = p;
  return p;
}

/** A number column (or `undefined`), checked for length. */
function numberColumn(column: unknown, name: string, size: number): ArrayLike<unknown> | undefined {
  if (column === undefined) return undefined;
  const length = typeof column === 'object' && column !== null ? (column as { length?: unknown }).length : undefined;
  if (length !== size) reject(NUMBER_COLUMN, `observations.${name}`, { value: length, expected: size });
  return column as ArrayLike<unknown>;
}

/** A cell of a number column: `undefined` for an absent one (`undefined`, `null` or `NaN`). */
function cell(column: ArrayLike<unknown> | undefined, i: number): unknown {
  if (column === undefined) return undefined;
  const x = column[i];
  return x === null || Number.isNaN(x) ? undefined : x;
}

/** The yes/no of row `i` of an answer column: `true`/`false` or 1/0; `undefined` for none (`null`, `undefined`, `NaN`, a negative number). */
function answerAt(column: ArrayLike<unknown>, i: number): boolean | undefined {
  const x = column[i];
  if (x === true || x === 1) return true;
  if (x === false || x === 0) return false;
  if (x === null || x === undefined || (typeof x === 'number' && (Number.isNaN(x) || x < 0))) return undefined;
  return reject(NOT_AN_ANSWER, `observations.answer[${i}]`, { value: x });
}

/** Read observation columns. */
function fromColumns(columns: ObservationColumns): Store {
  const indicators = columns.indicator as unknown;
  const size =
    Array.isArray(indicators) ? indicators.length
    : typeof indicators === 'object' && indicators !== null && typeof (indicators as CodedColumn).codes?.length === 'number' ? (indicators as CodedColumn).codes.length
    : reject(NOT_A_LABEL_COLUMN, 'observations.indicator', { value: indicators });
  if (!Number.isSafeInteger(size) || size < 0 || size > 2 ** 31 - 1) reject(ROW_COUNT, 'observations.indicator', { value: size });
  const indicator = labelColumn(columns.indicator, 'indicator', size);
  const area = labelColumn(columns.area, 'area', size);
  const period = labelColumn(columns.period, 'period', size);
  const parent = columns.parent === undefined ? undefined : labelColumn(columns.parent, 'parent', size);
  const value = numberColumn(columns.value, 'value', size);
  const answer = numberColumn(columns.answer, 'answer', size);
  const numerator = numberColumn(columns.numerator, 'numerator', size);
  const denominator = numberColumn(columns.denominator, 'denominator', size);
  const perOne = typeof columns.per === 'number' ? columns.per : undefined;
  const per = perOne === undefined ? numberColumn(columns.per, 'per', size) : undefined;
  if (value === undefined && numerator === undefined && answer === undefined) reject(NO_VALUE_COLUMN, 'observations.value', {});
  if ((numerator === undefined) !== (denominator === undefined)) reject(RATIO_HALF, numerator === undefined ? 'observations.numerator' : 'observations.denominator', {});
  const b = new Builder(size, true);
  if (perOne !== undefined) {
    if (!(perOne > 0) || !Number.isFinite(perOne)) reject(PER_COLUMN, 'observations.per', { value: perOne });
    b.perAll = perOne;
  }
  // Stryker disable next-line ConditionalExpression: coded columns read through labelAt and place() give the same numbers, in the same order of checks (this is the faster path)
  const coded = indicator.codes !== undefined && area.codes !== undefined && period.codes !== undefined;
  for (let i = 0; i < size; i++) {
    let a: number;
    // Stryker disable next-line ConditionalExpression: as above: the path for labels reads codes to the same numbers
    if (coded) {
      a = codedNumber(area, i, 'area', b.areas);
      const k = codedNumber(indicator, i, 'indicator', b.indicators);
      b.placeNumbers(i, a, k, codedPeriod(period, i, b));
    } else {
      a = b.place(i, labelAt(area, i, 'area', false) as string, labelAt(indicator, i, 'indicator', false) as string, labelAt(period, i, 'period', false) as string);
    }
    if (parent !== undefined) {
      if (parent.codes !== undefined) {
        const code = parent.codes[i];
        if (!(typeof code === 'number' && code < 0)) b.setParent(a, codedNumber(parent, i, 'parent', b.areas));
      } else {
        const label = labelAt(parent, i, 'parent', true);
        if (label !== undefined) b.setParent(a, b.areaNumber(label));
      }
    }
    const n = cell(numerator, i);
    let v = cell(value, i);
    if (answer !== undefined) {
      const yes = answerAt(answer, i);
      if (yes !== undefined) {
        if (v !== undefined) reject(ANSWER_AND_VALUE, `observations.answer[${i}]`, {});
        v = yes;
      }
    }
    readNumbers(b, i, v, n, cell(denominator, i), n === undefined ? undefined : cell(per, i));
  }
  return b.finish();
}

function readPeriodOf(text: string, field: string): PeriodInfo {
  try {
    return readPeriod(text);
  } catch (error) {
    throw fail(NOT_A_PERIOD, field, { value: text }, error);
  }
}

/** Ranks of periods by last day, then first day. */
function rankPeriods(periods: readonly PeriodInfo[]): Int32Array {
  const order = periods.map((_, p) => p);
  order.sort((x, y) => {
    const a = periods[x] as PeriodInfo;
    const b = periods[y] as PeriodInfo;
    // Stryker disable next-line EqualityOperator: the ends compared differ (the line checks it), so `<=` orders them as `<`
    if (a.end !== b.end) return a.end < b.end ? -1 : 1;
    // two periods ending on the same day start on different days: no two notations of parsePeriod
    // give the same span, and the store reads each text once
    // Stryker disable next-line EqualityOperator: the starts of periods with the same end differ (see above), so `<=` orders them as `<`
    return a.start < b.start ? -1 : 1;
  });
  // distinct spans (see above): a period's rank is its place in that order
  const rank = new Int32Array(periods.length);
  order.forEach((p, k) => {
    rank[p] = k;
  });
  return rank;
}

/** Sort positions `from` … `to − 1` by period rank, keeping the order given among equal ranks. */
function sortSeries(from: number, to: number, rank: Int32Array, period: Uint16Array | Int32Array, order: Int32Array): void {
  // the check only spares sorting a series already in order: sorting one stably leaves it as it is
  // Stryker disable next-line BooleanLiteral: as above
  let sorted = true;
  // Stryker disable next-line ArithmeticOperator,LogicalOperator,ConditionalExpression,EqualityOperator,UpdateOperator: as above (a position outside the series reads an undefined rank, which ends the check unsorted); the comparison's `true` form, disabled with them, is not equivalent (it never sorts)
  for (let j = from + 1; j < to && sorted; j++) sorted = (rank[period[j - 1] as number] as number) <= (rank[period[j] as number] as number);
  // Stryker disable next-line ConditionalExpression: as above
  if (sorted) return;
  const positions = Array.from({ length: to - from }, (_, j) => from + j);
  // Array.prototype.sort is stable, and positions within a series hold their rows in the order given
  positions.sort((x, y) => (rank[period[x] as number] as number) - (rank[period[y] as number] as number));
  const periods = positions.map((j) => period[j] as number);
  const rows = positions.map((j) => order[j] as number);
  for (let j = 0; j < positions.length; j++) {
    period[from + j] = periods[j] as number;
    order[from + j] = rows[j] as number;
  }
}

// ---------------------------------------------------------------------------------------------
// the index: a handle on a store

const stores = new WeakMap<ObservationIndex, Store>();

/** An {@link ObservationIndex} for a store (frozen, with its store kept out of sight). */
export function indexOf(store: Store): ObservationIndex {
  const index: ObservationIndex = Object.freeze({
    kind: 'chitieu/observation-index',
    size: store.size,
    // Stryker disable next-line MethodExpression: a store's lists are complete once built and never written again, so freezing them in place rather than a copy changes nothing read
    areas: Object.freeze(store.areas.slice()),
    // Stryker disable next-line MethodExpression: as above
    indicators: Object.freeze(store.indicators.slice()),
    periods: Object.freeze(store.periods.map((period) => period.text)),
  });
  stores.set(index, store);
  return index;
}

/**
 * The store of any accepted form of observations: an index built by `indexObservations`, a
 * list of observations (parsed or in their input form), or columns.
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `observations`) for anything else,
 *   and the errors of each row's fields.
 */
export function storeOf(observations: unknown): Store {
  if (Array.isArray(observations)) return fromList(observations);
  if (typeof observations === 'object' && observations !== null) {
    const store = stores.get(observations as ObservationIndex);
    if (store !== undefined) return store;
    if ((observations as { kind?: unknown }).kind === 'chitieu/observation-index') {
      reject(FOREIGN_INDEX, 'observations', {});
    }
    if ('indicator' in observations && 'area' in observations && 'period' in observations) {
      return fromColumns(observations as ObservationColumns);
    }
  }
  return reject(NOT_OBSERVATIONS, 'observations', { value: observations });
}
