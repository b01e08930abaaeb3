/**
 * Types shared by the interval functions.
 *
 * @module
 */

/**
 * A two-sided interval estimate, as plain doubles, saying what its bounds measure:
 * `'proportion'` for a share from 0 to 1 ({@link wilsonInterval}: multiply by 100 for a
 * percentage), `'count'` for the expected number of events ({@link poissonInterval}: divide
 * by the person-time or population for a rate). Rates per N carry their `per` instead
 * (`crudeRate`, `directlyStandardisedRate`).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { wilsonInterval, type Interval } from 'chitieu';
 *
 * const interval: Interval = wilsonInterval(0, 10);
 * console.log(interval.lower); // 0
 * console.log(interval.scale); // 'proportion'
 * ```
 */
export interface Interval {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound (never below `lower`). */
  readonly upper: number;
  /** What the bounds measure: a proportion from 0 to 1, or an expected count. */
  readonly scale: 'proportion' | 'count';
}

/**
 * Options of {@link wilsonInterval}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { wilsonInterval, type WilsonIntervalOptions } from 'chitieu';
 *
 * const options: WilsonIntervalOptions = { level: 0.9 };
 * console.log(wilsonInterval(57, 60, options).upper.toFixed(4)); // '0.9798'
 * ```
 */
export interface WilsonIntervalOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

/**
 * How {@link poissonInterval} computes its bounds.
 *
 * - `'exact'`: Garwood's interval from chi-square quantiles (guaranteed coverage).
 * - `'byar'`: Byar's approximation as published (Breslow & Day; PHEindicatormethods): x for
 *   the lower bound, x + 1 for the upper.
 * - `'byar-epitools'`: Byar's approximation as R's epitools `pois.byar` computes it
 *   (x + 0.5 in both bounds).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { poissonInterval, type PoissonIntervalMethod } from 'chitieu';
 *
 * const method: PoissonIntervalMethod = 'byar';
 * console.log(poissonInterval(100, { method }).lower.toFixed(4)); // '81.3621'
 * ```
 */
export type PoissonIntervalMethod = 'exact' | 'byar' | 'byar-epitools';

/**
 * Options of {@link poissonInterval}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { poissonInterval, type PoissonIntervalOptions } from 'chitieu';
 *
 * const options: PoissonIntervalOptions = { level: 0.9, method: 'exact' };
 * console.log(poissonInterval(0, options).upper.toFixed(6)); // '2.995732'
 * ```
 */
export interface PoissonIntervalOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /** `'exact'` (default), `'byar'` or `'byar-epitools'`. */
  readonly method?: PoissonIntervalMethod;
}
