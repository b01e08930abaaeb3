/**
 * Internal leaf: whether a calendar day exists, in integer arithmetic (no `Date`, no time
 * zone), and the one reader of `'YYYY-MM-DD'` text. The model, population and calendar layers
 * all check ISO dates here, so they accept exactly the same days and refuse the others with
 * the same error. Imports only the errors.
 *
 * @internal
 * @module
 */
import { chitieuError } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `year`-`month`-`day` is a day that exists, years 1–9999 (`2024-02-29` yes,
 * `2026-02-29` and `2026-04-31` no).
 */
export function isExistingDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** `YYYY-MM-DD` of a day (the parts already checked), years written with four digits. */
export function formatIsoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Read `'YYYY-MM-DD'` into its parts, checking that the day exists (see
 * {@link isExistingDay}).
 *
 * @throws `INVALID_DATE` naming `field` for malformed text or a day that does not exist.
 */
export function readIsoDay(text: string, field: string): { year: number; month: number; day: number } {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isExistingDay(year, month, day)) return { year, month, day };
  }
  const shown = typeof text === 'string' ? JSON.stringify(text) : String(text);
  throw chitieuError('INVALID_DATE', field, {
    en: `${field} must be an existing calendar date written YYYY-MM-DD (got ${shown})`,
    vi: `${field} phải là một ngày có thật, viết theo dạng YYYY-MM-DD (nhận ${shown})`,
  });
}
