import { readIsoDay } from '../isoDay.js';

const MS_PER_DAY = 86_400_000;

/**
 * Internal: read an ISO calendar date `'YYYY-MM-DD'` (years 0001–9999) as a day number,
 * the days since 1970-01-01, so that differences are whole day counts. Pure UTC integer
 * arithmetic: the machine's time zone plays no part. (The population layer sits below the
 * calendar layer, so it reads the date with the leaf both share, `readIsoDay`.)
 *
 * @throws `INVALID_DATE` naming `field` for malformed text or a day that does not exist.
 * @internal
 */
export function dayNumber(text: string, field: string): number {
  const { year, month, day } = readIsoDay(text, field);
  return dayOfDate(year, month, day);
}

/**
 * Internal: the day number (days since 1970-01-01, UTC) of `year`-`month`-`day`, month 1–12;
 * a day past the month's end rolls into the next month, as `Date` does.
 *
 * @internal
 */
export function dayOfDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}
