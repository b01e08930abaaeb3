import { IndicatorSchema, type Indicator } from './indicator.js';
import { parseWith, safeParseWith, type ParseResult } from './parseWith.js';

/**
 * Parse an indicator definition from untrusted data, or throw a `SCHEMA` `ChitieuError`.
 *
 * @category Model
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

/**
 * Parse an indicator from untrusted data without throwing: `{ success: true, data }`, or
 * `{ success: false, issues, error }` with every problem's path, code and message in English
 * and Vietnamese.
 *
 * @category Model
 * @param input - the indicator as written in JSON ({@link IndicatorInput}).
 * @example
 * ```ts
 * import { safeParseIndicator } from 'chitieu';
 *
 * const result = safeParseIndicator({ id: 'Bad Id' });
 * console.log(result.success); // false
 * if (!result.success) console.log(result.issues[0]?.message.en); // 'expected a kebab-case id'
 * ```
 */
export function safeParseIndicator(input: unknown): ParseResult<Indicator> {
  return safeParseWith(IndicatorSchema, input);
}
