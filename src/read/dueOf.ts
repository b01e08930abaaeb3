/**
 * The date of a target at a position in a sentence: a date written right after its figure
 * (“14/1.000 năm 2015”), else the nearest date before it that no other figure has taken,
 * else the context's default. “Từ năm 2026” gives a first day; with “hoàn thành” (complete)
 * the target falls due that year, otherwise at the context's horizon.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import type { Figure } from './figures.js';
import { DUE_ASSUMED, DUE_MISSING, question } from './messages/index.js';
import type { SentenceState } from './sentence.js';
import { phrase, type Token } from './tokens.js';
import type { ReadQuestion } from './types.js';

/** The date reading of a target. */
export interface DueReading {
  readonly due?: string;
  readonly from?: string;
  /** The date says the figure is a result (“tính đến hết năm 2025”). */
  readonly asOf: boolean;
  /** The mention used, if any. */
  readonly mention?: DateMention;
  readonly questions: readonly ReadQuestion[];
}

const DUE_ROLES = new Set(['due', 'span', 'from', 'asof']);
const CONNECTIVES = new Set(['và', 'hoặc', 'còn', 'nhưng', 'riêng'].map((word) => phrase(word)[0] as string));

/** The date written right after a figure: within two words, no comma or “và” between. */
export function attachedDate(tokens: readonly Token[], dates: readonly DateMention[], figure: Figure): DateMention | undefined {
  return dates.find((date) => {
    if (!DUE_ROLES.has(date.role) || date.at < figure.end || date.at > figure.end + 2) return false;
    for (let i = figure.end; i < date.at; i++) {
      const token = tokens[i] as Token;
      if (token.kind !== 'word' || CONNECTIVES.has(token.text)) return false;
    }
    return true;
  });
}

/** Read the date of a target whose words end at `at` (its figure `figure`, if any). */
export function dueOf(state: SentenceState, at: number, figure?: Figure): DueReading {
  // Stryker disable next-line ConditionalExpression: the map has no `undefined` key, so get(undefined) is undefined too (the test is there for the types)
  const attached = figure === undefined ? undefined : state.attached.get(figure);
  let before = attached;
  for (let k = state.dates.length - 1; before === undefined && k >= 0; k--) {
    const date = state.dates[k] as DateMention;
    if (!DUE_ROLES.has(date.role) || date.end > at) continue;
    let taken = false;
    // the figure's own attached date would have been taken above: every mention found here is another figure's
    for (const mention of state.attached.values()) if (mention === date) taken = true;
    if (!taken) before = date;
  }
  const fallback = (): { due?: string; questions: ReadQuestion[] } => {
    const { defaultDue, dueFrom } = state.context;
    if (defaultDue === undefined) return { questions: [question(DUE_MISSING, 'due', {})] };
    return { due: defaultDue, questions: dueFrom === 'option' ? [] : [question(DUE_ASSUMED, 'due', { due: defaultDue })] };
  };
  if (before === undefined) return { asOf: false, ...fallback() };
  if (before.role === 'asof') return { due: `${before.year}-12-31`, asOf: true, mention: before, questions: [] };
  if (before.role === 'due') return { due: before.due as string, asOf: false, mention: before, questions: [] };
  if (before.role === 'span') return { due: before.due as string, from: before.from as string, asOf: false, mention: before, questions: [] };
  // “từ năm 2026 …”
  if (state.completed) return { due: `${before.year}-12-31`, from: before.from as string, asOf: false, mention: before, questions: [] };
  const rest = fallback();
  // Stryker disable next-line ConditionalExpression: `undefined < from` is false too, so dropping the first test cannot change the reading (the test is there for the types)
  if (rest.due !== undefined && rest.due < (before.from as string)) {
    return { due: `${before.year}-12-31`, from: before.from as string, asOf: false, mention: before, questions: [question(DUE_ASSUMED, 'due', { due: `${before.year}-12-31` })] };
  }
  return { ...rest, from: before.from as string, asOf: false, mention: before };
}
