import { PopulationSchema, type Population } from './population.js';
import { parseWith, safeParseWith, type ParseResult } from './parseWith.js';

/**
 * Parse one population count from untrusted data, or throw a `SCHEMA` `ChitieuError`.
 *
 * @category Model
 * @param input - the population count as written in JSON.
 * @example
 * ```ts
 * import { parsePopulation, ChitieuError } from 'chitieu';
 *
 * try {
 *   parsePopulation({ area: 'cao-minh', date: '2026-07-01', count: '-5' });
 * } catch (error) {
 *   if (error instanceof ChitieuError) console.log(error.vi); // 'count: cần một số đếm không âm'
 * }
 * ```
 */
export function parsePopulation(input: unknown): Population {
  return parseWith(PopulationSchema, input);
}

/**
 * Parse one population count from untrusted data without throwing: `{ success: true, data }`,
 * or `{ success: false, issues, error }` with every problem's path, code and message in
 * English and Vietnamese.
 *
 * @category Model
 * @param input - the population count as written in JSON.
 * @example
 * ```ts
 * import { safeParsePopulation } from 'chitieu';
 *
 * const result = safeParsePopulation({ area: 'cao-minh', date: '2026-07-01', count: '12000' });
 * console.log(result.success && result.data.count); // '12000'
 * ```
 */
export function safeParsePopulation(input: unknown): ParseResult<Population> {
  return safeParseWith(PopulationSchema, input);
}
