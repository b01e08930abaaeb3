import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { ZERO } from '../messages/index.js';
import { EXACT_BIRTHS_TOO_LARGE, LEVEL_NEAR_ONE, SUM_TOO_LARGE } from './messages/index.js';
import { inverseIncompleteBeta } from './internal/beta.js';
import { requireCount, requireFiniteResults, requireOneOf, requireLevel, requireOptions, requirePositive } from './internal/validate.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * Options of {@link sexRatioAtBirth}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { sexRatioAtBirth, type SexRatioAtBirthOptions } from 'chitieu';
 *
 * const options: SexRatioAtBirthOptions = { boys: 1120, girls: 1000 };
 * console.log(sexRatioAtBirth(options).value.toFixed(1)); // '112.0'
 * ```
 */
export interface SexRatioAtBirthOptions {
  /** Boys born alive in the period, a whole number ≥ 0. */
  readonly boys: number;
  /** Girls born alive in the period, a whole number ≥ 1. */
  readonly girls: number;
  /** Boys per how many girls. Default 100. */
  readonly per?: number;
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /**
   * `'wilson'` (default): the Wilson interval for the share of boys; `'exact'`: the
   * Clopper–Pearson interval (R's `binom.test`), slightly wider.
   */
  readonly method?: 'wilson' | 'exact';
}

/**
 * The sex ratio at birth with its interval.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { sexRatioAtBirth, type SexRatioAtBirth } from 'chitieu';
 *
 * const ratio: SexRatioAtBirth = sexRatioAtBirth({ boys: 1120, girls: 1000 });
 * console.log(ratio.method); // 'wilson'
 * ```
 */
export interface SexRatioAtBirth {
  /** boys / girls × per. */
  readonly value: number;
  /** Lower limit, same scale. */
  readonly lower: number;
  /** Upper limit, same scale. */
  readonly upper: number;
  /** The share of boys among births. */
  readonly shareOfBoys: number;
  /** The method used. */
  readonly method: 'wilson' | 'exact';
  /** The confidence level. */
  readonly level: number;
  /** The multiplier. */
  readonly per: number;
}

/**
 * The most births the exact limits take: up to 5·10⁷ they agree with R's `qbeta` to 1e-9
 * relative (checked from 1 girl to an even split at 2·10⁷, 3·10⁷ and 5·10⁷ births, levels
 * 0.8–0.9999: worst 8.5e-10). Beyond it, with few girls, the incomplete beta of such unequal
 * parameters loses digits (1.5e-9 at 10⁸ births, 1 girl and level 0.8; 5e-9 at 5·10⁸), so
 * larger counts are refused rather than answered less exactly than promised.
 */
const EXACT_MAX_BIRTHS = 5e7;

/**
 * The sex ratio at birth (boys born per 100 girls) with a confidence interval, so that a
 * ceiling such as “không quá 111,1” can be judged with its uncertainty (see
 * `compareWithGoal`).
 *
 * Each birth is a boy with probability π; the ratio is π/(1 − π) × per, an increasing
 * function of π, so the interval for π (Wilson by default, or Clopper–Pearson) maps to an
 * interval for the ratio. Agrees with R (epitools `binom.wilson`, `binom.test`) to 1e-10
 * relative.
 *
 * @category Statistics
 * @param options - `boys`, `girls`, and optionally `per`, `level`, `method`.
 * @returns the ratio, its limits and the share of boys.
 * @throws {@link ChitieuError} `NEGATIVE_COUNT` / `NOT_AN_INTEGER` / `INVALID_NUMBER` /
 *   `INVALID_ARGUMENT` (`boys`, `girls`), `ZERO_DENOMINATOR` (`girls` = 0), `OUT_OF_RANGE`
 *   (`per`, `level`; `boys` + `girls` above 2⁵³ − 1, or above 5·10⁷ with `method: 'exact'`), `INVALID_ARGUMENT` (`method`, `options`).
 * @example
 * ```ts
 * import { sexRatioAtBirth } from 'chitieu';
 *
 * // 25,270 boys and 22,500 girls: 112.3 boys per 100 girls, 95% about 110.3–114.3
 * const srb = sexRatioAtBirth({ boys: 25270, girls: 22500 });
 * console.log([srb.value.toFixed(1), srb.lower.toFixed(1), srb.upper.toFixed(1)]); // [ '112.3', '110.3', '114.3' ]
 * // Clopper–Pearson reaches 114.35
 * console.log(sexRatioAtBirth({ boys: 25270, girls: 22500, method: 'exact' }).upper.toFixed(2)); // '114.35'
 * ```
 */
export function sexRatioAtBirth(options: SexRatioAtBirthOptions): SexRatioAtBirth {
  requireOptions(options);
  const boys = requireCount(options.boys, 'boys');
  const girls = requireCount(options.girls, 'girls');
  if (girls === 0) {
    throw fail(ZERO, 'girls', {});
  }
  const births = boys + girls;
  if (births > Number.MAX_SAFE_INTEGER) {
    throw fail(SUM_TOO_LARGE, 'boys', { other: 'girls', sum: births, max: Number.MAX_SAFE_INTEGER });
  }
  const per = requirePositive(options.per ?? 100, 'per');
  const level = requireLevel(options.level ?? 0.95, 'level');
  const method = requireOneOf(options.method ?? 'wilson', 'method', ['wilson', 'exact'] as const);
  // the interval for the share of boys as (π, 1 − π) pairs, so the ratio never divides by a rounded 1 − π
  let low: { boys: number; girls: number };
  let high: { boys: number; girls: number };
  if (method === 'wilson') {
    const interval = wilsonInterval(boys, births, level);
    low = { boys: interval.lower, girls: 1 - interval.lower };
    high = { boys: interval.upper, girls: 1 - interval.upper };
  } else {
    if (births > EXACT_MAX_BIRTHS) {
      throw fail(EXACT_BIRTHS_TOO_LARGE, 'boys', { other: 'girls', sum: births, max: EXACT_MAX_BIRTHS });
    }
    const alpha = 1 - level;
    low = boys === 0 ? { boys: 0, girls: 1 } : shareAt(alpha / 2, boys, girls + 1, 'lower');
    // Stryker disable next-line StringLiteral: inverseIncompleteBeta treats every tail but 'lower' as the upper one
    high = shareAt(alpha / 2, boys + 1, girls, 'upper');
  }
  const value = (boys / girls) * per;
  const lower = (low.boys / low.girls) * per;
  const upper = (high.boys / high.girls) * per;
  requireFiniteResults([value, lower, upper], 'per');
  return frozen({
    value,
    lower,
    upper,
    shareOfBoys: boys / births,
    method,
    level,
    per,
  });
}

/**
 * The share of boys π (and 1 − π) at which Beta(a, b) has `p` in its lower or upper tail: the
 * Clopper–Pearson limit. The solver returns the root as the pair (x, 1 − x) and keeps whichever
 * is small to full precision, so the share of girls keeps its digits when π is near 1 (1e6 boys
 * and 1 girl: 1 − π ≈ 2.5e-8, which 1 − x would know to 8 digits only).
 */
function shareAt(p: number, a: number, b: number, tail: 'lower' | 'upper'): { boys: number; girls: number } {
  const solution = inverseIncompleteBeta(p, a, b, tail);
  if (!solution.converged) {
    throw fail(LEVEL_NEAR_ONE, 'level', {});
  }
  return { boys: solution.x, girls: solution.y };
}
