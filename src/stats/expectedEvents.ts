import type { Decimal } from 'decimal.js';
import {
  requireArray,
  requireFiniteResults,
  requireOptions,
  toNonNegativeDouble,
  toPositiveDouble,
} from './internal/validate.js';

/**
 * Options of {@link expectedEvents}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { expectedEvents, type ExpectedEventsOptions } from 'chitieu';
 *
 * const options: ExpectedEventsOptions = { population: [1000, 500], referenceEvents: [20, 90], referencePopulation: [10000, 3000] };
 * console.log(expectedEvents(options)); // 17
 * ```
 */
export interface ExpectedEventsOptions {
  /** The area's population in each band. */
  readonly population: readonly (number | string | bigint | Decimal)[];
  /** The reference population's events in each band. */
  readonly referenceEvents: readonly (number | string | bigint | Decimal)[];
  /** The reference population in each band, > 0. */
  readonly referencePopulation: readonly (number | string | bigint | Decimal)[];
}

/**
 * The events an area would have at the reference population's rates:
 * Σᵢ populationᵢ × referenceEventsᵢ / referencePopulationᵢ, the denominator of an
 * indirectly standardised ratio. A double; checked against PHEindicatormethods' expected
 * count (835.883561…) to 1e-13.
 *
 * @category Statistics
 * @param options - the area's population and the reference events and population, band by band.
 * @returns the expected number of events.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (an array missing or empty, `options`),
 *   `LENGTH_MISMATCH`, `NEGATIVE_COUNT` / `INVALID_NUMBER` / `OUT_OF_RANGE` for an entry,
 *   `ZERO_DENOMINATOR` (`referencePopulation[i]` = 0).
 * @example
 * ```ts
 * import { expectedEvents } from 'chitieu';
 *
 * // 1,000 young people at the province's 20 per 10,000 and 500 old at 90 per 3,000: 2 + 15
 * console.log(expectedEvents({ population: [1000, 500], referenceEvents: [20, 90], referencePopulation: [10000, 3000] })); // 17
 * ```
 */
export function expectedEvents(options: ExpectedEventsOptions): number {
  requireOptions(options);
  const population = requireArray(options.population, 'population').map((value, i) => toNonNegativeDouble(value, `population[${i}]`));
  const bands = { of: population.length, as: 'population' };
  const events = requireArray(options.referenceEvents, 'referenceEvents', bands).map((value, i) => toNonNegativeDouble(value, `referenceEvents[${i}]`));
  const reference = requireArray(options.referencePopulation, 'referencePopulation', bands).map((value, i) => toPositiveDouble(value, `referencePopulation[${i}]`));
  const expected = population.reduce((sum, n, i) => sum + (n * (events[i] as number)) / (reference[i] as number), 0);
  requireFiniteResults([expected], 'referencePopulation');
  return expected;
}
