import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { TO_BEFORE_FROM } from './messages/index.js';
import { checkYear } from './checkYear.js';
import { formatDay } from './formatDay.js';
import type { DateSpan } from './types.js';

/**
 * The days a plan covers: from 1 January of `from` to 31 December of `to` (a five-year
 * plan "giai đoạn 2026–2030"), or the single year `from` when `to` is omitted.
 *
 * @category Calendar
 * @param from - the first year, a whole number from 1900 to 2200.
 * @param to - the last year (included), not before `from`; defaults to `from`.
 * @throws {@link ChitieuError} `INVALID_NUMBER`, `NOT_AN_INTEGER`, `OUT_OF_RANGE` naming
 *   `from` or `to`; `INVALID_ARGUMENT` naming `to` when `to` is before `from`.
 * @example
 * ```ts
 * import { planPeriod } from 'chitieu';
 *
 * console.log(planPeriod(2026, 2030)); // { start: '2026-01-01', end: '2030-12-31' }
 * console.log(planPeriod(2026));       // { start: '2026-01-01', end: '2026-12-31' }
 * ```
 */
export function planPeriod(from: number, to?: number): DateSpan {
  const first = checkYear(from, 'from');
  const last = to === undefined ? first : checkYear(to, 'to');
  if (last < first) {
    throw fail(TO_BEFORE_FROM, 'to', { value: last, limit: first });
  }
  return frozen({ start: formatDay(first, 1, 1), end: formatDay(last, 12, 31) });
}
