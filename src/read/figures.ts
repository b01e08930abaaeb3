/**
 * Figures: the numbers of a sentence that can be target values, with what follows them (a
 * range's upper bound, `%`, `‰`, “điểm phần trăm”, a unit, a multiplier such as “/vạn dân”
 * or “trên 100.000 trẻ đẻ sống”, “trở lên”, a parenthesis saying what is included).
 *
 * Numbers that are dates, document numbers (“14-ĐA/TU”), ordinals, ages of a population
 * (“trẻ em dưới 5 tuổi”, “từ 1 - 18 tuổi”), frequencies (“ít nhất 1 lần”), counts of
 * things no target measures (“04 chỉ tiêu”, “2 cấp”) or multipliers are not figures.
 *
 * @module
 */
import { readNumber, numberWord } from './numbers.js';
import {
  COMPARATORS,
  COUNTERS,
  NGHIN,
  POINTS,
  POPULATIONS,
  POSTFIX,
  REFERENCE_WORDS,
  SCOPE_OPENERS,
  UNITS,
  VAN,
  type UnitWord,
} from './vocabulary.js';
import { endingBefore, phrase, phraseTable, startingAt, type Token } from './tokens.js';

/** A multiplier. */
export type Per = 100 | 1000 | 10000 | 100000;

/** A figure: a value (or range) and what follows it. */
export interface Figure {
  /** First token (the sign, or the number). */
  readonly at: number;
  /** Token after the figure (its unit, multiplier, postfix, scope). */
  readonly end: number;
  /** Token after the value, range and unit (before the multiplier). */
  readonly unitEnd: number;
  /** The value, a decimal string. */
  readonly value: string;
  /** The upper bound of a range (“4 - 5”, “33-34%”). */
  readonly upper?: string;
  /** True when the text writes a sign (“-0,1 điểm phần trăm”, “+0,1 ‰”). */
  readonly signed: boolean;
  /** The multiplier: 100 for %, 1000 for ‰ and “/1.000”, 10000 for “/vạn dân” … */
  readonly per?: Per;
  /** `percent`, `permille` or `points` when the figure carries one of those signs. */
  readonly sign?: 'percent' | 'permille' | 'points';
  /** A unit of count or measure. */
  readonly unit?: UnitWord;
  /** “trở lên” (≥) or “trở xuống” (≤) after the figure. */
  readonly postfix?: '>=' | '<=';
  /** Tokens of a parenthesis after the figure that says what it includes, without the brackets. */
  readonly scope?: { readonly from: number; readonly to: number };
  /** True when the value is a word (“một bác sĩ”). */
  readonly word: boolean;
}

const PER_NOUNS = new Set(
  ['dân', 'số', 'người', 'trẻ', 'em', 'đẻ', 'ra', 'sống', 'sinh', 'sơ', 'ca', 'bé', 'gái', 'phụ', 'nữ', 'bà', 'mẹ', 'nhân', 'khẩu'].map(
    (word) => phrase(word)[0] as string,
  ),
);
const EACH = phrase('mỗi')[0] as string;
const SO = phrase('số')[0] as string;
const PER_LEADS = phraseTable<true>(['trên', 'cho', 'so với', 'trên tổng số'].map((word) => [word, true] as const));
const AGE_WORDS = phraseTable<true>(['tuổi', 'tháng tuổi', 'tháng'].map((word) => [word, true] as const));
const AGE_LINKS = new Set(['dưới', 'từ', 'trên', 'đủ', 'ở', 'độ', 'đến'].map((word) => phrase(word)[0] as string));
const RANGE_LINKS = new Set(['-', ...['đến', 'tới'].map((word) => phrase(word)[0] as string)]);

function numericValue(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.kind === 'num') return readNumber(token.text);
  if (token.kind === 'word') return numberWord(token.text);
  return undefined;
}

/** A multiplier starting at `at` (“1 vạn dân”, “10.000 dân”, “100.000 trẻ đẻ sống”, “vạn dân”). */
export function perAt(tokens: readonly Token[], at: number, requireNoun: boolean): { per: Per; end: number } | undefined {
  let i = at;
  let base = 1;
  const first = tokens[i];
  if (first === undefined) return undefined;
  const value = first.kind === 'num' ? readNumber(first.text) : first.kind === 'word' ? numberWord(first.text) : undefined;
  if (value !== undefined) {
    base = Number(value);
    i += 1;
  }
  if (tokens[i]?.text === VAN) {
    base *= 10000;
    i += 1;
  } else if (tokens[i]?.text === NGHIN) {
    base *= 1000;
    i += 1;
  } else if (value === undefined) {
    return undefined;
  }
  if (tokens[i]?.text === '%' || tokens[i]?.text === '‰') return undefined;
  let nouns = 0;
  while (nouns < 6 && tokens[i] !== undefined && PER_NOUNS.has((tokens[i] as Token).text)) {
    i += 1;
    nouns += 1;
  }
  if (requireNoun && nouns === 0) return undefined;
  if (base !== 100 && base !== 1000 && base !== 10000 && base !== 100000) return undefined;
  return { per: base, end: i };
}

/** The multiplier written at `at`: “/1 vạn dân”, “/ 10.000 dân”, “trên 1 vạn dân”, “so với 100 bé gái”. */
export function perPhraseAt(tokens: readonly Token[], at: number): { per: Per; end: number; from: number } | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  if (token.text === '/') {
    const after = tokens[at + 1]?.text === phrase('trên')[0] ? at + 2 : at + 1;
    const found = perAt(tokens, after, false);
    return found === undefined ? undefined : { ...found, from: at };
  }
  const lead = startingAt(PER_LEADS, tokens, at);
  if (lead !== undefined) {
    const found = perAt(tokens, at + lead.length, true);
    return found === undefined ? undefined : { ...found, from: at };
  }
  return undefined;
}

/** The last multiplier written in `tokens[from … to)`, for “số bác sĩ/vạn dân: 17,5”. */
export function perIn(tokens: readonly Token[], from: number, to: number): Per | undefined {
  let found: Per | undefined;
  for (let i = Math.max(0, from); i < to; i++) {
    const per = perPhraseAt(tokens, i);
    if (per !== undefined && per.end <= to) found = per.per;
  }
  return found;
}

/** Token indexes of ages of a population (“trẻ em dưới 05 tuổi”, “thanh thiếu niên từ 1 - 18 tuổi”). */
function ageTokens(tokens: readonly Token[]): Set<number> {
  const ages = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const population = startingAt(POPULATIONS, tokens, i);
    if (population === undefined) continue;
    let j = i + population.length;
    while (tokens[j] !== undefined && AGE_LINKS.has((tokens[j] as Token).text)) j += 1;
    if (numericValue(tokens[j]) === undefined) continue;
    const numbers = [j];
    let k = j + 1;
    if (tokens[k] !== undefined && RANGE_LINKS.has((tokens[k] as Token).text) && numericValue(tokens[k + 1]) !== undefined) {
      numbers.push(k + 1);
      k += 2;
    }
    const age = startingAt(AGE_WORDS, tokens, k);
    if (age === undefined) continue;
    for (const n of numbers) ages.add(n);
    const postfix = startingAt(POSTFIX, tokens, k + age.length);
    if (postfix !== undefined) for (let m = 0; m < postfix.length; m++) ages.add(k + age.length + m);
  }
  return ages;
}

/** True when the number at `i` is not a figure. */
function isNotFigure(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // document numbers: “14-ĐA/TU”, “282/NQ-CP”, “/141 -KH/HU”; not a figure per a multiplier, “14/vạn dân”
  if (next !== undefined && (next.text === '-' || next.text === '/') && tokens[i + 2]?.kind === 'word' && !(tokens[i + 2] as Token).spaced) {
    if (!(next.text === '/' && perAt(tokens, i + 2, false) !== undefined)) return true;
  }
  // part of a word or name: “km2”, “COVID-19”
  if (previous !== undefined && !token.spaced && (previous.kind === 'word' || (previous.text === '-' && tokens[i - 2]?.kind === 'word' && !previous.spaced))) {
    return true;
  }
  // a multiplier or a fraction: “/1 vạn dân”, “15,8/1.000”, “1/3”
  if (previous?.text === '/') return true;
  if (next?.text === '/' && numericValue(tokens[i + 2]) !== undefined && perAt(tokens, i + 2, false) === undefined) return true;
  // an enumeration “(1)”
  if (previous?.text === '(' && next?.text === ')') return true;
  // after “số”, “Nghị quyết”, “lần thứ”, “tháng” …
  if (endingBefore(REFERENCE_WORDS, tokens, i) !== undefined) return true;
  // before “lần”, “chỉ tiêu”, “cấp”, “ngày” …
  if (startingAt(COUNTERS, tokens, i + 1) !== undefined && startingAt(POINTS, tokens, i + 1) === undefined) return true;
  // a multiplier after “trên”/“so với”: “trên 1 vạn dân”
  const lead = endingBefore(PER_LEADS, tokens, i);
  if (lead !== undefined && perAt(tokens, i, true) !== undefined) return true;
  // a year on its own
  if (/^\d{4}$/.test(token.text) && Number(token.text) >= 1900 && Number(token.text) <= 2199) {
    const after = tokens[i + 1];
    return !(after?.text === '%' || startingAt(UNITS, tokens, i + 1) !== undefined);
  }
  return false;
}

/**
 * Find the figures of a sentence's tokens, skipping tokens in `taken` (dates).
 */
export function findFigures(tokens: readonly Token[], taken: ReadonlySet<number>): Figure[] {
  const ages = ageTokens(tokens);
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (taken.has(i) || ages.has(i)) {
      i += 1;
      continue;
    }
    let value: string | undefined;
    let word = false;
    if (token.kind === 'num') {
      if (!isNotFigure(tokens, i)) value = readNumber(token.text);
    } else if (token.kind === 'word' && (endingBefore(COMPARATORS, tokens, i) !== undefined || tokens[i - 1]?.text === EACH)) {
      // “có ít nhất một bác sĩ”, “mỗi thôn có một nhân viên y tế”; not “xâm hại nhân viên” (hại ≠ hai)
      const unit = startingAt(UNITS, tokens, i + 1);
      if (unit !== undefined && unit.value.kind === 'count') {
        value = numberWord(token.text);
        word = value !== undefined;
      }
    }
    if (value === undefined) {
      i += 1;
      continue;
    }
    const figure = figureAt(tokens, i, value, word, taken);
    figures.push(figure);
    i = Math.max(figure.end, i + 1);
  }
  return figures;
}

function figureAt(tokens: readonly Token[], i: number, value: string, word: boolean, taken: ReadonlySet<number>): Figure {
  let at = i;
  let signed = false;
  const sign = tokens[i - 1];
  if ((sign?.text === '-' || sign?.text === '+') && numericValue(tokens[i - 2]) === undefined && !(tokens[i - 2]?.kind === 'word' && !sign.spaced)) {
    signed = true;
    at = i - 1;
    if (sign.text === '-') value = value === '0' ? value : `-${value}`;
  }
  let j = i + 1;
  let upper: string | undefined;
  // a range: “4 - 5”, “33-34%”, “từ 4 đến 5”
  const link = tokens[j];
  if (link !== undefined && RANGE_LINKS.has(link.text) && !taken.has(j + 1)) {
    const high = numericValue(tokens[j + 1]);
    if (high !== undefined && Number(high) > Number(value)) {
      upper = high;
      j += 2;
    }
  }
  let per: Per | undefined;
  let signKind: Figure['sign'];
  let unit: UnitWord | undefined;
  if (tokens[j]?.text === '\\' && tokens[j + 1]?.text === '%') j += 1;
  const points = startingAt(POINTS, tokens, j);
  if (tokens[j]?.text === '%') {
    const after = tokens[j + 1];
    if (after !== undefined && !after.spaced && (after.text === '0' || after.text === 'o')) {
      per = 1000;
      signKind = 'permille';
      j += 2;
    } else {
      per = 100;
      signKind = 'percent';
      j += 1;
    }
  } else if (tokens[j]?.text === '‰') {
    per = 1000;
    signKind = 'permille';
    j += 1;
  } else if (points !== undefined && (points.length > 1 || tokens[j + 1]?.text === '%')) {
    per = 100;
    signKind = 'points';
    j += points.length + (tokens[j + points.length]?.text === '%' ? 1 : 0);
  } else {
    // “111,4 số bé trai/100 bé gái”
    const at = tokens[j]?.text === SO && startingAt(UNITS, tokens, j + 1) !== undefined ? j + 1 : j;
    const found = startingAt(UNITS, tokens, at);
    if (found !== undefined && !taken.has(at)) {
      unit = found.value;
      j = at + found.length;
    }
  }
  const unitEnd = j;
  if (per === undefined) {
    // “109 bé trai sinh ra sống so với 100 bé gái sinh ra sống”
    let k = j;
    while (k < j + 4 && unit !== undefined && tokens[k] !== undefined && PER_NOUNS.has((tokens[k] as Token).text)) k += 1;
    const multiplier = perPhraseAt(tokens, k) ?? (k === j ? undefined : perPhraseAt(tokens, j));
    if (multiplier !== undefined) {
      per = multiplier.per;
      j = multiplier.end;
    }
  }
  // a range written with its sign twice: “từ 90% đến 95%”, “90% - 95%”
  if (upper === undefined && signKind !== undefined && tokens[j] !== undefined && RANGE_LINKS.has((tokens[j] as Token).text) && !taken.has(j + 1)) {
    const high = numericValue(tokens[j + 1]);
    const sign = tokens[j + 2]?.text;
    if (high !== undefined && Number(high) > Number(value) && ((signKind === 'percent' && sign === '%') || (signKind === 'permille' && sign === '‰'))) {
      upper = high;
      j += 3;
    }
  }
  const postfix = startingAt(POSTFIX, tokens, j);
  if (postfix !== undefined) j += postfix.length;
  let scope: Figure['scope'];
  if (tokens[j]?.text === '(' && startingAt(SCOPE_OPENERS, tokens, j + 1) !== undefined) {
    let close = j + 1;
    while (close < tokens.length && (tokens[close] as Token).text !== ')') close += 1;
    scope = { from: j + 1, to: close };
    j = Math.min(close + 1, tokens.length);
  }
  return {
    at,
    end: j,
    unitEnd,
    value,
    ...(upper === undefined ? {} : { upper }),
    signed,
    ...(per === undefined ? {} : { per }),
    ...(signKind === undefined ? {} : { sign: signKind }),
    ...(unit === undefined ? {} : { unit }),
    ...(postfix === undefined ? {} : { postfix: postfix.value }),
    ...(scope === undefined ? {} : { scope }),
    word,
  };
}
