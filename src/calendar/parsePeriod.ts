import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { periodSpan } from '../isoDay.js';
import { NOT_PERIOD } from './messages/index.js';
import type { DateSpan } from './types.js';

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
 * @category Calendar
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
  const span = periodSpan(period);
  if (typeof span !== 'string') return frozen(span);
  throw fail(NOT_PERIOD, 'period', { value: period, reason: span });
}
