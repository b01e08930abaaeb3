import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { fail } from '../errors.js';
import { NEGATIVE } from '../messages/index.js';
import { NO_EVENTS, NO_WEIGHT } from './messages/index.js';
import { poissonLimits } from './internal/poissonLimits.js';
import {
  requireArray,
  requireFiniteNumber,
  requireFiniteResults,
  requireOneOf,
  requireLevel,
  requireOptions,
  requirePositive,
  toCount,
  toPositiveDouble,
} from './internal/validate.js';

/**
 * Options of {@link directlyStandardisedRate}: events and population by band, and the
 * standard population's weights for the same bands.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { directlyStandardisedRate, type DirectlyStandardisedRateOptions } from 'chitieu';
 *
 * const options: DirectlyStandardisedRateOptions = { events: [10, 40], population: [5000, 2000], standard: [60, 40] };
 * console.log(directlyStandardisedRate(options).value); // 920
 * ```
 */
export interface DirectlyStandardisedRateOptions {
  /** Events (deaths, cases) in each band, whole numbers ≥ 0. */
  readonly events: readonly (number | string | bigint | Decimal)[];
  /** Population of each band, > 0. */
  readonly population: readonly (number | string | bigint | Decimal)[];
  /**
   * The standard population of the same bands, in the same order (≥ 0, not all 0): only
   * proportions matter. `standardPopulationFor` regroups a shipped standard to the data's bands.
   */
  readonly standard: readonly number[];
  /** The multiplier. Default 100,000. */
  readonly per?: number;
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /** The limits for the total count that Dobson's method scales: `'byar'` (default, as PHE) or `'exact'`. */
  readonly method?: 'byar' | 'exact';
}

/**
 * The result of {@link directlyStandardisedRate}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { directlyStandardisedRate, type DirectlyStandardisedRate } from 'chitieu';
 *
 * const dsr: DirectlyStandardisedRate = directlyStandardisedRate({ events: [3, 4], population: [5000, 2000], standard: [60, 40] });
 * console.log(dsr.flags); // [ 'fewer-than-10-events' ]
 * ```
 */
export interface DirectlyStandardisedRate {
  /** The standardised rate per `per`. */
  readonly value: number;
  /** Lower limit (Dobson). */
  readonly lower: number;
  /** Upper limit (Dobson). */
  readonly upper: number;
  /** The crude rate, total events / total population × per. */
  readonly crude: number;
  /** Total events. */
  readonly events: number;
  /** Total population. */
  readonly population: number;
  /** The variance of the standardised rate (on the per-1 scale), Σ wᵢ²·dᵢ/nᵢ². */
  readonly variance: number;
  /** The multiplier. */
  readonly per: number;
  /** The confidence level. */
  readonly level: number;
  /** The method used for the total count's limits. */
  readonly method: 'byar' | 'exact';
  /** `'fewer-than-10-events'`: PHE does not publish a DSR from fewer than 10 events. */
  readonly flags: readonly 'fewer-than-10-events'[];
}

/**
 * A directly standardised rate with Dobson's confidence limits, as PHE's
 * `calculate_dsr` computes it.
 *
 * With weights wᵢ = sᵢ/Σs from the standard population, DSR = per × Σ wᵢ·dᵢ/nᵢ and
 * Var = Σ wᵢ²·dᵢ/nᵢ². Dobson et al. (1991) scale the limits of the total count O = Σdᵢ:
 * limit = DSR + per × √(Var/O) × (O_limit − O), with O's limits by Byar's published
 * approximation (default) or exactly. Agrees with PHEindicatormethods' reference DSRs
 * (`testdata_DSR_ISR.xlsx`) to 1e-10 relative.
 *
 * Fewer than 10 events in total is flagged (PHE suppresses such rates); no events at all
 * has no Dobson interval and throws.
 *
 * @category Statistics
 * @param options - events, population, standard, and optionally `per`, `level`, `method`.
 * @returns the rate, its limits, the crude rate and totals.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (an array missing or empty, `method`,
 *   `options`), `LENGTH_MISMATCH` (`population`, `standard`), `NEGATIVE_COUNT` /
 *   `INVALID_NUMBER` (`events[i]`, `population[i]`, `standard[i]`), `NOT_AN_INTEGER` (`events[i]`), `ZERO_DENOMINATOR`
 *   (`population[i]` = 0, `standard` all 0), `OUT_OF_RANGE` (`events` with no events at all,
 *   `per`, `level`).
 * @example
 * ```ts
 * import { directlyStandardisedRate } from 'chitieu';
 *
 * // two bands: 10 deaths in 5,000 young people, 40 in 2,000 old; a 60:40 standard
 * // DSR = 100 000 × (0.6 × 10/5000 + 0.4 × 40/2000) = 100 000 × (0.0012 + 0.008) = 920
 * const dsr = directlyStandardisedRate({ events: [10, 40], population: [5000, 2000], standard: [60, 40] });
 * console.log([dsr.value, dsr.crude.toFixed(1), dsr.lower.toFixed(1), dsr.upper.toFixed(1)]); // [ 920, '714.3', '679.2', '1217.3' ]
 * ```
 */
export function directlyStandardisedRate(options: DirectlyStandardisedRateOptions): DirectlyStandardisedRate {
  requireOptions(options);
  const events = requireArray(options.events, 'events').map((value, i) => toCount(value, `events[${i}]`));
  const bands = { of: events.length, as: 'events' };
  const population = requireArray(options.population, 'population', bands).map((value, i) => toPositiveDouble(value, `population[${i}]`));
  const standard = requireArray(options.standard, 'standard', bands).map((value, i) => {
    const weight = requireFiniteNumber(value, `standard[${i}]`);
    if (weight < 0) {
      throw fail(NEGATIVE, `standard[${i}]`, { value: weight });
    }
    return weight;
  });
  const per = requirePositive(options.per ?? 100_000, 'per');
  const level = requireLevel(options.level ?? 0.95, 'level');
  const method = requireOneOf(options.method ?? 'byar', 'method', ['byar', 'exact'] as const);
  const total = standard.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) {
    throw fail(NO_WEIGHT, 'standard', {});
  }
  let rate = 0;
  let variance = 0;
  let observed = 0;
  let people = 0;
  events.forEach((d, i) => {
    const w = (standard[i] as number) / total;
    const n = population[i] as number;
    rate += (w * d) / n;
    variance += (w * w * d) / (n * n);
    observed += d;
    people += n;
  });
  if (observed === 0) {
    throw fail(NO_EVENTS, 'events', {});
  }
  const limits = poissonLimits(observed, level, method, 'events');
  const scale = Math.sqrt(variance / observed);
  requireFiniteResults([rate * per, (rate + scale * (limits.upper - observed)) * per, (observed / people) * per, variance], 'population');
  return frozen({
    value: rate * per,
    lower: (rate + scale * (limits.lower - observed)) * per,
    upper: (rate + scale * (limits.upper - observed)) * per,
    crude: (observed / people) * per,
    events: observed,
    population: people,
    variance,
    per,
    level,
    method,
    flags: observed < 10 ? ['fewer-than-10-events'] : [],
  });
}
