/**
 * Shares of units: a quantity of units (“100% Trạm y tế”, “80% trạm y tế xã”, “mỗi thôn”,
 * “mọi trạm”) followed by what they do. Each comma-separated part after the units is read:
 * a part with a per-unit figure the catalog can observe on each unit (“có tối thiểu 4 bác
 * sĩ”, “thực hiện tối thiểu 90% danh mục kỹ thuật của tuyến xã”) makes a share target; a part
 * without a figure that names an indicator of units (“thực hiện khám chữa bệnh Bảo hiểm y
 * tế”) makes a level target at the quantity. Without a quantity (“Trạm y tế có ít nhất 5 bác
 * sĩ”) there is no share: the figure is a level of the indicator observed on the unit.
 *
 * @module
 */
import { getIndicator } from '../catalog/getIndicator.js';
import type { ThresholdComparator } from '../model/primitives.js';
import { readComparator } from './comparator.js';
import type { RawDraft } from './draft.js';
import { dueOf } from './dueOf.js';
import type { Figure } from './figures.js';
import { candidatesIn } from './matchIndicator.js';
import { COMPARATOR_ASSUMED, question, RANGE_FLOOR } from './messages/index.js';
import { withoutRepeats } from './readFigure.js';
import { figuresIn, type Clause, type SentenceState } from './sentence.js';
import { SHARE_WORDS, type ShareWords } from './synonyms.js';
import { findLast, phrase, startingAt, type PhraseHit, type Token } from './tokens.js';
import type { ReadQuestion } from './types.js';
import { EVERY, MAINTAIN, PEOPLE, SCOPE_OPENERS, UNIT_NOUNS } from './vocabulary.js';

interface Outer {
  readonly at: number;
  readonly figure?: Figure;
  readonly noun: PhraseHit<string>;
  readonly value: string;
}

const HEADS = ['tỷ lệ', 'tỉ lệ', 'số'].map(phrase);

function isThreshold(op: string | undefined): op is ThresholdComparator {
  return op === '>' || op === '>=' || op === '<' || op === '<=' || op === '=';
}

function conditionUnitOf(share: ShareWords, figure: Figure, tokens: readonly Token[], from: number, to: number): boolean {
  if (share.conditionUnit !== undefined) return figure.unit?.unit === share.conditionUnit;
  if (share.conditionWords === undefined || figure.per !== 100) return false;
  const words = share.conditionWords.map(phrase);
  const text = ` ${tokens
    .slice(from, to)
    .filter((token) => token.kind !== 'sym')
    .map((token) => token.text)
    .join(' ')} `;
  return words.every((w) => text.includes(` ${w.join(' ')} `));
}

function findOuters(state: SentenceState, clause: Clause): Outer[] {
  const { tokens } = state;
  const outers: Outer[] = [];
  const starting = new Map(state.figures.filter((f) => f.at >= clause.start && f.at < clause.end).map((f) => [f.at, f]));
  for (let i = clause.start; i < clause.end; i++) {
    const found = starting.get(i);
    const figure = found !== undefined && !state.used.has(found) ? found : undefined;
    if (figure !== undefined && figure.sign === 'percent' && figure.upper === undefined) {
      const noun = startingAt(UNIT_NOUNS, tokens, figure.end);
      if (noun !== undefined) {
        outers.push({ at: i, figure, noun, value: figure.value });
        i = noun.at + noun.length - 1;
      }
      continue;
    }
    const every = (tokens[i] as Token).kind === 'word' ? startingAt(EVERY, tokens, i) : undefined;
    if (every !== undefined) {
      const noun = startingAt(UNIT_NOUNS, tokens, i + every.length);
      if (noun !== undefined) {
        outers.push({ at: i, noun, value: '100' });
        i = noun.at + noun.length - 1;
        continue;
      }
    }
  }
  return outers;
}

function startsSubject(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.text === 'va' ? at + 1 : at;
  if (startingAt(PEOPLE, tokens, first) !== undefined) return true;
  return HEADS.some((head) => head.every((word, k) => tokens[first + k]?.text === word));
}

/** Read the shares of a clause; their figures are marked used. */
export function readShares(state: SentenceState, clause: Clause): void {
  const { tokens } = state;
  const outers = findOuters(state, clause);
  outers.forEach((outer, k) => {
    const predicateEnd = outers[k + 1]?.at ?? clause.end;
    const nounEnd = outer.noun.at + outer.noun.length;
    const made: RawDraft[] = [];
    const reading = outer.figure === undefined ? undefined : readComparator(tokens, outer.figure.at, clause.start);
    const base = shareBase(state, clause, outer, reading?.op);
    let p = nounEnd;
    while (p < predicateEnd) {
      if ((tokens[p] as Token).text === '(') {
        let close = p + 1;
        while (close < predicateEnd && (tokens[close] as Token).text !== ')') close += 1;
        const last = made[made.length - 1];
        if (last !== undefined && startingAt(SCOPE_OPENERS, tokens, p + 1) !== undefined) {
          made[made.length - 1] = { ...last, scope: { from: p + 1, to: close }, last: Math.min(close + 1, predicateEnd) };
          p = close + 1;
          continue;
        }
        break;
      }
      let e = p;
      while (e < predicateEnd && (tokens[e] as Token).text !== ',' && (tokens[e] as Token).text !== '(') e += 1;
      if (p > nounEnd && (startsSubject(tokens, p) || startingAt(EVERY, tokens, p) !== undefined)) break;
      const figures = figuresIn(state, p, e).filter((f) => !state.used.has(f) && f !== outer.figure);
      const condition = conditionIn(state, outer, figures, p, e);
      if (condition !== undefined) {
        made.push({ ...base, first: made.length === 0 ? base.first : p, last: e, ...condition.fields, questions: withoutRepeats([...base.questions, ...condition.questions]) });
        state.used.add(condition.figure);
      } else if (!figures.some((f) => f.per === 100)) {
        const nounEnd2 = outer.noun.at + outer.noun.length;
        const best = candidatesIn(tokens, outer.noun.at, e).find(
          (candidate) =>
            getIndicator(candidate.id)?.measure === 'percent' &&
            candidate.covered.some((index) => index >= p) &&
            candidate.covered.every((index) => index < nounEnd2 || index >= p),
        );
        if (best !== undefined) {
          const share = SHARE_WORDS.find((entry) => entry.share === best.id && entry.defaultCondition !== undefined);
          made.push({
            ...base,
            first: made.length === 0 ? base.first : p,
            last: e,
            indicator: best.id,
            ...(share === undefined
              ? {}
              : { targetKind: 'share' as const, units: share.units, condition: { indicator: share.condition, ...(share.defaultCondition as { comparator: '>='; value: string }) } }),
          });
          for (const f of figures) if (f.per === undefined) state.used.add(f);
        }
      } else {
        break;
      }
      p = e < predicateEnd && (tokens[e] as Token).text === ',' ? e + 1 : e;
    }
    if (made.length > 0) {
      if (outer.figure !== undefined) state.used.add(outer.figure);
      state.drafts.push(...made);
    }
  });
}

function shareBase(state: SentenceState, clause: Clause, outer: Outer, op: string | undefined): RawDraft {
  const { tokens } = state;
  const questions: ReadQuestion[] = [];
  let comparator: ThresholdComparator = '>=';
  if (isThreshold(op)) comparator = op;
  else if (outer.figure !== undefined && outer.value !== '100' && op !== 'reach') questions.push(question(COMPARATOR_ASSUMED, 'comparator', { comparator: '>=' }));
  const date = dueOf(state, outer.at, outer.figure);
  questions.push(...date.questions);
  const maintain = findLast(MAINTAIN, tokens, clause.start, outer.at) !== undefined;
  const result = state.context.mode === 'result' || date.asOf || (state.resultAt < outer.at && !state.aspirational);
  const earlier = state.drafts.some((draft) => draft.first >= clause.start && draft.first < outer.at);
  return {
    first: earlier ? outer.at : clause.start,
    last: outer.noun.at + outer.noun.length,
    kind: result ? 'result' : 'target',
    targetKind: maintain ? 'maintain' : 'level',
    comparator,
    value: outer.value,
    per: 100,
    ...(date.due === undefined ? {} : { due: date.due }),
    ...(date.from === undefined || (!maintain && date.mention?.role !== 'from') ? {} : { from: date.from }),
    aspirational: state.aspirational,
    approximate: false,
    questions,
  };
}

function conditionIn(
  state: SentenceState,
  outer: Outer,
  figures: readonly Figure[],
  from: number,
  to: number,
): { figure: Figure; fields: Partial<RawDraft>; questions: ReadQuestion[] } | undefined {
  for (const figure of figures) {
    const share = SHARE_WORDS.find((entry) => entry.units === outer.noun.value && conditionUnitOf(entry, figure, state.tokens, from, to));
    if (share === undefined) continue;
    const reading = readComparator(state.tokens, figure.at, from);
    const questions: ReadQuestion[] = [];
    let comparator: ThresholdComparator = isThreshold(reading.op) ? reading.op : (figure.postfix ?? '>=');
    if (figure.upper !== undefined) {
      comparator = '>=';
      questions.push(question(RANGE_FLOOR, 'condition', { lower: figure.value, upper: figure.upper }));
    }
    return {
      figure,
      fields: {
        targetKind: 'share',
        indicator: share.share,
        units: share.units,
        condition: { indicator: share.condition, comparator, value: figure.value },
        ...(figure.scope === undefined ? {} : { scope: figure.scope }),
        last: Math.max(to, figure.end),
      },
      questions,
    };
  }
  return undefined;
}
