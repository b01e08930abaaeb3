import { chitieuError, type BilingualText } from '../errors.js';
import type { TargetStatus } from './types.js';

const LABELS: Readonly<Record<TargetStatus, BilingualText>> = {
  achieved: { vi: 'đạt', en: 'achieved' },
  'not-achieved': { vi: 'không đạt', en: 'not achieved' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'off-track': { vi: 'chậm tiến độ', en: 'off track' },
  'no-data': { vi: 'chưa có số liệu', en: 'no data' },
  'needs-review': { vi: 'cần xem xét', en: 'needs review' },
};

/**
 * The label of a status in Vietnamese and English, as scorecards print it: `achieved` is
 * “đạt” / “achieved”, `off-track` “chậm tiến độ” / “off track”.
 *
 * @param status - one of the six statuses.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `status`) for anything else.
 * @example
 * ```ts
 * import { statusLabel } from 'chitieu';
 *
 * console.log(statusLabel('achieved'));  // { vi: 'đạt', en: 'achieved' }
 * console.log(statusLabel('off-track').vi); // 'chậm tiến độ'
 * ```
 */
export function statusLabel(status: TargetStatus): BilingualText {
  const label = Object.hasOwn(LABELS, status) ? LABELS[status] : undefined;
  if (label === undefined) {
    const list = Object.keys(LABELS).map((s) => `'${s}'`).join(', ');
    throw chitieuError('INVALID_ARGUMENT', 'status', {
      en: `status must be one of ${list} (got ${JSON.stringify(status)})`,
      vi: `status phải là một trong ${list} (nhận ${JSON.stringify(status)})`,
    });
  }
  return label;
}

/** The six statuses in the order scorecards list them. */
export const STATUS_ORDER: readonly TargetStatus[] = ['achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review'];
