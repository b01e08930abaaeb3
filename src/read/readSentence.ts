/**
 * One sentence's tokens into raw drafts: shares of units first, then every other figure, then
 * the aims that carry no figure.
 *
 * @module
 */
import { readComparator } from './comparator.js';
import { mentionsIn } from './matchIndicator.js';
import { findDates } from './dates.js';
import type { RawDraft } from './draft.js';
import { attachedDate } from './dueOf.js';
import { findFigures, type Figure } from './figures.js';
import { readFigure, type Inherited } from './readFigure.js';
import { readMentions } from './readMentions.js';
import { readShares } from './readShares.js';
import { clauseOf, clausesOf, type SentenceContext, type SentenceState } from './sentence.js';
import { findFirst, phrase, type Token } from './tokens.js';
import { ASPIRATION, COMPLETION, RESPECTIVELY, RESULT_MARKERS } from './vocabulary.js';

const STATION = phrase('trạm')[0] as string;
const AND = new Set([',', phrase('và')[0] as string]);

/**
 * Figures listed together (“30 giường bệnh, 10 bác sĩ … trên 10.000 dân”, “80% năm 2026, 90%
 * năm 2027 và 100% năm 2028”) share the comparator of the first, and counts the multiplier
 * written after the last.
 */
function listed(tokens: readonly Token[], figures: readonly Figure[], dated: ReadonlySet<number>): Map<Figure, Inherited> {
  const inherited = new Map<Figure, Inherited>();
  let group: Figure[] = [];
  const close = (): void => {
    if (group.length > 1) {
      const head = group[0] as Figure;
      const op = readComparator(tokens, head.at, Math.max(0, head.at - 6)).op;
      const per = [...group].reverse().find((figure) => figure.per !== undefined)?.per;
      for (const figure of group.slice(1)) inherited.set(figure, { ...(op === undefined ? {} : { op }) });
      if (head.unit !== undefined) {
        for (const figure of group) {
          if (figure.per === undefined && per !== undefined) inherited.set(figure, { ...(inherited.get(figure) ?? {}), per });
        }
      }
    }
    group = [];
  };
  const kindOf = (figure: Figure): string | undefined => (figure.unit?.kind === 'count' ? 'count' : figure.sign === 'percent' ? 'percent' : undefined);
  figures.forEach((figure, k) => {
    const kind = kindOf(figure);
    if (kind === undefined) {
      close();
      return;
    }
    const previous = figures[k - 1];
    let joined = previous !== undefined && group.includes(previous) && kindOf(previous) === kind;
    for (let i = previous?.end ?? 0; joined && i < figure.at; i++) {
      if (!AND.has((tokens[i] as Token).text) && !dated.has(i)) joined = false;
    }
    if (!joined) close();
    group.push(figure);
  });
  close();
  return inherited;
}

/** “từ 15,8/1.000 xuống còn 14/1.000”: the first figure is the baseline of the second. */
function baselinePairs(state: SentenceState): void {
  const { tokens, figures, dated } = state;
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k] as Figure;
    const b = figures[k + 1] as Figure;
    if (a.upper !== undefined || tokens[a.at - 1]?.text !== phrase('từ')[0]) continue;
    const reading = readComparator(tokens, b.at, a.end);
    if (!reading.toLevel) continue;
    let between = true;
    for (let i = a.end; i < reading.at; i++) if (!dated.has(i)) between = false;
    if (between) state.baselines.set(a, b);
  }
}

/**
 * “tuổi thọ trung bình và thời gian sống khỏe mạnh lần lượt là 75,5 tuổi và tối thiểu 68
 * năm”: the figures after “lần lượt” take the indicators named before it, in order.
 */
function respectively(state: SentenceState): Map<Figure, string> {
  const named = new Map<Figure, string>();
  for (const clause of state.clauses) {
    const hit = findFirst(RESPECTIVELY, state.tokens, clause.start, clause.end);
    if (hit === undefined) continue;
    const figures = state.figures.filter((figure) => figure.at > hit.at && figure.at < clause.end && !state.used.has(figure));
    const before = state.figures.filter((figure) => figure.end <= hit.at).pop();
    const mentions = mentionsIn(state.tokens, Math.max(clause.start, before?.end ?? clause.start), hit.at);
    if (figures.length < 2 || mentions.length !== figures.length) continue;
    figures.forEach((figure, k) => named.set(figure, (mentions[k] as { id: string }).id));
  }
  return named;
}

/** Read one sentence (its tokens) into raw drafts, in text order. */
export function readSentence(tokens: readonly Token[], context: SentenceContext): RawDraft[] {
  if (tokens.length === 0) return [];
  const dates = findDates(tokens);
  const taken = new Set<number>();
  for (const date of dates) for (let i = date.at; i < date.end; i++) taken.add(i);
  const figures = findFigures(tokens, taken);
  const state: SentenceState = {
    tokens,
    dates,
    figures,
    clauses: clausesOf(tokens),
    context,
    aspirational: context.vision === true || findFirst(ASPIRATION, tokens, 0, tokens.length) !== undefined,
    aboutStations: tokens.some((token) => token.text === STATION),
    drafts: [],
    used: new Set(),
    baselines: new Map(),
    resultAt: findFirst(RESULT_MARKERS, tokens, 0, tokens.length)?.at ?? tokens.length,
    completed: findFirst(COMPLETION, tokens, 0, tokens.length) !== undefined,
    attached: new Map(figures.flatMap((figure) => {
      const date = attachedDate(tokens, dates, figure);
      return date === undefined ? [] : [[figure, date] as const];
    })),
    dated: taken,
  };
  baselinePairs(state);
  for (const clause of state.clauses) readShares(state, clause);
  const inherited = listed(tokens, figures, taken);
  const named = respectively(state);
  // the latest draft before each figure: shares (already made, in order) and the figures' own
  const shares = [...state.drafts].sort((a, b) => a.first - b.first);
  let shareAt = 0;
  let latest: RawDraft | undefined;
  figures.forEach((figure, k) => {
    while (shareAt < shares.length && (shares[shareAt] as RawDraft).first < figure.at) {
      const share = shares[shareAt++] as RawDraft;
      if (latest === undefined || share.first > latest.first) latest = share;
    }
    if (state.used.has(figure) || state.baselines.has(figure)) return;
    const clause = clauseOf(state, figure.at);
    const before = figures[k - 1];
    const after = figures[k + 1];
    // a baseline (“từ 15,8/1.000 xuống còn 14/1.000”) belongs to the words of the figure after it
    const lead = before !== undefined && state.baselines.get(before) === figure ? figures[k - 2] : before;
    // … and the date written right after the figure before is that figure's (“80% năm 2026, 90% …”)
    const leadEnd = lead === undefined ? undefined : Math.max(lead.end, state.attached.get(lead)?.end ?? lead.end);
    const floor = Math.max(clause.start, leadEnd !== undefined && leadEnd <= figure.at && leadEnd > clause.start ? leadEnd : clause.start);
    const next = after !== undefined && after.at < clause.end ? after.at : clause.end;
    // only a draft of the same clause is continued (“… 15% và đến năm 2035 … 13%”)
    const previous = latest !== undefined && latest.first < figure.at && latest.last > clause.start ? latest : undefined;
    const draft = readFigure(state, figure, { floor, next, clauseEnd: clause.end }, { ...inherited.get(figure), ...(named.has(figure) ? { indicator: named.get(figure) } : {}) }, previous);
    if (draft !== undefined) {
      state.drafts.push(draft);
      if (latest === undefined || draft.first >= latest.first) latest = draft;
    }
  });
  for (const clause of state.clauses) readMentions(state, clause);
  return state.drafts.sort((a, b) => a.first - b.first);
}
