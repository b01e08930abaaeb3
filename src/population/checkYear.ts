import { fail } from '../errors.js';
import { YEAR_NOT_A_NUMBER, YEAR_NOT_WHOLE, YEAR_OUT_OF_RANGE } from '../messages/index.js';

/**
 * Internal: validate a year: a whole number from 1900 to 2200 (the same rule as the
 * calendar layer's).
 *
 * @throws `INVALID_NUMBER`, `NOT_AN_INTEGER`, `OUT_OF_RANGE` naming `field`.
 * @internal
 */
export function checkYear(value: unknown, field: string): number {
  // Number.isFinite is false for anything that is not a number (it does not coerce)
  if (!Number.isFinite(value)) {
    throw fail(YEAR_NOT_A_NUMBER, field, { value, min: 1900, max: 2200 });
  }
  const year = value as number;
  if (!Number.isInteger(year)) {
    throw fail(YEAR_NOT_WHOLE, field, { value });
  }
  if (year < 1900 || year > 2200) {
    throw fail(YEAR_OUT_OF_RANGE, field, { value, min: 1900, max: 2200 });
  }
  return year;
}
