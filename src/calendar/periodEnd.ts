import { parsePeriod } from './parsePeriod.js';

/**
 * The last day of an observation period (see {@link parsePeriod}).
 *
 * This is the day that decides whether an observation is known at a date: evaluation takes
 * "the latest observation on or before `asOf`" to mean the observations whose period ENDS
 * on or before `asOf` (see {@link periodEndsBy}). A yearly figure for 2026 is therefore not
 * an observation as of 2026-06-30, while the figure for 2026-Q2 is.
 *
 * @category Calendar
 * @throws {@link ChitieuError} `INVALID_PERIOD` naming `period`.
 * @example
 * ```ts
 * import { periodEnd } from 'chitieu';
 *
 * console.log(periodEnd('2026'));    // '2026-12-31'
 * console.log(periodEnd('2026-H1')); // '2026-06-30'
 * ```
 */
export function periodEnd(period: string): string {
  return parsePeriod(period).end;
}
