/**
 * Lines of a document into drafts: table rows in blocks (see {@link readTable}), every other
 * line sentence by sentence. A sentence inside a quotation (“…”) of another document takes
 * that document's horizon, the latest year the quotation names, as its default due date.
 *
 * @module
 */
import { yearOf } from './dates.js';
import { finishDraft, type Source } from './draft.js';
import { readSentence } from './readSentence.js';
import { sentencesOfLine, type Segment } from './segments.js';
import type { SentenceContext } from './sentence.js';
import { isTableRow, readTable } from './tables.js';
import { tokenize } from './tokens.js';
import type { TargetDraft } from './types.js';

/** A quotation: its folded span and the latest year it names. */
interface Quote {
  readonly from: number;
  readonly to: number;
  readonly year?: number;
}

const MAX_QUOTE = 4000;

/** The quotations of a folded text. */
export function quotesOf(folded: string): Quote[] {
  const quotes: Quote[] = [];
  let at = folded.indexOf('“');
  while (at >= 0) {
    const close = folded.indexOf('”', at + 1);
    if (close < 0) break;
    if (close - at <= MAX_QUOTE) {
      const tokens = tokenize(folded, at, close);
      let year: number | undefined;
      tokens.forEach((token, i) => {
        const found = yearOf(token);
        if (found !== undefined && tokens[i - 1]?.text === 'năm' && (year === undefined || found > year)) year = found;
      });
      quotes.push({ from: at, to: close + 1, ...(year === undefined ? {} : { year }) });
    }
    at = folded.indexOf('“', close + 1);
  }
  return quotes;
}

/** The quotation (with a year) holding offset `at`: quotations are in text order and do not overlap. */
function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle] as Quote;
    if (at < quote.from) high = middle - 1;
    else if (at >= quote.to) low = middle + 1;
    else return quote.year === undefined ? undefined : quote;
  }
  return undefined;
}

/** A sentence of the document: its folded span and the drafts read from it. */
export interface SentenceRead {
  readonly segment: Segment;
  readonly drafts: readonly TargetDraft[];
}

/** Read lines (folded offsets) in a context. */
export function readLines(source: Source, lines: readonly Segment[], context: SentenceContext, quotes: readonly Quote[]): SentenceRead[] {
  const folded = source.folded.text;
  const out: SentenceRead[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k] as Segment;
    if (isTableRow(folded, line)) {
      const block: Segment[] = [];
      while (k < lines.length && isTableRow(folded, lines[k] as Segment)) block.push(lines[k++] as Segment);
      for (const row of readTable(folded, block, context)) {
        const first = row.tokens[0];
        const last = row.tokens[row.tokens.length - 1];
        if (first === undefined || last === undefined) continue;
        out.push({ segment: { from: first.start, to: last.end }, drafts: row.drafts.map((raw) => finishDraft(raw, row.tokens, source)) });
      }
      continue;
    }
    k += 1;
    for (const sentence of sentencesOfLine(folded, line.from, line.to)) {
      const quote = quoteAt(quotes, sentence.from);
      const own: SentenceContext =
        quote === undefined || context.mode !== 'task' ? context : { ...context, defaultDue: `${quote.year as number}-12-31`, dueFrom: 'context' };
      const tokens = tokenize(folded, sentence.from, sentence.to);
      out.push({ segment: sentence, drafts: readSentence(tokens, own).map((raw) => finishDraft(raw, tokens, source)) });
    }
  }
  return out;
}
