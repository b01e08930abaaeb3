import { checkYear } from './checkYear.js';
import { formatDay } from './formatDay.js';

/**
 * The last day of `year` as an ISO date: the due date of a target set "đến hết năm 2026"
 * (by the end of 2026).
 *
 * @category Calendar
 * @param year - a whole year from 1900 to 2200.
 * @throws {@link ChitieuError} `INVALID_NUMBER`, `NOT_AN_INTEGER`, `OUT_OF_RANGE` naming `year`.
 * @example
 * ```ts
 * import { endOfYearDate } from 'chitieu';
 *
 * console.log(endOfYearDate(2026)); // '2026-12-31'
 * ```
 */
export function endOfYearDate(year: number): string {
  return formatDay(checkYear(year, 'year'), 12, 31);
}
