/**
 * Lines and sentences (src/read/segments.ts) at their edges: a number in brackets that is a
 * year, not a list marker (“(2025)”), a bracketed marker with no space after it (“(1)Tỷ lệ”),
 * markers looked for only inside the range given, a thousands dot after a single digit with a
 * stray space (“5. 000”), and where an over-long sentence is cut.
 *
 * Read by hand: list markers in brackets number items, “(1)” to “(999)”; four digits in brackets
 * are a year. “5. 000 lượt” is five thousand, written with a stray space (as “10. 000 dân” is
 * ten thousand in segments.test.ts). A run longer than MAX_SENTENCE characters is cut after the
 * last `;` within reach, else the last `,`, else the last space, never right at its start.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../src/read/fold.js';
import { afterMarkers, MAX_SENTENCE, sentencesOfLine } from '../../src/read/segments.js';

function body(line: string): string {
  const text = foldWords(line);
  return text.slice(afterMarkers(text, 0, text.length));
}

function sentences(text: string): string[] {
  return sentencesOfLine(text, 0, text.length).map((s) => text.slice(s.from, s.to).trim());
}

describe('afterMarkers', () => {
  it.each([
    // a year in brackets is part of the text
    ['(2025) tỷ lệ bao phủ', '(2025) ti lê bao phu'],
    // a marker followed straight by the text
    ['(1)Tỷ lệ bao phủ', 'ti lê bao phu'],
    ['(12) Tỷ lệ bao phủ', 'ti lê bao phu'],
  ])('%s → %s', (line, expected) => {
    expect(body(line)).toBe(expected);
  });

  it('looks for markers only inside the range given', () => {
    // “(123) x” read up to offset 2 holds “(1”: no marker, nothing skipped
    expect(afterMarkers('(123) x', 0, 2)).toBe(0);
    expect(afterMarkers('(123) x', 0, 7)).toBe(6);
  });
});

describe('sentencesOfLine', () => {
  it('“5. 000 lượt” is one number, not the end of a sentence', () => {
    const text = foldWords('Đạt 5. 000 lượt khám. Năm 2030 đạt 95%.');
    expect(sentences(text)).toEqual(['đat 5. 000 lươt kham.', 'năm 2030 đat 95%.']);
  });

  it('an over-long run is not cut right after a semicolon at its start', () => {
    // “; ” then words: the first cut is at the last space within reach (offset 1999 is a space:
    // 1 + 3 × 666), so the first part is offsets 0 to 2000
    const text = `;${' ab'.repeat(MAX_SENTENCE)}`;
    const parts = sentencesOfLine(text, 0, text.length);
    expect(parts[0]).toEqual({ from: 0, to: 2000 });
    expect(parts[parts.length - 1]?.to).toBe(text.length);
  });
});
