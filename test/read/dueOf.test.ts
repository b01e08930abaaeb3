/**
 * When a target falls due, read by hand from the sentence and its context: a date written
 * right after its figure, else the nearest date before it, else the context's (an option, a
 * heading). “Từ năm 2026” opens a target on 1 January 2026; with “hoàn thành” it also falls due
 * that year. “Tính đến hết năm 2025” dates a result. The questions are the ones the reader
 * must ask (DUE_MISSING, DUE_ASSUMED), with their bilingual wording (src/read/messages).
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';
import { seedText } from './measure.js';

function one(text: string, options?: { due?: string }): TargetDraft {
  const drafts = readTargets(text, options);
  expect(drafts, `one draft from “${text}”`).toHaveLength(1);
  return drafts[0] as TargetDraft;
}

const dueQuestions = (draft: TargetDraft): unknown[] => draft.questions.filter((q) => q.code.startsWith('DUE_'));

describe('the due date of a target', () => {
  it('Cao Minh 2.4: “Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.”: due at the end of 2026, nothing asked', () => {
    const draft = one('Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.', { due: '2030-12-31' });
    expect([draft.kind, draft.due, draft.from]).toEqual(['target', '2026-12-31', undefined]);
    expect(draft.questions).toEqual([]);
  });

  it('a period: “giai đoạn 2026 - 2030” closes at the end of 2030; a target kept over it (“duy trì”) starts on 1 January 2026', () => {
    const level = one('Giai đoạn 2026 - 2030, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.');
    expect([level.kind, level.due]).toEqual(['target', '2030-12-31']);
    expect(level.questions).toEqual([]);
    // district 141's wording for 2030, in a period
    const kept = one('Giai đoạn 2026 - 2030, duy trì 100% xã đạt Bộ tiêu chí quốc gia về y tế.');
    expect([kept.targetKind, kept.due, kept.from]).toEqual(['maintain', '2030-12-31', '2026-01-01']);
    expect(dueQuestions(kept)).toEqual([]);
  });

  it('a result: “Tính đến hết năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 92%” is dated the end of 2025', () => {
    const draft = one('Tính đến hết năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 92% dân số.', { due: '2030-12-31' });
    expect([draft.kind, draft.due, draft.value]).toEqual(['result', '2025-12-31', '92']);
    expect(dueQuestions(draft)).toEqual([]);
    // the date after the figure: a result all the same
    const after = one('Tỷ lệ bao phủ bảo hiểm y tế đạt 92% tính đến hết năm 2025.', { due: '2030-12-31' });
    expect([after.kind, after.due, after.value]).toEqual(['result', '2025-12-31', '92']);
  });

  it('no date and no context: asked, with no due date', () => {
    const draft = one('Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.');
    expect(draft.due).toBeUndefined();
    expect(dueQuestions(draft)).toEqual([{
      code: 'DUE_MISSING',
      field: 'due',
      message: { en: 'By when? The sentence names no date and the context gives none.', vi: 'Đến khi nào? Câu không nêu thời hạn và ngữ cảnh cũng không có.' },
    }]);
  });

  it('no date, the caller’s date: taken without a question', () => {
    const draft = one('Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.', { due: '2030-12-31' });
    expect(draft.due).toBe('2030-12-31');
    expect(dueQuestions(draft)).toEqual([]);
  });

  it('no date, the heading’s year: Cao Minh 2.6 under “Mục tiêu cụ thể năm 2026” is due at the end of 2026, and asked', () => {
    // line 49: “2.6. Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm y tế cấp xã lên 20%.”
    const read = readPlan(seedText('000_fd165c55eb47a287.txt'));
    const draft = read.drafts.find((d) => d.line === 49) as TargetDraft;
    expect([draft.indicator, draft.comparator, draft.value, draft.due]).toEqual(['insured-visits-at-commune-stations', '>=', '20', '2026-12-31']);
    expect(dueQuestions(draft)).toEqual([{
      code: 'DUE_ASSUMED',
      field: 'due',
      message: { en: 'The sentence names no due date; taken as 2026-12-31. Is that right?', vi: 'Câu không nêu thời hạn; đã lấy theo 2026-12-31. Có đúng không?' },
    }]);
  });

  it('“Từ năm 2026, …” (Xuân Hưng): applies from 1 January 2026, due at the context’s horizon', () => {
    const draft = one('Từ năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.', { due: '2030-12-31' });
    expect([draft.kind, draft.from, draft.due]).toEqual(['target', '2026-01-01', '2030-12-31']);
    expect(dueQuestions(draft)).toEqual([]);
    // no horizon: asked
    const open = one('Từ năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.');
    expect([open.from, open.due]).toEqual(['2026-01-01', undefined]);
    expect(dueQuestions(open).map((q) => (q as { code: string }).code)).toEqual(['DUE_MISSING']);
  });

  it('“Từ năm 2026, … hoàn thành …” (Thống Nhất’s task): complete within 2026', () => {
    const draft = one('Từ năm 2026, hoàn thành việc tạo lập sổ sức khỏe điện tử cho 100% người dân.', { due: '2030-12-31' });
    expect([draft.kind, draft.from, draft.due]).toEqual(['target', '2026-01-01', '2026-12-31']);
    expect(dueQuestions(draft)).toEqual([]);
  });

  it('a first year after the context’s horizon: due at the end of that year, and asked', () => {
    const draft = one('Từ năm 2031, tỷ lệ bao phủ bảo hiểm y tế đạt trên 98% dân số.', { due: '2030-12-31' });
    expect([draft.kind, draft.from, draft.due]).toEqual(['target', '2031-01-01', '2031-12-31']);
    expect(dueQuestions(draft)).toEqual([{
      code: 'DUE_ASSUMED',
      field: 'due',
      message: { en: 'The sentence names no due date; taken as 2031-12-31. Is that right?', vi: 'Câu không nêu thời hạn; đã lấy theo 2031-12-31. Có đúng không?' },
    }]);
    // a horizon on the first day itself is not before it: kept
    const same = one('Từ năm 2031, tỷ lệ bao phủ bảo hiểm y tế đạt trên 98% dân số.', { due: '2031-01-01' });
    expect([same.from, same.due]).toEqual(['2031-01-01', '2031-01-01']);
    expect(dueQuestions(same)).toEqual([]);
  });

  it('two figures, each with its year written after it', () => {
    const drafts = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 95% năm 2026 và 98% năm 2030.');
    expect(drafts.map((d) => [d.value, d.due])).toEqual([['95', '2026-12-31'], ['98', '2030-12-31']]);
    // the year two words after its figure is still its own
    const spaced = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số năm 2026 và 98% dân số năm 2030.');
    expect(spaced.map((d) => [d.value, d.due])).toEqual([['95', '2026-12-31'], ['98', '2030-12-31']]);
    const both = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2026, 98% vào năm 2030.');
    expect(both.map((d) => [d.value, d.due])).toEqual([['95', '2026-12-31'], ['98', '2030-12-31']]);
  });

  it('a year taken by the figure before it is not the next figure’s: that one takes the context’s', () => {
    const drafts = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 95% năm 2026; tỷ lệ tiêm chủng mở rộng đạt trên 95%.', { due: '2030-12-31' });
    expect(drafts.map((d) => [d.indicator, d.value, d.due])).toEqual([
      ['health-insurance-coverage', '95', '2026-12-31'],
      // the catalog's note: plans name essential immunization “tiêm chủng mở rộng”
      ['essential-immunization-coverage', '95', '2030-12-31'],
    ]);
  });

  it('a year before the figure is the due date of each figure after it that has none of its own', () => {
    const drafts = readTargets('Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 98% và tỷ lệ tiêm chủng mở rộng đạt trên 95%.');
    expect(drafts.map((d) => [d.value, d.due])).toEqual([['98', '2030-12-31'], ['95', '2030-12-31']]);
  });
});
