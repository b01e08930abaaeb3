import type { Decimal, Num } from '../numeric/decimal.js';
import { checkYear } from './checkYear.js';
import { populationAt } from './populationAt.js';

/**
 * Options of {@link populationOfYear}.
 *
 * @category Population
 * @example
 * ```ts
 * import { populationOfYear, type PopulationOfYearOptions } from 'chitieu';
 *
 * const options: PopulationOfYearOptions = {
 *   base: { date: '2025-07-01', count: 20000 },
 *   growthRate: '-0.01',
 *   year: 2026,
 * };
 * console.log(populationOfYear(options).toString()); // '19800'
 * ```
 */
export interface PopulationOfYearOptions {
  /** The dated count projected from. */
  readonly base: { readonly date: string; readonly count: Num };
  /** The yearly growth rate as a fraction: `0.0095` for 0.95% a year. */
  readonly growthRate: Num;
  /** The year, a whole number from 1900 to 2200; its 1 July is projected. */
  readonly year: number;
  /** `'annual'` (default) or `'continuous'`, as in {@link populationAt}. */
  readonly compounding?: 'annual' | 'continuous';
}

/**
 * The mid-year population of `year` (on 1 July) projected from a dated count and a yearly
 * growth rate: {@link populationAt} with `date` = `<year>-07-01`.
 *
 * @category Population
 * @throws {@link ChitieuError} as {@link populationAt}; `INVALID_NUMBER`, `NOT_AN_INTEGER`,
 *   `OUT_OF_RANGE` naming `year`.
 * @example
 * ```ts
 * import { populationOfYear } from 'chitieu';
 *
 * // a count of 50 000 on 1 July 2025 growing 2% a year: 51 000 on 1 July 2026
 * const base = { date: '2025-07-01', count: 50000 };
 * console.log(populationOfYear({ base, growthRate: '0.02', year: 2026 }).toString()); // '51000'
 * ```
 */
export function populationOfYear(options: PopulationOfYearOptions): Decimal {
  const year = checkYear(options?.year, 'year');
  return populationAt({ ...options, date: `${year}-07-01` });
}
