import { getDaysInMonth } from 'date-fns';
import { UTCDay } from './UTCDay.js';

/**
 * Internal: the number of days in `month` (1–12) of `year`, independent of the machine's
 * time zone.
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(UTCDay.of(year, month, 1));
}
