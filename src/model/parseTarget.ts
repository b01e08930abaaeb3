import { TargetSchema, type Target } from './target.js';
import { parseWith } from './parseWith.js';

/**
 * Parse one target from untrusted data, or throw a `SCHEMA` `ChitieuError` (paths are the
 * target's own: `upper`, `comparator`).
 *
 * @param input - the target as written in JSON ({@link TargetInput}).
 * @example
 * ```ts
 * import { parseTarget, ChitieuError } from 'chitieu';
 *
 * // Thống Nhất: “đến năm 2027 có ít nhất từ 4 - 5 bác sĩ”
 * const range = parseTarget({ id: 'bs', indicator: 'station-doctors', comparator: 'between', value: '4', upper: '5', due: '2027-12-31' });
 * console.log(range.kind === 'level' && range.upper); // '5'
 * try {
 *   parseTarget({ id: 'bs', indicator: 'station-doctors', comparator: 'between', value: '5', upper: '4', due: '2027-12-31' });
 * } catch (error) {
 *   if (error instanceof ChitieuError) console.log(error.issues[0]?.code); // 'RANGE_REVERSED'
 * }
 * ```
 */
export function parseTarget(input: unknown): Target {
  return parseWith(TargetSchema, input);
}
