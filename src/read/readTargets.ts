import { checkDue, checkOptions, checkText } from './checkInput.js';
import { lineStarts, type Source } from './draft.js';
import { fold } from './fold.js';
import { readLines } from './readLines.js';
import { linesOf } from './segments.js';
import type { SentenceContext } from './sentence.js';
import type { ReadTargetsOptions, TargetDraft } from './types.js';

/**
 * Read the targets in Vietnamese text: one {@link TargetDraft} per target found, in the order
 * they appear. Each draft carries the span it was read from (verbatim, with offsets into
 * `text` and its line), whether it is a target or a result (“ước đạt”, “đã đạt”), the
 * comparator and value (“trên” is strict, “đạt”, “tối thiểu”, “ít nhất”, “không dưới” are ≥,
 * “dưới” is strict below, “còn”, “giảm xuống”, “không quá” are ≤, “duy trì” keeps a level,
 * “4 - 5” is a range, “ít nhất từ 4 - 5” a floor of 4), the multiplier (`%`, `‰`, “/vạn dân”,
 * “trên 100.000 trẻ đẻ sống”), the unit of counts and measures, the due date (“đến hết năm
 * 2026”, “giai đoạn 2026 - 2030”, else `options.due`), the catalog indicator it most likely
 * is, changes (“tăng thêm 10%” of a percentage is `unspecified`), the scope, whether it is
 * aspirational (“phấn đấu”), a confidence and the questions a person must answer.
 *
 * One sentence may hold several targets (“đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân”);
 * each is its own draft. The reader is rule-based and deterministic; it never throws on
 * text, and reads 1 MB in well under a second.
 *
 * @param text - the text: sentences, list items or a whole document.
 * @param options - `due`: the due date of targets whose sentence names none.
 * @throws {@link index!ChitieuError} `INVALID_ARGUMENT` (field `text`) when `text` is not a string
 *   or is binary, `OUT_OF_RANGE` (field `text`) when it is longer than 2 000 000 characters,
 *   `INVALID_ARGUMENT` (field `options`) when `options` is not an object, `INVALID_DATE`
 *   (field `options.due`) when `due` is not an existing ISO date.
 * @category Reader
 * @example
 * ```ts
 * import { readTargets } from 'chitieu/read';
 *
 * const drafts = readTargets('Đến năm 2030, đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân.');
 * console.log(drafts.map((d) => [d.indicator, d.comparator, d.value, d.per, d.due])); // [ [ 'beds-per-10k', '>=', '35', 10000, '2030-12-31' ], [ 'doctors-per-10k', '>=', '19', 10000, '2030-12-31' ] ]
 * console.log(drafts.map((d) => d.text)); // [ 'Đến năm 2030, đạt 35 giường bệnh', '19 bác sĩ trên 1 vạn dân' ]
 *
 * // “tăng thêm 10%” of a percentage: points or percent? The draft asks.
 * const [active] = readTargets('Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%.', { due: '2030-12-31' });
 * console.log([active?.targetKind, active?.change, active?.questions.map((q) => q.code)]); // [ 'change', 'unspecified', [ 'CHANGE_TYPE', 'BASELINE_MISSING' ] ]
 *
 * const [stunting] = readTargets('Tỷ lệ suy dinh dưỡng trẻ em dưới 05 tuổi thể thấp còi giảm còn dưới 15,5%.', { due: '2026-12-31' });
 * console.log([stunting?.indicator, stunting?.comparator, stunting?.value]); // [ 'stunting-under-5', '<', '15.5' ]
 *
 * const [result] = readTargets('Tính đến hết năm 2025, tỷ lệ bao phủ bảo hiểm y tế ước đạt 95,15% dân số.');
 * console.log([result?.kind, result?.value, result?.due]); // [ 'result', '95.15', '2025-12-31' ]
 * ```
 */
export function readTargets(text: string, options?: ReadTargetsOptions): readonly TargetDraft[] {
  checkText(text);
  const due = checkDue(checkOptions(options).due);
  const folded = fold(text);
  const source: Source = { text, folded, lineStarts: lineStarts(text) };
  const context: SentenceContext = { mode: 'objective', ...(due === undefined ? {} : { defaultDue: due, dueFrom: 'option' as const }) };
  const drafts = readLines(source, linesOf(folded.text), context, []).flatMap((sentence) => sentence.drafts);
  return Object.freeze(drafts);
}
