/**
 * The indicator of a figure: named in the words before it, else in the words around it
 * (“Trên 95% người dân sử dụng dịch vụ …”), else implied by its unit and multiplier
 * (“19 bác sĩ trên 1 vạn dân”), else the count form of the indicator just read (“năm 2024 có
 * 07 Trạm Y tế”), else the indicator of the figure before it in the same sentence when
 * nothing new is named between them (“… đến năm 2030 giảm xuống dưới 15% và đến năm 2035
 * giảm xuống dưới 13%”).
 *
 * @module
 */
import { getIndicator } from '../catalog/getIndicator.js';
import type { RawDraft } from './draft.js';
import { INDICATOR_AMBIGUOUS, INDICATOR_UNKNOWN, question } from './messages/index.js';
import { candidatesIn, fits, type Candidate, type FigureShape } from './matchIndicator.js';
import type { SentenceState } from './sentence.js';
import { UNIT_INDICATORS } from './synonyms.js';
import { findFirst, phraseTable, startingAt, type PhraseTable, type Token } from './tokens.js';
import { ADDED, ASPIRATION, CHANGE_VERBS, COMPARATORS, FILLERS, MAINTAIN, RESULT_MARKERS, SCOPES, SPLIT } from './vocabulary.js';
import type { ReadQuestion } from './types.js';

/** What was chosen, and how. */
export interface IndicatorChoice {
  readonly id?: string;
  /** `words` (named), `unit` (implied by the unit), `count` (count form), `inherited`. */
  readonly how?: 'words' | 'unit' | 'count' | 'inherited';
  /** True when the words after the figure were needed. */
  readonly usedAfter: boolean;
  /** For an inherited indicator: the area or group the figure is for. */
  readonly scope?: { readonly from: number; readonly to: number };
  readonly questions: readonly ReadQuestion[];
}

/** Words that start an indicator's name. */
const HEADS = phraseTable<true>(['tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số', 'tỷ suất', 'tỉ suất', 'chỉ số', 'tổng số', 'số lượng', 'tuổi thọ', 'chiều cao'].map((word) => [word, true] as const));

/** Words that name nothing: a figure whose words are only these (and dates) continues the list before it. */
const CONNECTIVES = phraseTable<true>(
  ['và', 'hoặc', 'tiếp tục', 'riêng', 'đối với', 'cho', 'của', 'ở', 'tại', 'với', 'sẽ', 'phải', 'cần', 'mỗi', 'từ', 'trở', 'không', 'quá', 'đến', 'vào', 'năm', 'còn', 'nay', 'hiện nay'].map(
    (word) => [word, true] as const,
  ),
);
const FUNCTION_TABLES = [COMPARATORS, FILLERS, CHANGE_VERBS, ADDED, ASPIRATION, MAINTAIN, CONNECTIVES, SPLIT, RESULT_MARKERS] as const;

/**
 * Whether the words of a figure continue the list before it: only dates, symbols and words
 * that name nothing, possibly with an area or group (“…, miền núi đạt 80%”), which is the
 * figure's scope.
 */
function continuation(state: SentenceState, from: number, to: number): { continues: boolean; scope?: { from: number; to: number } } {
  if (namesNothing(state, from, to)) return { continues: true };
  for (let i = from; i < to; i++) {
    const token = state.tokens[i] as Token;
    if (token.kind === 'sym') continue;
    const hit = FUNCTION_TABLES.map((table) => startingAt(table as PhraseTable<unknown>, state.tokens, i)).find((found) => found !== undefined);
    if (hit !== undefined) {
      i += hit.length - 1;
      continue;
    }
    if (startingAt(SCOPES, state.tokens, i) === undefined) return { continues: false };
    let end = i;
    while (end < to && !isComparatorAt(state, end)) end += 1;
    return { continues: namesNothing(state, end, to), scope: { from: i, to: end } };
  }
  return { continues: false };
}

function isComparatorAt(state: SentenceState, at: number): boolean {
  return startingAt(COMPARATORS, state.tokens, at) !== undefined || startingAt(FILLERS, state.tokens, at) !== undefined;
}

/** True when `tokens[from … to)` holds only dates, symbols and words that name nothing. */
function namesNothing(state: SentenceState, from: number, to: number): boolean {
  const dated = state.dated;
  let i = from;
  while (i < to) {
    const token = state.tokens[i] as Token;
    if (token.kind === 'sym' || dated.has(i)) {
      i += 1;
      continue;
    }
    const hit = FUNCTION_TABLES.map((table) => startingAt(table as PhraseTable<unknown>, state.tokens, i)).find((found) => found !== undefined);
    if (hit === undefined) return false;
    i += hit.length;
  }
  return true;
}

function pick(candidates: readonly Candidate[]): { id?: string; questions: ReadQuestion[] } {
  const [best, second] = candidates;
  if (best === undefined) return { questions: [] };
  if (second !== undefined && second.id !== best.id && second.priority === best.priority && second.score === best.score) {
    return { questions: [question(INDICATOR_AMBIGUOUS, 'indicator', { first: best.id, second: second.id })] };
  }
  return { id: best.id, questions: [] };
}

function fitting(candidates: readonly Candidate[], shape: FigureShape): Candidate[] {
  return candidates.filter((candidate) => {
    const indicator = getIndicator(candidate.id);
    return indicator !== undefined && fits(indicator, shape);
  });
}

/**
 * Choose the indicator of a figure whose words run from `from` to `before` (the comparator),
 * with more words after it up to `after`.
 */
export function chooseIndicator(
  state: SentenceState,
  window: { readonly from: number; readonly before: number; readonly after: number },
  shape: FigureShape,
  previous: RawDraft | undefined,
  namedFor?: string,
): IndicatorChoice {
  const { tokens } = state;
  const given = namedFor === undefined ? undefined : getIndicator(namedFor);
  // Stryker disable next-line StringLiteral: `how` is only ever compared with 'inherited' (readFigure.ts), so the name of another way cannot be told apart
  if (given !== undefined && fits(given, shape)) return { id: given.id, how: 'words', usedAfter: false, questions: [] };
  const before = candidatesIn(tokens, window.from, window.before);
  const named = pick(fitting(before, shape));
  if (named.id !== undefined || named.questions.length > 0) return { ...named, how: 'words', usedAfter: false };
  // the words after the figure name it only when those before name nothing (“Trên 95% người dân sử dụng …”),
  // not when they name an indicator the catalog lacks (“tỷ suất chết sơ sinh xuống còn 10‰, tỷ suất …”)
  const headed = findFirst(HEADS, tokens, window.from, window.before) !== undefined;
  // Stryker disable next-line ArrayDeclaration: an entry without an id fits no indicator, and as the nearest word it names none (INDICATOR_UNKNOWN reads near.id, undefined either way)
  const around = headed ? [] : candidatesIn(tokens, window.from, window.after);
  const aroundNamed = pick(fitting(around, shape));
  if (aroundNamed.id !== undefined || aroundNamed.questions.length > 0) return { ...aroundNamed, how: 'words', usedAfter: true };
  const byUnit = UNIT_INDICATORS.find(
    (entry) => entry.unit === shape.unit && entry.per === shape.per && (entry.near === undefined || state.aboutStations),
  );
  if (byUnit !== undefined) return { id: byUnit.id, how: 'unit', usedAfter: false, questions: [] };
  if (shape.unitKind === 'count' && previous?.indicator !== undefined && getIndicator(`${previous.indicator}-count`)?.measure === 'count') {
    const twin = getIndicator(`${previous.indicator}-count`);
    if (twin !== undefined && twin.unit.vi.startsWith((shape.unit ?? '').split(' ')[0] ?? '')) return { id: twin.id, how: 'count', usedAfter: false, questions: [] };
  }
  const split = findFirst(SPLIT, tokens, window.from, window.before);
  const list = split === undefined ? continuation(state, window.from, window.before) : { continues: namesNothing(state, window.from, split.at) };
  // a list continues only with figures of the same kind: “3 dược sĩ đại học/10.000 dân” does not continue doctors
  const sameUnit = shape.unit === undefined || previous?.unit === undefined || shape.unit === previous.unit;
  const samePer = shape.per === undefined || previous?.per === undefined || shape.per === previous.per;
  if (previous !== undefined && list.continues && before.length === 0 && sameUnit && samePer) {
    return {
      ...(previous.indicator === undefined ? {} : { id: previous.indicator }),
      how: 'inherited',
      usedAfter: false,
      ...(list.scope === undefined ? {} : { scope: list.scope }),
      questions: previous.indicator === undefined ? unknown(before, around) : [],
    };
  }
  return { usedAfter: false, questions: unknown(before, around) };
}

function unknown(before: readonly Candidate[], around: readonly Candidate[]): ReadQuestion[] {
  const near = [...before, ...around][0];
  return [question(INDICATOR_UNKNOWN, 'indicator', near === undefined ? {} : { near: near.id })];
}
