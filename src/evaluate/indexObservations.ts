import { indexOf, storeOf } from './engine/store.js';
import type { ObservationIndex, ObservationsInput } from './types.js';

/**
 * Read observations once into columns, with every value, numerator and denominator read
 * exactly and every period read, grouped by indicator and area and sorted by period, so that
 * evaluating many targets and areas does not read them again. Every evaluation function
 * accepts the index wherever it accepts observations; build one when you evaluate the same
 * observations more than once.
 *
 * Observations may be parsed, in their JSON input form (numbers where the schema keeps
 * decimal strings), or columns ({@link ObservationColumns}). Periods are ordered by their last
 * day, then their first (`'2026'` before `'2026-Q4'`); of two observations with the same
 * indicator, area and period, the one given later wins. The index keeps nothing of the
 * caller's objects.
 *
 * @param observations - a list of observations, or columns.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `observations`, or the field of a
 *   row at fault), `INVALID_NUMBER` / `OUT_OF_RANGE` / `NEGATIVE_COUNT` naming a value,
 *   `INVALID_PERIOD` naming `observations[i].period`.
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTarget, indexObservations, TargetSchema } from 'chitieu';
 *
 * const index = indexObservations([
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: '49.2' },
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2025', value: 48.1 },
 * ]);
 * console.log([index.size, index.periods]); // [ 2, [ '2026', '2025' ] ]
 * const target = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31', area: 'cao-minh' });
 * console.log(evaluateTarget(target, index, { asOf: '2027-01-31' }).status); // 'achieved'
 * ```
 */
export function indexObservations(observations: ObservationsInput): ObservationIndex {
  return indexOf(storeOf(observations));
}
