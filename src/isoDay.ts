/**
 * Internal leaf: whether a calendar day exists, in integer arithmetic (no `Date`, no time
 * zone). The model, population and calendar layers all check ISO dates with it, so they
 * accept exactly the same days. Imports nothing.
 *
 * @internal
 * @module
 */

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
  const days = month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
  return day <= days;
}
