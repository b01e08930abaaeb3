/**
 * Bad input: not a string, empty, gigantic, binary, bad options. The reader answers with a
 * coded error naming the field, or an empty result. That it never throws from inside (random
 * text) and never hangs (text built to make a careless pattern backtrack) is tested in
 * test/read-robustness, apart, so that mutation testing of the reader can leave those slow
 * tests out (they take most of test/read's time and run against nearly every mutant).
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';
import { readTargets } from '../../src/read/readTargets.js';
import { expectChitieuError } from '../helpers/errors.js';

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

describe('the limits of the checks, word for word', () => {
  it('names what was given when the text or the options are of the wrong kind', () => {
    const text = expectChitieuError(() => readTargets(123 as never), 'INVALID_ARGUMENT', 'text');
    expect([text.message, text.vi]).toEqual(['text must be a string (got 123)', 'text phải là một chuỗi (nhận 123)']);
    const options = expectChitieuError(() => readTargets('x', 'due' as never), 'INVALID_ARGUMENT', 'options');
    expect([options.message, options.vi]).toEqual(['options must be an object (got "due")', 'options phải là một đối tượng (nhận "due")']);
    const id = expectChitieuError(() => readPlan('KẾ HOẠCH', { id: '  ' }), 'INVALID_ARGUMENT', 'options.id');
    expect([id.message, id.vi]).toEqual(['options.id must be a non-empty string (got "  ")', 'options.id phải là một chuỗi khác rỗng (nhận "  ")']);
  });

  it('calls a text binary past 16 control characters only when they are more than 1 in 100', () => {
    const binary = expectChitieuError(() => readTargets('\u0001'.repeat(17) + 'a'.repeat(1682)), 'INVALID_ARGUMENT', 'text');
    expect([binary.message, binary.vi]).toEqual([
      'text looks like binary data (it contains NUL or other control characters), not a document',
      'text có vẻ là dữ liệu nhị phân (chứa ký tự NUL hoặc ký tự điều khiển), không phải văn bản',
    ]);
    // 17 control characters in 1,700: 1,700 is not more than 1,700, so a document
    expect(readTargets('\u0001'.repeat(17) + 'a'.repeat(1683))).toEqual([]);
    // 16 are never enough, whatever the length
    expect(readTargets('\u0001'.repeat(16))).toEqual([]);
  });

  it('takes tabs, line ends and form feeds (page breaks of a pasted document) as text', () => {
    for (const code of [9, 10, 12, 13]) expect(readTargets(String.fromCharCode(code).repeat(40) + 'x')).toEqual([]);
    // U+FFFD (a decoding error) counts as a control character
    expectChitieuError(() => readTargets('\ufffd'.repeat(40) + 'x'), 'INVALID_ARGUMENT', 'text');
  });

  it('wants the due date alone, as a string, not merely something that prints as one', () => {
    for (const due of ['2026-12-31x', '2026-12-31 2026-12-31', ' 2026-12-31']) {
      expectChitieuError(() => readTargets('x', { due }), 'INVALID_DATE', 'options.due');
    }
    const printed = expectChitieuError(() => readTargets('x', { due: { toString: () => '2026-12-31' } } as never), 'INVALID_DATE', 'options.due');
    expect([printed.message, printed.vi]).toEqual([
      'options.due must be an ISO date YYYY-MM-DD that exists (got an object)',
      'options.due phải là ngày ISO YYYY-MM-DD có thật (nhận một đối tượng)',
    ]);
    // the last day of a leap February exists
    expect(readTargets('x', { due: '2028-02-29' })).toEqual([]);
  });
});
