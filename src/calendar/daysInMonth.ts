/**
 * Internal: the number of days in `month` (1–12) of `year`, independent of the machine's
 * time zone (the one rule of the calendar, in the isoDay leaf).
 *
 * @internal
 */
export { daysInMonth } from '../isoDay.js';
