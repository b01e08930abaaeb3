import { fail } from '../errors.js';
import { NOT_AFTER, NOT_AN_OBJECT, NOT_ONE_OF } from '../messages/index.js';
import { GEOMETRIC_ZERO, NEGATIVE_LINE, NOT_DATED_COUNT } from './messages/index.js';
import { Decimal, toNonNegative, toResult, type Num } from '../numeric/decimal.js';
import { checkYear } from './checkYear.js';
import { dayNumber, dayOfDate } from './dayNumber.js';

/**
 * Options of {@link midYearPopulation}.
 *
 * @category Population
 * @example
 * ```ts
 * import { midYearPopulation, type MidYearPopulationOptions } from 'chitieu';
 *
 * const options: MidYearPopulationOptions = {
 *   start: { date: '2026-01-01', count: 10000 },
 *   end: { date: '2027-01-01', count: 10365 },
 *   year: 2026,
 * };
 * console.log(midYearPopulation(options).toString()); // '10181'
 * ```
 */
export interface MidYearPopulationOptions {
  /** The earlier dated count (a census, a registry total). */
  readonly start: { readonly date: string; readonly count: Num };
  /** The later dated count; its date must be after `start.date`. */
  readonly end: { readonly date: string; readonly count: Num };
  /** The year whose 1 July is wanted, a whole year from 1900 to 2200. */
  readonly year: number;
  /** `'linear'` (the default): a straight line; `'geometric'`: constant exponential growth. */
  readonly method?: 'linear' | 'geometric';
}

/**
 * The population on 1 July of `year` (the mid-year population, the usual denominator of a
 * yearly rate), interpolated between two dated counts.
 *
 * Time is counted in whole days between the ISO dates, 1 July meaning 1 July at 00:00: with
 * `t` the days from `start.date` to 1 July and `T` the days from `start.date` to `end.date`,
 *
 * - `'linear'`: `c0 + (c1 − c0) × t / T`, exact (a terminating quotient is exact; otherwise
 *   correctly rounded to 60 significant digits);
 * - `'geometric'`: `c0 × (c1 / c0)^(t / T)`, constant exponential growth, computed with
 *   decimal.js to 60 significant digits (accurate to within a few units of the last one;
 *   exact when 1 July is one of the two dates).
 *
 * When 1 July of `year` falls outside the two dates the same formula EXTRAPOLATES (a
 * straight line or a constant growth rate continued); check the dates yourself if that is
 * not wanted. A linear extrapolation that would fall below zero throws `OUT_OF_RANGE`
 * rather than return a negative population.
 *
 * The result is unrounded: round it (or not) as your statistics office does.
 *
 * @category Population
 * @throws {@link ChitieuError} `INVALID_DATE` naming `start.date` or `end.date`;
 *   `INVALID_ARGUMENT` naming `end.date` when it is not after `start.date`, or `method`;
 *   `NEGATIVE_COUNT` / `INVALID_NUMBER` naming `start.count` or `end.count`; `OUT_OF_RANGE`
 *   naming a count that is zero with `'geometric'`, or `year` for a negative linear
 *   extrapolation; `year` errors (`INVALID_NUMBER`, `NOT_AN_INTEGER`, `OUT_OF_RANGE`).
 * @example
 * ```ts
 * import { midYearPopulation } from 'chitieu';
 *
 * // 1 January 2026: 10 000 people; 1 January 2027: 10 365 people.
 * // 1 July 2026 is 181 of the 365 days on: 10 000 + 365 × 181 / 365 = 10 181.
 * const start = { date: '2026-01-01', count: 10000 };
 * const end = { date: '2027-01-01', count: 10365 };
 * console.log(midYearPopulation({ start, end, year: 2026 }).toString()); // '10181'
 * // constant growth from 10 000 to 12 100 over two years: 10 000 × 1.21^(1/2) = 11 000
 * const geometric = midYearPopulation({
 *   start: { date: '2025-07-01', count: 10000 },
 *   end: { date: '2027-07-01', count: 12100 },
 *   year: 2026,
 *   method: 'geometric',
 * });
 * console.log(geometric.toDecimalPlaces(6).toString()); // '11000'
 * ```
 */
export function midYearPopulation(options: MidYearPopulationOptions): Decimal {
  if (typeof options !== 'object' || options === null) throw fail(NOT_AN_OBJECT, 'options', { value: options });
  const { start, end } = options;
  if (typeof start !== 'object' || start === null) throw fail(NOT_DATED_COUNT, 'start', { value: start });
  if (typeof end !== 'object' || end === null) throw fail(NOT_DATED_COUNT, 'end', { value: end });
  const method = options.method ?? 'linear';
  if (method !== 'linear' && method !== 'geometric') {
    throw fail(NOT_ONE_OF, 'method', { value: method, allowed: ['linear', 'geometric'] });
  }
  const s = dayNumber(start.date, 'start.date');
  const e = dayNumber(end.date, 'end.date');
  if (e <= s) {
    throw fail(NOT_AFTER, 'end.date', { value: end.date, other: 'start.date', limit: start.date });
  }
  const year = checkYear(options.year, 'year');
  const c0 = toNonNegative(start.count, 'start.count');
  const c1 = toNonNegative(end.count, 'end.count');
  const m = dayOfDate(year, 7, 1);
  const t = m - s;
  const span = e - s;

  if (method === 'geometric') {
    for (const [count, field] of [[c0, 'start.count'], [c1, 'end.count']] as const) {
      if (count.isZero()) {
        throw fail(GEOMETRIC_ZERO, field, {});
      }
    }
    if (t === 0) return c0;
    if (t === span) return c1;
    return toResult(c0.times(c1.dividedBy(c0).pow(new Decimal(t).dividedBy(span))), 'year');
  }

  // c0 + (c1 − c0) × t / T, written with a single division.
  const result = c0.times(span - t).plus(c1.times(t)).dividedBy(span);
  if (result.isNegative() && !result.isZero()) {
    throw fail(NEGATIVE_LINE, 'year', { year, value: result.toSignificantDigits(6).toString() });
  }
  return result.isZero() ? new Decimal(0) : toResult(result, 'year');
}
