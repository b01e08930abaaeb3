/**
 * Internal leaf: whether a calendar day exists, in integer arithmetic (no `Date`, no time
 * zone), and the one reader of `'YYYY-MM-DD'` text. The model, population and calendar layers
 * all check ISO dates here, so they accept exactly the same days and refuse the others with
 * the same error. Imports only the errors.
 *
 * @internal
 * @module
 */
import { fail } from './errors.js';
import { INVALID_DATE } from './messages/index.js';

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
  // Stryker disable next-line ConditionalExpression: a month outside 1–12 has no length in MONTH_DAYS (undefined), and no day is <= undefined; the check says so plainly
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
  throw fail(INVALID_DATE, field, { value: text });
}

const PERIOD_YEAR = /^(\d{4})$/;
const PERIOD_QUARTER = /^(\d{4})-Q([1-4])$/;
const PERIOD_HALF = /^(\d{4})-H([12])$/;
const PERIOD_MONTH = /^(\d{4})-(\d{2})$/;
const PERIOD_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_SPAN = /^(\d{4})-(\d{4})$/;

/** Why text is not a period: not of any period's form, a day that does not exist, a span that runs backwards, or year 0000. */
export type PeriodProblem = 'form' | 'no-such-day' | 'span-reversed' | 'no-such-month' | 'year-zero';

function months(year: number, first: number, last: number): { start: string; end: string } {
  return { start: formatIsoDay(year, first, 1), end: formatIsoDay(year, last, daysInMonth(year, last)) };
}

/**
 * The days an observation period covers, both ends included, or why it is not a period: the
 * one grammar of periods (`'2026'`, `'2026-Q2'`, `'2026-H1'`, `'2026-06'`, `'2026-06-15'`,
 * `'2021-2025'`, years 0001–9999, a span's last year after its first), which the model's
 * schema and the calendar both read.
 */
export function periodSpan(text: unknown): { start: string; end: string } | PeriodProblem {
  // (every form below is anchored and fails on longer text within a few characters)
  if (typeof text !== 'string') return 'form';
  let match: RegExpExecArray | null;
  if ((match = PERIOD_YEAR.exec(text))) {
    const year = Number(match[1]);
    return year >= 1 ? months(year, 1, 12) : 'year-zero';
  }
  if ((match = PERIOD_QUARTER.exec(text))) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    return year >= 1 ? months(year, quarter * 3 - 2, quarter * 3) : 'year-zero';
  }
  if ((match = PERIOD_HALF.exec(text))) {
    const year = Number(match[1]);
    const half = Number(match[2]);
    return year >= 1 ? months(year, half * 6 - 5, half * 6) : 'year-zero';
  }
  if ((match = PERIOD_MONTH.exec(text))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (year < 1) return 'year-zero';
    return month >= 1 && month <= 12 ? months(year, month, month) : 'no-such-month';
  }
  if ((match = PERIOD_DAY.exec(text))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year < 1) return 'year-zero';
    if (!isExistingDay(year, month, day)) return 'no-such-day';
    const iso = formatIsoDay(year, month, day);
    return { start: iso, end: iso };
  }
  if ((match = PERIOD_SPAN.exec(text))) {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (first < 1) return 'year-zero';
    return last > first ? { start: formatIsoDay(first, 1, 1), end: formatIsoDay(last, 12, 31) } : 'span-reversed';
  }
  return 'form';
}
