/**
 * The sections of a plan document, from its headings: general objectives (“Mục tiêu chung”,
 * “Mục tiêu tổng quát”), specific objectives and targets (“Mục tiêu cụ thể năm 2026”, “Mục
 * tiêu đến năm 2030”, “Các chỉ tiêu chủ yếu năm 2026”), visions (“Tầm nhìn đến năm 2045”),
 * tasks and the rest (“Nhiệm vụ, giải pháp”, “Tổ chức thực hiện”, “Mục đích, yêu cầu”),
 * results (“Kết quả thực hiện”) and appendices (“Phụ lục”). A heading is a line that is
 * numbered (“2.1.”, “II-”, “a)”), a Markdown heading, bold or in capitals, and short; its
 * first words say what it opens.
 *
 * @module
 */
import { yearOf } from './dates.js';
import type { Source } from './draft.js';
import { afterMarkers, linesOf, type Segment } from './segments.js';
import { phraseTable, startingAt, tokenize, type PhraseTable } from './tokens.js';

/** What a section holds. */
export type SectionKind = 'preamble' | 'general' | 'specific' | 'vision' | 'task' | 'appendix' | 'result';

/** A section: its heading (if any), the year its heading names, and its lines. */
export interface Section {
  readonly kind: SectionKind;
  /** The heading line (folded offsets), absent for the preamble. */
  readonly heading?: Segment;
  /** The heading without list markers, verbatim. */
  readonly title?: string;
  /** The year the heading names (“năm 2026”, “đến năm 2030”). */
  readonly year?: number;
  /** Body lines (folded offsets). */
  readonly lines: readonly Segment[];
}

const KINDS: PhraseTable<Exclude<SectionKind, 'preamble'>> = phraseTable<Exclude<SectionKind, 'preamble'>>([
  ['phụ lục', 'appendix'],
  ['tầm nhìn', 'vision'],
  ['mục tiêu chung', 'general'],
  ['mục tiêu tổng quát', 'general'],
  ['mục tiêu tổng thể', 'general'],
  ['kết quả', 'result'],
  ['tình hình thực hiện', 'result'],
  ['đánh giá', 'result'],
  ['mục tiêu', 'specific'],
  ['chỉ tiêu', 'specific'],
  ['các chỉ tiêu', 'specific'],
  ['các mục tiêu', 'specific'],
  ['nhiệm vụ', 'task'],
  ['giải pháp', 'task'],
  ['các nhiệm vụ', 'task'],
  ['các giải pháp', 'task'],
  ['tổ chức thực hiện', 'task'],
  ['kinh phí', 'task'],
  ['mục đích', 'task'],
  ['yêu cầu', 'task'],
  ['quan điểm', 'task'],
  ['nơi nhận', 'task'],
  ['trách nhiệm', 'task'],
  ['phân công', 'task'],
  ['căn cứ', 'task'],
]);

function isUpperCase(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const char of text) {
    if (char.toLowerCase() === char.toUpperCase()) continue;
    letters += 1;
    if (char === char.toUpperCase()) upper += 1;
  }
  return letters >= 4 && upper >= letters * 0.8;
}

/** What a heading line opens, or `undefined` when the line is not a heading. */
export function headingOf(source: Source, line: Segment): { kind?: Exclude<SectionKind, 'preamble'>; year?: number; title: string } | undefined {
  const { folded, text } = source;
  const original = text.slice(folded.at[line.from], folded.at[line.to]);
  const trimmed = original.trim();
  // (a blank line has no content below)
  if (trimmed.length > 200 || /^[-+•]\s/.test(trimmed)) return undefined;
  const start = afterMarkers(folded.text, line.from, line.to);
  // (no marker: an empty slice, which the pattern does not match)
  const numbered = /[0-9ivxlcdma-zđ][.)\-/]\s*\**\s*$/i.test(folded.text.slice(line.from, start));
  const markdown = trimmed.startsWith('#');
  const bold = trimmed.startsWith('**') && trimmed.endsWith('**');
  const content = text.slice(folded.at[start], folded.at[line.to]).replace(/\*+/g, '').trim();
  if (content === '') return undefined;
  const upper = isUpperCase(content);
  if (!numbered && !markdown && !bold && !upper) return undefined;
  const tokens = tokenize(folded.text, start, line.to).filter((token) => token.kind !== 'sym' || token.text === ',');
  const kind = startingAt(KINDS, tokens, 0)?.value ?? (tokens[0]?.kind === 'word' ? startingAt(KINDS, tokens, 1)?.value : undefined);
  if (kind === undefined && !markdown && !bold && !upper) return undefined;
  if (kind === undefined && /[.;:]\s*\**$/.test(content) && !upper) return undefined;
  const years = tokens.map((token) => yearOf(token)).filter((year): year is number => year !== undefined);
  const bare = tokens.filter((token) => token.kind === 'word').length <= 2 && kind === 'specific';
  return {
    ...(kind === undefined ? {} : { kind: bare && years.length === 0 ? 'general' : kind }),
    ...(years.length === 0 ? {} : { year: years[years.length - 1] as number }),
    title: content,
  };
}

/** Split a document into sections. */
export function sectionsOf(source: Source): Section[] {
  const sections: Section[] = [];
  let current: { kind: SectionKind; heading?: Segment; title?: string; year?: number; lines: Segment[] } = { kind: 'preamble', lines: [] };
  for (const line of linesOf(source.folded.text)) {
    const heading = headingOf(source, line);
    if (heading?.kind === undefined) {
      current.lines.push(line);
      continue;
    }
    sections.push(current);
    current = { kind: heading.kind, heading: line, title: heading.title, ...(heading.year === undefined ? {} : { year: heading.year }), lines: [] };
  }
  sections.push(current);
  return sections;
}
