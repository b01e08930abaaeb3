/**
 * Which catalog indicator a stretch of tokens names: every pattern of {@link INDICATOR_WORDS}
 * whose phrases all occur is a candidate, ranked by priority (specialisations first), then by
 * how many words its phrases cover.
 *
 * @module
 */
import type { Indicator } from '../model/indicator.js';
import { INDICATOR_WORDS } from './synonyms.js';
import { phrase, type Token } from './tokens.js';

/** A candidate indicator with the tokens its phrases cover. */
export interface Candidate {
  /** The catalog id. */
  readonly id: string;
  /** Priority of the indicator's words (specialisations higher). */
  readonly priority: number;
  /** Words covered by the matched phrases. */
  readonly score: number;
  /** Positions (token indexes) covered. */
  readonly covered: readonly number[];
  /** First covered token. */
  readonly first: number;
  /** Last covered token + 1. */
  readonly last: number;
}

interface PhraseRef {
  readonly words: readonly string[];
  readonly key: number;
}

interface CompiledPattern {
  readonly id: string;
  readonly priority: number;
  readonly phrases: readonly number[];
}

const phrases: PhraseRef[] = [];
const byFirst = new Map<string, PhraseRef[]>();
const patterns: CompiledPattern[] = [];
const patternsByPhrase = new Map<number, CompiledPattern[]>();
const qualifiers = new Map<string, (readonly string[])[][]>();

function phraseKey(text: string): number {
  const words = phrase(text).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const joined = words.join(' ');
  const existing = phrases.find((ref) => ref.words.join(' ') === joined);
  if (existing !== undefined) return existing.key;
  const ref = { words, key: phrases.length };
  phrases.push(ref);
  const first = words[0] as string;
  byFirst.set(first, [...(byFirst.get(first) ?? []), ref]);
  return ref.key;
}

for (const entry of INDICATOR_WORDS) {
  for (const pattern of entry.patterns) {
    const compiled = { id: entry.id, priority: entry.priority ?? 1, phrases: pattern.map(phraseKey) };
    patterns.push(compiled);
    for (const key of new Set(compiled.phrases)) patternsByPhrase.set(key, [...(patternsByPhrase.get(key) ?? []), compiled]);
  }
  if (entry.qualifier !== undefined) {
    qualifiers.set(
      entry.id,
      entry.qualifier.map((words) => words.map((text) => phrase(text).filter((word) => /[\p{L}\p{N}]/u.test(word)))),
    );
  }
}

/** The words (not symbols) of `tokens[from … to)`, numbers without leading zeros, with their token indexes. */
function wordsOf(tokens: readonly Token[], from: number, to: number): { texts: string[]; indexes: number[] } {
  const texts: string[] = [];
  const indexes: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'sym') continue;
    texts.push(token.kind === 'num' ? token.text.replace(/^0+(?=\d)/, '') : token.text);
    indexes.push(i);
  }
  return { texts, indexes };
}

function occurrences(words: { texts: readonly string[]; indexes: readonly number[] }): Map<number, number[]> {
  const { texts, indexes } = words;
  const found = new Map<number, number[]>();
  for (let k = 0; k < texts.length; k++) {
    const refs = byFirst.get(texts[k] as string);
    if (refs === undefined) continue;
    for (const ref of refs) {
      if (found.has(ref.key) || k + ref.words.length > texts.length) continue;
      let ok = true;
      for (let m = 1; m < ref.words.length; m++) {
        if (texts[k + m] !== ref.words[m]) {
          ok = false;
          break;
        }
      }
      if (ok) found.set(ref.key, indexes.slice(k, k + ref.words.length));
    }
  }
  return found;
}

/**
 * Every indicator whose pattern occurs in `tokens[from … to)`, best first (one candidate per
 * indicator, its best pattern).
 */
export function candidatesIn(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const found = occurrences(wordsOf(tokens, from, to));
  if (found.size === 0) return [];
  const best = new Map<string, Candidate>();
  const tried = new Set<CompiledPattern>();
  for (const key of found.keys()) {
    for (const pattern of patternsByPhrase.get(key) ?? []) {
      if (tried.has(pattern)) continue;
      tried.add(pattern);
      consider(pattern, found, best);
    }
  }
  return [...best.values()].sort((a, b) => b.priority - a.priority || b.score - a.score || a.first - b.first);
}

/** Add `pattern` to the best candidates when all its phrases occur. */
function consider(pattern: CompiledPattern, found: ReadonlyMap<number, number[]>, best: Map<string, Candidate>): void {
  if (!pattern.phrases.every((key) => found.has(key))) return;
  const covered = [...new Set(pattern.phrases.flatMap((key) => found.get(key) as number[]))].sort((a, b) => a - b);
  const candidate: Candidate = {
    id: pattern.id,
    priority: pattern.priority,
    score: covered.length,
    covered,
    first: covered[0] as number,
    last: (covered[covered.length - 1] as number) + 1,
  };
  const previous = best.get(pattern.id);
  if (previous === undefined || candidate.score > previous.score) best.set(pattern.id, candidate);
}

/** The non-overlapping mentions of indicators in `tokens[from … to)`, in text order. */
export function mentionsIn(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const chosen: Candidate[] = [];
  const taken = new Set<number>();
  for (const candidate of candidatesIn(tokens, from, to)) {
    if (candidate.covered.some((index) => taken.has(index))) continue;
    chosen.push(candidate);
    for (const index of candidate.covered) taken.add(index);
  }
  return chosen.sort((a, b) => a.first - b.first);
}

/** True when one of the indicator's defining phrases (“ít nhất mỗi năm 1 lần”) occurs. */
export function qualifierIn(id: string, tokens: readonly Token[], from: number, to: number): boolean {
  const options = qualifiers.get(id);
  if (options === undefined) return true;
  const text = ` ${wordsOf(tokens, from, to).texts.join(' ')} `;
  return options.some((all) => all.every((words) => text.includes(` ${words.join(' ')} `)));
}

/** What a figure looks like, for checking that an indicator can take it. */
export interface FigureShape {
  readonly per?: number;
  readonly unitKind?: 'count' | 'measure';
  readonly unit?: string;
  readonly change?: boolean;
}

/** True when `indicator` can take a figure of this shape. */
export function fits(indicator: Indicator, shape: FigureShape): boolean {
  if (indicator.measure === 'boolean' || indicator.measure === 'qualitative') return false;
  if (shape.per === 100) return indicator.measure === 'percent' || indicator.measure === 'ratio' || shape.change === true;
  if (shape.per !== undefined) return indicator.measure === 'rate' && indicator.multiplier === shape.per;
  if (indicator.measure === 'rate' && shape.unitKind === 'count' && shape.unit !== undefined) return false;
  if (shape.unitKind === 'measure') {
    if (shape.unit === 'cm' || shape.unit === 'kg') return indicator.unit.vi === shape.unit;
    if (shape.unit === 'tuổi' || shape.unit === 'năm') return indicator.measure === 'mean' && indicator.unit.vi === 'năm';
    return indicator.measure !== 'percent';
  }
  if (shape.unitKind === 'count') return indicator.measure === 'count';
  return true;
}
