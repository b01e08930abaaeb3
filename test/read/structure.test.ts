/**
 * The sections of a plan (structure.ts), read by hand from the headings of the Cao Minh plan
 * (000_fd165c55eb47a287.txt): its purposes and requirements, its general and specific
 * objectives (“Mục tiêu cụ thể năm 2026”), its tasks, its funding, its organisation and its
 * list of recipients; numbered lines that only begin a task (“### 1. Tăng cường …”) are not
 * sections. And headings of the kinds the other seeds use, one by one.
 */
import { describe, expect, it } from 'vitest';
import { lineStarts, type Source } from '../../src/read/draft.js';
import { fold } from '../../src/read/fold.js';
import { headingOf, sectionsOf } from '../../src/read/structure.js';
import { seedText } from './measure.js';

function sourceOf(text: string): Source {
  return { text, folded: fold(text), lineStarts: lineStarts(text) };
}

/** The heading of a one-line text. */
function heading(line: string): ReturnType<typeof headingOf> {
  const source = sourceOf(line);
  return headingOf(source, { from: 0, to: source.folded.text.length });
}

describe('sectionsOf', () => {
  it('Cao Minh: the sections a reader finds, by the line of their heading', () => {
    const source = sourceOf(seedText('000_fd165c55eb47a287.txt'));
    const lineOf = (offset: number): number => source.folded.text.slice(0, offset).split('\n').length;
    const found = sectionsOf(source);
    // a section without a year has no `year` key
    for (const section of found) if (section.year === undefined) expect(Object.keys(section)).not.toContain('year');
    const sections = found.map((s) => [s.heading === undefined ? 0 : lineOf(s.heading.from), s.kind, s.year ?? null, s.title ?? null]);
    expect(sections).toEqual([
      [0, 'preamble', null, null],
      [11, 'task', null, 'I. MỤC ĐÍCH, YÊU CẦU'.replace('I. ', '')],
      [13, 'task', null, 'Mục đích'],
      [23, 'task', null, 'Yêu cầu'],
      [31, 'general', null, 'MỤC TIÊU'],
      [33, 'general', null, 'Mục tiêu tổng quát'],
      [37, 'specific', 2026, 'Mục tiêu cụ thể năm 2026'],
      [51, 'task', 2026, 'NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ NĂM 2026'],
      [77, 'task', null, 'Giải pháp bảo đảm nguồn nhân lực'],
      [117, 'task', null, 'KINH PHÍ THỰC HIỆN'],
      [121, 'task', null, 'TỔ CHỨC THỰC HIỆN'],
      [133, 'task', null, 'Nơi nhận:'],
    ]);
  });

  it('every line belongs to one section, in order', () => {
    const source = sourceOf('Mở đầu\nI. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao sức khỏe.\n2. Các chỉ tiêu đến năm 2030\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 98%.\nII. NHIỆM VỤ\n- Tuyên truyền.');
    const line = (s: { from: number; to: number }): string => source.folded.text.slice(s.from, s.to);
    expect(sectionsOf(source).map((s) => [s.kind, s.year ?? null, s.lines.map(line)])).toEqual([
      ['preamble', null, ['mơ đâu']],
      ['general', null, []],
      ['general', null, ['nâng cao sức khoe.'].map((t) => fold(t).text)],
      ['specific', 2030, [fold('- Tỷ lệ bao phủ bảo hiểm y tế đạt 98%.').text]],
      ['task', null, [fold('- Tuyên truyền.').text]],
    ]);
  });
});

describe('headingOf', () => {
  it.each([
    ['### 2. Mục tiêu cụ thể năm 2026', 'specific', 2026, 'Mục tiêu cụ thể năm 2026'],
    ['2. Mục tiêu cụ thể đến năm 2030', 'specific', 2030, 'Mục tiêu cụ thể đến năm 2030'],
    ['a) Chỉ tiêu đến năm 2025', 'specific', 2025, 'Chỉ tiêu đến năm 2025'],
    ['3. Tầm nhìn đến năm 2045', 'vision', 2045, 'Tầm nhìn đến năm 2045'],
    ['**PHỤ LỤC**', 'appendix', undefined, 'PHỤ LỤC'],
    ['I. KẾT QUẢ THỰC HIỆN NĂM 2025', 'result', 2025, 'KẾT QUẢ THỰC HIỆN NĂM 2025'],
    ['1. Đánh giá tình hình năm 2025', 'result', 2025, 'Đánh giá tình hình năm 2025'],
    ['II. MỤC TIÊU', 'general', undefined, 'MỤC TIÊU'],
    ['1. Mục tiêu chung', 'general', undefined, 'Mục tiêu chung'],
    ['1. Mục tiêu tổng thể', 'general', undefined, 'Mục tiêu tổng thể'],
    ['2. Các mục tiêu cụ thể', 'specific', undefined, 'Các mục tiêu cụ thể'],
    ['III. CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'task', undefined, 'CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU'],
    ['IV. KINH PHÍ', 'task', undefined, 'KINH PHÍ'],
    ['1. Quan điểm', 'task', undefined, 'Quan điểm'],
    ['2. Trách nhiệm của các cơ quan', 'task', undefined, 'Trách nhiệm của các cơ quan'],
    ['V. PHÂN CÔNG NHIỆM VỤ', 'task', undefined, 'PHÂN CÔNG NHIỆM VỤ'],
    ['I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'task', undefined, 'CĂN CỨ XÂY DỰNG KẾ HOẠCH'],
    // the kind may be the second word: “II. Về mục tiêu”
    ['II. Về mục tiêu đến năm 2030', 'specific', 2030, 'Về mục tiêu đến năm 2030'],
    // the last year the heading names
    ['1. Mục tiêu giai đoạn 2026 - 2030', 'specific', 2030, 'Mục tiêu giai đoạn 2026 - 2030'],
    // not numbered, not marked, not in capitals: no heading
    ['Mục tiêu giai đoạn 2026 - 2030', undefined, undefined, undefined],
  ])('%s', (line, kind, year, title) => {
    const found = heading(line);
    if (title === undefined) {
      expect(found?.kind).toBeUndefined();
      return;
    }
    expect(found).toStrictEqual({ ...(kind === undefined ? {} : { kind }), ...(year === undefined ? {} : { year }), title });
  });

  it('in upper case, numbered, a markdown heading or bold: a heading; a plain sentence is not', () => {
    // plain text, neither numbered nor marked: not a heading even with a kind's words
    expect(heading('Mục tiêu là nâng cao sức khỏe nhân dân')).toBeUndefined();
    expect(heading('MỤC TIÊU CỤ THỂ NĂM 2026')).toStrictEqual({ kind: 'specific', year: 2026, title: 'MỤC TIÊU CỤ THỂ NĂM 2026' });
    expect(heading('## Mục tiêu cụ thể năm 2026')).toStrictEqual({ kind: 'specific', year: 2026, title: 'Mục tiêu cụ thể năm 2026' });
    expect(heading('**Mục tiêu cụ thể năm 2026**')).toStrictEqual({ kind: 'specific', year: 2026, title: 'Mục tiêu cụ thể năm 2026' });
    // a bullet is a list item, not a heading
    expect(heading('- Mục tiêu cụ thể năm 2026')).toBeUndefined();
    expect(heading('+ Mục tiêu cụ thể năm 2026')).toBeUndefined();
    expect(heading('• Mục tiêu cụ thể năm 2026')).toBeUndefined();
    // blank, or longer than a heading can be
    expect(heading('   ')).toBeUndefined();
    expect(heading('### **  **')).toBeUndefined();
    expect(heading(`1. Mục tiêu ${'rất '.repeat(50)}dài`)).toBeUndefined();
    // a numbered sentence with a kind's words and a full stop: still a heading of that kind
    expect(heading('2. Nhiệm vụ trọng tâm.')).toStrictEqual({ kind: 'task', title: 'Nhiệm vụ trọng tâm.' });
    // a numbered line without a kind: not a heading
    expect(heading('1. Tăng cường sự lãnh đạo của Đảng')).toBeUndefined();
  });

  it('a heading without a kind is kept as a title only when marked; a sentence ending in “.”, “;” or “:” is not', () => {
    expect(heading('## KẾ HOẠCH')).toStrictEqual({ title: 'KẾ HOẠCH' });
    expect(heading('**Kế hoạch thực hiện năm 2026**')).toStrictEqual({ year: 2026, title: 'Kế hoạch thực hiện năm 2026' });
    expect(heading('## Kế hoạch này được triển khai;')).toBeUndefined();
    expect(heading('## Kế hoạch này được triển khai.')).toBeUndefined();
    expect(heading('**Ghi chú:**')).toBeUndefined();
    // upper case carries it even with a final mark
    expect(heading('KẾ HOẠCH NĂM 2026:')).toStrictEqual({ year: 2026, title: 'KẾ HOẠCH NĂM 2026:' });
  });

  it('a heading indented, a bulleted line in capitals, the longest heading', () => {
    expect(heading('   ## Kế hoạch thực hiện')).toStrictEqual({ title: 'Kế hoạch thực hiện' });
    expect(heading('- MỤC TIÊU CỤ THỂ NĂM 2026')).toBeUndefined();
    // 200 characters at most
    const longest = `1. Mục tiêu ${'a'.repeat(200 - '1. Mục tiêu '.length)}`;
    expect(heading(longest)?.kind).toBe('specific');
    expect(heading(`${longest}a`)).toBeUndefined();
    // a comma stays a token (“Mục tiêu, nhiệm vụ” has three words: not a bare “Mục tiêu”)
    expect(heading('II. MỤC TIÊU, NHIỆM VỤ')).toStrictEqual({ kind: 'specific', title: 'MỤC TIÊU, NHIỆM VỤ' });
  });

  it('bold is a line opened and closed by “**”; a heading’s title has no stars and no trailing spaces', () => {
    expect(heading('**Mục tiêu** cụ thể năm 2026')).toBeUndefined();
    expect(heading('Mục tiêu cụ thể năm 2026**')).toBeUndefined();
    expect(heading('## Mục tiêu cụ thể năm 2026   ')).toStrictEqual({ kind: 'specific', year: 2026, title: 'Mục tiêu cụ thể năm 2026' });
    // a colon inside is no final mark
    expect(heading('## Kế hoạch: triển khai năm 2026')).toStrictEqual({ year: 2026, title: 'Kế hoạch: triển khai năm 2026' });
  });

  it('only a bare “Mục tiêu” without a year is general; a bare task heading stays a task', () => {
    expect(heading('II. NHIỆM VỤ')).toStrictEqual({ kind: 'task', title: 'NHIỆM VỤ' });
    expect(heading('II. MỤC TIÊU 2026')).toStrictEqual({ kind: 'specific', year: 2026, title: 'MỤC TIÊU 2026' });
  });

  it('upper case needs four letters, four in five of them capitals', () => {
    // digits and spaces are not letters: three letters only
    expect(heading('Năm 2026-2030')).toBeUndefined();
    expect(heading('ABCD')).toStrictEqual({ title: 'ABCD' });
    expect(heading('ABC')).toBeUndefined();
    expect(heading('ABCDe')).toStrictEqual({ title: 'ABCDe' });
    expect(heading('ABCde')).toBeUndefined();
    expect(heading('A B C D 1 2 3')).toStrictEqual({ title: 'A B C D 1 2 3' });
  });
});
