/**
 * Reading the options of the evaluation functions once. Internal.
 *
 * @internal
 * @module
 */
import { getIndicator } from '../../catalog/getIndicator.js';
import { chitieuError } from '../../errors.js';
import type { Indicator } from '../../model/indicator.js';
import { parseIsoDate } from '../../calendar/parseIsoDate.js';
import { toPositive } from '../../numeric/decimal.js';
import { parseQ, type Q } from './rational.js';
import type { EvaluateOptions, IndicatorLookup } from '../types.js';

/** Options after checking. */
export interface Settings {
  readonly asOf: string;
  readonly area: string | undefined;
  readonly exact: boolean;
  readonly growth: boolean;
  readonly indicator: (id: string) => Indicator | undefined;
  readonly population: Q | undefined;
}

function lookupOf(lookup: IndicatorLookup | undefined): (id: string) => Indicator | undefined {
  if (lookup === undefined) return getIndicator;
  if (typeof lookup === 'function') return (id) => lookup(id) ?? getIndicator(id);
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
    en: `${field} must be one of ${list} (got ${JSON.stringify(value)})`,
    vi: `${field} phải là một trong ${list} (nhận ${JSON.stringify(value)})`,
  });
}

/** Check and normalise the options (throws `INVALID_ARGUMENT`, `INVALID_DATE`, number errors). */
export function readSettings(options: EvaluateOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('INVALID_ARGUMENT', 'options', {
      en: 'options must be an object with asOf (an ISO date)',
      vi: 'options phải là một đối tượng có asOf (ngày dạng ISO)',
    });
  }
  if (typeof options.asOf !== 'string') {
    throw chitieuError('INVALID_ARGUMENT', 'options.asOf', {
      en: `options.asOf must be an ISO date 'YYYY-MM-DD' (got ${String(options.asOf)})`,
      vi: `options.asOf phải là ngày dạng ISO 'YYYY-MM-DD' (nhận ${String(options.asOf)})`,
    });
  }
  parseIsoDate(options.asOf, 'options.asOf');
  if (options.area !== undefined && (typeof options.area !== 'string' || options.area === '')) {
    throw chitieuError('INVALID_ARGUMENT', 'options.area', {
      en: 'options.area must be a non-empty area id',
      vi: 'options.area phải là mã địa bàn khác rỗng',
    });
  }
  const compare = oneOf(options.compare, ['published', 'exact'] as const, 'options.compare');
  const projection = oneOf(options.projection, ['linear', 'growth-rate'] as const, 'options.projection');
  const population =
    options.population === undefined ? undefined : parseQ(toPositive(options.population, 'options.population').toString());
  return {
    asOf: options.asOf,
    area: options.area,
    exact: compare === 'exact',
    growth: projection === 'growth-rate',
    indicator: lookupOf(options.indicators),
    population,
  };
}
