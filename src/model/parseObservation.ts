import { ObservationSchema, type Observation } from './observation.js';
import { parseWith } from './parseWith.js';

/**
 * Parse one observation from untrusted data, or throw a `SCHEMA` `ChitieuError`.
 *
 * @param input - the observation as written in JSON ({@link ObservationInput}).
 * @example
 * ```ts
 * import { parseObservation, ChitieuError } from 'chitieu';
 *
 * console.log(parseObservation({ indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: 49.2 }).value); // '49.2'
 * try {
 *   parseObservation({ indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', numerator: 59 });
 * } catch (error) {
 *   if (error instanceof ChitieuError) console.log(error.issues[0]?.code); // 'INCOMPLETE_RATIO'
 * }
 * ```
 */
export function parseObservation(input: unknown): Observation {
  return parseWith(ObservationSchema, input);
}
