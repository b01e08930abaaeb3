/**
 * Periods as the evaluation reads them: first and last day, the moment the period closes on
 * the time axis, and its length, read once per distinct period. Internal.
 *
 * @internal
 * @module
 */
import { parsePeriod } from '../../calendar/parsePeriod.js';
import type { Q } from '../../numeric/exact/rational.js';
import { daysInMonth } from '../../isoDay.js';
import { dayNumber } from '../../population/dayNumber.js';
import { endOfDay } from './time.js';

/** A period read once. */
export interface PeriodInfo {
  /** The period as written (`'2026'`, `'2026-Q2'`). */
  readonly text: string;
  /** First day, ISO. */
  readonly start: string;
  /** Last day, ISO. */
  readonly end: string;
  /** The end of its last day on the time axis. */
  readonly time: Q;
  /** Its length: `m12` for twelve whole months, `d7` for seven days that are not whole months. */
  readonly length: string;
}

/** The length key of the span `start` … `end` (see {@link PeriodInfo.length}). */
export function lengthOf(start: string, end: string): string {
  const startYear = Number(start.slice(0, 4));
  const startMonth = Number(start.slice(5, 7));
  const endYear = Number(end.slice(0, 4));
  const endMonth = Number(end.slice(5, 7));
  const endDay = Number(end.slice(8, 10));
  if (start.endsWith('-01') && endDay === daysInMonth(endYear, endMonth)) {
    return `m${endYear * 12 + endMonth - (startYear * 12 + startMonth) + 1}`;
  }
  // Stryker disable next-line StringLiteral: the field names only word dayNumber's errors, which days already read never raise
  const days = dayNumber(end, 'end') - dayNumber(start, 'start') + 1;
  return `d${days}`;
}

/** Read a period (throws the calendar's `INVALID_PERIOD` for text that is not one). */
export function readPeriod(text: string): PeriodInfo {
  const span = parsePeriod(text);
  return { text, start: span.start, end: span.end, time: endOfDay(span.end), length: lengthOf(span.start, span.end) };
}

/** The span a target is judged on: its own period. */
export interface TargetPeriod {
  readonly start: string;
  readonly end: string;
  readonly length: string;
  /** How the period is printed: `'2026'` for a calendar year, else `'start/end'`. */
  readonly text: string;
  /** The end of its last day on the time axis. */
  readonly time: Q;
}

/** The period from `start` to `end` (a target's own period). */
export function targetPeriod(start: string, end: string): TargetPeriod {
  const year = start.slice(0, 4);
  const text = start === `${year}-01-01` && end === `${year}-12-31` ? year : `${start}/${end}`;
  return { start, end, length: lengthOf(start, end), text, time: endOfDay(end) };
}
