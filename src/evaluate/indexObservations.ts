import { ChitieuError, chitieuError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { periodInfo, type PeriodInfo } from './internal/time.js';
import type { Q } from './internal/rational.js';
import type { IndexedObservation, ObservationIndex } from './types.js';

/** An indexed observation with its closing moment (internal). */
export interface TimedObservation extends IndexedObservation {
  readonly time: Q;
}

/** The key of a series: indicator and area (or parent). */
export function seriesKey(indicator: string, area: string): string {
  return `${indicator}\u0000${area}`;
}

function byPeriod(a: TimedObservation, b: TimedObservation): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return 0; // stable sort: the one given later stays later and wins
}

/** Series by indicator, then by area (or parent): looked up without building a key string. */
export type NestedSeries = Map<string, Map<string, TimedObservation[]>>;

const nested = new WeakMap<ObservationIndex, { readonly byArea: NestedSeries; readonly byParent: NestedSeries }>();

/** The series of `indicator` for `area` (or, with `parent`, the units under it), sorted; `undefined` when none. */
export function seriesOf(
  index: ObservationIndex,
  indicator: string,
  area: string,
  parent: boolean,
): readonly IndexedObservation[] | undefined {
  const inner = nested.get(index);
  if (inner !== undefined) return (parent ? inner.byParent : inner.byArea).get(indicator)?.get(area);
  return (parent ? index.byParent : index.byArea).get(seriesKey(indicator, area));
}

/**
 * The series of `indicator` by area (or, with `parent`, by parent) when the index was built
 * by {@link indexObservations}: `undefined` when it has none, `null` when the index was not
 * (then use {@link seriesOf}).
 */
export function seriesTable(
  index: ObservationIndex,
  indicator: string,
  parent: boolean,
): ReadonlyMap<string, readonly IndexedObservation[]> | undefined | null {
  const inner = nested.get(index);
  if (inner === undefined) return null;
  return (parent ? inner.byParent : inner.byArea).get(indicator);
}

function add(map: NestedSeries, created: TimedObservation[][], indicator: string, area: string, entry: TimedObservation): void {
  let byArea = map.get(indicator);
  if (byArea === undefined) map.set(indicator, (byArea = new Map()));
  const list = byArea.get(area);
  if (list === undefined) {
    const fresh = [entry];
    byArea.set(area, fresh);
    created.push(fresh);
  } else list.push(entry);
}

/** Sort each series by period (the list is usually in order already). */
function sortSeries(created: readonly TimedObservation[][]): void {
  for (let s = 0; s < created.length; s++) {
    const list = created[s] as TimedObservation[];
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = byPeriod(list[i - 1] as TimedObservation, list[i] as TimedObservation) <= 0;
    if (!sorted) list.sort(byPeriod);
  }
}

/**
 * The series as a read-only map keyed by {@link seriesKey}, in the order the series first
 * appeared: a view over the series grouped by indicator then area, so that no key string is
 * built unless someone iterates the keys.
 */
class SeriesView implements ReadonlyMap<string, readonly IndexedObservation[]> {
  readonly #series: NestedSeries;
  readonly #created: readonly TimedObservation[][];
  readonly #parent: boolean;

  constructor(series: NestedSeries, created: readonly TimedObservation[][], parent: boolean) {
    this.#series = series;
    this.#created = created;
    this.#parent = parent;
  }

  get size(): number {
    return this.#created.length;
  }

  get(key: string): readonly IndexedObservation[] | undefined {
    if (typeof key !== 'string') return undefined;
    const split = key.indexOf('\u0000');
    if (split < 0) return undefined;
    return this.#series.get(key.slice(0, split))?.get(key.slice(split + 1));
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  #keyOf(list: readonly TimedObservation[]): string {
    const first = (list[0] as TimedObservation).observation;
    return seriesKey(first.indicator, this.#parent ? (first.parent as string) : first.area);
  }

  forEach(callback: (value: readonly IndexedObservation[], key: string, map: ReadonlyMap<string, readonly IndexedObservation[]>) => void, thisArg?: unknown): void {
    for (const list of this.#created) callback.call(thisArg, list, this.#keyOf(list), this);
  }

  *#entries(): Generator<[string, readonly IndexedObservation[]], undefined> {
    for (const list of this.#created) yield [this.#keyOf(list), list];
  }

  *#keys(): Generator<string, undefined> {
    for (const list of this.#created) yield this.#keyOf(list);
  }

  *#values(): Generator<readonly IndexedObservation[], undefined> {
    for (const list of this.#created) yield list;
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
  const areaSeries: NestedSeries = new Map();
  const parentSeries: NestedSeries = new Map();
  const areaLists: TimedObservation[][] = [];
  const parentLists: TimedObservation[][] = [];
  let lastPeriod: string | undefined;
  let info: PeriodInfo | undefined;
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i] as Observation;
    const period = observation?.period;
    if (period !== lastPeriod || info === undefined) {
      info = readPeriod(period, i);
      lastPeriod = period;
    }
    const entry: TimedObservation = { observation, start: info.start, end: info.end, time: info.time };
    add(areaSeries, areaLists, observation.indicator, observation.area, entry);
    if (observation.parent !== undefined) add(parentSeries, parentLists, observation.indicator, observation.parent, entry);
  }
  sortSeries(areaLists);
  sortSeries(parentLists);
  const byArea = new SeriesView(areaSeries, areaLists, false);
  const byParent = new SeriesView(parentSeries, parentLists, true);
  const index: ObservationIndex = { kind: 'chitieu/observation-index', size: observations.length, byArea, byParent };
  nested.set(index, { byArea: areaSeries, byParent: parentSeries });
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

/** An index, given an index or an array (internal). */
export function toIndex(observations: readonly Observation[] | ObservationIndex): ObservationIndex {
  if (!Array.isArray(observations) && (observations as ObservationIndex)?.kind === 'chitieu/observation-index') {
    return observations as ObservationIndex;
  }
  return indexObservations(observations as readonly Observation[]);
}
