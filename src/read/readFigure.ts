/**
 * One figure of a sentence as a draft: its comparator, whether it is a change (“tăng thêm”,
 * “giảm … so với”), a level to keep (“duy trì”) or a range, its indicator, its date and
 * whether it is a result.
 *
 * @module
 */
import { getIndicator } from '../catalog/getIndicator.js';
import type { Comparator, ThresholdComparator } from '../model/primitives.js';
import type { Indicator } from '../model/indicator.js';
import { chooseIndicator } from './chooseIndicator.js';
import { readComparator, type ComparatorReading } from './comparator.js';
import type { RawDraft } from './draft.js';
import { dueOf } from './dueOf.js';
import { perIn, type Figure, type Per } from './figures.js';
import { APPROXIMATE, BASELINE_MISSING, CHANGE_TYPE, COMPARATOR_ASSUMED, question, RANGE_FLOOR } from './messages/index.js';
import { negate } from './numbers.js';
import { partEnd, trimEnd, trimStart, type SentenceState } from './sentence.js';
import { SHARE_WORDS } from './synonyms.js';
import { endingBefore, findFirst, findLast, phraseTable, startingAt, type Token } from './tokens.js';
import type { ReadQuestion } from './types.js';
import { ADDED, CHANGE_VERBS, MAINTAIN, SCOPE_OPENERS, SPLIT, TO_LEVEL } from './vocabulary.js';

/** Where a figure's words may lie. */
export interface FigureBounds {
  /** No words before this token belong to the figure (the clause start or the previous figure's end). */
  readonly floor: number;
  /** The next figure's first token, or the clause end. */
  readonly next: number;
  /** The clause end. */
  readonly clauseEnd: number;
}

/** What a figure inherits from the figures it is listed with (“30 giường bệnh, 10 bác sĩ … trên 10.000 dân”). */
export interface Inherited {
  readonly op?: ComparatorReading['op'];
  readonly per?: Per;
  /** The indicator named for this figure elsewhere in the sentence (“… lần lượt là …”). */
  readonly indicator?: string;
}

const RATE_NOUNS = phraseTable<true>(['tốc độ', 'tỷ lệ', 'tỉ lệ', 'mức', 'tỷ suất'].map((word) => [word, true] as const));
const COUNT_HEAD = phraseTable<true>(['số', 'tổng số', 'số lượng', 'số người', 'số ca'].map((word) => [word, true] as const));
const MIRROR: Record<ThresholdComparator, ThresholdComparator> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=', '=': '=' };

function isThreshold(op: ComparatorReading['op']): op is ThresholdComparator {
  return op === '>' || op === '>=' || op === '<' || op === '<=' || op === '=';
}

/** The comparator of a level whose words say no direction, from the indicator's polarity. */
function defaultComparator(indicator: Indicator | undefined, op: ComparatorReading['op'], figure: Figure): { comparator: ThresholdComparator; questions: ReadQuestion[] } {
  const loose = op === undefined || op === 'bare';
  if (indicator?.polarity === 'lower-is-better') {
    return { comparator: '<=', questions: [question(COMPARATOR_ASSUMED, 'comparator', { comparator: '<=' })] };
  }
  if (indicator?.polarity === 'band') {
    return { comparator: '<=', questions: [question(COMPARATOR_ASSUMED, 'comparator', { comparator: '<=' })] };
  }
  const full = figure.per === 100 && figure.value === '100';
  return { comparator: '>=', questions: loose && !full ? [question(COMPARATOR_ASSUMED, 'comparator', { comparator: '>=' })] : [] };
}

/** The kind of a change, from its unit and indicator. */
function changeType(
  state: SentenceState,
  figure: Figure,
  indicator: Indicator | undefined,
  from: number,
  to: number,
): { change: NonNullable<RawDraft['change']>; questions: ReadQuestion[] } {
  if (figure.sign === 'points') return { change: 'points', questions: [] };
  if (figure.per !== undefined && figure.per !== 100) return { change: 'absolute', questions: [] };
  if (figure.per === 100) {
    if (indicator !== undefined && indicator.measure !== 'percent' && indicator.measure !== 'ratio') return { change: 'relative', questions: [] };
    if (indicator === undefined && findFirst(COUNT_HEAD, state.tokens, from, to) !== undefined) return { change: 'relative', questions: [] };
    return { change: 'unspecified', questions: [question(CHANGE_TYPE, 'change', { value: figure.value })] };
  }
  return { change: 'absolute', questions: [] };
}

/**
 * Read figure `figure` as a draft, or `undefined` when nothing marks it as a target value (a
 * bare number with no unit and no comparator).
 */
export function readFigure(state: SentenceState, figure: Figure, bounds: FigureBounds, inherited: Inherited, previous: RawDraft | undefined): RawDraft | undefined {
  const { tokens } = state;
  const reading = readComparator(tokens, figure.at, bounds.floor);
  const op = reading.op ?? inherited.op;
  const per = figure.per ?? inherited.per;
  // “tốc độ tăng”, “tỷ lệ tăng” name a rate, they do not ask for an increase
  const found = findLast(CHANGE_VERBS, tokens, bounds.floor, reading.at);
  const verb = found !== undefined && endingBefore(RATE_NOUNS, tokens, found.at) === undefined ? found : undefined;
  const added = findFirst(ADDED, tokens, bounds.floor, figure.at) !== undefined;
  const baselineAfter = state.dates.find((date) => date.role === 'baseline' && date.at >= figure.end && date.at <= figure.end + 1);
  const toLevel = reading.toLevel || (verb !== undefined && !added && findFirst(TO_LEVEL, tokens, verb.at + verb.length, figure.at) !== undefined);
  const isChange = !toLevel && (added || baselineAfter !== undefined || figure.sign === 'points' || (verb !== undefined && (op === undefined || isThreshold(op))));
  const keep = per !== undefined || figure.sign !== undefined || op !== undefined || isChange || figure.postfix !== undefined || figure.signed || reading.approximate;
  if (!keep) return undefined;

  const shape = { ...(per === undefined ? {} : { per }), ...(figure.unit === undefined ? {} : { unitKind: figure.unit.kind, unit: figure.unit.unit }), change: isChange };
  const windowPer = per ?? perIn(tokens, bounds.floor, reading.at);
  const choice = chooseIndicator(
    state,
    { from: bounds.floor, before: reading.at, after: bounds.next },
    { ...shape, ...(windowPer === undefined ? {} : { per: windowPer }) },
    previous,
    inherited.indicator,
  );
  const questions: ReadQuestion[] = [...choice.questions];
  const indicator = choice.id === undefined ? undefined : getIndicator(choice.id);
  let value = figure.value;
  let upper = figure.upper;
  let comparator: Comparator;
  let change: RawDraft['change'];

  if (isChange) {
    const typed = changeType(state, figure, indicator, bounds.floor, reading.at);
    change = typed.change;
    questions.push(...typed.questions);
    const direction = verb?.value ?? (value.startsWith('-') ? 'down' : 'up');
    let base: ThresholdComparator = isThreshold(op) ? op : direction === 'down' ? '<=' : '>=';
    if (direction === 'down' && !value.startsWith('-')) {
      value = negate(value);
      if (upper !== undefined) upper = negate(upper);
      if (isThreshold(op)) base = MIRROR[op];
    }
    comparator = base;
    if (upper !== undefined) {
      // “tăng 1-1,5%”, “giảm 1-1,5%”: the smaller change is the threshold (a rise of 1, a fall of
      // 1, that is −1), the larger the aspiration
      questions.push(question(RANGE_FLOOR, 'upper', { lower: figure.value, upper: figure.upper ?? upper }));
    }
  } else if (upper !== undefined) {
    if (reading.opener && (op === '>=' || op === '>')) {
      comparator = '>=';
      questions.push(question(RANGE_FLOOR, 'comparator', { lower: figure.value, upper: figure.upper ?? upper }));
    } else {
      comparator = 'between';
    }
  } else if (isThreshold(op)) {
    comparator = op;
  } else if (figure.postfix !== undefined) {
    comparator = figure.postfix;
  } else {
    const chosen = defaultComparator(indicator, op, figure);
    comparator = chosen.comparator;
    questions.push(...chosen.questions);
  }
  if (reading.approximate) questions.push(question(APPROXIMATE, 'value', {}));

  const maintain = !isChange && findLast(MAINTAIN, tokens, bounds.floor, figure.at) !== undefined;
  const baselineFigure = [...state.baselines.entries()].find(([, next]) => next === figure)?.[0];
  const date = dueOf(state, reading.at, figure);
  questions.push(...date.questions);
  let baseline: RawDraft['baseline'];
  if (baselineAfter !== undefined) baseline = { period: baselineAfter.period };
  else if (baselineFigure !== undefined) {
    const year = state.attached.get(baselineFigure);
    baseline = { value: baselineFigure.value, ...(year === undefined ? {} : { period: year.period }) };
  }
  if (isChange && baseline === undefined) questions.push(question(BASELINE_MISSING, 'baseline', {}));
  const result =
    state.context.mode === 'result' ||
    date.asOf ||
    (state.resultAt < figure.at && !state.aspirational);

  let targetKind: RawDraft['targetKind'] = isChange ? 'change' : maintain ? 'maintain' : 'level';
  let condition: RawDraft['condition'];
  let units: string | undefined;
  const share = SHARE_WORDS.find((entry) => entry.share === choice.id);
  if (!isChange && share !== undefined && per === 100 && share.defaultCondition !== undefined) {
    targetKind = 'share';
    condition = { indicator: share.condition, ...share.defaultCondition };
    units = share.units;
  } else if (!isChange && !maintain && indicator?.measure === 'count' && figure.unit?.kind === 'count' && choice.id !== 'station-doctors') {
    targetKind = 'count';
    units = figure.unit.unit;
  }
  if (comparator === 'between' && targetKind !== 'level') targetKind = 'level';

  let scope: RawDraft['scope'] = figure.scope ?? choice.scope ?? scopeBefore(tokens, bounds.floor, reading.at);
  if (scope === undefined && choice.how === 'inherited') {
    // “… đạt 90%, trong đó miền núi đạt 80%”: the words after “trong đó” name the sub-group
    const split = findFirst(SPLIT, tokens, bounds.floor, reading.at);
    if (split !== undefined) {
      const from = trimStart(tokens, split.at + split.length, reading.at);
      if (reading.at > from) scope = { from, to: reading.at };
    }
  }

  const first = trimStart(tokens, bounds.floor, figure.at);
  const part = partEnd(tokens, figure.end, bounds.clauseEnd);
  const end = choice.usedAfter ? bounds.next : part > bounds.next ? figure.end : Math.max(figure.end, part);
  const last = Math.max(figure.end, trimEnd(tokens, figure.end, end), state.attached.get(figure)?.end ?? 0);
  return {
    first,
    last: Math.max(last, first + 1),
    kind: result ? 'result' : 'target',
    targetKind,
    comparator,
    value,
    ...(upper === undefined ? {} : { upper }),
    ...(windowPer === undefined ? {} : { per: windowPer }),
    ...(figure.unit === undefined ? {} : { unit: figure.unit.unit }),
    ...(date.due === undefined ? {} : { due: date.due }),
    ...(date.from === undefined || (targetKind !== 'maintain' && date.mention?.role !== 'from') ? {} : { from: date.from }),
    ...(choice.id === undefined ? {} : { indicator: choice.id }),
    ...(change === undefined ? {} : { change }),
    ...(baseline === undefined ? {} : { baseline }),
    ...(condition === undefined ? {} : { condition }),
    ...(units === undefined ? {} : { units }),
    ...(scope === undefined ? {} : { scope }),
    aspirational: state.aspirational,
    approximate: reading.approximate,
    questions: withoutRepeats(questions),
  };
}

/** A parenthesis before the figure saying what it includes: “số giường bệnh (không tính giường trạm y tế xã) đạt 28”. */
function scopeBefore(tokens: readonly Token[], from: number, to: number): RawDraft['scope'] {
  for (let i = from; i < to; i++) {
    if ((tokens[i] as Token).text !== '(' || startingAt(SCOPE_OPENERS, tokens, i + 1) === undefined) continue;
    let close = i + 1;
    while (close < to && (tokens[close] as Token).text !== ')') close += 1;
    if (close < to) return { from: i + 1, to: close };
  }
  return undefined;
}

/** Drop repeated questions (same code and field). */
export function withoutRepeats(questions: readonly ReadQuestion[]): ReadQuestion[] {
  const seen = new Set<string>();
  return questions.filter((q) => {
    const key = `${q.code}\u0000${q.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
