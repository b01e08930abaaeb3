import { ChitieuError, chitieuError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { periodInfo } from './internal/time.js';
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

function push(map: Map<string, TimedObservation[]>, key: string, entry: TimedObservation): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
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
  const byArea = new Map<string, TimedObservation[]>();
  const byParent = new Map<string, TimedObservation[]>();
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i] as Observation;
    let info;
    try {
      info = periodInfo(observation.period);
    } catch (error) {
      const field = `observations[${i}].period`;
      const shown = JSON.stringify(observation?.period);
      throw new ChitieuError('INVALID_PERIOD', {
        field,
        message: {
          en: `${field} is not an observation period (got ${shown})`,
          vi: `${field} không phải là một kỳ quan sát (nhận ${shown})`,
        },
        cause: error,
      });
    }
    const entry: TimedObservation = { observation, start: info.start, end: info.end, time: info.time };
    push(byArea, seriesKey(observation.indicator, observation.area), entry);
    if (observation.parent !== undefined) push(byParent, seriesKey(observation.indicator, observation.parent), entry);
  }
  for (const list of byArea.values()) if (list.length > 1) list.sort(byPeriod);
  for (const list of byParent.values()) if (list.length > 1) list.sort(byPeriod);
  return { kind: 'chitieu/observation-index', size: observations.length, byArea, byParent };
}

/** An index, given an index or an array (internal). */
export function toIndex(observations: readonly Observation[] | ObservationIndex): ObservationIndex {
  if (!Array.isArray(observations) && (observations as ObservationIndex)?.kind === 'chitieu/observation-index') {
    return observations as ObservationIndex;
  }
  return indexObservations(observations as readonly Observation[]);
}
