/**
 * The options of the evaluation functions, read once. Internal.
 *
 * @internal
 * @module
 */
import { parseIsoDate } from '../../calendar/parseIsoDate.js';
import { getIndicator } from '../../catalog/getIndicator.js';
import { fail } from '../../errors.js';
import { NOT_ONE_OF } from '../../messages/index.js';
import type { Area } from '../../model/area.js';
import type { Indicator } from '../../model/indicator.js';
import { toPositive } from '../../numeric/decimal.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import type { Q } from '../../numeric/exact/rational.js';
import { projectionMethod, type ProjectionRule } from '../projection/registry.js';
import type { EvaluateOptions, IndicatorLookup } from '../types.js';
import { AREA_ID, AREA_TWICE, AREAS_NOT_A_LIST, AS_OF, INDICATOR_LOOKUP, INTERVAL_OPTION, NOT_AN_AREA, OPTIONS, OWN_ANCESTOR } from '../messages/index.js';

/** Options after checking. */
export interface Settings {
  readonly asOf: string;
  readonly area: string | undefined;
  readonly exact: boolean;
  readonly projection: ProjectionRule;
  readonly indicator: (id: string) => Indicator | undefined;
  readonly population: Q | undefined;
  /** The area tree, when given. */
  readonly areas: readonly Area[] | undefined;
  /** The confidence level of figures' intervals (the `interval` option), or `undefined` without it. */
  readonly interval: number | undefined;
}

/**
 * The indicator of an id: from `lookup` (the `indicators` option: a Map, a record keyed by id,
 * or a function) first, else the catalog's.
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `field` when `lookup` is none of those.
 */
export function lookupOf(lookup: IndicatorLookup | undefined, field = 'options.indicators'): (id: string) => Indicator | undefined {
  if (lookup === undefined) return getIndicator;
  if (typeof lookup === 'function') {
    return (id) => {
      const found = (lookup as (id: string) => Indicator | undefined)(id);
      return typeof found === 'object' && found !== null ? found : getIndicator(id);
    };
  }
  if (lookup instanceof Map) return (id) => lookup.get(id) ?? getIndicator(id);
  // a list of indicators is not keyed by id: read as a record, its ids would be '0', '1', …
  if (typeof lookup === 'object' && lookup !== null && !Array.isArray(lookup)) {
    const record = lookup as Readonly<Record<string, Indicator>>;
    return (id) => (Object.hasOwn(record, id) ? record[id] : undefined) ?? getIndicator(id);
  }
  throw fail(INDICATOR_LOOKUP, field, { value: lookup });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw fail(NOT_ONE_OF, field, { value, allowed });
}

/** Check the area tree: a list of areas with unique ids, each parent one of them or outside the list. */
function readAreas(value: unknown): readonly Area[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw fail(AREAS_NOT_A_LIST, 'options.areas', { value });
  }
  const seen = new Set<string>();
  value.forEach((area: unknown, i) => {
    const a = area as Partial<Area> | null;
    const field = `options.areas[${i}]`;
    if (typeof a !== 'object' || a === null || typeof a.id !== 'string' || a.id === '' || typeof a.level !== 'string' || (a.parent !== undefined && (typeof a.parent !== 'string' || a.parent === ''))) {
      throw fail(NOT_AN_AREA, field, { value: area });
    }
    if (seen.has(a.id)) {
      throw fail(AREA_TWICE, `${field}.id`, { id: a.id });
    }
    seen.add(a.id);
  });
  // no area is its own ancestor: the first one listed that is is named
  const parentOf = new Map(value.map((area: Area) => [area.id, area.parent]));
  for (const area of value as Area[]) {
    let at = area.parent;
    for (let steps = 0; at !== undefined; steps++) {
      if (at === area.id) {
        throw fail(OWN_ANCESTOR, 'options.areas', { id: area.id });
      }
      // an area in a loop meets itself within as many steps as there are areas: past them, the
      // walk goes round a loop above this area, whose own areas are named in their turn
      if (steps === value.length) break;
      at = parentOf.get(at);
    }
  }
  return value as Area[];
}

/** Check and normalise the options (throws `INVALID_ARGUMENT`, `INVALID_DATE`, number errors). */
export function readSettings(options: EvaluateOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw fail(OPTIONS, 'options', { value: options });
  }
  if (typeof options.asOf !== 'string') {
    throw fail(AS_OF, 'options.asOf', { value: options.asOf });
  }
  parseIsoDate(options.asOf, 'options.asOf');
  if (options.area !== undefined && (typeof options.area !== 'string' || options.area === '')) {
    throw fail(AREA_ID, 'options.area', { value: options.area });
  }
  const compare = oneOf(options.compare, ['published', 'exact'] as const, 'options.compare');
  const projection = oneOf(options.projection, ['linear', 'growth-rate', 'sdg'] as const, 'options.projection') ?? 'linear';
  const population = options.population === undefined ? undefined : (readDecimal(toPositive(options.population, 'options.population').toString()) as Q);
  const indicator = lookupOf(options.indicators);
  const interval = options.interval;
  if (interval !== undefined && typeof interval !== 'boolean' && !(typeof interval === 'number' && interval > 0 && interval < 1)) {
    throw fail(INTERVAL_OPTION, 'options.interval', { value: interval });
  }
  return {
    asOf: options.asOf,
    area: options.area,
    exact: compare === 'exact',
    projection: projectionMethod(projection),
    indicator,
    population,
    areas: readAreas(options.areas),
    interval: interval === true ? 0.95 : typeof interval === 'number' ? interval : undefined,
  };
}
