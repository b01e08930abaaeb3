/**
 * Lines and sentences of a document (segments.ts), on the seeds' own lines: the list markers a
 * reader skips (“2.1.”, “### 2.”, “- ”, “a)”, “**3.**”, “(1)”, “II.”), where one sentence ends and
 * the next begins, and the dots that end nothing (“49,2”, “10.000”, “14-ĐA/TU”, “./.”). The
 * reader works on folded text (lower case, no tone marks), as here.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../src/read/fold.js';
import { afterMarkers, linesOf, MAX_SENTENCE, sentencesOfLine } from '../../src/read/segments.js';

/** The text after the markers of a line (folded). */
function body(line: string): string {
  const text = foldWords(line);
  return text.slice(afterMarkers(text, 0, text.length));
}

/** The sentences of a line (folded, as cut). */
function sentences(line: string): string[] {
  const text = foldWords(line);
  return sentencesOfLine(text, 0, text.length).map((s) => text.slice(s.from, s.to));
}

describe('afterMarkers', () => {
  it.each([
    ['2.1. Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.', 'Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.'], // Cao Minh line 39
    ['### 2. Mục tiêu cụ thể năm 2026', 'Mục tiêu cụ thể năm 2026'], // line 37
    ['#### 1. Mục đích', 'Mục đích'],
    ['## III. NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ NĂM 2026', 'NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ NĂM 2026'], // line 51
    ['- Triển khai đồng bộ các giải pháp', 'Triển khai đồng bộ các giải pháp'],
    ['+ Tỷ lệ bao phủ', 'Tỷ lệ bao phủ'],
    ['• Tỷ lệ bao phủ', 'Tỷ lệ bao phủ'],
    ['a) Quán triệt và triển khai', 'Quán triệt và triển khai'], // Thống Nhất line 15
    ['đ) Tăng cường', 'Tăng cường'],
    ['**1.** Căn cứ Đề án số 14-ĐA/TU', 'Căn cứ Đề án số 14-ĐA/TU'], // Cao Minh line 123
    ['(1) Việc đầu tư và sử dụng cơ sở vật chất', 'Việc đầu tư và sử dụng cơ sở vật chất'], // Thống Nhất line 155
    ['> - 2.2) Số bác sĩ', 'Số bác sĩ'],
    ['II- Nhiệm vụ', 'Nhiệm vụ'],
    ['1/ Mục tiêu', 'Mục tiêu'],
    ['   - Tỷ lệ', 'Tỷ lệ'],
    ['\t2.6. Tăng tỷ lệ', 'Tăng tỷ lệ'],
    ['2.1 . Số bác sĩ', 'Số bác sĩ'],
    ['1.', ''],
  ])('%j', (line, rest) => {
    expect(body(line)).toBe(foldWords(rest));
  });

  it.each([
    ['49,2 giường bệnh'], // a number, not a marker
    ['2026, 100% Trạm y tế'],
    ['Số bác sĩ'], // a word is not a letter marker
    ['a.b'],
    ['-5%'],
    ['(2021 - 2025)'],
    ['(12345) trạm'],
    ['Cả nước'],
    ['17.5 bác sĩ'],
  ])('%j has no marker', (line) => {
    expect(body(line)).toBe(foldWords(line));
  });
});

describe('sentencesOfLine', () => {
  it('a line of two sentences (Cao Minh line 27) is cut after the first full stop', () => {
    const line = '- Xác định rõ mục tiêu, nhiệm vụ và giải pháp thực hiện cụ thể, phù hợp với điều kiện thực tế của xã; các chỉ tiêu, nhiệm vụ phải gắn với thời hạn thực hiện. Phân công cụ thể cơ quan, đơn vị đầu mối chủ trì và đơn vị phối hợp, bảo đảm tính đồng bộ, khả thi, hiệu quả Kế hoạch trong năm 2026.';
    expect(sentences(line).map((s) => s.trim())).toEqual([
      foldWords('Xác định rõ mục tiêu, nhiệm vụ và giải pháp thực hiện cụ thể, phù hợp với điều kiện thực tế của xã; các chỉ tiêu, nhiệm vụ phải gắn với thời hạn thực hiện.'),
      foldWords('Phân công cụ thể cơ quan, đơn vị đầu mối chủ trì và đơn vị phối hợp, bảo đảm tính đồng bộ, khả thi, hiệu quả Kế hoạch trong năm 2026.'),
    ]);
  });

  it('dots inside numbers, numbers of documents and abbreviations end nothing', () => {
    expect(sentences('2.1. Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.')).toEqual([foldWords('Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.')]);
    expect(sentences('Số bác sĩ trên 10.000 dân đạt 17.5 bác sĩ.')).toEqual([foldWords('Số bác sĩ trên 10.000 dân đạt 17.5 bác sĩ.')]);
    // “10. 000 dân”: a thousands dot with a stray space
    expect(sentences('Số bác sĩ trên 10. 000 dân đạt 12.')).toEqual([foldWords('Số bác sĩ trên 10. 000 dân đạt 12.')]);
    // but “năm 2026. 100 trạm”: the year ends the sentence (four digits before the dot)
    expect(sentences('Đến năm 2026. 100 trạm y tế')).toEqual([foldWords('Đến năm 2026.'), foldWords(' 100 trạm y tế')]);
    // and “đạt 95. 1000 người”: four digits after the dot are not a group of thousands
    expect(sentences('đạt 95. 1000 người')).toEqual([foldWords('đạt 95.'), foldWords(' 1000 người')]);
  });

  it('“./.” at the end of a document, “!”, “?” and a closing quotation mark stay with their sentence', () => {
    expect(sentences('Tổng hợp báo cáo theo quy định./.')).toEqual([foldWords('Tổng hợp báo cáo theo quy định./.')]); // Ninh Bình line 202
    expect(sentences('Thật sao? Đúng vậy! Hết.')).toEqual([foldWords('Thật sao?'), foldWords(' Đúng vậy!'), foldWords(' Hết.')]);
    expect(sentences('Gọi là “xã đạt chuẩn.” Rồi tiếp')).toEqual([foldWords('Gọi là '), foldWords('“xã đạt chuẩn.”'), foldWords(' Rồi tiếp')]);
    expect(sentences('**Mục tiêu.** Tiếp')).toEqual([foldWords('Mục tiêu.**'), foldWords(' Tiếp')]);
    expect(sentences('Hết."')).toEqual([foldWords('Hết."')]);
    expect(sentences('a.b c')).toEqual([foldWords('a.b c')]);
  });

  it('a quotation starts a sentence of its own (Thống Nhất line 29)', () => {
    expect(sentences('c) Phân công, xác định rõ “*rõ người, rõ việc*” của từng cá nhân')).toEqual([
      foldWords('Phân công, xác định rõ '),
      foldWords('“*rõ người, rõ việc*” của từng cá nhân'),
    ]);
    // at the start of the line it opens the one sentence there
    expect(sentences('“Rõ người, rõ việc”')).toEqual([foldWords('“Rõ người, rõ việc”')]);
    // after a blank: no empty sentence before it
    expect(sentences('-  “Rõ người”')).toEqual([foldWords('“Rõ người”')]);
  });

  it('blank lines and lines of markers have no sentence', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   ')).toEqual([]);
    expect(sentences('- ')).toEqual([]);
    expect(sentences('Một. . Hai')).toEqual([foldWords('Một.'), foldWords(' .'), foldWords(' Hai')]);
  });

  it(`a sentence longer than ${MAX_SENTENCE} characters is cut at its last “;”, else “,”, else space, within the limit`, () => {
    const clause = 'tỷ lệ bao phủ bảo hiểm y tế đạt 95%';
    const long = Array.from({ length: 120 }, () => clause).join('; ');
    const parts = sentences(long);
    expect(parts.join('')).toBe(foldWords(long));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_SENTENCE);
    // each part but the last ends with the “;” it was cut after
    for (const part of parts.slice(0, -1)) expect(part.endsWith(';')).toBe(true);
    expect(parts.length).toBe(Math.ceil(foldWords(long).length / (MAX_SENTENCE - clause.length)));
    const commas = sentences(Array.from({ length: 120 }, () => clause).join(', '));
    for (const part of commas.slice(0, -1)) expect(part.endsWith(',')).toBe(true);
    const spaces = sentences(Array.from({ length: 400 }, () => 'bác sĩ').join(' '));
    for (const part of spaces.slice(0, -1)) expect(part.endsWith(' ')).toBe(true);
    for (const part of spaces) expect(part.length).toBeLessThanOrEqual(MAX_SENTENCE);
    // no mark at all: cut at the limit
    const solid = sentences('a'.repeat(2 * MAX_SENTENCE + 5));
    expect(solid.map((part) => part.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 5]);
    // exactly at the limit: one sentence
    expect(sentences('a'.repeat(MAX_SENTENCE)).map((part) => part.length)).toEqual([MAX_SENTENCE]);
  });
});

describe('linesOf', () => {
  it('lines split at line feeds, the last one kept even when empty', () => {
    const text = 'KẾ HOẠCH\n\nMục tiêu\n';
    expect(linesOf(text).map((line) => text.slice(line.from, line.to))).toEqual(['KẾ HOẠCH', '', 'Mục tiêu', '']);
    expect(linesOf('')).toEqual([{ from: 0, to: 0 }]);
    // a part of the text
    expect(linesOf(text, 3, 12)).toEqual([{ from: 3, to: 8 }, { from: 9, to: 9 }, { from: 10, to: 12 }]);
  });
});
