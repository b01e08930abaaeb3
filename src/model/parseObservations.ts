import * as z from 'zod/mini';
import { ObservationSchema, type Observation } from './observation.js';
import { parseWith, safeParseWith, type ParseResult } from './parseWith.js';

const ObservationListSchema = z.array(ObservationSchema);

/**
 * Parse an array of observations (an observation file), or throw a `SCHEMA` `ChitieuError`
 * whose field names the row: `observations[3].value`.
 *
 * @category Model
 * @param input - an array of observations as written in JSON.
 * @example
 * ```ts
 * import { parseObservations, ChitieuError } from 'chitieu';
 *
 * const rows = [
 *   { indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2025', value: '94.8' },
 *   { indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2026', value: '95,2' },
 * ];
 * try {
 *   parseObservations(rows);
 * } catch (error) {
 *   if (error instanceof ChitieuError) console.log(error.field); // 'observations[1].value'
 * }
 * ```
 */
export function parseObservations(input: unknown): Observation[] {
  return parseWith(ObservationListSchema, input, 'observations');
}

/**
 * Parse an array of observations without throwing: `{ success: true, data }`, or
 * `{ success: false, issues, error }` with every problem's path (from the row:
 * `[1, 'value']`), code and message in English and Vietnamese.
 *
 * @category Model
 * @param input - an array of observations as written in JSON.
 * @example
 * ```ts
 * import { safeParseObservations } from 'chitieu';
 *
 * const result = safeParseObservations([{ indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: 49.2 }, { area: 'x' }]);
 * if (!result.success) console.log(result.error.field); // 'observations[1].indicator'
 * ```
 */
export function safeParseObservations(input: unknown): ParseResult<Observation[]> {
  return safeParseWith(ObservationListSchema, input, 'observations');
}
