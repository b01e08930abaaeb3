import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { indirectlyStandardisedRatio, type IndirectlyStandardised } from './indirectlyStandardisedRatio.js';
import { requireFiniteResults, requireOptions, requirePositive } from './internal/validate.js';

/**
 * Options of {@link indirectlyStandardisedRate}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { indirectlyStandardisedRate, type IndirectlyStandardisedRateOptions } from 'chitieu';
 *
 * const options: IndirectlyStandardisedRateOptions = { observed: 30, expected: 24, referenceRate: 800 };
 * console.log(indirectlyStandardisedRate(options).value); // 1000
 * ```
 */
export interface IndirectlyStandardisedRateOptions {
  /** Observed events, ≥ 0. */
  readonly observed: number | string | bigint | Decimal;
  /** Expected events at the reference rates, > 0. */
  readonly expected: number | string | bigint | Decimal;
  /** The reference population's crude rate, per `per` (e.g. the province's deaths per 100,000), > 0. */
  readonly referenceRate: number;
  /** The multiplier the reference rate is written with. Default 100,000. */
  readonly per?: number;
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

/**
 * An indirectly standardised rate: the standardised ratio (observed / expected) times the
 * reference population's crude rate, with the ratio's limits (exact below 10 observed
 * events, Byar from 10) scaled the same way, as PHE's `calculate_ISRate`.
 *
 * @category Statistics
 * @param options - `observed`, `expected`, `referenceRate`, and optionally `per`, `level`.
 * @returns the rate and its limits per `per` (`per` in the result is the rate's multiplier).
 * @throws {@link ChitieuError} everything {@link indirectlyStandardisedRatio} throws, and
 *   `OUT_OF_RANGE` / `INVALID_NUMBER` / `INVALID_ARGUMENT` (field `referenceRate`, which must be > 0).
 * @example
 * ```ts
 * import { indirectlyStandardisedRate } from 'chitieu';
 *
 * // PHE's reference: 895 observed, 835.88 expected, reference rate 9,349.88 per 100,000
 * const rate = indirectlyStandardisedRate({ observed: 895, expected: 835.88356123117433, referenceRate: 9349.8830922110192 });
 * console.log([rate.value.toFixed(1), rate.lower.toFixed(1), rate.upper.toFixed(1)]); // [ '10011.1', '9365.9', '10689.1' ]
 * ```
 */
export function indirectlyStandardisedRate(options: IndirectlyStandardisedRateOptions): IndirectlyStandardised {
  requireOptions(options);
  const referenceRate = requirePositive(options.referenceRate, 'referenceRate');
  const per = requirePositive(options.per ?? 100_000, 'per');
  // Stryker disable next-line ConditionalExpression: passing level: undefined is the same as leaving it out (the ratio reads options.level ?? 0.95)
  const ratio = indirectlyStandardisedRatio({ observed: options.observed, expected: options.expected, ...(options.level === undefined ? {} : { level: options.level }) });
  requireFiniteResults([ratio.upper * referenceRate], 'referenceRate');
  return frozen({ ...ratio, value: ratio.value * referenceRate, lower: ratio.lower * referenceRate, upper: ratio.upper * referenceRate, per });
}
