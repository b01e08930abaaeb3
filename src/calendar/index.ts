/**
 * Calendar dates for plans: plan periods and year ends, observation periods (`'2026'`,
 * `'2026-Q2'`, `'2026-H1'`, `'2026-06'`, `'2026-06-15'`, `'2021-2025'`) and reporting
 * deadlines.
 *
 * Dates go in and out as ISO strings `'YYYY-MM-DD'`, read as calendar dates: no `Date`
 * object crosses the API and the machine's time zone never shifts a day. Arithmetic uses
 * date-fns on UTC calendar days.
 *
 * @module
 */
export type { DateSpan, IsoDateParts, ReportingDeadline } from './types.js';
export { parseIsoDate } from './parseIsoDate.js';
export { isIsoDate } from './isIsoDate.js';
export { toIsoDate } from './toIsoDate.js';
export { endOfYearDate } from './endOfYearDate.js';
export { planPeriod } from './planPeriod.js';
export { parsePeriod } from './parsePeriod.js';
export { periodEnd } from './periodEnd.js';
export { periodEndsBy } from './periodEndsBy.js';
export { comparePeriods } from './comparePeriods.js';
export { reportingDeadlines } from './reportingDeadlines.js';
