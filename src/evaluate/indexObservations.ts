import { ChitieuError, chitieuError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { periodInfo, type PeriodInfo } from './internal/time.js';
import type { IndexedObservation, ObservationIndex } from './types.js';

/**
 * Observations grouped into series (internal): every observation of one indicator in one area
 * (or, for `byParent`, under one parent), sorted by period, stored series after series.
 */
export interface Grouping {
  /**
   * Area (or parent) → its series: indicator number and series number in pairs,
   * `[k0, s0, k1, s1, …]` (see {@link seriesIn}); series are numbered as they first appear.
   */
  readonly ids: ReadonlyMap<string, readonly number[]>;
  /** Series `s` is `items[start[s]]` … `items[start[s + 1] − 1]`. */
  readonly start: Int32Array;
  /** The observations, series after series. */
  readonly items: readonly Observation[];
  /** The period number of each item (see {@link Columns.periods}). */
  readonly periodOf: Uint16Array | Int32Array;
}

/**
 * The columns behind an index built by {@link indexObservations} (internal): the distinct
 * periods, read once, and the observations grouped by area and by parent. Nothing per
 * observation but an array slot and a period number, so that a million observations cost a
 * few allocations.
 */
export interface Columns {
  /** The distinct periods, read once. */
  readonly periods: readonly PeriodInfo[];
  /** Period text → period number. */
  readonly periodNumbers: ReadonlyMap<string, number>;
  /** Indicator → indicator number. */
  readonly indicators: ReadonlyMap<string, number>;
  readonly byArea: Grouping;
  readonly byParent: Grouping;
}

const built = new WeakMap<ObservationIndex, Columns>();

/** Period numbers of observations, read in turn: consecutive observations usually share a period. */
interface PeriodReader {
  readonly numbers: Map<string, number>;
  readonly periods: PeriodInfo[];
  last: string | undefined;
  lastNumber: number;
}

/** The period number of observation `i` (reading a period the first time it is seen). */
function periodNumber(reader: PeriodReader, period: string, i: number): number {
  if (period === reader.last && reader.lastNumber >= 0) return reader.lastNumber;
  let id = reader.numbers.get(period);
  if (id === undefined) {
    reader.periods.push(readPeriod(period, i));
    reader.numbers.set(period, (id = reader.periods.length - 1));
  }
  reader.last = period;
  reader.lastNumber = id;
  return id;
}

/**
 * Place the observations into a {@link Grouping}: observation `i` goes to series
 * `seriesOf[i] − shift` (none when negative), in the order given, then each series is sorted
 * by period rank (stably: of two observations of one period, the one given later stays later).
 */
function group(
  list: readonly Observation[],
  ids: Map<string, number[]>,
  seriesOf: Int32Array,
  shift: number,
  count: number,
  reader: PeriodReader,
  rank: Int32Array,
): Grouping {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < seriesOf.length; i++) {
    const s = (seriesOf[i] as number) - shift;
    if (s >= 0) start[s + 1] = (start[s + 1] as number) + 1;
  }
  for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const size = start[count] as number;
  const items: Observation[] = new Array(size);
  const periodOf = reader.periods.length <= 0xffff ? new Uint16Array(size) : new Int32Array(size);
  const cursor = start.slice(0, count);
  reader.last = undefined;
  for (let i = 0; i < seriesOf.length; i++) {
    const s = (seriesOf[i] as number) - shift;
    if (s >= 0) {
      const p = cursor[s] as number;
      cursor[s] = p + 1;
      const observation = list[i] as Observation;
      items[p] = observation;
      periodOf[p] = periodNumber(reader, observation.period, i);
    }
  }
  // the series is usually in order already
  for (let s = 0; s < count; s++) {
    const from = start[s] as number;
    const to = start[s + 1] as number;
    let sorted = true;
    for (let p = from + 1; p < to && sorted; p++) sorted = (rank[periodOf[p - 1] as number] as number) <= (rank[periodOf[p] as number] as number);
    if (!sorted) {
      const positions = Array.from({ length: to - from }, (_, j) => from + j);
      positions.sort((a, b) => (rank[periodOf[a] as number] as number) - (rank[periodOf[b] as number] as number) || a - b);
      const moved = positions.map((p) => items[p] as Observation);
      const numbers = positions.map((p) => periodOf[p] as number);
      for (let j = 0; j < moved.length; j++) {
        items[from + j] = moved[j] as Observation;
        periodOf[from + j] = numbers[j] as number;
      }
    }
  }
  return { ids, start, items, periodOf };
}

/** Ranks of the periods by last day, then first day. */
function rankPeriods(periods: readonly PeriodInfo[]): Int32Array {
  const numbers = periods.map((_, p) => p);
  numbers.sort((a, b) => {
    const x = periods[a] as PeriodInfo;
    const y = periods[b] as PeriodInfo;
    if (x.end !== y.end) return x.end < y.end ? -1 : 1;
    if (x.start !== y.start) return x.start < y.start ? -1 : 1;
    return 0;
  });
  const rank = new Int32Array(periods.length);
  let current = -1;
  for (let k = 0; k < numbers.length; k++) {
    const p = numbers[k] as number;
    const previous = k === 0 ? undefined : (periods[numbers[k - 1] as number] as PeriodInfo);
    const info = periods[p] as PeriodInfo;
    if (previous === undefined || previous.end !== info.end || previous.start !== info.start) current++;
    rank[p] = current;
  }
  return rank;
}

/**
 * The series number of indicator number `k` in an area's list of pairs (see
 * {@link Grouping.ids}), or -1.
 */
export function seriesIn(list: readonly number[] | undefined, k: number): number {
  if (list === undefined) return -1;
  for (let at = 0; at < list.length; at += 2) if (list[at] === k) return list[at + 1] as number;
  return -1;
}

/** Series numbering in progress: the areas' lists, the last area's list and where its last search ended, and the count. */
interface Numbering {
  readonly ids: Map<string, number[]>;
  area: string | undefined;
  list: number[] | undefined;
  hint: number;
  count: number;
}

/**
 * The series number of (`area`, indicator number `k`), numbering a new series when first
 * seen. Consecutive observations usually share an area and come in the same order of
 * indicators each period, so the last area's list is kept and searched from where the last
 * search ended.
 */
function seriesNumber(numbering: Numbering, area: string, k: number): number {
  let list = numbering.list;
  if (numbering.area !== area || list === undefined) {
    list = numbering.ids.get(area);
    if (list === undefined) numbering.ids.set(area, (list = []));
    numbering.area = area;
    numbering.list = list;
    numbering.hint = 0;
  }
  const length = list.length;
  let at = numbering.hint < length ? numbering.hint : 0;
  for (let seen = 0; seen < length; seen += 2) {
    if (list[at] === k) {
      numbering.hint = at + 2;
      return list[at + 1] as number;
    }
    at += 2;
    if (at === length) at = 0;
  }
  const s = numbering.count++;
  list.push(k, s);
  numbering.hint = length + 2;
  return s;
}

/**
 * A series list as a read-only map keyed `indicator + '\u0000' + area` (or parent), in the
 * order the series first appeared. Each list of {@link IndexedObservation}s is made on first
 * request and kept, so the evaluation, which reads the columns, never makes them.
 */
class SeriesView implements ReadonlyMap<string, readonly IndexedObservation[]> {
  readonly #columns: Columns;
  readonly #grouping: Grouping;
  readonly #parent: boolean;
  readonly #lists: (readonly IndexedObservation[] | undefined)[] = [];

  constructor(columns: Columns, parent: boolean) {
    this.#columns = columns;
    this.#grouping = parent ? columns.byParent : columns.byArea;
    this.#parent = parent;
  }

  get size(): number {
    return this.#grouping.start.length - 1;
  }

  #list(s: number): readonly IndexedObservation[] {
    let list = this.#lists[s];
    if (list === undefined) {
      const periods = this.#columns.periods;
      const { start, items, periodOf } = this.#grouping;
      const made: IndexedObservation[] = [];
      for (let p = start[s] as number; p < (start[s + 1] as number); p++) {
        const info = periods[periodOf[p] as number] as PeriodInfo;
        made.push(Object.freeze({ observation: items[p] as Observation, start: info.start, end: info.end }));
      }
      this.#lists[s] = list = Object.freeze(made);
    }
    return list;
  }

  #key(s: number): string {
    const first = this.#grouping.items[this.#grouping.start[s] as number] as Observation;
    return `${first.indicator}\u0000${this.#parent ? (first.parent as string) : first.area}`;
  }

  get(key: string): readonly IndexedObservation[] | undefined {
    if (typeof key !== 'string') return undefined;
    const split = key.indexOf('\u0000');
    if (split < 0) return undefined;
    const k = this.#columns.indicators.get(key.slice(0, split));
    const s = k === undefined ? -1 : seriesIn(this.#grouping.ids.get(key.slice(split + 1)), k);
    return s < 0 ? undefined : this.#list(s);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: readonly IndexedObservation[], key: string, map: ReadonlyMap<string, readonly IndexedObservation[]>) => void, thisArg?: unknown): void {
    for (let s = 0; s < this.size; s++) callback.call(thisArg, this.#list(s), this.#key(s), this);
  }

  *#entries(): Generator<[string, readonly IndexedObservation[]], undefined> {
    for (let s = 0; s < this.size; s++) yield [this.#key(s), this.#list(s)];
  }

  *#keys(): Generator<string, undefined> {
    for (let s = 0; s < this.size; s++) yield this.#key(s);
  }

  *#values(): Generator<readonly IndexedObservation[], undefined> {
    for (let s = 0; s < this.size; s++) yield this.#list(s);
  }

  entries(): MapIterator<[string, readonly IndexedObservation[]]> {
    return this.#entries();
  }

  keys(): MapIterator<string> {
    return this.#keys();
  }

  values(): MapIterator<readonly IndexedObservation[]> {
    return this.#values();
  }

  [Symbol.iterator](): MapIterator<[string, readonly IndexedObservation[]]> {
    return this.#entries();
  }
}

/**
 * Group observations by indicator and area once, with every period read and each group
 * sorted by period, so that evaluating many targets and areas does not scan or re-parse the
 * whole list each time. {@link evaluateTarget}, {@link evaluatePlan} and
 * {@link evaluateAreas} accept the index wherever they accept an array; build it once when
 * you evaluate more than a handful of targets.
 *
 * Periods are ordered by their last day, then their first (`'2026'` before `'2026-Q4'`).
 * When two observations have the same indicator, area and period, the one given later wins.
 * Observations with a `parent` are also grouped under the parent, for share-of-units targets.
 * The index keeps its own copy of the list (adding to the array later does not change it)
 * but not of the observations: treat them as read-only, as parsed data is.
 *
 * @param observations - parsed observations (see `ObservationSchema`).
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `observations`) when not an array;
 *   `INVALID_PERIOD` naming `observations[i].period`.
 * @example
 * ```ts
 * import { evaluateTarget, indexObservations, TargetSchema } from 'chitieu';
 *
 * const index = indexObservations([
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: '49.2' },
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2025', value: '48.1' },
 * ]);
 * console.log(index.size); // 2
 * console.log(index.byArea.get('beds-per-10k\u0000cao-minh')?.map((entry) => entry.end)); // [ '2025-12-31', '2026-12-31' ]
 * const target = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31', area: 'cao-minh' });
 * console.log(evaluateTarget(target, index, { asOf: '2027-01-31' }).status); // 'achieved'
 * ```
 */
export function indexObservations(observations: readonly Observation[]): ObservationIndex {
  if (!Array.isArray(observations)) {
    throw chitieuError('INVALID_ARGUMENT', 'observations', {
      en: 'observations must be an array of observations',
      vi: 'observations phải là một mảng các quan sát',
    });
  }
  const n = observations.length;
  const seriesOf = new Int32Array(n);
  // parent series numbers plus one (0: no parent), made when the first parent is seen
  let parentOf: Int32Array | undefined;
  const reader: PeriodReader = { numbers: new Map(), periods: [], last: undefined, lastNumber: -1 };
  const indicators = new Map<string, number>();
  const areas: Numbering = { ids: new Map(), area: undefined, list: undefined, hint: 0, count: 0 };
  const parents: Numbering = { ids: new Map(), area: undefined, list: undefined, hint: 0, count: 0 };
  for (let i = 0; i < n; i++) {
    const observation = observations[i] as Observation;
    periodNumber(reader, observation?.period, i);
    let k = indicators.get(observation.indicator);
    if (k === undefined) indicators.set(observation.indicator, (k = indicators.size));
    seriesOf[i] = seriesNumber(areas, observation.area, k);
    if (observation.parent !== undefined) {
      parentOf ??= new Int32Array(n);
      parentOf[i] = seriesNumber(parents, observation.parent, k) + 1;
    }
  }
  const rank = rankPeriods(reader.periods);
  const columns: Columns = {
    periods: reader.periods,
    periodNumbers: reader.numbers,
    indicators,
    byArea: group(observations, areas.ids, seriesOf, 0, areas.count, reader, rank),
    byParent: group(observations, parents.ids, parentOf ?? new Int32Array(0), 1, parents.count, reader, rank),
  };
  const index: ObservationIndex = Object.freeze({
    kind: 'chitieu/observation-index',
    size: n,
    byArea: new SeriesView(columns, false),
    byParent: new SeriesView(columns, true),
  });
  built.set(index, columns);
  return index;
}

function readPeriod(period: string, i: number): PeriodInfo {
  try {
    return periodInfo(period);
  } catch (error) {
    const field = `observations[${i}].period`;
    const shown = JSON.stringify(period);
    throw new ChitieuError('INVALID_PERIOD', {
      field,
      message: {
        en: `${field} is not an observation period (got ${shown})`,
        vi: `${field} không phải là một kỳ quan sát (nhận ${shown})`,
      },
      cause: error,
    });
  }
}

/**
 * The columns of `observations`: of the index when it is one {@link indexObservations}
 * built, else of a new index of the array (internal).
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `observations`) for an object that
 *   looks like an index but was not built by {@link indexObservations}.
 */
export function columnsOf(observations: readonly Observation[] | ObservationIndex): Columns {
  if (Array.isArray(observations)) return built.get(indexObservations(observations)) as Columns;
  const columns = built.get(observations as ObservationIndex);
  if (columns !== undefined) return columns;
  if ((observations as ObservationIndex | undefined)?.kind === 'chitieu/observation-index') {
    throw chitieuError('INVALID_ARGUMENT', 'observations', {
      en: 'observations is an index that indexObservations did not build: pass the observations, or indexObservations(observations)',
      vi: 'observations là một chỉ mục không do indexObservations tạo: hãy truyền các quan sát, hoặc indexObservations(observations)',
    });
  }
  return built.get(indexObservations(observations as readonly Observation[])) as Columns;
}
