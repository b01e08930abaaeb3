/**
 * The words before a figure (readComparator, through readTargets): the comparator word
 * nearest the figure decides, across words that only fill (“ở mức”, “tỷ lệ”, “bình quân”),
 * and only “khoảng”, “xấp xỉ”, “gần”, “trên dưới”, “chừng” make the figure approximate.
 * Readings by hand of sentences in the plans' style.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';

function one(text: string): TargetDraft {
  const drafts = readTargets(text, { due: '2030-12-31' });
  expect(drafts, `one draft from “${text}”`).toHaveLength(1);
  return drafts[0] as TargetDraft;
}

const asked = (draft: TargetDraft, code: string): boolean => draft.questions.some((q) => q.code === code);

describe('comparator words across fillers', () => {
  it.each([
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt ở mức 95% dân số.', '>=', false],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt trên mức 95% dân số.', '>', false],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt tỷ lệ 95% dân số.', '>=', false],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt khoảng 95% dân số.', '>=', true],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt xấp xỉ 95% dân số.', '>=', true],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt ở mức khoảng 95% dân số.', '>=', true],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt khoảng ở mức 95% dân số.', '>=', true],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi dưới mức 15%.', '<', false],
  ])('%s → %s, approximate %s', (text, comparator, approximate) => {
    const draft = one(text);
    expect([draft.comparator, draft.approximate, asked(draft, 'APPROXIMATE')]).toEqual([comparator, approximate, approximate]);
  });
});
