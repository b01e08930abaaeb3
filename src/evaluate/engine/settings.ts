/**
 * The options of the evaluation functions, read once. Internal.
 *
 * @internal
 * @module
 */
import { parseIsoDate } from '../../calendar/parseIsoDate.js';
import { getIndicator } from '../../catalog/getIndicator.js';
import { chitieuError, describeValue } from '../../errors.js';
import type { Area } from '../../model/area.js';
import type { Indicator } from '../../model/indicator.js';
import { toPositive } from '../../numeric/decimal.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import type { Q } from '../../numeric/exact/rational.js';
import { projectionMethod, type ProjectionRule } from '../projection/registry.js';
import type { EvaluateOptions, IndicatorLookup } from '../types.js';

/** Options after checking. */
export interface Settings {
  readonly asOf: string;
  readonly area: string | undefined;
  readonly exact: boolean;
  readonly projection: ProjectionRule;
  readonly indicator: (id: string) => Indicator | undefined;
  /** Whether `options.indicators` or the catalog defines an id. */
  readonly known: (id: string) => boolean;
  readonly population: Q | undefined;
  /** The area tree, when given. */
  readonly areas: readonly Area[] | undefined;
  /** The confidence level of figures' intervals (the `interval` option), or `undefined` without it. */
  readonly interval: number | undefined;
}

function lookupOf(lookup: IndicatorLookup | undefined): (id: string) => Indicator | undefined {
  if (lookup === undefined) return getIndicator;
  if (typeof lookup === 'function') {
    return (id) => {
      const found = (lookup as (id: string) => Indicator | undefined)(id);
      return typeof found === 'object' && found !== null ? found : getIndicator(id);
    };
  }
  if (lookup instanceof Map) return (id) => lookup.get(id) ?? getIndicator(id);
  if (typeof lookup === 'object' && lookup !== null) {
    const record = lookup as Readonly<Record<string, Indicator>>;
    return (id) => (Object.hasOwn(record, id) ? record[id] : undefined) ?? getIndicator(id);
  }
  throw chitieuError('INVALID_ARGUMENT', 'options.indicators', {
    en: 'options.indicators must be a Map, a record keyed by indicator id, or a function',
    vi: 'options.indicators phải là Map, đối tượng theo mã chỉ số, hoặc một hàm',
  });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const list = allowed.map((item) => `'${item}'`).join(', ');
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be one of ${list} (got ${describeValue(value)})`,
    vi: `${field} phải là một trong ${list} (nhận ${describeValue(value)})`,
  });
}

/** Check the area tree: a list of areas with unique ids, each parent one of them or outside the list. */
function readAreas(value: unknown): readonly Area[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw chitieuError('INVALID_ARGUMENT', 'options.areas', {
      en: `options.areas must be an array of areas ({ id, name, level, parent? }) (got ${describeValue(value)})`,
      vi: `options.areas phải là một mảng địa bàn ({ id, name, level, parent? }) (nhận ${describeValue(value)})`,
    });
  }
  const seen = new Set<string>();
  value.forEach((area: unknown, i) => {
    const a = area as Partial<Area> | null;
    const field = `options.areas[${i}]`;
    if (typeof a !== 'object' || a === null || typeof a.id !== 'string' || a.id === '' || typeof a.level !== 'string' || (a.parent !== undefined && (typeof a.parent !== 'string' || a.parent === ''))) {
      throw chitieuError('INVALID_ARGUMENT', field, {
        en: `${field} must be an area with a non-empty id, a level and an optional parent id (got ${describeValue(area)})`,
        vi: `${field} phải là một địa bàn có mã khác rỗng, cấp và mã địa bàn cha (nếu có) (nhận ${describeValue(area)})`,
      });
    }
    if (seen.has(a.id)) {
      throw chitieuError('INVALID_ARGUMENT', `${field}.id`, {
        en: `${field}.id '${a.id}' is listed twice`,
        vi: `${field}.id '${a.id}' bị liệt kê hai lần`,
      });
    }
    seen.add(a.id);
  });
  // no area is its own ancestor
  const parentOf = new Map(value.map((area: Area) => [area.id, area.parent]));
  for (const area of value as Area[]) {
    let at = area.parent;
    for (let steps = 0; at !== undefined; steps++) {
      if (at === area.id || steps > value.length) {
        throw chitieuError('INVALID_ARGUMENT', 'options.areas', {
          en: `options.areas: area '${area.id}' is its own ancestor`,
          vi: `options.areas: địa bàn '${area.id}' là tổ tiên của chính nó`,
        });
      }
      at = parentOf.get(at);
    }
  }
  return value as Area[];
}

/** Check and normalise the options (throws `INVALID_ARGUMENT`, `INVALID_DATE`, number errors). */
export function readSettings(options: EvaluateOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('INVALID_ARGUMENT', 'options', {
      en: `options must be an object with asOf (an ISO date) (got ${describeValue(options)})`,
      vi: `options phải là một đối tượng có asOf (ngày dạng ISO) (nhận ${describeValue(options)})`,
    });
  }
  if (typeof options.asOf !== 'string') {
    throw chitieuError('INVALID_ARGUMENT', 'options.asOf', {
      en: `options.asOf must be an ISO date 'YYYY-MM-DD' (got ${describeValue(options.asOf)})`,
      vi: `options.asOf phải là ngày dạng ISO 'YYYY-MM-DD' (nhận ${describeValue(options.asOf)})`,
    });
  }
  parseIsoDate(options.asOf, 'options.asOf');
  if (options.area !== undefined && (typeof options.area !== 'string' || options.area === '')) {
    throw chitieuError('INVALID_ARGUMENT', 'options.area', {
      en: `options.area must be a non-empty area id (got ${describeValue(options.area)})`,
      vi: `options.area phải là mã địa bàn khác rỗng (nhận ${describeValue(options.area)})`,
    });
  }
  const compare = oneOf(options.compare, ['published', 'exact'] as const, 'options.compare');
  const projection = oneOf(options.projection, ['linear', 'growth-rate', 'sdg'] as const, 'options.projection') ?? 'linear';
  const population = options.population === undefined ? undefined : (readDecimal(toPositive(options.population, 'options.population').toString()) as Q);
  const indicator = lookupOf(options.indicators);
  const interval = options.interval;
  if (interval !== undefined && typeof interval !== 'boolean' && !(typeof interval === 'number' && interval > 0 && interval < 1)) {
    throw chitieuError('INVALID_ARGUMENT', 'options.interval', {
      en: `options.interval must be true, false or a confidence level strictly between 0 and 1 (got ${describeValue(interval)})`,
      vi: `options.interval phải là true, false hoặc mức tin cậy nằm giữa 0 và 1 (nhận ${describeValue(interval)})`,
    });
  }
  return {
    asOf: options.asOf,
    area: options.area,
    exact: compare === 'exact',
    projection: projectionMethod(projection),
    indicator,
    known: (id) => indicator(id) !== undefined,
    population,
    areas: readAreas(options.areas),
    interval: interval === true ? 0.95 : typeof interval === 'number' ? interval : undefined,
  };
}
