/**
 * The reader never throws from inside (random text and random documents of the plans' words,
 * property-tested) and never hangs (text built to make a careless pattern backtrack). Apart
 * from test/read: these tests take most of the reader's test time and cover nearly every line,
 * so mutation testing of the reader's layer leaves them out (as test/fuzz/fuzz.test.ts is left
 * out); `npm test` runs them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';
import { budgetMs } from '../helpers/budget.js';

function checkDraft(text: string, draft: TargetDraft): void {
  expect(draft.start).toBeGreaterThanOrEqual(0);
  expect(draft.end).toBeGreaterThanOrEqual(draft.start);
  expect(draft.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(draft.start, draft.end)).toBe(draft.text);
  if (draft.value !== undefined) expect(draft.value).toMatch(/^-?\d+(?:\.\d+)?$/);
  if (draft.due !== undefined) expect(draft.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(draft.confidence).toBeGreaterThanOrEqual(0);
  expect(draft.confidence).toBeLessThanOrEqual(1);
}

const WORDS = [
  'Tỷ lệ', 'bao phủ', 'bảo hiểm y tế', 'BHYT', 'đạt', 'trên', 'dưới', 'không quá', 'ít nhất từ', 'tăng thêm', 'giảm', 'còn', 'xuống dưới',
  'duy trì', 'phấn đấu', 'đến năm', 'năm', 'giai đoạn', 'từ', 'đến', 'so với', 'lần lượt là', 'trong đó', 'mỗi', 'trạm y tế', 'có',
  'bác sĩ', 'giường bệnh', 'trên 1 vạn dân', '/100.000 trẻ đẻ sống', '%', '‰', 'tuổi', 'cm', '2026', '2030', '2026 - 2030', '95', '4 - 5',
  '1.234,5', '0,5', '17.5', '“', '”', '(', ')', 'kể cả', ',', ';', '.', ':', '\n', '\t', '|', '- ', '+ ', '#', '**', 'ước đạt', 'không để',
  'dịch bệnh lớn', 'xảy ra', 'người dân được', 'khám sức khỏe định kỳ', 'ít nhất 1 lần', 'I. MỤC TIÊU', 'II. NHIỆM VỤ', 'PHỤ LỤC', 'Số: 12-KH/UBND',
];

describe('never throws from inside', () => {
  it('readTargets on random text and on random sentences of the plans’ words', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }).map((s) => [...s].map((c) => (c.charCodeAt(0) < 32 || c === '\ufffd' ? ' ' : c)).join('')), fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '))), (text) => {
        for (const draft of readTargets(text)) checkDraft(text, draft);
      }),
      { numRuns: 400 },
    );
  });

  it('readPlan on random documents of the plans’ words', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((words) => words.join(' ')), { maxLength: 20 }).map((lines) => lines.join('\n')), (text) => {
        const read = readPlan(text);
        for (const draft of read.drafts) checkDraft(text, draft);
        expect(typeof read.valid).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});

describe('never hangs', () => {
  const cases: [string, string][] = [
    ['digits', '1'.repeat(200_000)],
    ['spaces', `Số${' '.repeat(200_000)}x`],
    ['dots', '.'.repeat(200_000)],
    ['numbers with separators', '1.2,3.4,5.6'.repeat(20_000)],
    ['a date line of spaces', `Hà Nội, ngày${' '.repeat(100_000)}tháng`],
    ['repeated comparators', `${'trên '.repeat(40_000)}95%`],
    ['repeated dates', 'đến năm 2030 '.repeat(20_000)],
    ['a table of empty cells', `${'\t'.repeat(50_000)}\n`.repeat(4)],
    ['unclosed quotations', '“'.repeat(100_000)],
    ['one long sentence of figures', 'đạt 95%, '.repeat(15_000)],
    ['one long list', '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%;\n'.repeat(5_000)],
    ['xây dựng kế hoạch after a long run', `${'a'.repeat(100_000)} xây dựng Kế hoạch`],
  ];
  it.each(cases)('%s', (_, text) => {
    const started = performance.now();
    readTargets(text);
    readPlan(text);
    // linear work on these lengths takes well under a second; a pattern that backtracks would take hours
    // (budgetMs: ten times more under mutation testing, where every line runs through the mutant switches)
    expect(performance.now() - started).toBeLessThan(budgetMs(10_000));
  });
});
