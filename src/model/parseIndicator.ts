import { IndicatorSchema, type Indicator } from './indicator.js';
import { parseWith } from './parseWith.js';

/**
 * Parse an indicator definition from untrusted data, or throw a `SCHEMA` `ChitieuError`.
 *
 * @param input - the indicator as written in JSON ({@link IndicatorInput}).
 * @example
 * ```ts
 * import { parseIndicator, ChitieuError } from 'chitieu';
 *
 * try {
 *   parseIndicator({ id: 'Doctors per 10k', name: { vi: 'Số bác sĩ/vạn dân' }, measure: 'rate', unit: { vi: 'bác sĩ/vạn dân' }, polarity: 'higher-is-better', decimals: 1 });
 * } catch (error) {
 *   if (error instanceof ChitieuError) console.log(error.field); // 'id'
 * }
 * ```
 */
export function parseIndicator(input: unknown): Indicator {
  return parseWith(IndicatorSchema, input);
}
