import { Decimal } from '../numeric/decimal.js';
import { dayNumber, dayOfDate } from './dayNumber.js';

function anniversary(year: number, month: number, day: number): number {
  // The base day in `year`; a 29 February base falls on 28 February in common years.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // last day of `month` (1-based) in `year`
  const last = date.getUTCDate();
  return dayOfDate(year, month, Math.min(day, last));
}

/**
 * Internal: the years from `from` to `to` (ISO dates), possibly negative, counted by
 * anniversaries: the whole years to the last anniversary of `from` on or before `to`, plus
 * the remaining days over the length of that anniversary year (365 or 366 days). A
 * 29 February is celebrated on 28 February in common years. Exactly one calendar year
 * later is exactly 1.
 *
 * @throws `INVALID_DATE` naming `fromField` or `toField`.
 * @internal
 */
export function yearsBetween(from: string, fromField: string, to: string, toField: string): Decimal {
  dayNumber(from, fromField);
  const target = dayNumber(to, toField);
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const day = Number(from.slice(8, 10));
  let whole = Number(to.slice(0, 4)) - year;
  // Stryker disable next-line EqualityOperator: on the anniversary itself `>=` counts one year fewer plus the whole anniversary year as a fraction (1), the same value; `<=` is killed by populationAt's tests across 2024-02-29
  if (anniversary(year + whole, month, day) > target) whole -= 1;
  const start = anniversary(year + whole, month, day);
  const next = anniversary(year + whole + 1, month, day);
  return new Decimal(whole).plus(new Decimal(target - start).dividedBy(next - start));
}
