import { formatISO } from 'date-fns';
import { UTCDay } from './UTCDay.js';

/**
 * Internal: `'YYYY-MM-DD'` for an already validated calendar day (month 1–12).
 *
 * @internal
 */
export function formatDay(year: number, month: number, day: number): string {
  return formatISO(UTCDay.of(year, month, day), { representation: 'date' });
}
