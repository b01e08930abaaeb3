/**
 * Aims without a figure: the indicators a clause names outside every figure's words.
 *
 * - “không để dịch bệnh lớn xảy ra” is a yes/no target expecting no.
 * - An indicator the catalog calls qualitative (“miễn viện phí”) is a qualitative target.
 * - In an objective, “người dân được …” (the people are given …) with an indicator whose
 *   definition the clause meets (“khám sức khỏe … ít nhất mỗi năm 1 lần”) reads as everyone:
 *   100%, asked about; with “mọi”, “toàn bộ” it is explicit. Otherwise the aim is kept as a
 *   qualitative target with a question (“bao phủ bảo hiểm y tế toàn dân”).
 * - In tasks, only an explicit “toàn bộ”, “tất cả”, “mọi”, “mỗi” makes a target.
 * - “Từ năm 2026 … mỗi năm” (every year from 2026) is a level to keep from 2026.
 *
 * @module
 */
import { getIndicator } from '../catalog/getIndicator.js';
import { dueOf } from './dueOf.js';
import { mentionsIn, qualifierIn } from './matchIndicator.js';
import { NO_THRESHOLD, question, VALUE_ASSUMED } from './messages/index.js';
import { partEnd, partStart, trimEnd, trimStart, type Clause, type SentenceState } from './sentence.js';
import { findFirst, findLast, phrase } from './tokens.js';
import type { ReadQuestion } from './types.js';
import { EVERY, PEOPLE, PREVENT, RECURRING } from './vocabulary.js';

const GIVEN = phrase('được')[0] as string;

/** Token ranges of the clause that no draft of the sentence covers. */
function freeRuns(state: SentenceState, clause: Clause): { from: number; to: number }[] {
  const covered = new Array<boolean>(clause.end - clause.start).fill(false);
  for (const draft of state.drafts) {
    for (let i = Math.max(draft.first, clause.start); i < Math.min(draft.last, clause.end); i++) covered[i - clause.start] = true;
  }
  for (const figure of state.figures) {
    for (let i = Math.max(figure.at, clause.start); i < Math.min(figure.end, clause.end); i++) covered[i - clause.start] = true;
  }
  const runs: { from: number; to: number }[] = [];
  let start = -1;
  covered.forEach((isCovered, k) => {
    if (!isCovered && start < 0) start = clause.start + k;
    if (isCovered && start >= 0) {
      runs.push({ from: start, to: clause.start + k });
      start = -1;
    }
  });
  if (start >= 0) runs.push({ from: start, to: clause.end });
  return runs;
}

/** Read the figure-less aims of a clause. */
export function readMentions(state: SentenceState, clause: Clause): void {
  const { tokens, context } = state;
  if (context.mode === 'result') return;
  for (const run of freeRuns(state, clause)) {
    for (const mention of mentionsIn(tokens, run.from, run.to)) {
      const indicator = getIndicator(mention.id);
      if (indicator === undefined) continue;
      const first = trimStart(tokens, partStart(tokens, mention.first, run.from), mention.first);
      const last = trimEnd(tokens, first, Math.max(partEnd(tokens, mention.last - 1, run.to), mention.last));
      const base = { first, last, kind: 'target' as const, aspirational: state.aspirational, approximate: false, indicator: mention.id };
      const date = dueOf(state, mention.first);
      const dated = { ...(date.due === undefined ? {} : { due: date.due }), ...(date.from === undefined ? {} : { from: date.from }) };
      if (indicator.measure === 'boolean') {
        if (findLast(PREVENT, tokens, clause.start, mention.first) === undefined) continue;
        state.drafts.push({ ...base, ...dated, targetKind: 'boolean', expected: false, questions: [...date.questions] });
        continue;
      }
      if (context.mode === 'general') continue;
      if (state.resultAt < mention.first && !state.aspirational) continue;
      if (indicator.measure === 'qualitative') {
        state.drafts.push({ ...base, ...dated, targetKind: 'qualitative', questions: [...date.questions] });
        continue;
      }
      const explicit = findFirst(EVERY, tokens, first, last) !== undefined;
      if (context.mode === 'task') {
        if (!explicit || indicator.measure !== 'percent') continue;
        state.drafts.push({ ...base, ...dated, targetKind: 'level', comparator: '>=', value: '100', per: 100, questions: [...date.questions] });
        continue;
      }
      const people = findLast(PEOPLE, tokens, clause.start, mention.last);
      const given = people !== undefined && tokens.slice(people.at, mention.last).some((token) => token.text === GIVEN);
      const everyone = (given || explicit) && indicator.measure === 'percent' && qualifierIn(mention.id, tokens, clause.start, clause.end);
      if (!everyone) {
        state.drafts.push({ ...base, ...dated, targetKind: 'qualitative', questions: [question(NO_THRESHOLD, 'value', {}), ...date.questions] });
        continue;
      }
      const questions: ReadQuestion[] = [...date.questions];
      if (!explicit && people?.value !== 'explicit') questions.push(question(VALUE_ASSUMED, 'value', { value: '100' }));
      const recurring = findFirst(RECURRING, tokens, first, last) !== undefined;
      const keep = date.mention?.role === 'from' && recurring && date.due !== undefined;
      state.drafts.push({
        ...base,
        ...dated,
        targetKind: keep ? 'maintain' : 'level',
        comparator: '>=',
        value: '100',
        per: 100,
        questions: questions.filter((q) => !(keep && q.code === 'DUE_ASSUMED')),
      });
    }
  }
}
