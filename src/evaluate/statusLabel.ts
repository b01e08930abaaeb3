import { fail, type BilingualText } from '../errors.js';
import { NOT_ONE_OF } from '../messages/index.js';
import type { TargetStatus } from './types.js';
import { en } from './wording/en.js';
import { vi } from './wording/vi.js';

/** The six statuses in the order scorecards list them. */
export const STATUS_ORDER: readonly TargetStatus[] = ['achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review'];

/**
 * The label of a status in Vietnamese and English, as scorecards print it: `achieved` is
 * “đạt” / “achieved”, `off-track` “chậm tiến độ” / “off track”.
 *
 * @param status - one of the six statuses.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `status`) for anything else.
 * @category Evaluation
 * @example
 * ```ts
 * import { statusLabel } from 'chitieu';
 *
 * console.log(statusLabel('achieved'));  // { vi: 'đạt', en: 'achieved' }
 * console.log(statusLabel('off-track').vi); // 'chậm tiến độ'
 * ```
 */
export function statusLabel(status: TargetStatus): BilingualText {
  if (typeof status !== 'string' || !Object.hasOwn(vi.status, status)) {
    throw fail(NOT_ONE_OF, 'status', { value: status, allowed: STATUS_ORDER });
  }
  return Object.freeze({ vi: vi.status[status], en: en.status[status] });
}
