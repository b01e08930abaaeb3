/**
 * Tables of targets (an appendix “Danh mục các chỉ tiêu”): rows with a label, a unit, a
 * baseline column (“2021-2025”) and a target column (“2026-2030”). Cells are separated by
 * tabs or `|`. The label is read as a sentence (its own figures, such as “đạt 76,5 tuổi”,
 * are drafts too); the target cell is the value of the label's indicator, or of each unit
 * when the label names a per-unit figure (“Trạm y tế … có ít nhất từ 4 - 5 bác sỹ” with
 * `%` and 100 is a share of stations).
 *
 * @module
 */
import { getIndicator } from '../catalog/getIndicator.js';
import type { ThresholdComparator } from '../model/primitives.js';
import { findDates, yearOf, type DateMention } from './dates.js';
import type { RawDraft } from './draft.js';
import { findFigures, type Figure } from './figures.js';
import { candidatesIn } from './matchIndicator.js';
import { COMPARATOR_ASSUMED, question, RANGE_FLOOR } from './messages/index.js';
import { readNumber } from './numbers.js';
import { readComparator } from './comparator.js';
import { readSentence } from './readSentence.js';
import type { Segment } from './segments.js';
import { clausesOf, type SentenceContext } from './sentence.js';
import { SHARE_WORDS } from './synonyms.js';
import { phrase, startingAt, tokenize, type Token } from './tokens.js';
import type { ReadQuestion } from './types.js';
import { UNIT_NOUNS, UNITS } from './vocabulary.js';

/** True when a (folded) line is a table row. */
export function isTableRow(folded: string, line: Segment): boolean {
  let tabs = 0;
  let pipes = 0;
  for (let i = line.from; i < line.to; i++) {
    const char = folded[i];
    if (char === '\t') tabs += 1;
    else if (char === '|') pipes += 1;
  }
  return tabs >= 2 || (pipes >= 2 && folded.slice(line.from, line.to).trimStart().startsWith('|'));
}

/** The cells of a row: folded offsets of each cell's text, trimmed. */
function cellsOf(folded: string, line: Segment): Segment[] {
  const text = folded.slice(line.from, line.to);
  const separator = text.includes('\t') ? '\t' : '|';
  const cells: Segment[] = [];
  let start = line.from;
  for (let i = line.from; i <= line.to; i++) {
    if (i === line.to || folded[i] === separator) {
      let a = start;
      let b = i;
      while (a < b && /\s/.test(folded[a] as string)) a += 1;
      while (b > a && /\s/.test(folded[b - 1] as string)) b -= 1;
      cells.push({ from: a, to: b });
      start = i + 1;
    }
  }
  if (separator === '|') {
    if (cells.length > 0 && cells[0]?.from === cells[0]?.to) cells.shift();
    if (cells.length > 0 && cells[cells.length - 1]?.from === cells[cells.length - 1]?.to) cells.pop();
  }
  return cells;
}

interface Columns {
  readonly label: number;
  readonly unit?: number;
  readonly target?: { index: number; period: string; last: number };
  readonly baseline?: { index: number; period: string };
}

function periodOf(text: string): { period: string; last: number } | undefined {
  const tokens = tokenize(text);
  const first = yearOf(tokens[0]);
  if (first === undefined) return undefined;
  const last = tokens[1]?.text === '-' ? yearOf(tokens[2]) : undefined;
  if (last !== undefined && last > first && tokens.length === 3) return { period: `${first}-${last}`, last };
  return tokens.length === 1 ? { period: String(first), last: first } : undefined;
}

const LABEL_WORDS = ['chỉ tiêu', 'nội dung', 'tên chỉ tiêu', 'chỉ số'].map((words) => phrase(words).join(' '));
const UNIT_WORDS = phrase('đơn vị').join(' ');

function columnsOf(folded: string, header: readonly Segment[]): Columns | undefined {
  let label: number | undefined;
  let unit: number | undefined;
  const periods: { index: number; period: string; last: number }[] = [];
  header.forEach((cell, index) => {
    const text = folded.slice(cell.from, cell.to);
    const words = tokenize(text)
      .map((token) => token.text)
      .join(' ');
    const period = periodOf(text);
    if (period !== undefined) periods.push({ index, ...period });
    else if (label === undefined && LABEL_WORDS.some((word) => words.includes(word))) label = index;
    else if (words.startsWith(UNIT_WORDS)) unit = index;
  });
  if (label === undefined || periods.length === 0) return undefined;
  const target = periods.reduce((a, b) => (b.last > a.last ? b : a));
  const earlier = periods.filter((p) => p.last < target.last).sort((a, b) => b.last - a.last)[0];
  return { label, ...(unit === undefined ? {} : { unit }), target, ...(earlier === undefined ? {} : { baseline: { index: earlier.index, period: earlier.period } }) };
}

/** A cell's value: “>95” → `>` 95, “≥ 20”, “1,5”, “-” → none. */
function cellValue(tokens: readonly Token[]): { comparator?: ThresholdComparator; value: string } | undefined {
  const numbers = tokens.filter((token) => token.kind === 'num');
  if (numbers.length !== 1) return undefined;
  const value = readNumber((numbers[0] as Token).text);
  if (value === undefined) return undefined;
  const symbols = tokens
    .filter((token) => token.kind === 'sym')
    .map((token) => token.text)
    .join('');
  const comparator: ThresholdComparator | undefined =
    symbols.startsWith('>=') || symbols.startsWith('≥')
      ? '>='
      : symbols.startsWith('<=') || symbols.startsWith('≤')
        ? '<='
        : symbols.startsWith('>')
          ? '>'
          : symbols.startsWith('<')
            ? '<'
            : undefined;
  return { ...(comparator === undefined ? {} : { comparator }), value };
}

function range(tokens: readonly Token[], cell: Segment | undefined): { from: number; to: number } {
  if (cell === undefined) return { from: 0, to: 0 };
  let from = tokens.findIndex((token) => token.start >= cell.from);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).end <= cell.to) to += 1;
  return { from, to };
}

/** Read a block of table rows into raw drafts, each with the tokens of its row. */
export function readTable(folded: string, rows: readonly Segment[], context: SentenceContext): { tokens: readonly Token[]; drafts: RawDraft[] }[] {
  const header = rows[0];
  if (header === undefined) return [];
  const columns = columnsOf(folded, cellsOf(folded, header));
  const out: { tokens: readonly Token[]; drafts: RawDraft[] }[] = [];
  for (const row of columns === undefined ? rows : rows.slice(1)) {
    const cells = cellsOf(folded, row);
    const tokens = tokenize(folded, row.from, row.to);
    if (columns === undefined) {
      // no header we understand: read the widest cell as a sentence
      const widest = cells.reduce<Segment | undefined>((a, b) => (a === undefined || b.to - b.from > a.to - a.from ? b : a), undefined);
      const span = range(tokens, widest);
      const own = tokens.slice(span.from, span.to);
      out.push({ tokens: own, drafts: readSentence(own, context) });
      continue;
    }
    const due = columns.target === undefined ? context.defaultDue : `${columns.target.last}-12-31`;
    const rowContext: SentenceContext = { ...context, ...(due === undefined ? {} : { defaultDue: due }) };
    const labelSpan = range(tokens, cells[columns.label]);
    const label = tokens.slice(labelSpan.from, labelSpan.to);
    const drafts = readSentence(label, rowContext).map((draft) => ({ ...draft, first: draft.first + labelSpan.from, last: draft.last + labelSpan.from }));
    const targetSpan = range(tokens, columns.target === undefined ? undefined : cells[columns.target.index]);
    const target = cellValue(tokens.slice(targetSpan.from, targetSpan.to));
    const baselineSpan = range(tokens, columns.baseline === undefined ? undefined : cells[columns.baseline.index]);
    const baselineCell = cellValue(tokens.slice(baselineSpan.from, baselineSpan.to));
    const baseline =
      baselineCell === undefined || columns.baseline === undefined
        ? undefined
        : { value: baselineCell.value, period: columns.baseline.period, ...(baselineCell.comparator === undefined ? {} : { comparator: baselineCell.comparator }) };
    const unitSpan = range(tokens, columns.unit === undefined ? undefined : cells[columns.unit]);
    const unitTokens = tokens.slice(unitSpan.from, unitSpan.to);
    const percent = unitTokens.some((token) => token.text === '%');
    const unit = startingAt(UNITS, unitTokens, 0)?.value;
    if (target !== undefined) {
      const made = rowValue(label, drafts, target, { percent, ...(unit === undefined ? {} : { unit: unit.unit }) }, rowContext, labelSpan.from, targetSpan.to);
      drafts.push(...made);
    }
    const withBaseline = baseline === undefined ? drafts : drafts.map((draft) => (draft.baseline === undefined && draft.targetKind !== 'change' && draft.targetKind !== 'share' && draft.indicator !== undefined && draft.indicator === drafts.find((d) => d.indicator !== undefined)?.indicator ? { ...draft, baseline } : draft));
    out.push({ tokens, drafts: withBaseline });
  }
  return out;
}

function dueIn(dates: readonly DateMention[], from: number, to: number, fallback: string | undefined): string | undefined {
  const date = dates.find((d) => d.at >= from && d.at < to && (d.role === 'due' || d.role === 'span'));
  return date?.due ?? fallback;
}

function rowValue(
  label: readonly Token[],
  drafts: readonly RawDraft[],
  target: { comparator?: ThresholdComparator; value: string },
  unit: { percent: boolean; unit?: string },
  context: SentenceContext,
  offset: number,
  end: number,
): RawDraft[] {
  const dates = findDates(label);
  const taken = new Set<number>();
  for (const date of dates) for (let i = date.at; i < date.end; i++) taken.add(i);
  const figures = findFigures(label, taken);
  const clauses = clausesOf(label);
  const noun = label.map((_, i) => startingAt(UNIT_NOUNS, label, i)).find((hit) => hit !== undefined);
  const made: RawDraft[] = [];
  const base = {
    first: offset,
    last: end,
    kind: 'target' as const,
    aspirational: context.vision === true,
    approximate: false,
    ...(unit.percent ? { per: 100 as const } : {}),
    ...(unit.unit === undefined ? {} : { unit: unit.unit }),
  };
  for (const clause of clauses) {
    const own = figures.filter((figure) => figure.at >= clause.start && figure.at < clause.end);
    const due = dueIn(dates, clause.start, clause.end, context.defaultDue);
    const condition = own.find((figure) => unit.percent && noun !== undefined && SHARE_WORDS.some((share) => share.units === noun.value && share.conditionUnit === figure.unit?.unit));
    if (condition !== undefined && noun !== undefined) {
      const share = SHARE_WORDS.find((entry) => entry.units === noun.value && entry.conditionUnit === condition.unit?.unit);
      if (share === undefined) continue;
      made.push({
        ...base,
        targetKind: 'share',
        indicator: share.share,
        units: share.units,
        condition: { indicator: share.condition, comparator: conditionComparator(label, condition, clause.start), value: condition.value },
        comparator: target.comparator ?? '>=',
        value: target.value,
        ...(due === undefined ? {} : { due }),
        questions: condition.upper === undefined ? [] : [question(RANGE_FLOOR, 'condition', { lower: condition.value, upper: condition.upper })],
      });
      continue;
    }
    if (own.length > 0) continue;
    const best = candidatesIn(label, clause.start, clause.end)[0];
    if (best === undefined) continue;
    const indicator = getIndicator(best.id);
    const questions: ReadQuestion[] = [];
    let comparator: ThresholdComparator | undefined = target.comparator;
    if (comparator === undefined) {
      comparator = indicator?.polarity === 'higher-is-better' ? '>=' : '<=';
      if (!(unit.percent && target.value === '100')) questions.push(question(COMPARATOR_ASSUMED, 'comparator', { comparator }));
    }
    made.push({ ...base, targetKind: 'level', indicator: best.id, comparator, value: target.value, ...(due === undefined ? {} : { due }), questions });
  }
  if (made.length === 0) {
    // every clause has its own figure: the column gives the first clause's indicator its value
    const first = drafts.find((draft) => draft.indicator !== undefined && draft.targetKind !== 'share');
    if (first !== undefined) {
      made.push({
        ...first,
        first: offset,
        last: end,
        comparator: target.comparator ?? first.comparator ?? '>=',
        value: first.targetKind === 'change' && first.value?.startsWith('-') && !target.value.startsWith('-') ? `-${target.value}` : target.value,
        questions: first.questions.filter((q) => q.code !== 'COMPARATOR_ASSUMED'),
        ...(context.defaultDue === undefined || first.due !== undefined ? {} : { due: context.defaultDue }),
      });
    }
  }
  return made;
}

function conditionComparator(label: readonly Token[], figure: Figure, floor: number): ThresholdComparator {
  const reading = readComparator(label, figure.at, floor);
  const op = reading.op;
  if (figure.upper !== undefined) return '>=';
  return op === '>' || op === '>=' || op === '<' || op === '<=' || op === '=' ? op : (figure.postfix ?? '>=');
}
