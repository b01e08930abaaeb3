/**
 * What a numeric target asks, exactly: the comparison, the level it means, and the figure
 * compared (the level itself, or the change it makes from a baseline). Internal.
 *
 * @internal
 * @module
 */
import type { Comparator } from '../../model/primitives.js';
import { add, cmp, div, HUNDRED, isZero, mul, neg, ONE, sub, type Q } from '../../numeric/exact/rational.js';
import { roundQ, stepQ } from '../../numeric/exact/round.js';

/** The threshold of a level-like target, and for a change target what it means as a level. */
export interface Rule {
  readonly comparator: Comparator;
  /** The threshold as written (the lower bound of a range; the change, for a change target). */
  readonly value: Q;
  /** The upper bound of a range. */
  readonly upper: Q | undefined;
  /** The indicator level the rule means (baseline + change for change targets). */
  readonly level: Q;
  /** For change targets: how the change is measured, and from what. */
  readonly change: 'difference' | 'relative' | undefined;
  readonly base: Q;
  /** The published precision. */
  readonly decimals: number;
  /** Whether figures are compared unrounded. */
  readonly exact: boolean;
}

/** `figure` rounded half-up to the published precision, or as it is when compared exactly. */
export function published(rule: Pick<Rule, 'decimals' | 'exact'>, value: Q): Q {
  return rule.exact ? value : roundQ(value, rule.decimals);
}

/** Does `figure` satisfy `comparator threshold` (and `upper`)? Exact. */
export function satisfies(figure: Q, comparator: Comparator, threshold: Q, upper: Q | undefined): boolean {
  const c = cmp(figure, threshold);
  if (comparator === 'between') return c >= 0 && upper !== undefined && cmp(figure, upper) <= 0;
  return holds(c, comparator);
}

/** Whether a figure that compares `c` (-1, 0, 1) with the threshold meets a one-sided comparator. */
export function holds(c: number, comparator: Exclude<Comparator, 'between'>): boolean {
  switch (comparator) {
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '=':
      return c === 0;
  }
}

/** The figure a rule compares: the level itself, or the change it makes from the baseline (the relative change published like the figure). */
export function ruleFigure(rule: Rule, level: Q): Q {
  if (rule.change === undefined) return level;
  if (rule.change === 'difference') return sub(level, rule.base);
  return published(rule, mul(div(sub(level, rule.base), rule.base), HUNDRED));
}

/** Whether a level (already published, or exact) meets the rule. */
export function meets(rule: Rule, level: Q): boolean {
  return satisfies(ruleFigure(rule, level), rule.comparator, rule.value, rule.upper);
}

/** A level rule (not a change). */
export function levelRule(comparator: Comparator, value: Q, upper: Q | undefined, decimals: number, exact: boolean): Rule {
  // Stryker disable next-line ObjectLiteral: a level rule's base is never read (ruleFigure and meetingLevel read it only for a change)
  return { comparator, value, upper, level: value, change: undefined, base: { n: 0, d: 1 }, decimals, exact };
}

/** A change rule from `base`; `undefined` for a relative change from zero. */
export function changeRule(change: 'absolute' | 'points' | 'relative', comparator: Comparator, value: Q, base: Q, decimals: number, exact: boolean): Rule | undefined {
  if (change === 'relative') {
    if (isZero(base)) return undefined;
    return { comparator, value, upper: undefined, level: mul(base, add(ONE, div(value, HUNDRED))), change: 'relative', base, decimals, exact };
  }
  return { comparator, value, upper: undefined, level: add(base, value), change: 'difference', base, decimals, exact };
}

/** Signed distance of a level beyond the threshold in the good direction. */
export function gapOf(rule: Rule, figure: Q): Q {
  const level = rule.level;
  switch (rule.comparator) {
    case '>':
    case '>=':
      return sub(figure, level);
    case '<':
    case '<=':
      return sub(level, figure);
    // equal to a level: in the range from it to itself, the gap -|figure − level|
    case '=':
    case 'between': {
      const below = sub(figure, level);
      const above = sub(rule.upper ?? level, figure);
      // Stryker disable next-line EqualityOperator: where below and above compare equal either is the same gap
      return cmp(below, above) <= 0 ? below : above;
    }
  }
}

/**
 * The nearest level that meets a one-sided rule: the threshold level for `>=`, `<=`, `=`; for
 * `>` / `<` one published step beyond it (of the level, of the change, or of the relative
 * change in percent), since the threshold itself does not meet a strict comparator.
 */
export function meetingLevel(rule: Rule): Q {
  if ((rule.comparator !== '>' && rule.comparator !== '<') || rule.exact) return rule.level;
  let step = stepQ(rule.decimals);
  if (rule.comparator === '<') step = neg(step);
  if (rule.change === 'relative') return mul(rule.base, add(ONE, div(add(rule.value, step), HUNDRED)));
  return add(rule.level, step);
}

/** The level a figure must move to: the level that meets the rule, or for a range the nearer bound (itself when inside). */
export function nearestBound(rule: Rule, figure: Q): Q {
  // only a range has an upper bound (the target schema's rule)
  if (rule.upper === undefined) return meetingLevel(rule);
  // Stryker disable next-line EqualityOperator: a figure equal to the bound is the bound either way
  if (cmp(figure, rule.level) < 0) return rule.level;
  // Stryker disable next-line EqualityOperator: a figure equal to the bound is the bound either way
  if (cmp(figure, rule.upper) > 0) return rule.upper;
  return figure;
}
