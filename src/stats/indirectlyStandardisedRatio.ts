import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { fingertipsMethod, poissonLimits } from './internal/poissonLimits.js';
import {
  requireFiniteResults,
  requireLevel,
  requireOptions,
  requirePositive,
  toCount,
  toPositiveDouble,
} from './internal/validate.js';

/**
 * Options of {@link indirectlyStandardisedRatio}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { indirectlyStandardisedRatio, type IndirectlyStandardisedRatioOptions } from 'chitieu';
 *
 * const options: IndirectlyStandardisedRatioOptions = { observed: 30, expected: 24, per: 100 };
 * console.log(indirectlyStandardisedRatio(options).value.toFixed(1)); // '125.0'
 * ```
 */
export interface IndirectlyStandardisedRatioOptions {
  /** Observed events, a whole number ≥ 0. */
  readonly observed: number | string | bigint | Decimal;
  /** Expected events at the reference rates (see `expectedEvents`), > 0. */
  readonly expected: number | string | bigint | Decimal;
  /** The multiplier: 1 (default) for a ratio, 100 for an SMR written as 107.1. */
  readonly per?: number;
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

/**
 * The result of {@link indirectlyStandardisedRatio} (and of `indirectlyStandardisedRate`).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { indirectlyStandardisedRatio, type IndirectlyStandardised } from 'chitieu';
 *
 * const smr: IndirectlyStandardised = indirectlyStandardisedRatio({ observed: 9, expected: 835.88 });
 * console.log(smr.method); // 'exact'
 * ```
 */
export interface IndirectlyStandardised {
  /** observed / expected × per (× the reference rate, for a rate). */
  readonly value: number;
  /** Lower limit, same scale. */
  readonly lower: number;
  /** Upper limit, same scale. */
  readonly upper: number;
  /** `'exact'` below 10 observed events, `'byar'` from 10. */
  readonly method: 'exact' | 'byar';
  /** Observed events. */
  readonly observed: number;
  /** Expected events. */
  readonly expected: number;
  /** The multiplier. */
  readonly per: number;
  /** The confidence level. */
  readonly level: number;
}

/**
 * An indirectly standardised ratio (a standardised mortality ratio, SMR): observed events
 * over the events expected if the area had the reference population's age-specific rates,
 * with the limits of the observed count divided by the expected: exact (Garwood) below 10
 * observed events and Byar's published approximation from 10, as PHE's
 * `calculate_ISRatio` does. Agrees with PHEindicatormethods' reference ratios to 1e-11
 * relative.
 *
 * @category Statistics
 * @param options - `observed`, `expected`, and optionally `per` (default 1) and `level`.
 * @returns the ratio and its limits on the `per` scale.
 * @throws {@link ChitieuError} `NEGATIVE_COUNT` / `INVALID_NUMBER` / `OUT_OF_RANGE` (field
 *   `observed` or `expected`), `NOT_AN_INTEGER` (`observed`), `ZERO_DENOMINATOR` (`expected` = 0), `OUT_OF_RANGE` (`per`,
 *   `level`), `INVALID_ARGUMENT` (`options`).
 * @example
 * ```ts
 * import { indirectlyStandardisedRatio } from 'chitieu';
 *
 * // PHE's reference: 895 deaths where 835.88 were expected → SMR 107.07 (95% 100.17–114.32)
 * const smr = indirectlyStandardisedRatio({ observed: 895, expected: 835.88356123117433, per: 100 });
 * console.log([smr.value.toFixed(2), smr.lower.toFixed(2), smr.upper.toFixed(2)]); // [ '107.07', '100.17', '114.32' ]
 * ```
 */
export function indirectlyStandardisedRatio(options: IndirectlyStandardisedRatioOptions): IndirectlyStandardised {
  requireOptions(options);
  const observed = toCount(options.observed, 'observed');
  const expected = toPositiveDouble(options.expected, 'expected');
  const per = requirePositive(options.per ?? 1, 'per');
  const level = requireLevel(options.level ?? 0.95, 'level');
  const method = fingertipsMethod(observed);
  // Stryker disable next-line StringLiteral: the field names only the exact-limit size error, and fingertipsMethod picks exact below 10 events only
  const limits = poissonLimits(observed, level, method, 'observed');
  const scale = per / expected;
  requireFiniteResults([observed * scale, limits.upper * scale], 'expected');
  return frozen({ value: observed * scale, lower: limits.lower * scale, upper: limits.upper * scale, method, observed, expected, per, level });
}
