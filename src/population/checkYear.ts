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
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fail(YEAR_NOT_A_NUMBER, field, { value, min: 1900, max: 2200 });
  }
  if (!Number.isInteger(value)) {
    throw fail(YEAR_NOT_WHOLE, field, { value });
  }
  if (value < 1900 || value > 2200) {
    throw fail(YEAR_OUT_OF_RANGE, field, { value, min: 1900, max: 2200 });
  }
  return value;
}
