import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { fingertipsMethod, poissonLimits } from './internal/poissonLimits.js';
import {
  requireFiniteResults,
  requireOneOf,
  requireLevel,
  requireOptions,
  toCount,
  requirePositive,
  toPositiveDouble,
} from './internal/validate.js';

/**
 * Options of {@link crudeRate}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { crudeRate, type CrudeRateOptions } from 'chitieu';
 *
 * const options: CrudeRateOptions = { events: 14, population: 1520, per: 1000 };
 * console.log(crudeRate(options).value.toFixed(2)); // '9.21'
 * ```
 */
export interface CrudeRateOptions {
  /** The events counted (deaths, cases): a whole number ≥ 0, as a number, decimal string, bigint or Decimal. */
  readonly events: number | string | bigint | Decimal;
  /** What they are counted against (population, person-years, live births), > 0. */
  readonly population: number | string | bigint | Decimal;
  /** The multiplier: 1,000 for ‰ (per 1,000 live births), 100,000 (the default) for maternal mortality. */
  readonly per?: number;
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /**
   * `'auto'` (default): exact below 10 events and Byar's approximation from 10, as PHE's
   * Fingertips does; or always `'exact'`, or always `'byar'`.
   */
  readonly method?: 'auto' | 'exact' | 'byar';
}

/**
 * A crude rate with its confidence interval, as doubles.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { crudeRate, type CrudeRate } from 'chitieu';
 *
 * const rate: CrudeRate = crudeRate({ events: 3, population: 2400, per: 1000 });
 * console.log(rate.method); // 'exact'
 * ```
 */
export interface CrudeRate {
  /** events / population × per. */
  readonly value: number;
  /** Lower confidence limit, same scale. */
  readonly lower: number;
  /** Upper confidence limit, same scale. */
  readonly upper: number;
  /** The method that was used: `'exact'` or `'byar'`. */
  readonly method: 'exact' | 'byar';
  /** The confidence level. */
  readonly level: number;
  /** The multiplier. */
  readonly per: number;
  /** The events, as read. */
  readonly events: number;
  /** The population, as read. */
  readonly population: number;
}

/**
 * A crude rate (events per `per` of population) with a Poisson confidence interval: the
 * infant mortality rate per 1,000 live births (‰), the maternal mortality ratio per 100,000
 * live births, deaths per 100,000 population.
 *
 * The interval treats the events as a Poisson count and divides its limits by the
 * population: exact (Garwood, chi-square) limits below 10 events and Byar's published
 * approximation from 10 (the Fingertips rule), unless `method` says otherwise. Agrees with
 * PHEindicatormethods' reference rates (`testdata_Rate.xlsx`) to 1e-12 relative. The rate
 * itself is a double; for the published figure that a target is judged on use the exact
 * `ratePer` of the numeric layer.
 *
 * Events are a whole count: for several years, add up the events and the populations (the
 * person-years) rather than averaging.
 *
 * @category Statistics
 * @param options - events, population, `per` (default 100,000), `level` (default 0.95) and `method`.
 * @returns the rate and its limits on the `per` scale, with the method used.
 * @throws {@link ChitieuError} `NEGATIVE_COUNT` / `INVALID_NUMBER` / `OUT_OF_RANGE` (field
 *   `events` or `population`), `NOT_AN_INTEGER` (`events`), `ZERO_DENOMINATOR` (field `population`), `OUT_OF_RANGE`
 *   (field `per` unless > 0, `level` unless 0 < level < 1), `INVALID_ARGUMENT` (field `method`
 *   or `options`).
 * @example
 * ```ts
 * import { crudeRate } from 'chitieu';
 *
 * // 222 deaths among 3,215 people: 6,905.1 per 100,000, 95% 6,026.57–7,875.73 (Byar; PHE's spreadsheet)
 * const rate = crudeRate({ events: 222, population: 3215 });
 * console.log([rate.value.toFixed(1), rate.lower.toFixed(2), rate.upper.toFixed(2)]); // [ '6905.1', '6026.57', '7875.73' ]
 * // 14 infant deaths in 1,520 live births: 9.2‰
 * console.log(crudeRate({ events: 14, population: 1520, per: 1000 }).value.toFixed(1)); // '9.2'
 * ```
 */
export function crudeRate(options: CrudeRateOptions): CrudeRate {
  requireOptions(options);
  const events = toCount(options.events, 'events');
  const population = toPositiveDouble(options.population, 'population');
  const per = requirePositive(options.per ?? 100_000, 'per');
  const level = requireLevel(options.level ?? 0.95, 'level');
  const choice = requireOneOf(options.method ?? 'auto', 'method', ['auto', 'exact', 'byar'] as const);
  const method = choice === 'auto' ? fingertipsMethod(events) : choice;
  const { lower, upper } = poissonLimits(events, level, method, 'events');
  const scale = per / population;
  const value = events * scale;
  requireFiniteResults([value, lower * scale, upper * scale], 'population');
  return frozen({ value, lower: lower * scale, upper: upper * scale, method, level, per, events, population });
}
