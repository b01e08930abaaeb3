import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { ABOVE, BELOW } from '../messages/index.js';
import { OUTSIDE_INTERVAL, UPPER_GOAL_ONLY_BETWEEN, UPPER_GOAL_REQUIRED } from './messages/index.js';
import { requireFiniteNumber, requireOneOf, requireOptions } from './internal/validate.js';

/**
 * Options of {@link compareWithGoal}: a value with its interval, and the goal as a target
 * states it.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { compareWithGoal, type CompareWithGoalOptions } from 'chitieu';
 *
 * const options: CompareWithGoalOptions = { value: 112.3, lower: 110.3, upper: 114.4, comparator: '<=', goal: 111.1 };
 * console.log(compareWithGoal(options).rating); // 'amber'
 * ```
 */
export interface CompareWithGoalOptions {
  /** The value (the point estimate). */
  readonly value: number;
  /** The lower limit of its interval. */
  readonly lower: number;
  /** The upper limit of its interval. */
  readonly upper: number;
  /** The target's comparison: `'>'`, `'>='`, `'<'`, `'<='`, or `'between'` (with `upperGoal`). */
  readonly comparator: '>' | '>=' | '<' | '<=' | 'between';
  /** The goal (the lower end for `'between'`). */
  readonly goal: number;
  /** The upper end, for `'between'` only (inclusive at both ends). */
  readonly upperGoal?: number;
}

/**
 * A red-amber-green rating against a goal.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { compareWithGoal, type GoalComparison } from 'chitieu';
 *
 * const result: GoalComparison = compareWithGoal({ value: 96.5, lower: 96.1, upper: 96.9, comparator: '>=', goal: 95 });
 * console.log([result.rating, result.clear]); // [ 'green', true ]
 * ```
 */
export interface GoalComparison {
  /**
   * `'green'`: the whole interval meets the goal; `'red'`: none of it does; `'amber'`: the
   * interval straddles the goal, so the figure cannot be told apart from it.
   */
  readonly rating: 'green' | 'amber' | 'red';
  /** Whether the value itself meets the goal (compared as doubles). */
  readonly met: boolean;
  /** Whether the verdict is statistically clear: `rating` is not `'amber'`. */
  readonly clear: boolean;
  /** The value, as given. */
  readonly value: number;
  /** The lower limit, as given. */
  readonly lower: number;
  /** The upper limit, as given. */
  readonly upper: number;
}

function satisfies(x: number, comparator: CompareWithGoalOptions['comparator'], goal: number, upperGoal: number): boolean {
  switch (comparator) {
    case '>':
      return x > goal;
    case '>=':
      return x >= goal;
    case '<':
      return x < goal;
    case '<=':
      return x <= goal;
    default:
      return x >= goal && x <= upperGoal;
  }
}

/**
 * Rate a value with its confidence interval against a goal, Fingertips-style but with the
 * target's own comparison: green when every value in the interval meets the goal, red when
 * none does, amber when the interval straddles it. A strict goal stays strict: with
 * `'<'` an upper limit equal to the goal is not green.
 *
 * This is what a target's verdict needs when the figure is an estimate: a commune with 3
 * maternal deaths, or a survey's stunting rate, may meet the goal on its value and still be
 * amber, not clearly met; the target's status is unchanged, and `clear` says how far to
 * trust it.
 *
 * @category Statistics
 * @param options - value, interval, comparator and goal (and `upperGoal` for `'between'`).
 * @returns the rating, whether the value meets the goal, and whether the verdict is clear.
 * @throws {@link ChitieuError} `INVALID_NUMBER` / `INVALID_ARGUMENT` (`value`, `lower`,
 *   `upper`, `goal`, `upperGoal`), `OUT_OF_RANGE` (`lower` above `upper`, `value` outside the
 *   interval, `upperGoal` below `goal`), `INVALID_ARGUMENT` (`comparator`, `upperGoal`
 *   missing for `'between'` or given for another comparator, `options`).
 * @example
 * ```ts
 * import { compareWithGoal } from 'chitieu';
 *
 * // sex ratio at birth 112.3 (95% 110.3–114.4) against “không quá 111,1”: not met, but not clearly
 * console.log(compareWithGoal({ value: 112.3, lower: 110.3, upper: 114.4, comparator: '<=', goal: 111.1 })); // { rating: 'amber', met: false, clear: false, value: 112.3, lower: 110.3, upper: 114.4 }
 * // stunting 14.1% (13.2–15.0) against “dưới 15,5%”
 * console.log(compareWithGoal({ value: 14.1, lower: 13.2, upper: 15.0, comparator: '<', goal: 15.5 }).rating); // 'green'
 * ```
 */
export function compareWithGoal(options: CompareWithGoalOptions): GoalComparison {
  requireOptions(options);
  const value = requireFiniteNumber(options.value, 'value');
  const lower = requireFiniteNumber(options.lower, 'lower');
  const upper = requireFiniteNumber(options.upper, 'upper');
  const comparator = requireOneOf(options.comparator, 'comparator', ['>', '>=', '<', '<=', 'between'] as const);
  const goal = requireFiniteNumber(options.goal, 'goal');
  if (lower > upper) {
    throw fail(ABOVE, 'lower', { value: lower, other: 'upper', limit: upper });
  }
  if (value < lower || value > upper) {
    throw fail(OUTSIDE_INTERVAL, 'value', { value, lower, upper });
  }
  let upperGoal = goal;
  if (comparator === 'between') {
    if (options.upperGoal === undefined) {
      throw fail(UPPER_GOAL_REQUIRED, 'upperGoal', {});
    }
    upperGoal = requireFiniteNumber(options.upperGoal, 'upperGoal');
    if (upperGoal < goal) {
      throw fail(BELOW, 'upperGoal', { value: upperGoal, other: 'goal', limit: goal });
    }
  } else if (options.upperGoal !== undefined) {
    throw fail(UPPER_GOAL_ONLY_BETWEEN, 'upperGoal', {});
  }
  const lowOk = satisfies(lower, comparator, goal, upperGoal);
  const highOk = satisfies(upper, comparator, goal, upperGoal);
  // every goal region is an interval (a ray or [goal, upperGoal]), so the interval meets it
  // wholly when both ends do, and misses it wholly when it lies entirely on one side
  let rating: GoalComparison['rating'];
  if (lowOk && highOk) rating = 'green';
  else if (lowOk || highOk) rating = 'amber';
  else if (comparator === 'between') {
    // Stryker disable next-line EqualityOperator: here both ends miss [goal, upperGoal]; upper = goal or lower = upperGoal would have put that end inside, so < and <= (> and >=) agree
    rating = upper < goal || lower > upperGoal ? 'red' : 'amber';
  } else rating = 'red';
  return frozen({ rating, met: satisfies(value, comparator, goal, upperGoal), clear: rating !== 'amber', value, lower, upper });
}
