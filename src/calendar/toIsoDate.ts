import { fail } from '../errors.js';
import { DATE_PART } from './messages/index.js';
import { daysInMonth } from './daysInMonth.js';
import { formatDay } from './formatDay.js';
import { isWhole } from './isWhole.js';

function whole(value: unknown, low: number, high: number, field: 'year' | 'month' | 'day'): number {
  if (isWhole(value) && value >= low && value <= high) return value;
  throw fail(DATE_PART, field, { value, part: field, low, high });
}

/**
 * Write a calendar date as ISO `'YYYY-MM-DD'` from its year, month (1–12) and day, checking
 * that the day exists.
 *
 * @category Calendar
 * @throws {@link ChitieuError} `INVALID_DATE` naming `year`, `month` or `day`.
 * @example
 * ```ts
 * import { toIsoDate } from 'chitieu';
 *
 * console.log(toIsoDate(2026, 7, 1)); // '2026-07-01'
 * try {
 *   toIsoDate(2026, 4, 31);
 * } catch (error) {
 *   console.log((error as { field: string }).field); // 'day'
 * }
 * ```
 */
export function toIsoDate(year: number, month: number, day: number): string {
  const y = whole(year, 1, 9999, 'year');
  const m = whole(month, 1, 12, 'month');
  const d = whole(day, 1, daysInMonth(y, m), 'day');
  return formatDay(y, m, d);
}
