import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { fail } from '../errors.js';
import { NOT_WHOLE, TOO_FEW, TOO_SMALL } from '../messages/index.js';
import { MEAN_INPUTS, SPREAD_TOO_LARGE } from './messages/index.js';
import { studentTQuantile } from './studentTQuantile.js';
import {
  requireArray,
  requireFiniteNumber,
  requireFiniteResults,
  requireLevel,
  requireOptions,
  toDouble,
  toNonNegativeDouble,
} from './internal/validate.js';

/**
 * Options of {@link meanInterval}: either the values themselves, or their summary (mean,
 * standard deviation and count, as a survey report gives them).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { meanInterval, type MeanIntervalOptions } from 'chitieu';
 *
 * const options: MeanIntervalOptions = { mean: 131.4, standardDeviation: 7.9, count: 400 };
 * console.log(meanInterval(options).lower.toFixed(2)); // '130.62'
 * ```
 */
export type MeanIntervalOptions =
  | {
      /** The measured values (heights in cm), at least 2. */
      readonly values: readonly (number | string | bigint | Decimal)[];
      /** Confidence level, strictly between 0 and 1. Default 0.95. */
      readonly level?: number;
    }
  | {
      /** The sample mean. */
      readonly mean: number | string | bigint | Decimal;
      /** The sample standard deviation (n − 1 in the denominator), ≥ 0. */
      readonly standardDeviation: number | string | bigint | Decimal;
      /** The number of values, a whole number ≥ 2. */
      readonly count: number;
      /** Confidence level, strictly between 0 and 1. Default 0.95. */
      readonly level?: number;
    };

/**
 * The result of {@link meanInterval}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { meanInterval, type MeanInterval } from 'chitieu';
 *
 * const result: MeanInterval = meanInterval({ values: [1, 2, 3] });
 * console.log(result.value); // 2
 * ```
 */
export interface MeanInterval {
  /** The mean. */
  readonly value: number;
  /** Lower limit: mean − t·s/√n. */
  readonly lower: number;
  /** Upper limit: mean + t·s/√n. */
  readonly upper: number;
  /** The standard deviation s (n − 1 in the denominator). */
  readonly standardDeviation: number;
  /** The standard error s/√n. */
  readonly standardError: number;
  /** The number of values n. */
  readonly count: number;
  /** n − 1. */
  readonly degreesOfFreedom: number;
  /** The confidence level. */
  readonly level: number;
}

/**
 * The mean with a t-based confidence interval: mean ± qt((1 + level)/2, n − 1)·s/√n, as
 * PHE's `phe_mean` and R's `t.test` compute it. For the mean height of children (the
 * Thống Nhất target), from the measurements or from a survey's summary. The standard
 * deviation of raw values is computed with Welford's method. Agrees with
 * PHEindicatormethods' reference means (`testdata_Mean.xlsx`) to 1e-12 relative.
 *
 * @category Statistics
 * @param options - `values`, or `mean`, `standardDeviation` and `count`; and `level`.
 * @returns the mean, its limits, the standard deviation and error.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (`values` with fewer than 2 entries,
 *   `options` with neither form), `INVALID_NUMBER` / `OUT_OF_RANGE` (`values[i]`, `mean`,
 *   `standardDeviation`), `NEGATIVE_COUNT` (`standardDeviation`), `NOT_AN_INTEGER` /
 *   `OUT_OF_RANGE` (`count` below 2), `OUT_OF_RANGE` (`level`).
 * @example
 * ```ts
 * import { meanInterval } from 'chitieu';
 *
 * // PHE's reference: 8 values, mean 53.7043 (95% 36.1683–71.2404)
 * const result = meanInterval({ values: [33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927] });
 * console.log([result.value.toFixed(4), result.lower.toFixed(4), result.upper.toFixed(4)]); // [ '53.7043', '36.1683', '71.2404' ]
 * ```
 */
export function meanInterval(options: MeanIntervalOptions): MeanInterval {
  requireOptions(options);
  const level = requireLevel(options.level ?? 0.95, 'level');
  let mean: number;
  let sd: number;
  let count: number;
  if ('values' in options) {
    const values = requireArray(options.values, 'values').map((value, i) => toDouble(value, `values[${i}]`));
    if (values.length < 2) {
      throw fail(TOO_FEW, 'values', { length: values.length, min: 2 });
    }
    let m = 0;
    let squares = 0;
    values.forEach((x, i) => {
      const delta = x - m;
      m += delta / (i + 1);
      squares += delta * (x - m);
    });
    mean = m;
    count = values.length;
    sd = Math.sqrt(squares / (count - 1));
    if (!Number.isFinite(sd)) {
      throw fail(SPREAD_TOO_LARGE, 'values', {});
    }
  } else if ('mean' in options) {
    mean = toDouble(options.mean, 'mean');
    sd = toNonNegativeDouble(options.standardDeviation, 'standardDeviation');
    const n = requireFiniteNumber(options.count, 'count');
    if (!Number.isInteger(n)) {
      throw fail(NOT_WHOLE, 'count', { value: n });
    }
    if (n < 2) {
      throw fail(TOO_SMALL, 'count', { value: n, min: 2 });
    }
    count = n;
  } else {
    throw fail(MEAN_INPUTS, 'options', {});
  }
  const standardError = sd / Math.sqrt(count);
  const t = studentTQuantile(0.5 * (1 + level), Math.min(count - 1, 1e10));
  // Only a given summary can overflow here: from values, s² (n − 1) is finite, so t·s/√n is far
  // below half the spacing of doubles near their maximum (2⁹⁷⁰) and the limits stay finite.
  requireFiniteResults([mean - t * standardError, mean + t * standardError], 'standardDeviation');
  return frozen({
    value: mean,
    lower: mean - t * standardError,
    upper: mean + t * standardError,
    standardDeviation: sd,
    standardError,
    count,
    degreesOfFreedom: count - 1,
    level,
  });
}
