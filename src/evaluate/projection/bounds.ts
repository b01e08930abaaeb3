/**
 * Keeping a projection within the values a figure can take: a share of people or units
 * between 0 and 100%, a count or rate at or above 0. The projection stops at the bound and
 * says when it gets there; nothing is clamped silently. Internal.
 *
 * @internal
 * @module
 */
import { cmp, type Q } from '../../numeric/exact/rational.js';
import type { Trend } from './types.js';

/**
 * The bound the projected `value` has passed, if any: a bound counts only when the latest
 * figure is within it (administrative coverage already above 100% is the data's, not the
 * projection's).
 */
export function passedBound(trend: Trend, value: Q): Q | undefined {
  const { lower, upper, latest } = trend;
  if (upper !== undefined && cmp(latest, upper) <= 0 && cmp(value, upper) > 0) return upper;
  if (lower !== undefined && cmp(latest, lower) >= 0 && cmp(value, lower) < 0) return lower;
  return undefined;
}
