/**
 * headingOf on numbered headings in ordinary case (neither capitals, bold nor Markdown), so that
 * only the number before them makes them headings: the numbering styles of Vietnamese
 * documents (“2-”, “2/”, “đ)”, “IV.”, “iv)”, “2.1.”, “(1)”, a number in bold “**1.**”, a bold
 * title after its number). Each names its kind with “Mục tiêu cụ thể” and its year with “năm
 * 2026”, read by hand; a line that only looks like one (“> …”, “2: …”) is no heading.
 */
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../src/read/draft.js';
import { fold } from '../../src/read/fold.js';
import { headingOf } from '../../src/read/structure.js';

function heading(line: string): ReturnType<typeof headingOf> {
  const source = { text: line, folded: fold(line), lineStarts: lineStarts(line) };
  return headingOf(source, { from: 0, to: source.folded.text.length });
}

describe('headingOf: numbering styles', () => {
  it.each([
    ['2- Mục tiêu cụ thể năm 2026'],
    ['2/ Mục tiêu cụ thể năm 2026'],
    ['đ) Mục tiêu cụ thể năm 2026'],
    ['z) Mục tiêu cụ thể năm 2026'],
    ['IV. Mục tiêu cụ thể năm 2026'],
    ['iv) Mục tiêu cụ thể năm 2026'],
    ['2.1. Mục tiêu cụ thể năm 2026'],
    ['(1) Mục tiêu cụ thể năm 2026'],
    ['**1.** Mục tiêu cụ thể năm 2026'],
    ['1. **Mục tiêu cụ thể năm 2026**'],
    ['1.  ** Mục tiêu cụ thể năm 2026'],
  ])('%s', (line) => {
    expect(heading(line)).toStrictEqual({ kind: 'specific', year: 2026, title: 'Mục tiêu cụ thể năm 2026' });
  });

  it.each([['> Mục tiêu cụ thể năm 2026'], ['2: Mục tiêu cụ thể năm 2026']])('%s: no heading', (line) => {
    expect(heading(line)).toBeUndefined();
  });
});
