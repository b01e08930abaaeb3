import { fail } from '../errors.js';
import { NOT_AN_OBJECT, NOT_ONE_OF } from '../messages/index.js';
import { GROWTH_BELOW_MINUS_ONE, NOT_DATED_COUNT } from './messages/index.js';
import { toDecimal, toNonNegative, toResult, type Decimal, type Num } from '../numeric/decimal.js';
import { yearsBetween } from './yearsBetween.js';

/**
 * Options of {@link populationAt}.
 *
 * @category Population
 * @example
 * ```ts
 * import { populationAt, type PopulationAtOptions } from 'chitieu';
 *
 * const options: PopulationAtOptions = {
 *   base: { date: '2025-01-01', count: 20000 },
 *   growthRate: '0.005',
 *   date: '2026-01-01',
 * };
 * console.log(populationAt(options).toString()); // '20100'
 * ```
 */
export interface PopulationAtOptions {
  /** The dated count projected from (a census: Viet Nam's 2019 census counted on 1 April). */
  readonly base: { readonly date: string; readonly count: Num };
  /**
   * The yearly growth rate as a FRACTION: `0.0095` for 0.95% a year (not `0.95`); negative
   * for a shrinking population.
   */
  readonly growthRate: Num;
  /** The ISO date wanted; before `base.date` projects backwards. */
  readonly date: string;
  /**
   * `'annual'` (the default): `count × (1 + growthRate)^t`; `'continuous'`:
   * `count × e^(growthRate × t)`.
   */
  readonly compounding?: 'annual' | 'continuous';
}

/**
 * The population on `date` projected from a dated count and a yearly growth rate.
 *
 * `t` is the time from `base.date` to `date` in years, counted by anniversaries: whole
 * years to the last anniversary of `base.date` on or before `date`, plus the remaining days
 * over the length of that year (365 or 366). So exactly one year on is `t = 1`, and
 * 1 April 2019 → 1 July 2026 is `7 + 91/365` (91 days into the year from 1 April 2026,
 * which has 365 days). A 29 February base has its anniversaries on 28 February in common
 * years.
 *
 * - `'annual'` (default): `count × (1 + growthRate)^t`; `growthRate` must exceed −1.
 * - `'continuous'`: `count × e^(growthRate × t)`.
 *
 * Computed with decimal.js to 60 significant digits (accurate to within a few units of the
 * last one), unrounded; exact at whole years with annual compounding.
 *
 * @category Population
 * @throws {@link ChitieuError} `INVALID_DATE` naming `base.date` or `date`; `NEGATIVE_COUNT`
 *   / `INVALID_NUMBER` naming `base.count`; `INVALID_NUMBER` naming `growthRate`, or
 *   `OUT_OF_RANGE` when it is −1 or less with annual compounding; `INVALID_ARGUMENT` naming
 *   `compounding` or a missing `base`.
 * @example
 * ```ts
 * import { populationAt } from 'chitieu';
 *
 * const base = { date: '2024-01-01', count: 100000 };
 * // two years at 1% a year: 100 000 × 1.01² = 102 010
 * console.log(populationAt({ base, growthRate: '0.01', date: '2026-01-01' }).toString()); // '102010'
 * // continuous: 100 000 × e^0.02
 * const continuous = populationAt({ base, growthRate: '0.01', date: '2026-01-01', compounding: 'continuous' });
 * console.log(continuous.toDecimalPlaces(4).toString()); // '102020.134'
 * ```
 */
export function populationAt(options: PopulationAtOptions): Decimal {
  if (typeof options !== 'object' || options === null) {
    throw fail(NOT_AN_OBJECT, 'options', { value: options });
  }
  const { base } = options;
  if (typeof base !== 'object' || base === null) {
    throw fail(NOT_DATED_COUNT, 'base', { value: base });
  }
  const compounding = options.compounding ?? 'annual';
  if (compounding !== 'annual' && compounding !== 'continuous') {
    throw fail(NOT_ONE_OF, 'compounding', { value: compounding, allowed: ['annual', 'continuous'] });
  }
  const t = yearsBetween(base.date, 'base.date', options.date, 'date');
  const count = toNonNegative(base.count, 'base.count');
  const rate = toDecimal(options.growthRate, 'growthRate');
  if (compounding === 'continuous') return toResult(count.times(rate.times(t).exp()), 'growthRate');
  const factor = rate.plus(1);
  if (factor.lessThanOrEqualTo(0)) {
    throw fail(GROWTH_BELOW_MINUS_ONE, 'growthRate', { value: rate.toString() });
  }
  return toResult(count.times(factor.pow(t)), 'growthRate');
}
