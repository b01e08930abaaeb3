/**
 * Tokens of a folded sentence, and word lists matched against them.
 *
 * A token is a run of digits with `.` or `,` between them (`1.234,5`), a run of letters, or
 * one other visible character. Abbreviations the plans use (BHYT, KCB, TCMR …) are read as
 * the words they stand for: the token `bhyt` becomes `bao hiêm i tê` (folded “bảo hiểm y tế”),
 * each word spanning the abbreviation.
 *
 * @module
 */
import { foldWords } from './fold.js';

/** One token: folded text and its span in the folded text. */
export interface Token {
  /** `num` for digits, `word` for letters, `sym` for any other visible character. */
  readonly kind: 'num' | 'word' | 'sym';
  /** The folded text. */
  readonly text: string;
  /** Start offset in the folded text. */
  readonly start: number;
  /** End offset (exclusive) in the folded text. */
  readonly end: number;
  /** True when whitespace separates this token from the one before it. */
  readonly spaced: boolean;
}

/** Classes of code units, filled as they are met: 1 letter or mark, 2 digit, 3 space, 4 anything else. */
const CLASSES = new Uint8Array(0x10000);

function classOf(code: number): number {
  let known = CLASSES[code] as number;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = code >= 0x30 && code <= 0x39 ? 2 : /\s/u.test(char) ? 3 : /[\p{L}\p{M}]/u.test(char) ? 1 : 4;
    CLASSES[code] = known;
  }
  return known;
}

/** Abbreviations, with the words they stand for (both folded at load). */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['BHYT', 'bảo hiểm y tế'],
      ['KCB', 'khám chữa bệnh'],
      ['TCMR', 'tiêm chủng mở rộng'],
      ['CTTCMR', 'chương trình tiêm chủng mở rộng'],
      ['TYT', 'trạm y tế'],
      ['TTYT', 'trung tâm y tế'],
      ['CSSKBĐ', 'chăm sóc sức khỏe ban đầu'],
      ['CSSK', 'chăm sóc sức khỏe'],
      ['SRB', 'tỷ số giới tính khi sinh'],
      ['SDD', 'suy dinh dưỡng'],
      ['HSSKĐT', 'hồ sơ sức khỏe điện tử'],
      ['HSSK', 'hồ sơ sức khỏe'],
      ['BTXH', 'bảo trợ xã hội'],
      ['KLN', 'không lây nhiễm'],
      ['BKLN', 'bệnh không lây nhiễm'],
      ['NCD', 'bệnh không lây nhiễm'],
      ['UHC', 'chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu'],
    ] as const
  ).map(([short, long]) => [foldWords(short), foldWords(long).split(' ')]),
);

/**
 * Split a folded text (or the part `from`–`to` of it) into tokens, expanding abbreviations.
 */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let i = from;
  while (i < to) {
    const code = folded.charCodeAt(i);
    const kind = classOf(code);
    if (kind === 3) {
      i += 1;
      continue;
    }
    const start = i;
    const spaced = previousEnd !== start;
    if (kind === 2) {
      // digits, with single “.” or “,” between runs of digits: 1.234,5
      i += 1;
      while (i < to) {
        const c = folded.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) i += 1;
        else if ((c === 0x2e || c === 0x2c) && i + 1 < to && classOf(folded.charCodeAt(i + 1)) === 2) i += 2;
        else break;
      }
      tokens.push({ kind: 'num', text: folded.slice(start, i), start, end: i, spaced });
    } else if (kind === 1) {
      i += 1;
      while (i < to && classOf(folded.charCodeAt(i)) === 1) i += 1;
      const text = folded.slice(start, i);
      const expansion = ABBREVIATIONS.get(text);
      if (expansion === undefined) tokens.push({ kind: 'word', text, start, end: i, spaced });
      else expansion.forEach((word, k) => tokens.push({ kind: 'word', text: word, start, end: i, spaced: k === 0 ? spaced : true }));
    } else {
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      tokens.push({ kind: 'sym', text: folded.slice(start, i), start, end: i, spaced });
    }
    previousEnd = i;
  }
  return joinStrayNumbers(tokens);
}

/**
 * Numbers split by a stray space around their separator: “95 ,15%” (a decimal comma before
 * `%` or `‰`), “10. 000” (a thousands dot before three digits).
 */
function joinStrayNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const separator = tokens[i + 1];
    const b = tokens[i + 2];
    if (a.kind === 'num' && separator !== undefined && b?.kind === 'num' && separator.spaced !== b.spaced) {
      const after = tokens[i + 3]?.text;
      // only a space before the comma: after it, a space is ordinary punctuation (“năm 2026, 100%”)
      const decimal = separator.text === ',' && separator.spaced && !a.text.includes(',') && b.text.length <= 3 && (after === '%' || after === '‰');
      const thousands = separator.text === '.' && b.text.length === 3 && /^\d{1,3}$/.test(a.text);
      if (decimal || thousands) {
        out.push({ kind: 'num', text: `${a.text}${separator.text}${b.text}`, start: a.start, end: b.end, spaced: a.spaced });
        i += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A word list entry folded into token texts: `'bác sĩ'` → `['bac', 'si']`, `'≥'` → `['≥']`. */
export function phrase(text: string): readonly string[] {
  return tokenize(foldWords(text)).map((token) => token.text);
}

/** True when `tokens[at …]` spells `words`. */
export function matchesAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if ((tokens[at + k] as Token).text !== words[k]) return false;
  return true;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/**
 * A list of phrases, each with a value, indexed by first and by last word for matching at a
 * position (longest phrase first). Plain data: build it once with {@link phraseTable}.
 */
export interface PhraseTable<T> {
  readonly byFirst: ReadonlyMap<string, readonly Entry<T>[]>;
  readonly byLast: ReadonlyMap<string, readonly Entry<T>[]>;
}

/** Fold and index phrases in Vietnamese with their values. */
export function phraseTable<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const byFirst = new Map<string, Entry<T>[]>();
  const byLast = new Map<string, Entry<T>[]>();
  for (const [text, value] of entries) {
    const words = phrase(text);
    if (words.length === 0) continue;
    const entry = { words, value };
    for (const [map, key] of [[byFirst, words[0]], [byLast, words[words.length - 1]]] as const) {
      const list = map.get(key as string) ?? [];
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
      map.set(key as string, list);
    }
  }
  return { byFirst, byLast };
}

/** A phrase found in a token list: its value, first token and length in tokens. */
export interface PhraseHit<T> {
  readonly value: T;
  readonly at: number;
  readonly length: number;
}

/** The longest phrase of `table` starting at token `at`. */
export function startingAt<T>(table: PhraseTable<T>, tokens: readonly Token[], at: number): PhraseHit<T> | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  for (const entry of table.byFirst.get(token.text) ?? []) {
    if (matchesAt(tokens, at, entry.words)) return { value: entry.value, at, length: entry.words.length };
  }
  return undefined;
}

/** The longest phrase of `table` ending just before token `end`. */
export function endingBefore<T>(table: PhraseTable<T>, tokens: readonly Token[], end: number): PhraseHit<T> | undefined {
  const token = tokens[end - 1];
  if (token === undefined) return undefined;
  for (const entry of table.byLast.get(token.text) ?? []) {
    const at = end - entry.words.length;
    if (matchesAt(tokens, at, entry.words)) return { value: entry.value, at, length: entry.words.length };
  }
  return undefined;
}

/** The first phrase of `table` lying wholly in `tokens[from … to)`. */
export function findFirst<T>(table: PhraseTable<T>, tokens: readonly Token[], from: number, to: number): PhraseHit<T> | undefined {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const found = startingAt(table, tokens, i);
    if (found !== undefined && i + found.length <= to) return found;
  }
  return undefined;
}

/** The last phrase of `table` lying wholly in `tokens[from … to)`. */
export function findLast<T>(table: PhraseTable<T>, tokens: readonly Token[], from: number, to: number): PhraseHit<T> | undefined {
  for (let i = Math.min(to, tokens.length) - 1; i >= Math.max(0, from); i--) {
    const found = startingAt(table, tokens, i);
    if (found !== undefined && i + found.length <= to) return found;
  }
  return undefined;
}
