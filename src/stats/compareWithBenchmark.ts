import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { LEVEL_TWICE } from './messages/index.js';
import { readInterval } from './internal/interval.js';
import { requireArray, requireFiniteNumber, requireOneOf, requireOptions } from './internal/validate.js';

/**
 * Which direction is better, in the catalog's words; `'band'` (neither direction, e.g. the
 * sex ratio at birth) and `'none'` give “higher” or “lower” instead of a judgement.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { BenchmarkPolarity } from 'chitieu';
 *
 * const polarity: BenchmarkPolarity = 'lower-is-better';
 * console.log(polarity); // 'lower-is-better'
 * ```
 */
export type BenchmarkPolarity = 'higher-is-better' | 'lower-is-better' | 'band' | 'none';

/**
 * A confidence interval at a stated level.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { LevelInterval } from 'chitieu';
 *
 * const at95: LevelInterval = { level: 0.95, lower: 12.1, upper: 15.3 };
 * console.log(at95.level); // 0.95
 * ```
 */
export interface LevelInterval {
  /** The confidence level, strictly between 0 and 1 (0.95, 0.998). */
  readonly level: number;
  /** Lower limit. */
  readonly lower: number;
  /** Upper limit, ≥ lower. */
  readonly upper: number;
}

/**
 * Options of {@link compareWithBenchmark}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { compareWithBenchmark, type CompareWithBenchmarkOptions } from 'chitieu';
 *
 * const options: CompareWithBenchmarkOptions = {
 *   value: 18.2, intervals: [{ level: 0.95, lower: 15.9, upper: 20.7 }], benchmark: 14.6, polarity: 'lower-is-better',
 * };
 * console.log(compareWithBenchmark(options).comparison); // 'worse'
 * ```
 */
export interface CompareWithBenchmarkOptions {
  /** The area's value. */
  readonly value: number;
  /** Its interval at one or more levels (Fingertips: 95% and 99.8%). */
  readonly intervals: readonly LevelInterval[];
  /** The benchmark's value: the province, the country, a target. */
  readonly benchmark: number;
  /** Which direction is better. */
  readonly polarity: BenchmarkPolarity;
}

/**
 * How an area compares with a benchmark.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { compareWithBenchmark, type BenchmarkComparison } from 'chitieu';
 *
 * const result: BenchmarkComparison = compareWithBenchmark({
 *   value: 0.5, intervals: [{ level: 0.95, lower: 0.4, upper: 0.6 }], benchmark: 0.45, polarity: 'higher-is-better',
 * });
 * console.log([result.comparison, result.level]); // [ 'similar', null ]
 * ```
 */
export interface BenchmarkComparison {
  /**
   * `'better'` / `'worse'` by polarity when some interval excludes the benchmark, else
   * `'similar'`; `'higher'` / `'lower'` for the polarities `'band'` and `'none'`.
   */
  readonly comparison: 'better' | 'similar' | 'worse' | 'higher' | 'lower';
  /** The highest level whose interval excludes the benchmark (0.998 before 0.95); `null` when similar. */
  readonly level: number | null;
  /** The value, as given. */
  readonly value: number;
  /** The benchmark, as given. */
  readonly benchmark: number;
  /** The intervals, sorted from the lowest level up. */
  readonly intervals: readonly LevelInterval[];
}

/**
 * Compare an area's value with a benchmark the way PHE's Fingertips does: the area is
 * *similar* when the benchmark lies inside its confidence interval (limits included), and
 * otherwise *better* or *worse* according to the indicator's polarity; given intervals at two
 * levels (95% and 99.8%), `level` says the highest at which the difference holds, so
 * “worse at 99.8%” is told from “worse at 95%”.
 *
 * A commune with few events has a wide interval: it is “similar” to its province unless its
 * value is far from it. That is the point: the difference may be chance.
 *
 * @category Statistics
 * @param options - the value, its intervals, the benchmark and the polarity.
 * @returns the comparison and the level at which it is significant.
 * @throws {@link ChitieuError} `INVALID_NUMBER` / `INVALID_ARGUMENT` (`value`, `benchmark`,
 *   `intervals[i].lower` / `.upper`), `OUT_OF_RANGE` (`intervals[i].level`, or
 *   `intervals[i].lower` above its upper), `INVALID_ARGUMENT` (`intervals` empty or with a level
 *   twice, `polarity`, `options`).
 * @example
 * ```ts
 * import { compareWithBenchmark } from 'chitieu';
 *
 * // a commune's infant mortality 18.2‰ (95% 15.9–20.7, 99.8% 14.6–22.3) against its province's 14.0‰
 * const result = compareWithBenchmark({
 *   value: 18.2,
 *   intervals: [{ level: 0.95, lower: 15.9, upper: 20.7 }, { level: 0.998, lower: 14.6, upper: 22.3 }],
 *   benchmark: 14.0,
 *   polarity: 'lower-is-better',
 * });
 * console.log([result.comparison, result.level]); // [ 'worse', 0.998 ]
 * ```
 */
export function compareWithBenchmark(options: CompareWithBenchmarkOptions): BenchmarkComparison {
  requireOptions(options);
  const value = requireFiniteNumber(options.value, 'value');
  const benchmark = requireFiniteNumber(options.benchmark, 'benchmark');
  const polarity = requireOneOf(options.polarity, 'polarity', ['higher-is-better', 'lower-is-better', 'band', 'none'] as const);
  const intervals = requireArray(options.intervals, 'intervals').map((item, i) => readInterval(item, `intervals[${i}]`));
  intervals.sort((x, y) => x.level - y.level);
  for (let k = 1; k < intervals.length; k++) {
    if ((intervals[k] as LevelInterval).level === (intervals[k - 1] as LevelInterval).level) {
      throw fail(LEVEL_TWICE, 'intervals', { level: (intervals[k] as LevelInterval).level });
    }
  }
  let level: number | null = null;
  // Stryker disable next-line BooleanLiteral: `above` is read only when some interval excludes the benchmark, and that interval sets it first
  let above = false;
  for (const interval of intervals) {
    if (benchmark < interval.lower || benchmark > interval.upper) {
      level = interval.level;
      // Stryker disable next-line EqualityOperator: benchmark = lower cannot reach here (it would need lower > upper, which readInterval refuses), so < and <= agree
      above = benchmark < interval.lower;
    }
  }
  let comparison: BenchmarkComparison['comparison'] = 'similar';
  if (level !== null) {
    if (polarity === 'higher-is-better') comparison = above ? 'better' : 'worse';
    else if (polarity === 'lower-is-better') comparison = above ? 'worse' : 'better';
    else comparison = above ? 'higher' : 'lower';
  }
  return frozen({ comparison, level, value, benchmark, intervals });
}
