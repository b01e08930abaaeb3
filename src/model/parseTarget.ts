import { TargetSchema, type Target } from './target.js';
import { parseWith, safeParseWith, type ParseResult } from './parseWith.js';

/**
 * Parse one target from untrusted data, or throw a `SCHEMA` `ChitieuError` (paths are the
 * target's own: `upper`, `aim`, `comparator`).
 *
 * @category Model
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

/**
 * Parse one target from untrusted data without throwing: `{ success: true, data }`, or
 * `{ success: false, issues, error }` with every problem's path, code and message in English
 * and Vietnamese.
 *
 * @category Model
 * @param input - the target as written in JSON ({@link TargetInput}).
 * @example
 * ```ts
 * import { safeParseTarget } from 'chitieu';
 *
 * const ok = safeParseTarget({ id: 'bs', indicator: 'station-doctors', comparator: '>=', value: '4', aim: '5', due: '2027-12-31' });
 * console.log(ok.success && ok.data.kind); // 'level'
 * // a misspelt key is refused, naming the key it looks like
 * const typo = safeParseTarget({ id: 't', indicator: 'x', comparator: '>=', value: '1', due: '2026-12-31', baseLine: { period: '2025' } });
 * if (!typo.success) console.log(typo.issues[0]?.code); // 'UNKNOWN_KEY'
 * if (!typo.success) console.log(typo.issues[0]?.message.en); // "unknown key 'baseLine': did you mean 'baseline'?"
 * ```
 */
export function safeParseTarget(input: unknown): ParseResult<Target> {
  return safeParseWith(TargetSchema, input);
}
