import { PopulationSchema, type Population } from './population.js';
import { parseWith } from './parseWith.js';

/**
 * Parse one population count from untrusted data, or throw a `SCHEMA` `ChitieuError`.
 *
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
