/**
 * Time on the evaluation axis, in fractional years. Internal.
 *
 * The END of calendar day `YYYY-MM-DD` is `YYYY + (day of year) / (days in YYYY)`, so the end
 * of 31 December 2024 is exactly 2025 and the end of 30 June 2026 is `2026 + 181/365`. Each
 * calendar year counts as one year whatever its length. An observation sits at the end of its
 * period's last day, a target at the end of its due date.
 *
 * @internal
 * @module
 */
import { daysInMonth, formatIsoDay, isLeapYear } from '../../isoDay.js';
import { big, type Q } from '../../numeric/exact/rational.js';

const CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The end of ISO day `iso` (already checked) in fractional years. */
export function endOfDay(iso: string): Q {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const leap = isLeapYear(year);
  const dayOfYear = (CUMULATIVE[month - 1] as number) + day + (leap && month > 2 ? 1 : 0);
  const length = leap ? 366 : 365;
  // the end of a year is a whole number, kept small for the arithmetic on it
  if (dayOfYear === length) return { n: year + 1, d: 1 };
  return { n: year * length + dayOfYear, d: length };
}

/**
 * The first day whose end is at or after time `t` (in fractional years): the day a line
 * drawn on the axis reaches a value. Years before 1 or after 9999 are kept at those limits.
 */
export function dayAt(t: Q): string {
  const b = big(t);
  // whole year and the fraction of it (rounded toward zero: a time below zero gives a year below
  // 1 either way, kept at the first day)
  let year = Number(b.n / b.d);
  let rest = { n: b.n - BigInt(year) * b.d, d: b.d }; // in [0, 1) for a time not below zero
  if (rest.n === 0n) {
    // exactly the end of 31 December of the year before
    year -= 1;
    rest = { n: b.d, d: b.d };
  }
  if (year < 1) return '0001-01-01';
  if (year > 9999) return '9999-12-31';
  const length = isLeapYear(year) ? 366 : 365;
  // the least day k with k / length ≥ rest: k = ⌈rest × length⌉, at least 1 (rest is in (0, 1] here)
  const top = rest.n * BigInt(length);
  const k = Number(top / rest.d + (top % rest.d === 0n ? 0n : 1n));
  const leap = length === 366;
  let month = 12;
  // the last month that starts before day k (January starts at 0, below any k)
  while ((CUMULATIVE[month - 1] as number) + (leap && month > 2 ? 1 : 0) >= k) month--;
  const day = k - ((CUMULATIVE[month - 1] as number) + (leap && month > 2 ? 1 : 0));
  return formatIsoDay(year, month, day);
}

/** The day after `iso`. */
export function nextDay(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (day < daysInMonth(year, month)) return formatIsoDay(year, month, day + 1);
  if (month < 12) return formatIsoDay(year, month + 1, 1);
  return formatIsoDay(year + 1, 1, 1);
}

/**
 * The first day of the year that ends on `iso`: the day after the same date a year before
 * (`'2026-12-31'` → `'2026-01-01'`; `'2027-06-30'` → `'2026-07-01'`; 29 February → 1 March).
 */
export function yearEndingOn(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  // a 29 February's year before has no 29 February (leap years are at least four years apart):
  // nextDay, finding day 29 past that February's 28 days, gives 1 March as for the 28th
  return nextDay(formatIsoDay(year - 1, month, day));
}
