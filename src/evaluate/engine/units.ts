/**
 * The published figure of a row in whole units of `10^-decimals`, worked in safe integers
 * straight from the store's columns, and a threshold as the least and greatest units that meet
 * it: how a table judges most cells without making a rational. Anything outside the safe
 * range says so (`NaN`), and the exact path judges it. Internal.
 *
 * @internal
 * @module
 */
import { thresholdUnits } from '../../numeric/exact/counts.js';
import { POW10 } from '../../numeric/exact/integers.js';
import type { Q } from '../../numeric/exact/rational.js';
import { halfUpSmall, HALF_UP_LIMIT } from '../../numeric/exact/round.js';
import { doubleScale } from '../../numeric/exact/parse.js';
import { BOOLEAN, EXACT, RATIO, multiplierOf, type Store } from './store.js';
import type { Rule } from './rule.js';

/**
 * The figure at position `position`, rounded half-up to `decimals` places, in units of
 * `10^-decimals`; `per` the indicator's multiplier when the row has none (a whole number).
 * `NaN` when the row is not a plain number or ratio of whole numbers within the safe range.
 */
export function unitsAt(store: Store, position: number, decimals: number, per: number): number {
  const row = store.order[position] as number;
  const form = store.form[row] as number;
  if (form & (BOOLEAN | EXACT) || decimals > 15) return Number.NaN;
  if (!(form & RATIO)) {
    const x = store.value[row] as number;
    const k = doubleScale(x);
    // Stryker disable next-line ConditionalExpression: without it, POW10[-1] is undefined, so m and the units are NaN all the same
    if (k < 0) return Number.NaN;
    const m = Math.round(x * (POW10[k] as number));
    // Stryker disable next-line EqualityOperator: at k = decimals the other branch gives halfUpSmall(|m|, 1) = |m| with m's sign, the same (|m| < 10^15)
    if (k <= decimals) {
      const units = m * (POW10[decimals - k] as number);
      // (the store holds no -0, so m and the units are never -0)
      // Stryker disable next-line EqualityOperator: the units are never ±2^51: a multiple of 10 (not a factor of 2^51) or m itself, below 10^15
      return units < HALF_UP_LIMIT && units > -HALF_UP_LIMIT ? units : Number.NaN;
    }
    // (k > decimals ≥ 0, so x is not 0 and m is not 0: m ≤ 0 and m < 0 agree)
    // Stryker disable next-line EqualityOperator: m is never 0 here (above)
    const units = halfUpSmall(m < 0 ? -m : m, POW10[k - decimals] as number);
    // Stryker disable next-line EqualityOperator: m is never 0 here (above)
    return m < 0 ? 0 - units : units;
  }
  const n = store.value[row] as number;
  const d = store.denominator[row] as number;
  const rowPer = multiplierOf(store, row);
  const multiplier = Number.isNaN(rowPer) ? per : rowPer;
  if (!Number.isInteger(n) || !Number.isInteger(d) || !Number.isInteger(multiplier) || multiplier <= 0 || d <= 0 || d >= HALF_UP_LIMIT) return Number.NaN;
  const top = n * multiplier * (POW10[decimals] as number);
  return top < HALF_UP_LIMIT ? halfUpSmall(top, d) : Number.NaN;
}

/**
 * How a plain value row (not a ratio, a yes/no or an exact row) compares with `q`: -1, 0 or 1,
 * in safe integers; `undefined` where that does not apply (read the row as a point instead).
 */
export function compareRow(store: Store, position: number, q: Q): number | undefined {
  const row = store.order[position] as number;
  if (
    store.form[row] !== 0 ||
    // Stryker disable next-line ConditionalExpression: a rational's parts are both numbers or both bigints (see big() in numeric/exact/rational.ts), so either test alone decides; both are there for the type checker
    typeof q.n !== 'number' || typeof q.d !== 'number'
  )
    return undefined;
  const x = store.value[row] as number;
  const k = doubleScale(x);
  // Stryker disable next-line ConditionalExpression: without it, POW10[-1] is undefined, so left is NaN, not a safe integer, and the answer undefined all the same
  if (k < 0) return undefined;
  // x is exactly m / 10^k; compare m × d with n × 10^k
  const left = Math.round(x * (POW10[k] as number)) * q.d;
  const right = q.n * (POW10[k] as number);
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return undefined;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The units that meet a level rule: from `low` to `high` (either may be infinite); `undefined` when not in safe integers. */
export interface UnitBounds {
  readonly low: number;
  readonly high: number;
}

function whole(units: number | bigint): number | undefined {
  return typeof units === 'number' && units < HALF_UP_LIMIT && units > -HALF_UP_LIMIT ? units : undefined;
}

/** The published units that meet a level rule (not a change), or `undefined` outside the safe range. */
export function unitBounds(rule: Rule): UnitBounds | undefined {
  const { comparator, value, upper, decimals } = rule;
  // (past 15 places thresholdUnits works in bigints, which whole() refuses)
  if (rule.change !== undefined || rule.exact) return undefined;
  const up = whole(thresholdUnits(value, decimals, true));
  const down = whole(thresholdUnits(value, decimals, false));
  if (up === undefined || down === undefined) return undefined;
  switch (comparator) {
    case '>=':
      return { low: up, high: Infinity };
    case '>':
      return { low: down + 1, high: Infinity };
    case '<=':
      return { low: -Infinity, high: down };
    case '<':
      return { low: -Infinity, high: up - 1 };
    case '=':
      // met only where the threshold is itself a published value
      return up === down ? { low: up, high: up } : { low: 1, high: 0 };
    // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: without this case a range gets undefined, which is always allowed: the exact path judges it, to the same verdict
    case 'between': {
      const top = whole(thresholdUnits(upper as Q, decimals, false));
      return top === undefined ? undefined : { low: up, high: top };
    }
  }
}
