import { TargetSchema, type Target } from './target.js';
import { parseWith } from './parseWith.js';

/**
 * Parse one target from untrusted data, or throw a `SCHEMA` `ChitieuError` (paths are the
 * target's own: `upper`, `aim`, `comparator`).
 *
 * @param input - the target as written in JSON ({@link TargetInput}).
 * @example
 * ```ts
 * import { parseTarget, ChitieuError } from 'chitieu';
 *
 * // Thống Nhất: “đến năm 2027 có ít nhất từ 4 - 5 bác sĩ”: a floor of 4, aiming at 5
 * const floor = parseTarget({ id: 'bs', indicator: 'station-doctors', comparator: '>=', value: '4', aim: '5', due: '2027-12-31' });
 * console.log(floor.kind === 'level' && floor.aim); // '5'
 * try {
 *   parseTarget({ id: 'bs', indicator: 'station-doctors', comparator: '>=', value: '5', aim: '4', due: '2027-12-31' });
 * } catch (error) {
 *   if (error instanceof ChitieuError) console.log(error.issues[0]?.code); // 'AIM_BELOW_VALUE'
 * }
 * ```
 */
export function parseTarget(input: unknown): Target {
  return parseWith(TargetSchema, input);
}
