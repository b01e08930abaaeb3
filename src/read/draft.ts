/**
 * A draft as the sentence reader builds it, spanning tokens; {@link finishDraft} turns it into
 * the public {@link TargetDraft} with its verbatim text, offsets, line and confidence.
 *
 * @module
 */
import type { Comparator } from '../model/primitives.js';
import type { TargetKind } from '../model/target.js';
import type { Folded } from './fold.js';
import type { Token } from './tokens.js';
import type { DraftCondition, ReadQuestion, ReadQuestionCode, TargetDraft } from './types.js';

/** How much each question lowers a draft's confidence. */
const DOUBT: Record<ReadQuestionCode, number> = {
  INDICATOR_UNKNOWN: 0.35,
  INDICATOR_AMBIGUOUS: 0.25,
  COMPARATOR_ASSUMED: 0.1,
  VALUE_ASSUMED: 0.25,
  DUE_MISSING: 0.15,
  DUE_ASSUMED: 0.05,
  CHANGE_TYPE: 0.1,
  BASELINE_MISSING: 0.05,
  RANGE_FLOOR: 0.1,
  APPROXIMATE: 0.1,
  NO_THRESHOLD: 0.2,
  PLAN_NUMBER: 0,
  PLAN_DATE: 0,
  PLAN_ISSUER: 0,
  PLAN_AREA: 0,
  PLAN_PERIOD: 0,
  PLAN_TITLE: 0,
  PLAN_INVALID: 0,
  TARGET_LEFT_OUT: 0,
};

/** A draft over tokens. */
export interface RawDraft {
  /** First token of the span. */
  readonly first: number;
  /** Token after the span. */
  readonly last: number;
  readonly kind: 'target' | 'result';
  readonly targetKind: TargetKind;
  readonly comparator?: Comparator;
  readonly value?: string;
  readonly upper?: string;
  readonly per?: 100 | 1000 | 10000 | 100000;
  readonly unit?: string;
  readonly due?: string;
  readonly from?: string;
  readonly indicator?: string;
  readonly change?: 'absolute' | 'relative' | 'points' | 'unspecified';
  readonly baseline?: { readonly value?: string; readonly period?: string };
  readonly condition?: DraftCondition;
  readonly units?: string;
  readonly expected?: boolean;
  /** Scope as tokens (verbatim text is taken from the original). */
  readonly scope?: { readonly from: number; readonly to: number };
  readonly aspirational: boolean;
  readonly approximate: boolean;
  readonly questions: readonly ReadQuestion[];
  /** The year a result refers to. */
  readonly period?: string;
}

/** Where a sentence's tokens come from, to cut verbatim text and count lines. */
export interface Source {
  /** The original text. */
  readonly text: string;
  /** Its folded copy. */
  readonly folded: Folded;
  /** Offsets of the line starts in the original text, ascending. */
  readonly lineStarts: readonly number[];
}

/** The original offsets of tokens `first … last-1`. */
export function originalSpan(source: Source, tokens: readonly Token[], first: number, last: number): { start: number; end: number } {
  const a = tokens[Math.max(0, first)] as Token;
  const b = tokens[Math.min(tokens.length, last) - 1] as Token;
  return { start: source.folded.at[a.start] as number, end: source.folded.at[b.end] as number };
}

/** The 1-based line of an original offset. */
export function lineOf(source: Source, offset: number): number {
  let low = 0;
  let high = source.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((source.lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Offsets of line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function confidenceOf(questions: readonly ReadQuestion[]): number {
  const doubt = questions.reduce((sum, q) => sum + DOUBT[q.code], 0);
  return Math.round(Math.min(0.95, Math.max(0.05, 0.95 - doubt)) * 100) / 100;
}

/** Turn a raw draft into the public, frozen form. */
export function finishDraft(raw: RawDraft, tokens: readonly Token[], source: Source): TargetDraft {
  const { start, end } = originalSpan(source, tokens, raw.first, raw.last);
  let scope: string | undefined;
  if (raw.scope !== undefined && raw.scope.to > raw.scope.from) {
    const span = originalSpan(source, tokens, raw.scope.from, raw.scope.to);
    scope = source.text.slice(span.start, span.end);
  }
  const draft: TargetDraft = {
    text: source.text.slice(start, end),
    start,
    end,
    line: lineOf(source, start),
    kind: raw.kind,
    targetKind: raw.targetKind,
    ...(raw.comparator === undefined ? {} : { comparator: raw.comparator }),
    ...(raw.value === undefined ? {} : { value: raw.value }),
    ...(raw.upper === undefined ? {} : { upper: raw.upper }),
    ...(raw.per === undefined ? {} : { per: raw.per }),
    ...(raw.unit === undefined ? {} : { unit: raw.unit }),
    ...(raw.due === undefined ? {} : { due: raw.due }),
    ...(raw.from === undefined ? {} : { from: raw.from }),
    ...(raw.indicator === undefined ? {} : { indicator: raw.indicator }),
    ...(raw.change === undefined ? {} : { change: raw.change }),
    ...(raw.baseline === undefined ? {} : { baseline: Object.freeze({ ...raw.baseline }) }),
    ...(raw.condition === undefined ? {} : { condition: Object.freeze({ ...raw.condition }) }),
    ...(raw.units === undefined ? {} : { units: raw.units }),
    ...(raw.expected === undefined ? {} : { expected: raw.expected }),
    ...(scope === undefined ? {} : { scope }),
    aspirational: raw.aspirational,
    approximate: raw.approximate,
    confidence: confidenceOf(raw.questions),
    questions: Object.freeze(raw.questions.map((q) => Object.freeze({ ...q, message: Object.freeze({ ...q.message }) }))),
  };
  return Object.freeze(draft);
}
