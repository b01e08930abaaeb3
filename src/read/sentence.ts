/**
 * What the parts of the sentence reader share: the sentence's tokens, dates and figures, its
 * clauses, the context it is read in, and the drafts made so far.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import type { RawDraft } from './draft.js';
import type { Figure } from './figures.js';
import type { Token } from './tokens.js';

/** How a sentence is read, from where it stands in a document. */
export interface SentenceContext {
  /**
   * `objective` (targets, and aims without figures), `general` (a general objective: figures
   * only), `task` (tasks and the rest: figures, and aims only with “toàn bộ”, “mỗi” …),
   * `result` (every figure is a result).
   */
  readonly mode: 'objective' | 'general' | 'task' | 'result';
  /** The due date when the sentence names none. */
  readonly defaultDue?: string;
  /** `option` when the caller gave the due date (no question asked), `context` otherwise. */
  readonly dueFrom?: 'option' | 'context';
  /** A vision (“tầm nhìn”): every target is aspirational. */
  readonly vision?: boolean;
}

/** A clause: tokens between semicolons. */
export interface Clause {
  readonly start: number;
  readonly end: number;
}

/** The state of one sentence's reading. */
export interface SentenceState {
  readonly tokens: readonly Token[];
  readonly dates: readonly DateMention[];
  readonly figures: readonly Figure[];
  readonly clauses: readonly Clause[];
  readonly context: SentenceContext;
  /** “phấn đấu” occurs in the sentence, or the context is a vision. */
  readonly aspirational: boolean;
  /** The sentence mentions a commune station (for “có 4 bác sĩ” without a subject). */
  readonly aboutStations: boolean;
  /** Drafts made so far, in the order made. */
  readonly drafts: RawDraft[];
  /** Figures already read (as a share's outer figure or condition, or absorbed). */
  readonly used: Set<Figure>;
  /** Figures that are the baseline of the next figure (“từ 15,8 … xuống còn 14”). */
  readonly baselines: Map<Figure, Figure>;
  /** The first token of the first result marker (“ước đạt”, “tính đến”), or the sentence length. */
  readonly resultAt: number;
  /** “hoàn thành” occurs in the sentence. */
  readonly completed: boolean;
  /** The date written right after each figure, if any. */
  readonly attached: ReadonlyMap<Figure, DateMention>;
  /** Token indexes inside a date. */
  readonly dated: ReadonlySet<number>;
}

/** The clause holding token `at`. */
export function clauseOf(state: SentenceState, at: number): Clause {
  return state.clauses.find((clause) => at >= clause.start && at < clause.end) ?? { start: 0, end: state.tokens.length };
}

/** Split tokens at `;` (and a full stop inside a sentence, which should not happen). */
export function clausesOf(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  tokens.forEach((token, i) => {
    if (token.text === ';') {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  });
  if (start < tokens.length) clauses.push({ start, end: tokens.length });
  return clauses;
}

/** The figures inside `from … to` (by their first token). */
export function figuresIn(state: SentenceState, from: number, to: number): Figure[] {
  return state.figures.filter((figure) => figure.at >= from && figure.at < to);
}

/** The end of the comma-separated part holding token `at` (a `,` or the bound). */
export function partEnd(tokens: readonly Token[], at: number, bound: number): number {
  for (let i = at; i < bound; i++) if ((tokens[i] as Token).text === ',') return i;
  return bound;
}

/** The start of the comma-separated part holding token `at`. */
export function partStart(tokens: readonly Token[], at: number, bound: number): number {
  for (let i = at - 1; i >= bound; i--) if ((tokens[i] as Token).text === ',') return i + 1;
  return bound;
}

/** Skip separators (`,`, `-`, `+`, `và`, `:`) at the start of a span. */
export function trimStart(tokens: readonly Token[], at: number, end: number): number {
  let i = at;
  while (i < end && [',', '-', '+', ':', 'va', '*', '.', '“', '"', ')'].includes((tokens[i] as Token).text)) i += 1;
  return i;
}

/** Skip separators at the end of a span. */
export function trimEnd(tokens: readonly Token[], start: number, end: number): number {
  let i = end;
  while (i > start && [',', ';', '.', ':', 'va', '*', '”', '"', '('].includes((tokens[i - 1] as Token).text)) i -= 1;
  return i;
}
