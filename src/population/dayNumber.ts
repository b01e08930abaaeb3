import { chitieuError } from '../errors.js';
import { isExistingDay } from '../isoDay.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Internal: read an ISO calendar date `'YYYY-MM-DD'` (years 0001–9999) as a day number,
 * the days since 1970-01-01, so that differences are whole day counts. Pure UTC integer
 * arithmetic: the machine's time zone plays no part. (The population layer depends on
 * numeric only, so it does not borrow the calendar layer's reader; both check the day
 * with the same leaf, `isExistingDay`.)
 *
 * @throws `INVALID_DATE` naming `field` for malformed text or a day that does not exist.
 * @internal
 */
export function dayNumber(text: string, field: string): number {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isExistingDay(year, month, day)) {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return Math.round(date.getTime() / MS_PER_DAY);
    }
  }
  const shown = typeof text === 'string' ? JSON.stringify(text) : String(text);
  throw chitieuError('INVALID_DATE', field, {
    en: `${field} must be an existing calendar date written YYYY-MM-DD (got ${shown})`,
    vi: `${field} phải là một ngày có thật, viết theo dạng YYYY-MM-DD (nhận ${shown})`,
  });
}
