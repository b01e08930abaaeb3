import { parseIsoDate } from './parseIsoDate.js';
import { parsePeriod } from './parsePeriod.js';

/**
 * Whether an observation period has ended by `asOf`: its last day is on or before `asOf`.
 * This is the rule evaluation uses for "the latest observation on or before `asOf`"; a
 * period still running at `asOf` (its end after `asOf`) does not count yet.
 *
 * @category Calendar
 * @param period - an observation period (see {@link parsePeriod}).
 * @param asOf - an ISO date.
 * @throws {@link ChitieuError} `INVALID_PERIOD` naming `period`, `INVALID_DATE` naming `asOf`.
 * @example
 * ```ts
 * import { periodEndsBy } from 'chitieu';
 *
 * console.log(periodEndsBy('2026-Q2', '2026-06-30')); // true
 * console.log(periodEndsBy('2026', '2026-06-30'));    // false
 * ```
 */
export function periodEndsBy(period: string, asOf: string): boolean {
  const end = parsePeriod(period).end;
  parseIsoDate(asOf, 'asOf');
  // Both are 'YYYY-MM-DD' with four-digit years: text order is date order.
  return end <= asOf;
}
