/**
 * Time on the evaluation axis. Internal.
 *
 * A moment is measured in fractional years: the END of calendar day `YYYY-MM-DD` is
 * `YYYY + (day of year) / (days in YYYY)`, so the end of 31 December 2024 is exactly 2025
 * and the end of 30 June 2026 is `2026 + 181/365`. Each calendar year counts as one year
 * whatever its length. Observations are placed at the end of their period's last day, a
 * target at the end of its due date.
 *
 * @internal
 * @module
 */
import { parsePeriod } from '../../calendar/parsePeriod.js';
import type { Q } from './rational.js';

const CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The end of ISO day `iso` in fractional years (see the module note). */
export function endOfDayTime(iso: string): Q {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const leap = isLeap(year);
  const dayOfYear = (CUMULATIVE[month - 1] as number) + day + (leap && month > 2 ? 1 : 0);
  const length = leap ? 366 : 365;
  return { n: year * length + dayOfYear, d: length };
}

/** A period's days and the moment it closes. */
export interface PeriodInfo {
  readonly start: string;
  readonly end: string;
  readonly time: Q;
}

const cache = new Map<string, PeriodInfo>();

/** {@link parsePeriod} with the closing moment, memoised (a table repeats a few periods many times). */
export function periodInfo(period: string): PeriodInfo {
  let info = cache.get(period);
  if (info === undefined) {
    const span = parsePeriod(period);
    info = { start: span.start, end: span.end, time: endOfDayTime(span.end) };
    if (cache.size > 100_000) cache.clear();
    cache.set(period, info);
  }
  return info;
}
