import { chitieuError } from '../errors.js';
import { daysInMonth } from './daysInMonth.js';
import { formatDay } from './formatDay.js';

function whole(value: unknown, low: number, high: number, field: string, what: { en: string; vi: string }): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high) return value;
  throw chitieuError('INVALID_DATE', field, {
    en: `${field} must be ${what.en}, a whole number from ${low} to ${high} (got ${String(value)})`,
    vi: `${field} phải là ${what.vi}, số nguyên từ ${low} đến ${high} (nhận ${String(value)})`,
  });
}

/**
 * Write a calendar date as ISO `'YYYY-MM-DD'` from its year, month (1–12) and day, checking
 * that the day exists.
 *
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
  const y = whole(year, 1, 9999, 'year', { en: 'a year', vi: 'một năm' });
  const m = whole(month, 1, 12, 'month', { en: 'a month', vi: 'một tháng' });
  const d = whole(day, 1, daysInMonth(y, m), 'day', {
    en: `a day of ${y}-${String(m).padStart(2, '0')}`,
    vi: `một ngày của tháng ${m}/${y}`,
  });
  return formatDay(y, m, d);
}
