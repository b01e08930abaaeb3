import { ChitieuError, chitieuError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { periodInfo, type PeriodInfo } from './internal/time.js';
import type { IndexedObservation, ObservationIndex } from './types.js';

/**
 * Observation numbers grouped into series (internal): every observation of one indicator in
 * one area (or, for `byParent`, under one parent), sorted by period.
 */
export interface Grouping {
  /** Area (or parent) → series number by indicator number (see {@link Columns.indicators}); series are numbered as they first appear. */
  readonly ids: ReadonlyMap<string, readonly (number | undefined)[]>;
  /** Series `s` is `order[start[s]]` … `order[start[s + 1] − 1]`. */
  readonly start: Int32Array;
  /** Observation numbers, series after series. */
  readonly order: Int32Array;
}

/**
 * The columns behind an index built by {@link indexObservations} (internal): observations
 * by number, their periods read once, and the two groupings. Nothing per observation but
 * typed-array slots, so that a million observations cost a few allocations.
 */
export interface Columns {
  readonly observations: readonly Observation[];
  /** The distinct periods, read once. */
  readonly periods: readonly PeriodInfo[];
  /** Period number of each observation. */
  readonly periodOf: Int32Array;
  /** Period text → period number. */
  readonly periodNumbers: ReadonlyMap<string, number>;
  /** Indicator → indicator number. */
  readonly indicators: ReadonlyMap<string, number>;
  readonly byArea: Grouping;
  readonly byParent: Grouping;
}

const built = new WeakMap<ObservationIndex, Columns>();

/** Build a {@link Grouping} from each observation's series number (−1: none). */
function group(ids: Map<string, (number | undefined)[]>, seriesOf: Int32Array, count: number, rank: Int32Array, periodOf: Int32Array): Grouping {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < seriesOf.length; i++) {
    const s = seriesOf[i] as number;
    if (s >= 0) start[s + 1] = (start[s + 1] as number) + 1;
  }
  for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const order = new Int32Array(start[count] as number);
  const cursor = start.slice(0, count);
  for (let i = 0; i < seriesOf.length; i++) {
    const s = seriesOf[i] as number;
    if (s >= 0) {
      order[cursor[s] as number] = i;
      cursor[s] = (cursor[s] as number) + 1;
    }
  }
  // sort each series by period rank, keeping the given order between equal periods (the
  // one given later stays later and wins); the series is usually in order already
  for (let s = 0; s < count; s++) {
    const from = start[s] as number;
    const to = start[s + 1] as number;
    let sorted = true;
    for (let p = from + 1; p < to && sorted; p++) {
      sorted = (rank[periodOf[order[p - 1] as number] as number] as number) <= (rank[periodOf[order[p] as number] as number] as number);
    }
    if (!sorted) {
      const items = Array.from(order.subarray(from, to));
      items.sort((a, b) => (rank[periodOf[a] as number] as number) - (rank[periodOf[b] as number] as number) || a - b);
      order.set(items, from);
    }
  }
  return { ids, start, order };
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

/** Series numbering in progress: the areas' lists, the previous area's, and the count. */
interface Numbering {
  readonly ids: Map<string, (number | undefined)[]>;
  area: string | undefined;
  list: (number | undefined)[] | undefined;
  count: number;
}

/**
 * The series number of (`area`, indicator number `k`), numbering a new series when first
 * seen (consecutive observations usually share an area, so the previous area's list is kept).
 */
function seriesNumber(numbering: Numbering, area: string, k: number): number {
  let list = numbering.area === area ? numbering.list : numbering.ids.get(area);
  if (list === undefined) numbering.ids.set(area, (list = []));
  numbering.area = area;
  numbering.list = list;
  let s = list[k];
  if (s === undefined) list[k] = s = numbering.count++;
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
      const { observations, periods, periodOf } = this.#columns;
      const { start, order } = this.#grouping;
      const made: IndexedObservation[] = [];
      for (let p = start[s] as number; p < (start[s + 1] as number); p++) {
        const o = order[p] as number;
        const info = periods[periodOf[o] as number] as PeriodInfo;
        made.push(Object.freeze({ observation: observations[o] as Observation, start: info.start, end: info.end }));
      }
      this.#lists[s] = list = Object.freeze(made);
    }
    return list;
  }

  #key(s: number): string {
    const first = this.#columns.observations[this.#grouping.order[this.#grouping.start[s] as number] as number] as Observation;
    return `${first.indicator}\u0000${this.#parent ? (first.parent as string) : first.area}`;
  }

  get(key: string): readonly IndexedObservation[] | undefined {
    if (typeof key !== 'string') return undefined;
    const split = key.indexOf('\u0000');
    if (split < 0) return undefined;
    const k = this.#columns.indicators.get(key.slice(0, split));
    const s = k === undefined ? undefined : this.#grouping.ids.get(key.slice(split + 1))?.[k];
    return s === undefined ? undefined : this.#list(s);
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
  const list: readonly Observation[] = observations.slice();
  const n = list.length;
  const periodOf = new Int32Array(n);
  const areaOf = new Int32Array(n);
  const parentOf = new Int32Array(n);
  const periodIds = new Map<string, number>();
  const periods: PeriodInfo[] = [];
  const indicators = new Map<string, number>();
  const areas: Numbering = { ids: new Map(), area: undefined, list: undefined, count: 0 };
  const parents: Numbering = { ids: new Map(), area: undefined, list: undefined, count: 0 };
  let lastPeriod: string | undefined;
  let lastId = -1;
  for (let i = 0; i < n; i++) {
    const observation = list[i] as Observation;
    const period = observation?.period;
    if (period !== lastPeriod || lastId < 0) {
      let id = periodIds.get(period);
      if (id === undefined) {
        periods.push(readPeriod(period, i));
        periodIds.set(period, (id = periods.length - 1));
      }
      lastPeriod = period;
      lastId = id;
    }
    periodOf[i] = lastId;
    let k = indicators.get(observation.indicator);
    if (k === undefined) indicators.set(observation.indicator, (k = indicators.size));
    areaOf[i] = seriesNumber(areas, observation.area, k);
    parentOf[i] = observation.parent === undefined ? -1 : seriesNumber(parents, observation.parent, k);
  }
  const rank = rankPeriods(periods);
  const columns: Columns = {
    observations: list,
    periods,
    periodOf,
    periodNumbers: periodIds,
    indicators,
    byArea: group(areas.ids, areaOf, areas.count, rank, periodOf),
    byParent: group(parents.ids, parentOf, parents.count, rank, periodOf),
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
