/**
 * Dates in target sentences: “năm 2026”, “đến năm 2030”, “đến hết năm 2026”, “đến cuối năm
 * 2020”, “giai đoạn 2026 - 2030”, “từ năm 2030”, “trước năm 2030”, “đến ngày 31/12/2025”,
 * “so với năm 2020” (a baseline), “tính đến hết năm 2025” (a result's date), and the dates of
 * documents (“ngày 10/12/2025”), which are not due dates.
 *
 * @module
 */
import { isExistingDay } from '../isoDay.js';
import { endingBefore, matchesAt, phrase, phraseTable, type Token } from './tokens.js';
import { NGHIN, VAN } from './vocabulary.js';

/** A date found in a sentence, with the tokens it spans and what it says. */
export interface DateMention {
  /** First token. */
  readonly at: number;
  /** Token after the last. */
  readonly end: number;
  /**
   * `due` (a target's date), `from` (“từ năm 2026”), `span` (“giai đoạn 2026 - 2030”: from
   * and due), `baseline` (“so với năm 2020”), `asof` (“tính đến hết năm 2025”: a result's
   * date), `document` (the date of a document), `name` (a period that is part of a name).
   */
  readonly role: 'due' | 'from' | 'span' | 'baseline' | 'asof' | 'document' | 'name';
  /** The due date, ISO. */
  readonly due?: string;
  /** The first day, ISO. */
  readonly from?: string;
  /** The year the mention names (its last year for a span). */
  readonly year: number;
  /** The period, as the model writes it: `'2025'` or `'2021-2025'`. */
  readonly period: string;
}

type Modifier = 'due' | 'end' | 'from' | 'after' | 'before' | 'baseline' | 'asof';

const MODIFIERS = phraseTable<Modifier>([
  ['đến', 'due'],
  ['tới', 'due'],
  ['vào', 'due'],
  ['trong', 'due'],
  ['cho', 'due'],
  ['đến hết', 'end'],
  ['đến cuối', 'end'],
  ['tới hết', 'end'],
  ['hết', 'end'],
  ['cuối', 'end'],
  ['từ nay đến', 'due'],
  ['từ', 'from'],
  ['kể từ', 'from'],
  ['bắt đầu từ', 'from'],
  ['sau', 'after'],
  ['trước', 'before'],
  ['so với', 'baseline'],
  ['so', 'baseline'],
  ['tính đến', 'asof'],
  ['tính đến hết', 'asof'],
  ['tính đến cuối', 'asof'],
]);

const UNTIL = ['đến hết', 'đến cuối', 'tới hết', 'đến', 'tới'].map(phrase);
const PERIOD_WORDS = phraseTable<true>(['giai đoạn', 'nhiệm kỳ', 'thời kỳ'].map((word) => [word, true] as const));
const OPENERS = phraseTable<true>(['trong', 'cho', 'đến hết', 'hết', 'cả', 'của cả'].map((word) => [word, true] as const));

/** A 4-digit year 1900–2199. */
export function yearOf(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== 'num' || !/^\d{4}$/.test(token.text)) return undefined;
  const year = Number(token.text);
  return year >= 1900 && year <= 2199 ? year : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function iso(year: number, month: number, day: number): string | undefined {
  return isExistingDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function endOfMonth(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

function small(token: Token | undefined, max: number): number | undefined {
  if (token === undefined || token.kind !== 'num' || !/^\d{1,2}$/.test(token.text)) return undefined;
  const value = Number(token.text);
  return value >= 1 && value <= max ? value : undefined;
}

/** A span of years after position `at` (“2026 - 2030”, “2026-2030”): its end token and last year. */
function spanAt(tokens: readonly Token[], at: number, first: number): { end: number; last: number } | undefined {
  const dash = tokens[at];
  if (dash === undefined || (dash.text !== '-' && dash.text !== '/')) return undefined;
  const last = yearOf(tokens[at + 1]);
  if (last === undefined || last <= first || last - first > 50) return undefined;
  return { end: at + 2, last };
}

function isBoundary(token: Token | undefined): boolean {
  return token === undefined || (token.kind === 'sym' && [',', ';', ':', '(', '.', '-', '+', '“', '"', '*'].includes(token.text));
}

function mention(at: number, end: number, role: DateMention['role'], first: number, last: number, modifier?: Modifier): DateMention {
  const period = first === last ? String(last) : `${first}-${last}`;
  if (role === 'span') return { at, end, role, from: `${first}-01-01`, due: `${last}-12-31`, year: last, period };
  if (role === 'from') return { at, end, role, from: `${modifier === 'after' ? last + 1 : last}-01-01`, year: last, period };
  if (role === 'due') return { at, end, role, due: modifier === 'before' ? `${last - 1}-12-31` : `${last}-12-31`, year: last, period };
  return { at, end, role, year: last, period };
}

/** “ngày 31 tháng 12 năm 2025”, “ngày    tháng    năm 2026”, ending at the token `năm` (`at`). */
function fullDateBefore(tokens: readonly Token[], at: number): { start: number; month?: number; day?: number } | undefined {
  let i = at - 1;
  const month = small(tokens[i], 12);
  if (month !== undefined) i -= 1;
  if (tokens[i]?.text !== 'thang') return undefined;
  i -= 1;
  const day = small(tokens[i], 31);
  if (day !== undefined) i -= 1;
  if (tokens[i]?.text === 'ngai') return { start: i, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
  return month === undefined ? undefined : { start: i + 1, month };
}

function modifierBefore(tokens: readonly Token[], at: number): { modifier: Modifier; at: number } | undefined {
  const hit = endingBefore(MODIFIERS, tokens, at);
  return hit === undefined ? undefined : { modifier: hit.value, at: hit.at };
}

/**
 * Find the dates of a sentence's tokens, in order. Tokens inside a mention are not figures.
 */
export function findDates(tokens: readonly Token[]): DateMention[] {
  const found: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    // “năm 2026”, “năm 2026-2030”, with what comes before it
    if (token.text === 'năm' && yearOf(tokens[i + 1]) !== undefined) {
      const year = yearOf(tokens[i + 1]) as number;
      const span = spanAt(tokens, i + 2, year);
      let end = span?.end ?? i + 2;
      const full = fullDateBefore(tokens, i);
      if (full !== undefined) {
        const lead = modifierBefore(tokens, full.start);
        const start = lead?.modifier === 'due' || lead?.modifier === 'end' || lead?.modifier === 'before' ? lead.at : full.start;
        if (start !== full.start && full.month !== undefined) {
          const due = full.day === undefined ? endOfMonth(year, full.month) : iso(year, full.month, full.day);
          if (due !== undefined) {
            found.push({ at: start, end, role: 'due', due, year, period: String(year) });
            i = end;
            continue;
          }
        }
        found.push(mention(full.start, end, 'document', year, year));
        i = end;
        continue;
      }
      const lead = modifierBefore(tokens, i);
      const start = lead?.at ?? i;
      if (span !== undefined) {
        found.push(mention(start, end, 'span', year, span.last));
      } else if (lead?.modifier === 'from' || lead?.modifier === 'after') {
        // “từ năm 2026 đến năm 2030”
        const to = endingBeforeYear(tokens, end);
        if (to !== undefined && to.year > year) {
          found.push(mention(start, to.end, 'span', year, to.year));
          end = to.end;
        } else {
          found.push(mention(start, end, 'from', year, year, lead.modifier));
        }
      } else if (lead?.modifier === 'baseline') {
        found.push(mention(start, end, 'baseline', year, year));
      } else if (lead?.modifier === 'asof') {
        found.push(mention(start, end, 'asof', year, year));
      } else {
        found.push(mention(start, end, 'due', year, year, lead?.modifier));
      }
      i = end;
      continue;
    }
    // “giai đoạn 2026 - 2030”, “nhiệm kỳ 2025-2030”, “giai đoạn từ năm 2026 đến năm 2030” is caught above
    const periodWord = PERIOD_WORDS.byFirst.get(token.text)?.find((entry) => matchesAt(tokens, i, entry.words));
    if (periodWord !== undefined) {
      const yearAt = i + periodWord.words.length;
      const year = yearOf(tokens[yearAt]);
      const span = year === undefined ? undefined : spanAt(tokens, yearAt + 1, year);
      if (year !== undefined && span !== undefined) {
        const opener = endingBefore(OPENERS, tokens, i);
        const open = opener !== undefined || isBoundary(tokens[i - 1]) || endingBefore(MODIFIERS, tokens, i) !== undefined;
        const start = opener?.at ?? i;
        found.push(mention(start, span.end, open ? 'span' : 'name', year, span.last));
        i = span.end;
        continue;
      }
    }
    // a bare span of years: “2026-2030” (a table column), “(2021 - 2025)”
    const bare = yearOf(token);
    if (bare !== undefined) {
      const span = spanAt(tokens, i + 1, bare);
      if (span !== undefined) {
        found.push(mention(i, span.end, 'span', bare, span.last));
        i = span.end;
        continue;
      }
    }
    // “31/12/2025”, “09/9/ 2025”, “10/11”; not a figure per a multiplier, “14/1 vạn dân” or “14/1 nghìn dân”
    const day = small(token, 31);
    if (day !== undefined && tokens[i + 1]?.text === '/' && !(tokens[i + 1] as Token).spaced) {
      const month = small(tokens[i + 2], 12);
      if (month !== undefined && tokens[i + 3]?.text !== VAN && tokens[i + 3]?.text !== NGHIN) {
        let end = i + 3;
        let year: number | undefined;
        if (tokens[i + 3]?.text === '/' && yearOf(tokens[i + 4]) !== undefined) {
          year = yearOf(tokens[i + 4]);
          end = i + 5;
        }
        const lead = modifierBefore(tokens, tokens[i - 1]?.text === 'ngai' ? i - 1 : i);
        const start = lead?.at ?? (tokens[i - 1]?.text === 'ngai' ? i - 1 : i);
        const due = year === undefined ? undefined : iso(year, month, day);
        if (due !== undefined && (lead?.modifier === 'due' || lead?.modifier === 'end' || lead?.modifier === 'before')) {
          found.push({ at: start, end, role: 'due', due, year: year as number, period: String(year) });
        } else if (year !== undefined) {
          found.push(mention(start, end, 'document', year, year));
        } else {
          found.push({ at: start, end, role: 'document', year: 0, period: '' });
        }
        i = end;
        continue;
      }
    }
    // “tháng 6/2026”, “đến tháng 6 năm 2026” (the latter via “năm” above when preceded by “tháng”)
    if (token.text === 'thang') {
      const month = small(tokens[i + 1], 12);
      if (month !== undefined && tokens[i + 2]?.text === '/' && yearOf(tokens[i + 3]) !== undefined) {
        const year = yearOf(tokens[i + 3]) as number;
        const lead = modifierBefore(tokens, i);
        const end = i + 4;
        if (lead?.modifier === 'due' || lead?.modifier === 'end') {
          found.push({ at: lead.at, end, role: 'due', due: endOfMonth(year, month), year, period: String(year) });
        } else {
          found.push(mention(lead?.at ?? i, end, 'document', year, year));
        }
        i = end;
        continue;
      }
    }
    i += 1;
  }
  return found;
}

/** “đến năm 2030” right after position `at`: its end and year. */
function endingBeforeYear(tokens: readonly Token[], at: number): { end: number; year: number } | undefined {
  for (const lead of UNTIL) {
    const yearAt = at + lead.length + 1;
    if (matchesAt(tokens, at, lead) && tokens[at + lead.length]?.text === 'năm') {
      const year = yearOf(tokens[yearAt]);
      if (year !== undefined) return { end: yearAt + 1, year };
    }
  }
  return undefined;
}
