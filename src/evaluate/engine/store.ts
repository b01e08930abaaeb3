/**
 * The observation store: observations read once into typed columns, grouped into series (one
 * indicator in one area) sorted by period. Internal.
 *
 * Each value, numerator, denominator and multiplier is kept as a double whose shortest
 * round-trip text is its exact decimal value (the way every chitieu function reads a
 * `number`); the few values that have no such double (more than 15 significant digits,
 * extreme magnitudes) are kept exactly in a side table. Nothing per observation but a slot
 * in each column, so that ten million observations cost a few typed arrays.
 *
 * @internal
 * @module
 */
import { ChitieuError, chitieuError, describeValue } from '../../errors.js';
import { POW10 } from '../../numeric/exact/integers.js';
import { doubleScale, fromDouble, readDecimal, scanPlain, type DecimalProblem, type PlainDecimal } from '../../numeric/exact/parse.js';
import { sign, type Q } from '../../numeric/exact/rational.js';
import type { CodedColumn, ObservationColumns, ObservationIndex } from '../types.js';
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
  /** Per area number: its series as pairs `[indicator number, series number, …]`, sorted by indicator number. */
  readonly seriesOfArea: readonly (readonly number[] | undefined)[];
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
  readonly value: Float64Array;
  /** Per row: the denominator of a ratio. */
  readonly denominator: Float64Array;
  /** Per row: the multiplier of a ratio, `NaN` for the indicator's. */
  readonly per: Float64Array;
  /** Per row: the places of `value` and of `denominator` (see `doubleScale`), -1 when they are read from text. */
  readonly valueScale: Int8Array;
  readonly denominatorScale: Int8Array;
  /** Exact parts of {@link EXACT} rows: `[value, denominator, per]`, by row. */
  readonly exact: ReadonlyMap<number, readonly (Q | undefined)[]>;
  /** The intervals rows publish with their values (survey estimates), by row. */
  readonly intervals: ReadonlyMap<number, { readonly lower: number; readonly upper: number; readonly level: number }>;
  /** Per area number: the area it belongs to, as observations say (`parent`), or -1. */
  readonly parentOf: Int32Array;
  /** Per area number: the areas observed with it as their parent. */
  readonly childrenOf: readonly (readonly number[] | undefined)[];
}

/** The series number of indicator number `k` in an area's list of pairs, or -1. */
export function seriesIn(list: readonly number[] | undefined, k: number): number {
  if (list === undefined) return -1;
  // a binary search of the pairs, sorted by indicator number
  let low = 0;
  let high = list.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[2 * middle] as number;
    if (at === k) return list[2 * middle + 1] as number;
    if (at < k) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Sort an area's `[indicator, series, …]` pairs by indicator number, in place. */
function sortPairs(list: number[]): void {
  let sorted = true;
  for (let at = 2; at < list.length && sorted; at += 2) sorted = (list[at - 2] as number) < (list[at] as number);
  if (sorted) return;
  const pairs: [number, number][] = [];
  for (let at = 0; at < list.length; at += 2) pairs.push([list[at] as number, list[at + 1] as number]);
  pairs.sort((x, y) => x[0] - y[0]);
  pairs.forEach(([k, s], j) => {
    list[2 * j] = k;
    list[2 * j + 1] = s;
  });
}

/** The exact value of a row's part (0 value, 1 denominator, 2 multiplier); `undefined` for a missing multiplier. `row` is a row, not a position. */
export function partOf(store: Store, row: number, part: 0 | 1 | 2): Q | undefined {
  if ((store.form[row] as number) & EXACT) {
    const exact = (store.exact.get(row) as readonly (Q | undefined)[])[part];
    if (exact !== undefined) return exact;
  }
  const x = part === 0 ? store.value[row] : part === 1 ? store.denominator[row] : store.per[row];
  if (x === undefined || Number.isNaN(x)) return undefined;
  const k = part === 0 ? (store.valueScale[row] as number) : part === 1 ? (store.denominatorScale[row] as number) : -1;
  if (k >= 0) {
    const p = POW10[k] as number;
    return { n: Math.round(x * p) + 0, d: p };
  }
  return fromDouble(x) as Q;
}

// ---------------------------------------------------------------------------------------------
// building

/** What one row holds, read from an observation or a column. */
interface RowSink {
  form: number;
  value: number;
  denominator: number;
  per: number;
  valueScale: number;
  denominatorScale: number;
  exact: (Q | undefined)[] | undefined;
  /** Whether rows come from columns (fields are then named `observations.value[i]`). */
  readonly columnar: boolean;
  /** Where plain decimal text is read into. */
  readonly plain: PlainDecimal;
  /** The interval the row publishes with its value, if any. */
  interval: { lower: number; upper: number; level: number } | undefined;
}

function fail(code: 'INVALID_ARGUMENT' | 'INVALID_NUMBER' | 'OUT_OF_RANGE' | 'NEGATIVE_COUNT', field: string, en: string, vi: string): never {
  throw chitieuError(code, field, { en: `${field} ${en}`, vi: `${field} ${vi}` });
}

/** The field of row `i`'s `name` (`observations[3].value`; in columns `observations.value[3]`), for a message. */
function fieldOf(i: number, name: string, sink: RowSink): string {
  return sink.columnar ? `observations.${name}[${i}]` : `observations[${i}].${name}`;
}

/**
 * A number part of row `i` (`number` or decimal text) into the sink's double, or its exact
 * value when no double has it. `part` 0 value, 1 denominator, 2 multiplier; `name` the field.
 */
function readPart(input: unknown, i: number, name: string, part: 0 | 1 | 2, sink: RowSink, count: boolean): void {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('INVALID_NUMBER', fieldOf(i, name, sink), `must be a finite number (got ${describeValue(input)})`, `phải là một số hữu hạn (nhận ${describeValue(input)})`);
    if (count && input < 0) fail('NEGATIVE_COUNT', fieldOf(i, name, sink), `must not be negative (got ${input})`, `không được âm (nhận ${input})`);
    // every finite double lies within the kernel's range; its exact value is its shortest text's
    const double = input === 0 ? 0 : input;
    setPart(sink, part, double, doubleScale(double));
    return;
  }
  if (typeof input !== 'string') {
    fail('INVALID_NUMBER', fieldOf(i, name, sink), `must be a number or a decimal string with '.' (got ${describeValue(input)})`, `phải là một số hoặc chuỗi số thập phân dùng dấu '.' (nhận ${describeValue(input)})`);
  }
  if (scanPlain(input, sink.plain)) {
    // plain text of at most 15 significant digits: the double nearest it reads back as it
    const x = sink.plain.value + 0;
    if (count && x < 0) fail('NEGATIVE_COUNT', fieldOf(i, name, sink), `must not be negative (got ${describeValue(input)})`, `không được âm (nhận ${describeValue(input)})`);
    setPart(sink, part, x, sink.plain.places);
    return;
  }
  const exact: Q | DecimalProblem = readDecimal(input);
  if (exact === 'not-a-number') {
    fail('INVALID_NUMBER', fieldOf(i, name, sink), `must be a number or a decimal string with '.' (got ${describeValue(input)})`, `phải là một số hoặc chuỗi số thập phân dùng dấu '.' (nhận ${describeValue(input)})`);
  }
  if (exact === 'out-of-range') fail('OUT_OF_RANGE', fieldOf(i, name, sink), `is outside the range chitieu computes with (got ${describeValue(input)})`, `nằm ngoài phạm vi chitieu tính toán (nhận ${describeValue(input)})`);
  if (count && sign(exact) < 0) fail('NEGATIVE_COUNT', fieldOf(i, name, sink), `must not be negative (got ${describeValue(input)})`, `không được âm (nhận ${describeValue(input)})`);
  // at most 15 significant digits: the double nearest the decimal reads back as it
  if (typeof exact.n === 'number' && exact.n < 1e15 && exact.n > -1e15) {
    const d = exact.d as number;
    setPart(sink, part, exact.n / d + 0, POW10.indexOf(d));
    return;
  }
  sink.form |= EXACT;
  (sink.exact ??= [undefined, undefined, undefined])[part] = exact;
  setPart(sink, part, 0, -1);
}

function setPart(sink: RowSink, part: 0 | 1 | 2, x: number, scale: number): void {
  if (part === 0) {
    sink.value = x;
    sink.valueScale = scale;
  } else if (part === 1) {
    sink.denominator = x;
    sink.denominatorScale = scale;
  } else sink.per = x;
}

/** Read the value fields of an observation object into the sink. */
function readObservationValue(observation: Record<string, unknown>, i: number, sink: RowSink): void {
  sink.form = 0;
  sink.exact = undefined;
  sink.denominator = Number.NaN;
  sink.per = Number.NaN;
  sink.valueScale = 0;
  sink.denominatorScale = 0;
  sink.interval = undefined;
  const { value, numerator, denominator, per } = observation;
  const hasRatio = numerator !== undefined || denominator !== undefined;
  if (value !== undefined) {
    if (hasRatio) {
      fail('INVALID_ARGUMENT', fieldOf(i, 'value', sink), 'and numerator/denominator cannot both be given', 'và tử số/mẫu số không được có cùng lúc');
    }
    if (typeof value === 'boolean') {
      sink.form = BOOLEAN;
      sink.value = value ? 1 : 0;
    } else {
      readPart(value, i, 'value', 0, sink, false);
      if (observation.lower !== undefined || observation.upper !== undefined) sink.interval = readInterval(observation, i, sink);
    }
  } else {
    if (numerator === undefined || denominator === undefined) {
      const missing = numerator === undefined ? 'numerator' : 'denominator';
      fail('INVALID_ARGUMENT', fieldOf(i, hasRatio ? missing : 'value', sink), hasRatio ? 'is missing: numerator and denominator go together' : 'is missing: an observation needs a value, or a numerator and a denominator', hasRatio ? 'bị thiếu: tử số và mẫu số phải đi cùng nhau' : 'bị thiếu: quan sát cần giá trị, hoặc tử số và mẫu số');
    }
    sink.form = RATIO;
    readPart(numerator, i, 'numerator', 0, sink, true);
    readPart(denominator, i, 'denominator', 1, sink, true);
  }
  if (per !== undefined && per !== null) {
    if (!(sink.form & RATIO)) fail('INVALID_ARGUMENT', fieldOf(i, 'per', sink), 'is only allowed with numerator and denominator', 'chỉ dùng với tử số và mẫu số');
    readPart(per, i, 'per', 2, sink, true);
    if (sink.per === 0 && !(sink.exact?.[2] !== undefined)) fail('INVALID_ARGUMENT', fieldOf(i, 'per', sink), 'must be greater than zero', 'phải lớn hơn 0');
  }
}

/** A published interval of row `i` (`lower`, `upper`, and `level`, 0.95 when absent), checked. */
function readInterval(observation: Record<string, unknown>, i: number, sink: RowSink): { lower: number; upper: number; level: number } {
  const limit = (name: 'lower' | 'upper'): number => {
    const input = observation[name];
    const x = typeof input === 'number' ? input : typeof input === 'string' ? Number(input) : Number.NaN;
    if (!Number.isFinite(x) || (typeof input === 'string' && readDecimal(input) === 'not-a-number')) {
      fail('INVALID_NUMBER', fieldOf(i, name, sink), `must be a number or a decimal string with '.', with the other limit (got ${describeValue(input)})`, `phải là một số hoặc chuỗi số thập phân dùng dấu '.', cùng với cận còn lại (nhận ${describeValue(input)})`);
    }
    return x;
  };
  const lower = limit('lower');
  const upper = limit('upper');
  if (lower > upper) fail('INVALID_ARGUMENT', fieldOf(i, 'upper', sink), `must not be below lower (got ${upper} < ${lower})`, `không được nhỏ hơn lower (nhận ${upper} < ${lower})`);
  const level = observation.level ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    fail('OUT_OF_RANGE', fieldOf(i, 'level', sink), `must be a confidence level strictly between 0 and 1 (got ${describeValue(level)})`, `phải là mức tin cậy nằm giữa 0 và 1 (nhận ${describeValue(level)})`);
  }
  return { lower, upper, level };
}

/** Numbering of labels (areas, indicators, periods) as first seen. */
class Labels {
  readonly list: string[] = [];
  readonly numbers = new Map<string, number>();
  last: string | undefined = undefined;
  lastNumber = -1;

  /** The number of `label`; with `into`, numbered in that other list (a parent is an area), remembering the last here. */
  number(label: string, into: Labels = this): number {
    if (label === this.last) return this.lastNumber;
    let n = into.numbers.get(label);
    if (n === undefined) {
      n = into.list.length;
      into.list.push(label);
      into.numbers.set(label, n);
    }
    this.last = label;
    this.lastNumber = n;
    return n;
  }
}

/** Where the rows come from: an observation list or columns, read row by row. */
interface Source {
  readonly size: number;
  /** Row `i`, checked: its area, indicator, period labels and parent (or undefined) into `key`, its value fields into `sink`. */
  read(i: number, key: KeySink, sink: RowSink): void;
}

interface KeySink {
  area: string;
  indicator: string;
  period: string;
  parent: string | undefined;
}

function requireLabel(value: unknown, field: string): string {
  if (typeof value === 'string' && value !== '') return value;
  return fail('INVALID_ARGUMENT', field, `must be a non-empty string (got ${describeValue(value)})`, `phải là chuỗi khác rỗng (nhận ${describeValue(value)})`);
}

function listSource(list: readonly unknown[]): Source {
  return {
    size: list.length,
    read(i, into, sink) {
      const observation = list[i];
      if (typeof observation !== 'object' || observation === null || Array.isArray(observation)) {
        fail('INVALID_ARGUMENT', `observations[${i}]`, `must be an observation object (got ${describeValue(observation)})`, `phải là một đối tượng quan sát (nhận ${describeValue(observation)})`);
      }
      const o = observation as Record<string, unknown>;
      const { indicator, area, period, parent } = o;
      into.indicator = typeof indicator === 'string' && indicator !== '' ? indicator : requireLabel(indicator, `observations[${i}].indicator`);
      into.area = typeof area === 'string' && area !== '' ? area : requireLabel(area, `observations[${i}].area`);
      into.period = typeof period === 'string' ? period : requireLabel(period, `observations[${i}].period`);
      into.parent = parent === undefined || parent === null ? undefined : typeof parent === 'string' && parent !== '' ? parent : requireLabel(parent, `observations[${i}].parent`);
      readObservationValue(o, i, sink);
    },
  };
}

/** A label column: strings per row, or codes into labels. */
function labelColumn(column: unknown, name: string, size: number, optional: boolean): (i: number) => string | undefined {
  const field = `observations.${name}`;
  if (column === undefined && optional) return () => undefined;
  if (Array.isArray(column)) {
    if (column.length !== size) fail('INVALID_ARGUMENT', field, `has ${column.length} rows but observations.indicator has ${size}`, `có ${column.length} dòng nhưng observations.indicator có ${size}`);
    return (i) => {
      const label = column[i] as unknown;
      if (optional && (label === null || label === undefined)) return undefined;
      return requireLabel(label, `${field}[${i}]`);
    };
  }
  if (typeof column === 'object' && column !== null && 'codes' in column && 'labels' in column) {
    const { codes, labels } = column as CodedColumn;
    if (!Array.isArray(labels)) fail('INVALID_ARGUMENT', `${field}.labels`, 'must be an array of strings', 'phải là một mảng chuỗi');
    const length = typeof codes === 'object' && codes !== null ? (codes as { length?: unknown }).length : undefined;
    if (length !== size) fail('INVALID_ARGUMENT', `${field}.codes`, `must be an array of ${size} codes (got ${describeValue(length)})`, `phải là một mảng ${size} mã (nhận ${describeValue(length)})`);
    return (i) => {
      const code = codes[i] as unknown;
      if (optional && typeof code === 'number' && code < 0) return undefined;
      if (typeof code !== 'number' || !Number.isInteger(code) || code < 0 || code >= labels.length) {
        fail('INVALID_ARGUMENT', `${field}.codes[${i}]`, `must be a position in ${field}.labels (got ${describeValue(code)})`, `phải là vị trí trong ${field}.labels (nhận ${describeValue(code)})`);
      }
      return requireLabel(labels[code], `${field}.labels[${code}]`);
    };
  }
  return fail('INVALID_ARGUMENT', field, 'must be an array of strings or { codes, labels }', 'phải là một mảng chuỗi hoặc { codes, labels }');
}

/** A number column (or `undefined`), checked for length. */
function numberColumn(column: unknown, name: string, size: number): ArrayLike<unknown> | undefined {
  if (column === undefined) return undefined;
  const length = typeof column === 'object' && column !== null ? (column as { length?: unknown }).length : undefined;
  if (length !== size) fail('INVALID_ARGUMENT', `observations.${name}`, `must be an array of ${size} rows (got ${describeValue(length)})`, `phải là một mảng ${size} dòng (nhận ${describeValue(length)})`);
  return column as ArrayLike<unknown>;
}

function columnSource(columns: ObservationColumns): Source {
  const indicators = columns.indicator as unknown;
  const size =
    Array.isArray(indicators) ? indicators.length
    : typeof indicators === 'object' && indicators !== null && typeof (indicators as CodedColumn).codes?.length === 'number' ? (indicators as CodedColumn).codes.length
    : fail('INVALID_ARGUMENT', 'observations.indicator', 'must be an array of strings or { codes, labels }', 'phải là một mảng chuỗi hoặc { codes, labels }');
  if (!Number.isSafeInteger(size) || size < 0 || size > 2 ** 31 - 1) fail('INVALID_ARGUMENT', 'observations.indicator', 'has an impossible number of rows', 'có số dòng không hợp lệ');
  const indicator = labelColumn(columns.indicator, 'indicator', size, false);
  const area = labelColumn(columns.area, 'area', size, false);
  const period = labelColumn(columns.period, 'period', size, false);
  const parent = labelColumn(columns.parent, 'parent', size, true);
  const value = numberColumn(columns.value, 'value', size);
  const numerator = numberColumn(columns.numerator, 'numerator', size);
  const denominator = numberColumn(columns.denominator, 'denominator', size);
  const perOne = typeof columns.per === 'number' ? columns.per : undefined;
  const per = perOne === undefined ? numberColumn(columns.per, 'per', size) : undefined;
  if (value === undefined && numerator === undefined) fail('INVALID_ARGUMENT', 'observations.value', 'is missing: columns need a value column, or numerator and denominator columns', 'bị thiếu: cần cột giá trị, hoặc cột tử số và mẫu số');
  if ((numerator === undefined) !== (denominator === undefined)) fail('INVALID_ARGUMENT', numerator === undefined ? 'observations.numerator' : 'observations.denominator', 'is missing: numerator and denominator go together', 'bị thiếu: tử số và mẫu số phải đi cùng nhau');
  const absent = (x: unknown): boolean => x === undefined || x === null || (typeof x === 'number' && Number.isNaN(x));
  const row: Record<string, unknown> = {};
  return {
    size,
    read(i, into, sink) {
      into.indicator = indicator(i) as string;
      into.area = area(i) as string;
      into.period = period(i) as string;
      into.parent = parent(i);
      const v = value?.[i];
      const n = numerator?.[i];
      const d = denominator?.[i];
      const p = perOne ?? per?.[i];
      row.value = absent(v) ? undefined : v;
      row.numerator = absent(n) ? undefined : n;
      row.denominator = absent(d) ? undefined : d;
      row.per = absent(p) || row.numerator === undefined ? undefined : p;
      if (row.value === undefined && row.numerator === undefined && row.denominator === undefined) {
        fail('INVALID_ARGUMENT', `observations.value[${i}]`, 'is missing: each row needs a value, or a numerator and a denominator', 'bị thiếu: mỗi dòng cần giá trị, hoặc tử số và mẫu số');
      }
      readObservationValue(row, i, sink);
    },
  };
}

function readPeriodOf(text: string, field: string): PeriodInfo {
  try {
    return readPeriod(text);
  } catch (error) {
    throw new ChitieuError('INVALID_PERIOD', {
      field,
      message: {
        en: `${field} is not an observation period (got ${describeValue(text)})`,
        vi: `${field} không phải là một kỳ quan sát (nhận ${describeValue(text)})`,
      },
      cause: error,
    });
  }
}

/** Read observations (a list or columns) into a {@link Store}: one pass over the rows, then a sort of their positions. */
export function buildStore(source: Source, columnar: boolean): Store {
  const n = source.size;
  const areas = new Labels();
  const parentLabels = new Labels();
  const indicators = new Labels();
  const periods = new Labels();
  const periodInfo: PeriodInfo[] = [];
  const seriesOfArea: number[][] = [];
  const parentOf: number[] = [];
  const childrenOf: number[][] = [];
  const seriesRow = new Int32Array(n);
  const periodRow = new Int32Array(n);
  const form = new Uint8Array(n);
  const value = new Float64Array(n);
  const denominator = new Float64Array(n);
  const per = new Float64Array(n);
  const valueScale = new Int8Array(n);
  const denominatorScale = new Int8Array(n);
  const exact = new Map<number, (Q | undefined)[]>();
  const intervals = new Map<number, { lower: number; upper: number; level: number }>();
  const sink: RowSink = { form: 0, value: 0, denominator: Number.NaN, per: Number.NaN, valueScale: 0, denominatorScale: 0, exact: undefined, columnar, plain: { value: 0, places: 0 }, interval: undefined };
  let seriesCount = 0;
  const key: KeySink = { area: '', indicator: '', period: '', parent: undefined };
  let lastArea = -1;
  let lastList: number[] | undefined;
  let lastNames: string[] | undefined;
  const namesOfArea: string[][] = [];
  let hint = 0;
  // the labels of the row before: consecutive rows usually share an area and a period
  let areaText = '';
  let a = -1;
  let periodText = '';
  let p = -1;
  for (let i = 0; i < n; i++) {
    source.read(i, key, sink);
    const f = sink.form;
    form[i] = f;
    value[i] = sink.value;
    if (f & RATIO) {
      denominator[i] = sink.denominator;
      denominatorScale[i] = sink.denominatorScale;
      per[i] = sink.per;
    } else {
      denominator[i] = Number.NaN;
      per[i] = Number.NaN;
    }
    valueScale[i] = sink.valueScale;
    if (f & EXACT) exact.set(i, sink.exact as (Q | undefined)[]);
    if (sink.interval !== undefined) intervals.set(i, sink.interval);
    if (key.area !== areaText) {
      areaText = key.area;
      a = areas.number(areaText);
    }
    if (key.period !== periodText) {
      periodText = key.period;
      const before = periods.list.length;
      p = periods.number(periodText);
      if (periods.list.length > before) {
        periodInfo.push(readPeriodOf(periodText, columnar ? `observations.period[${i}]` : `observations[${i}].period`));
      }
    }
    periodRow[i] = p;
    // the area's series, found by indicator text from where the last search ended (an area's
    // rows usually come in the same order of indicators each period); the indicator is
    // numbered only when its series is new
    if (a !== lastArea || lastList === undefined) {
      lastList = seriesOfArea[a] ??= [];
      lastNames = namesOfArea[a] ??= [];
      lastArea = a;
      hint = 0;
    }
    const list = lastList;
    const names = lastNames as string[];
    const text = key.indicator;
    let s = -1;
    let at = hint < names.length ? hint : 0;
    for (let seen = 0; seen < names.length; seen++) {
      if (names[at] === text) {
        s = list[2 * at + 1] as number;
        hint = at + 1;
        break;
      }
      at++;
      if (at === names.length) at = 0;
    }
    if (s < 0) {
      s = seriesCount++;
      list.push(indicators.number(text), s);
      names.push(text);
      hint = names.length;
    }
    seriesRow[i] = s;
    if (key.parent !== undefined) {
      const parent = parentLabels.number(key.parent, areas);
      if (parentOf[a] === undefined || parentOf[a] === -1) {
        parentOf[a] = parent;
        (childrenOf[parent] ??= []).push(a);
      }
    }
  }
  // counting sort of the rows by series, keeping the order given within a series
  const start = new Int32Array(seriesCount + 1);
  for (let i = 0; i < n; i++) {
    const next = (seriesRow[i] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let s = 0; s < seriesCount; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const cursor = start.slice(0, seriesCount);
  const order = new Int32Array(n);
  const period = periodInfo.length <= 0xffff ? new Uint16Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = seriesRow[i] as number;
    const j = cursor[s] as number;
    cursor[s] = j + 1;
    order[j] = i;
    period[j] = periodRow[i] as number;
  }
  // each series in period order (last day, then first day), stably
  const rank = rankPeriods(periodInfo);
  for (let s = 0; s < seriesCount; s++) sortSeries(start[s] as number, start[s + 1] as number, rank, period, order);
  for (const list of seriesOfArea) if (list !== undefined) sortPairs(list);
  const areaCount = areas.list.length;
  const parents = new Int32Array(areaCount).fill(-1);
  for (let a = 0; a < areaCount; a++) if (parentOf[a] !== undefined) parents[a] = parentOf[a] as number;
  return {
    size: n,
    areas: areas.list,
    areaNumbers: areas.numbers,
    indicators: indicators.list,
    indicatorNumbers: indicators.numbers,
    periods: periodInfo,
    periodNumbers: periods.numbers,
    seriesOfArea,
    start,
    order,
    period,
    form,
    value,
    denominator,
    per,
    valueScale,
    denominatorScale,
    exact,
    intervals,
    parentOf: parents,
    childrenOf,
  };
}

/** Ranks of periods by last day, then first day. */
function rankPeriods(periods: readonly PeriodInfo[]): Int32Array {
  const order = periods.map((_, p) => p);
  order.sort((x, y) => {
    const a = periods[x] as PeriodInfo;
    const b = periods[y] as PeriodInfo;
    if (a.end !== b.end) return a.end < b.end ? -1 : 1;
    if (a.start !== b.start) return a.start < b.start ? -1 : 1;
    return 0;
  });
  const rank = new Int32Array(periods.length);
  let current = -1;
  for (let k = 0; k < order.length; k++) {
    const p = order[k] as number;
    const previous = k === 0 ? undefined : (periods[order[k - 1] as number] as PeriodInfo);
    const info = periods[p] as PeriodInfo;
    if (previous === undefined || previous.end !== info.end || previous.start !== info.start) current++;
    rank[p] = current;
  }
  return rank;
}

/** Sort positions `from` … `to − 1` by period rank, keeping the order given among equal ranks. */
function sortSeries(from: number, to: number, rank: Int32Array, period: Uint16Array | Int32Array, order: Int32Array): void {
  let sorted = true;
  for (let j = from + 1; j < to && sorted; j++) sorted = (rank[period[j - 1] as number] as number) <= (rank[period[j] as number] as number);
  if (sorted) return;
  const positions = Array.from({ length: to - from }, (_, j) => from + j);
  positions.sort((x, y) => (rank[period[x] as number] as number) - (rank[period[y] as number] as number) || (order[x] as number) - (order[y] as number));
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
    areas: Object.freeze(store.areas.slice()),
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
  if (Array.isArray(observations)) return buildStore(listSource(observations), false);
  if (typeof observations === 'object' && observations !== null) {
    const store = stores.get(observations as ObservationIndex);
    if (store !== undefined) return store;
    if ((observations as { kind?: unknown }).kind === 'chitieu/observation-index') {
      fail('INVALID_ARGUMENT', 'observations', 'is an index that indexObservations did not build: pass the observations, or indexObservations(observations)', 'là một chỉ mục không do indexObservations tạo: hãy truyền các quan sát, hoặc indexObservations(observations)');
    }
    if ('indicator' in observations && 'area' in observations && 'period' in observations) {
      return buildStore(columnSource(observations as ObservationColumns), true);
    }
  }
  return fail('INVALID_ARGUMENT', 'observations', `must be an array of observations, observation columns, or an index from indexObservations (got ${describeValue(observations)})`, `phải là một mảng quan sát, các cột quan sát, hoặc chỉ mục từ indexObservations (nhận ${describeValue(observations)})`);
}
