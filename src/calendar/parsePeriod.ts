import { chitieuError } from '../errors.js';
import { daysInMonth } from './daysInMonth.js';
import { formatDay } from './formatDay.js';
import { parseIsoDate } from './parseIsoDate.js';
import type { DateSpan } from './types.js';

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SPAN = /^(\d{4})-(\d{4})$/;

function months(year: number, first: number, last: number): DateSpan {
  return { start: formatDay(year, first, 1), end: formatDay(year, last, daysInMonth(year, last)) };
}

function invalid(period: unknown, reason?: { en: string; vi: string }): never {
  const shown = typeof period === 'string' ? JSON.stringify(period) : String(period);
  throw chitieuError('INVALID_PERIOD', 'period', {
    en:
      `period must be 'YYYY', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-YYYY' (got ${shown})` +
      (reason ? `: ${reason.en}` : ''),
    vi:
      `period phải có dạng 'YYYY', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-MM', 'YYYY-MM-DD' hoặc 'YYYY-YYYY' (nhận ${shown})` +
      (reason ? `: ${reason.vi}` : ''),
  });
}

/**
 * The days an observation period covers, both ends included.
 *
 * | period         | meaning                     | start        | end          |
 * |----------------|-----------------------------|--------------|--------------|
 * | `'2026'`       | the year                    | `2026-01-01` | `2026-12-31` |
 * | `'2026-Q2'`    | a quarter (Q1–Q4)           | `2026-04-01` | `2026-06-30` |
 * | `'2026-H1'`    | a half-year (H1, H2)        | `2026-01-01` | `2026-06-30` |
 * | `'2026-06'`    | a month                     | `2026-06-01` | `2026-06-30` |
 * | `'2026-06-15'` | a day                       | `2026-06-15` | `2026-06-15` |
 * | `'2021-2025'`  | several whole years         | `2021-01-01` | `2025-12-31` |
 *
 * The notation is strict (upper-case `Q`/`H`, no spaces); years run from 0001 to 9999; a
 * span's last year must be after its first (write `'2026'` for one year).
 *
 * @throws {@link ChitieuError} `INVALID_PERIOD` naming `period`.
 * @example
 * ```ts
 * import { parsePeriod } from 'chitieu';
 *
 * console.log(parsePeriod('2026-Q2'));   // { start: '2026-04-01', end: '2026-06-30' }
 * console.log(parsePeriod('2024-02'));   // { start: '2024-02-01', end: '2024-02-29' }
 * console.log(parsePeriod('2021-2025')); // { start: '2021-01-01', end: '2025-12-31' }
 * ```
 */
export function parsePeriod(period: string): DateSpan {
  if (typeof period !== 'string') invalid(period);
  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(period))) {
    const year = Number(match[1]);
    if (year >= 1) return months(year, 1, 12);
  } else if ((match = QUARTER.exec(period))) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    if (year >= 1) return months(year, quarter * 3 - 2, quarter * 3);
  } else if ((match = HALF.exec(period))) {
    const year = Number(match[1]);
    const half = Number(match[2]);
    if (year >= 1) return months(year, half * 6 - 5, half * 6);
  } else if ((match = MONTH.exec(period))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (year >= 1 && month >= 1 && month <= 12) return months(year, month, month);
  } else if (DAY.test(period)) {
    let day: string | undefined;
    try {
      const parts = parseIsoDate(period, 'period');
      day = formatDay(parts.year, parts.month, parts.day);
    } catch {
      invalid(period, { en: 'no such day', vi: 'không có ngày này' });
    }
    return { start: day, end: day };
  } else if ((match = SPAN.exec(period))) {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (first >= 1 && last > first) return { start: formatDay(first, 1, 1), end: formatDay(last, 12, 31) };
    invalid(period, {
      en: 'the last year of a span must be after its first',
      vi: 'năm cuối của giai đoạn phải sau năm đầu',
    });
  }
  return invalid(period);
}
