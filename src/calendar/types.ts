/**
 * Types of the calendar layer.
 *
 * @module
 */
import type { ReportingFrequency } from '../model/types.js';

/**
 * A span of calendar days, both ends included, as ISO dates (`'YYYY-MM-DD'`).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { planPeriod, type DateSpan } from 'chitieu';
 *
 * const span: DateSpan = planPeriod(2026, 2030);
 * console.log(span); // { start: '2026-01-01', end: '2030-12-31' }
 * ```
 */
export interface DateSpan {
  /** The first day, e.g. `'2026-01-01'`. */
  readonly start: string;
  /** The last day (included), e.g. `'2026-12-31'`. */
  readonly end: string;
}

/**
 * The parts of an ISO calendar date; `month` counts from 1 (January) to 12.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { parseIsoDate, type IsoDateParts } from 'chitieu';
 *
 * const parts: IsoDateParts = parseIsoDate('2026-07-01');
 * console.log(parts); // { year: 2026, month: 7, day: 1 }
 * ```
 */
export interface IsoDateParts {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
}

/**
 * One reporting deadline of a plan in a given year, as {@link reportingDeadlines} returns
 * it.
 *
 * `period` uses the observation period notation of {@link parsePeriod}: `'2026-03'`
 * (monthly), `'2026-Q1'` (quarterly), `'2026-H1'` (six-monthly) or `'2026'` (yearly).
 * `deadline` is the day the plan prints, as an ISO date; when `before` is true the report
 * is due before that day (“trước ngày 10”), so `lastDay`, the last day on time, is the day
 * before it (the 9th); otherwise `lastDay` is `deadline`. A deadline may fall before the
 * period ends (Ninh Bình's quarterly report is due before the 10th of the quarter's last
 * month). `replaces` names the shorter period whose report this one stands in for (Ninh
 * Bình's year-end report: `'2026-Q4'`).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { reportingDeadlines, type ReportingDeadline } from 'chitieu';
 *
 * const [first]: ReportingDeadline[] = reportingDeadlines(
 *   { reporting: [{ frequency: 'yearly', month: 11, day: 10, before: true }] },
 *   2026,
 * );
 * console.log(first?.deadline); // '2026-11-10'
 * console.log(first?.lastDay); // '2026-11-09'
 * ```
 */
export interface ReportingDeadline {
  readonly frequency: ReportingFrequency;
  /** The reporting period: `'2026-03'`, `'2026-Q1'`, `'2026-H1'` or `'2026'`. */
  readonly period: string;
  /** First day of the period. */
  readonly periodStart: string;
  /** Last day of the period. */
  readonly periodEnd: string;
  /** The deadline day as the plan prints it (“trước ngày 10/11” → `'2026-11-10'`). */
  readonly deadline: string;
  /** True when the report is due before `deadline` rather than on or before it. */
  readonly before: boolean;
  /** The last day the report is on time: the day before `deadline` when `before`, else `deadline`. */
  readonly lastDay: string;
  /** The shorter period whose report this one replaces (`'2026-Q4'`), when the rule says so. */
  readonly replaces?: string;
  /** The rule's text, when the rule has one. */
  readonly text?: { readonly vi: string; readonly en?: string };
}
