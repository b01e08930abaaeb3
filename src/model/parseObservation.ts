import { ObservationSchema, type Observation } from './observation.js';
import { parseWith, safeParseWith, type ParseResult } from './parseWith.js';

/**
 * Parse one observation from untrusted data, or throw a `SCHEMA` `ChitieuError`.
 *
 * @category Model
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

/**
 * Parse one observation from untrusted data without throwing: `{ success: true, data }`, or
 * `{ success: false, issues, error }` with every problem's path, code and message in English
 * and Vietnamese.
 *
 * @category Model
 * @param input - the observation as written in JSON ({@link ObservationInput}).
 * @example
 * ```ts
 * import { safeParseObservation } from 'chitieu';
 *
 * const result = safeParseObservation({ indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: '49,2' });
 * if (!result.success) console.log(result.issues[0]?.message.vi); // 'cần một số thập phân viết bằng dấu "." (ví dụ 17.5)'
 * ```
 */
export function safeParseObservation(input: unknown): ParseResult<Observation> {
  return safeParseWith(ObservationSchema, input);
}
