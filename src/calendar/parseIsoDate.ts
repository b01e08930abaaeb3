import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { readIsoDay } from '../isoDay.js';
import { NON_EMPTY_STRING } from '../messages/index.js';
import type { IsoDateParts } from './types.js';

/**
 * Read an ISO calendar date `'YYYY-MM-DD'` into its parts, checking that the day exists
 * (`'2026-02-30'` and `'2025-02-29'` do not; `'2024-02-29'` does).
 *
 * The text is a calendar date, not an instant: no time, no offset, no surrounding spaces,
 * and the machine's time zone plays no part. Years run from 0001 to 9999.
 *
 * @category Calendar
 * @param text - the date, e.g. `'2026-12-31'`.
 * @param field - the argument name used in the error (default `'date'`).
 * @throws {@link ChitieuError} `INVALID_DATE` naming `field`.
 * @example
 * ```ts
 * import { parseIsoDate } from 'chitieu';
 *
 * console.log(parseIsoDate('2024-02-29')); // { year: 2024, month: 2, day: 29 }
 * try {
 *   parseIsoDate('2026-02-30', 'due');
 * } catch (error) {
 *   console.log((error as { code: string }).code); // 'INVALID_DATE'
 * }
 * ```
 */
export function parseIsoDate(text: string, field = 'date'): IsoDateParts {
  if (typeof field !== 'string' || field === '') throw fail(NON_EMPTY_STRING, 'field', { value: field });
  return frozen(readIsoDay(text, field));
}
