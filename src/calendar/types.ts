/**
 * Types of the calendar layer.
 *
 * @module
 */

/**
 * A span of calendar days, both ends included, as ISO dates (`'YYYY-MM-DD'`).
 *
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
 * How often a plan asks for reports: every month, quarter, six months (half-year) or year.
 *
 * @example
 * ```ts
 * import type { ReportingFrequency } from 'chitieu';
 *
 * const frequency: ReportingFrequency = 'quarterly';
 * console.log(frequency); // 'quarterly'
 * ```
 */
export type ReportingFrequency = 'monthly' | 'quarterly' | 'six-monthly' | 'yearly';

/**
 * One reporting obligation of a plan, as its text states it.
 *
 * The deadline inside each period is given by `month`, counted within the period (1 = the
 * period's first month; for a quarter 3 = its last month; for `'yearly'` 11 = November),
 * and `day`, the day of that month. Both are absent when the plan gives no deadline: the
 * deadline is then the period's last day. `before: true` records "trước ngày" (the report is
 * due BEFORE that day, so the day itself is already late).
 *
 * @example
 * ```ts
 * import type { ReportingRule } from 'chitieu';
 *
 * // Ninh Bình: “Định kỳ hàng quý báo cáo … trước ngày 10 tháng cuối quý”
 * const quarterly: ReportingRule = {
 *   frequency: 'quarterly',
 *   month: 3,
 *   day: 10,
 *   before: true,
 *   text: { vi: 'trước ngày 10 tháng cuối quý', en: 'before the 10th of the last month of the quarter' },
 * };
 * console.log(quarterly.month); // 3
 * ```
 */
export interface ReportingRule {
  readonly frequency: ReportingFrequency;
  /** The month of the deadline counted within the period, from 1 to the period's length. */
  readonly month?: number;
  /** The day of that month (must exist in that month in every period of the year). */
  readonly day?: number;
  /** True when the report is due before `day` ("trước ngày"); false or absent: on or before. */
  readonly before?: boolean;
  /** The plan's sentence, verbatim. */
  readonly text?: { readonly vi: string; readonly en?: string };
}

/**
 * One reporting deadline of a plan in a given year, as {@link reportingDeadlines} returns
 * it.
 *
 * `period` uses the observation period notation of {@link parsePeriod}: `'2026-03'`
 * (monthly), `'2026-Q1'` (quarterly), `'2026-H1'` (six-monthly) or `'2026'` (yearly).
 * `deadline` is an ISO date; when `before` is true the report is due before that day, so
 * the last day on time is the day before it. A deadline may fall before the period ends
 * (Ninh Bình's quarterly report is due before the 10th of the quarter's last month).
 *
 * @example
 * ```ts
 * import { reportingDeadlines, type ReportingDeadline } from 'chitieu';
 *
 * const [first]: ReportingDeadline[] = reportingDeadlines(
 *   { reporting: [{ frequency: 'yearly', month: 11, day: 10, before: true }] },
 *   2026,
 * );
 * console.log(first?.deadline); // '2026-11-10'
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
  /** The deadline day. */
  readonly deadline: string;
  /** True when the report is due before `deadline` rather than on or before it. */
  readonly before: boolean;
  /** The rule's text, when the rule has one. */
  readonly text?: { readonly vi: string; readonly en?: string };
}
