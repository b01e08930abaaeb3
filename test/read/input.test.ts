/**
 * Bad input: not a string, empty, gigantic, binary, bad options. The reader answers with a
 * coded error naming the field, or an empty result; it never throws from inside (random text,
 * property-tested) and never hangs (text built to make a careless pattern backtrack).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';
import { expectChitieuError } from '../helpers/errors.js';
import { budgetMs } from '../helpers/budget.js';

const readers = [
  ['readTargets', (text: unknown, options?: unknown) => readTargets(text as string, options as never)],
  ['readPlan', (text: unknown, options?: unknown) => readPlan(text as string, options as never)],
] as const;

describe.each(readers)('%s: bad input', (_, read) => {
  it.each([[123], [null], [undefined], [{}], [['Tỷ lệ đạt 95%']], [Buffer.from('abc')]])('text %j is not a string: INVALID_ARGUMENT text', (text) => {
    expectChitieuError(() => read(text), 'INVALID_ARGUMENT', 'text');
  });

  it('text too long: OUT_OF_RANGE text', () => {
    const error = expectChitieuError(() => read('a'.repeat(2_000_001)), 'OUT_OF_RANGE', 'text');
    expect([error.message, error.vi]).toEqual([
      'text is too long to read (2000001 characters; at most 2000000)',
      'text quá dài để đọc (2000001 ký tự; tối đa 2000000)',
    ]);
  });

  it('binary text (NUL bytes, many control characters): INVALID_ARGUMENT text', () => {
    expectChitieuError(() => read('Tỷ lệ\u0000 đạt 95%'), 'INVALID_ARGUMENT', 'text');
    const bytes = String.fromCharCode(...Array.from({ length: 400 }, (_, k) => (k * 37) % 32));
    expectChitieuError(() => read(bytes.split(String.fromCharCode(0)).join(String.fromCharCode(1))), 'INVALID_ARGUMENT', 'text');
  });

  it('options that are not an object: INVALID_ARGUMENT options', () => {
    expectChitieuError(() => read('x', 'due'), 'INVALID_ARGUMENT', 'options');
    expectChitieuError(() => read('x', [1]), 'INVALID_ARGUMENT', 'options');
  });
});

describe('bad options', () => {
  it.each([['2026-02-30'], ['2026'], [20261231], ['31/12/2026']])('readTargets due %j: INVALID_DATE options.due', (due) => {
    expectChitieuError(() => readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', { due } as never), 'INVALID_DATE', 'options.due');
  });

  it('says what was given, in both languages', () => {
    const error = expectChitieuError(() => readTargets('x', { due: '2026-02-30' }), 'INVALID_DATE', 'options.due');
    expect([error.message, error.vi]).toEqual([
      'options.due must be an ISO date YYYY-MM-DD that exists (got "2026-02-30")',
      'options.due phải là ngày ISO YYYY-MM-DD có thật (nhận "2026-02-30")',
    ]);
  });

  it.each([[''], ['  '], [12]])('readPlan id %j: INVALID_ARGUMENT options.id', (id) => {
    expectChitieuError(() => readPlan('KẾ HOẠCH', { id } as never), 'INVALID_ARGUMENT', 'options.id');
  });
});

describe('empty text', () => {
  it('readTargets: no drafts', () => {
    expect(readTargets('')).toEqual([]);
    expect(readTargets(' \n\t\n ')).toEqual([]);
  });

  it('readPlan: a draft with no targets, and the questions that say what is missing', () => {
    const read = readPlan('');
    expect(read.drafts).toEqual([]);
    expect(read.questions.map((q) => q.code)).toEqual(expect.arrayContaining(['PLAN_NUMBER', 'PLAN_DATE', 'PLAN_TITLE', 'PLAN_ISSUER', 'PLAN_AREA']));
  });
});

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
