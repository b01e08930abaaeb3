import { fail } from '../errors.js';
import { YEAR_NOT_A_NUMBER, YEAR_NOT_WHOLE, YEAR_OUT_OF_RANGE } from '../messages/index.js';

/** The years a plan, a deadline or a plan year may fall in. */
export const MIN_YEAR = 1900;
/** The years a plan, a deadline or a plan year may fall in. */
export const MAX_YEAR = 2200;

/**
 * Internal: validate a calendar year of a plan: a whole number from 1900 to 2200.
 *
 * @throws `INVALID_NUMBER` (not a finite number), `NOT_AN_INTEGER`, `OUT_OF_RANGE`.
 * @internal
 */
export function checkYear(value: unknown, field: string): number {
  if (!isFiniteNumber(value)) {
    throw fail(YEAR_NOT_A_NUMBER, field, { value, min: MIN_YEAR, max: MAX_YEAR });
  }
  if (!Number.isInteger(value)) {
    throw fail(YEAR_NOT_WHOLE, field, { value });
  }
  if (value < MIN_YEAR || value > MAX_YEAR) {
    throw fail(YEAR_OUT_OF_RANGE, field, { value, min: MIN_YEAR, max: MAX_YEAR });
  }
  return value;
}

/** Number.isFinite is false for anything that is not a number (it does not convert). */
function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}
