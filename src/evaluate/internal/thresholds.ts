/**
 * Internal: a target's threshold in a form the consistency checks can compare exactly.
 *
 * @internal
 * @module
 */
import { Decimal } from '../../numeric/decimal.js';
import type { Target } from '../../model/target.js';

/** One side of a threshold: a bound and whether it is strict. */
export interface Bound {
  readonly value: Decimal;
  readonly strict: boolean;
}

/**
 * What a numeric target asks, as the bounds a value must clear: `up` for `>`/`>=` (and the
 * lower end of `between`), `down` for `<`/`<=` (and the upper end of `between`), `equal`
 * for `=`. `quantity` separates targets that compare different things under one indicator
 * id: the value itself, a change of a given type, or a share of units meeting a condition.
 */
export interface Threshold {
  readonly quantity: string;
  readonly comparator: string;
  readonly value: string;
  readonly upper?: string;
  readonly up?: Bound;
  readonly down?: Bound;
  readonly equal?: Decimal;
}

/** The threshold of a numeric target; undefined for boolean, qualitative and open changes. */
export function thresholdOf(target: Target): Threshold | undefined {
  let quantity: string;
  switch (target.kind) {
    case 'level':
    case 'maintain':
    case 'count':
      quantity = 'value';
      break;
    case 'share':
      quantity = `share|${target.condition.indicator}|${target.condition.comparator}|${new Decimal(target.condition.value).toString()}`;
      break;
    case 'change':
      if (target.change === 'unspecified') return undefined;
      quantity = `change|${target.change}`;
      break;
    default:
      return undefined;
  }
  const value = new Decimal(target.value);
  const base = { quantity, comparator: target.comparator, value: target.value };
  switch (target.comparator) {
    case '>':
    case '>=':
      return { ...base, up: { value, strict: target.comparator === '>' } };
    case '<':
    case '<=':
      return { ...base, down: { value, strict: target.comparator === '<' } };
    case '=':
      return { ...base, equal: value };
    case 'between': {
      const upper = target.kind === 'level' && target.upper !== undefined ? target.upper : target.value;
      return { ...base, upper, up: { value, strict: false }, down: { value: new Decimal(upper), strict: false } };
    }
  }
}

/** True when two thresholds ask exactly the same (values compared as decimals). */
export function sameThreshold(a: Threshold, b: Threshold): boolean {
  return (
    a.comparator === b.comparator &&
    new Decimal(a.value).equals(b.value) &&
    (a.upper === undefined) === (b.upper === undefined) &&
    (a.upper === undefined || b.upper === undefined || new Decimal(a.upper).equals(b.upper))
  );
}

/**
 * True when bound `a` asks at least as much as bound `b` in direction `direction`: for
 * `up`, a higher value, or the same value and `a` strict or `b` inclusive; for `down`, the
 * mirror image.
 */
export function atLeastAsStrict(a: Bound, b: Bound, direction: 'up' | 'down'): boolean {
  const order = a.value.comparedTo(b.value) * (direction === 'up' ? 1 : -1);
  if (order !== 0) return order > 0;
  return a.strict || !b.strict;
}

/** How a threshold is written in a message: `>= 20`, `4–5`. */
export function describeThreshold(threshold: Threshold): string {
  return threshold.upper === undefined ? `${threshold.comparator} ${threshold.value}` : `${threshold.value}–${threshold.upper}`;
}

/** The year of an ISO date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
