/**
 * Lines and sentences of a folded text, with list markers and heading numbers left out
 * (“- + ”, “2.1. ”, “a) ”, “II- ”, “## **”), so that a number like “2.1” is never read as
 * a figure.
 *
 * @module
 */

/** A stretch of the folded text. */
export interface Segment {
  /** Start offset in the folded text. */
  readonly from: number;
  /** End offset (exclusive). */
  readonly to: number;
}

/** The longest sentence read as one; longer runs are cut at a `;`, `,` or space. */
export const MAX_SENTENCE = 2000;

const ROMAN = new Set(['i', 'v', 'x', 'l', 'c', 'd', 'm']);

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v';
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && char.toLowerCase() !== char.toUpperCase();
}

/** The offset after the list markers and heading numbers at the start of a line. */
export function afterMarkers(text: string, from: number, to: number): number {
  let i = from;
  for (let round = 0; round < 8; round++) {
    while (i < to && isSpace(text[i])) i += 1;
    const char = text[i];
    if (char === '#' || char === '*' || char === '>') {
      while (i < to && (text[i] === '#' || text[i] === '*' || text[i] === '>')) i += 1;
      continue;
    }
    if ((char === '-' || char === '+' || char === '•' || char === '·') && (isSpace(text[i + 1]) || text[i + 1] === '+' || text[i + 1] === '-')) {
      i += 1;
      continue;
    }
    if (char === '(' && isDigit(text[i + 1])) {
      let j = i + 1;
      while (j < to && j < i + 4 && isDigit(text[j])) j += 1;
      if (text[j] === ')') {
        i = j + 1;
        continue;
      }
    }
    // “2.1.”, “1.”, “IV.”, “II-”, “a)”, “đ)”
    let j = i;
    if (isDigit(char)) {
      while (j < to && j < i + 12 && (isDigit(text[j]) || (text[j] === '.' && isDigit(text[j + 1])))) j += 1;
    } else if (char !== undefined && ROMAN.has(char)) {
      while (j < to && j < i + 6 && ROMAN.has(text[j] as string)) j += 1;
    } else if (isLetter(char) && !isLetter(text[i + 1])) {
      j = i + 1;
    }
    if (j > i) {
      let k = j;
      while (k < to && isSpace(text[k])) k += 1;
      const mark = text[k];
      if ((mark === '.' || mark === ')' || mark === '-' || mark === '/') && (k + 1 >= to || isSpace(text[k + 1]) || text[k + 1] === '*')) {
        i = k + 1;
        continue;
      }
    }
    break;
  }
  return i;
}

function cut(text: string, from: number, to: number, out: Segment[]): void {
  let start = from;
  while (to - start > MAX_SENTENCE) {
    let at = -1;
    for (const mark of [';', ',', ' ']) {
      const found = text.lastIndexOf(mark, start + MAX_SENTENCE);
      if (found > start) {
        at = found + 1;
        break;
      }
    }
    if (at < 0) at = start + MAX_SENTENCE;
    out.push({ from: start, to: at });
    start = at;
  }
  if (to > start) out.push({ from: start, to });
}

/** Split one line (`from`–`to`) into sentences. */
export function sentencesOfLine(text: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = afterMarkers(text, from, to);
  for (let i = start; i < to; i++) {
    const char = text[i];
    if (char === '“' && i > start) {
      // a quotation starts a sentence of its own
      if (text.slice(start, i).trim() !== '') cut(text, start, i, out);
      start = i;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    const next = text[i + 1];
    const ends = i + 1 >= to || isSpace(next) || next === '*' || next === '”' || next === '"' || next === '/';
    if (!ends || (char === '.' && isDigit(text[i - 1]) && isDigit(next))) continue;
    // “10. 000 dân”: a thousands dot with a stray space
    if (char === '.' && isDigit(text[i - 1]) && !isDigit(text[i - 4]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && isDigit(text[i + 4]) && !isDigit(text[i + 5])) continue;
    let end = i + 1;
    while (end < to && (text[end] === '/' || text[end] === '.' || text[end] === '”' || text[end] === '"' || text[end] === '*')) end += 1;
    if (end > start) cut(text, start, end, out);
    start = end;
  }
  if (to > start && text.slice(start, to).trim() !== '') cut(text, start, to, out);
  return out.filter((segment) => text.slice(segment.from, segment.to).trim() !== '');
}

/** The lines of `text[from … to)`: their offsets, without the newline. */
export function linesOf(text: string, from = 0, to = text.length): Segment[] {
  const lines: Segment[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10) {
      lines.push({ from: start, to: i });
      start = i + 1;
    }
  }
  lines.push({ from: start, to });
  return lines;
}
