import { fail } from '../errors.js';
import { NOT_OBSERVATION_PERIOD } from './messages/index.js';
import { dayKey } from './dayKey.js';
import { parsePeriod } from './parsePeriod.js';

/**
 * Order two observation periods by their last day, then by their first day: negative when
 * `a` comes first, positive when `b` does, 0 only when they cover the same days. Use it to
 * sort observations; the last after sorting is the one whose period ended latest (among
 * periods ending the same day, the shortest: `'2026-Q4'` after `'2026'`).
 *
 * @category Calendar
 * @throws {@link ChitieuError} `INVALID_PERIOD` naming `a` or `b`.
 * @example
 * ```ts
 * import { comparePeriods } from 'chitieu';
 *
 * const periods = ['2026', '2026-Q2', '2025-12', '2026-Q4'];
 * console.log(periods.sort(comparePeriods)); // [ '2025-12', '2026-Q2', '2026', '2026-Q4' ]
 * console.log(comparePeriods('2026-Q1', '2026-03')); // -1
 * ```
 */
export function comparePeriods(a: string, b: string): -1 | 0 | 1 {
  const spanA = read(a, 'a');
  const spanB = read(b, 'b');
  return Math.sign(dayKey(spanA.end) - dayKey(spanB.end) || dayKey(spanA.start) - dayKey(spanB.start)) as -1 | 0 | 1;
}

function read(period: string, field: string) {
  try {
    return parsePeriod(period);
  } catch {
    throw fail(NOT_OBSERVATION_PERIOD, field, { value: period });
  }
}
