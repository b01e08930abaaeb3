/**
 * Benchmark: reading 1 MB of plan text with `readTargets` and with `readPlan`.
 *
 * The text is the five seed plans (test/fixtures/seeds) repeated, cut at 1 000 000
 * characters: real headings, lists, tables, quotations and figures, in the proportions the
 * plans have them. After a warm-up run (reported on its own row: it includes compiling the
 * code and filling the reader's character tables), each function is run several times and the
 * median is reported against the budget of one second ({@link READ_BUDGET_MS}).
 *
 * Checked while timing: every run gives the same drafts as the first (the reader is
 * deterministic), and every draft's `text` is the text between its offsets. Disagreements
 * are counted in `wrongRows`.
 */
import { readFileSync } from 'node:fs';
import { chitieuRead } from './library.js';
import type { BenchRow } from './rateBatch.js';

/** The budget of issue 13 for reading 1 MB, in milliseconds. */
export const READ_BUDGET_MS = 1000;

const SEEDS = ['000_fd165c55eb47a287.txt', '001_5e7367c98a0b8369.txt', '002_da0a84197d806a79.txt', '003_05f8f7336718eacd.txt', '004_601fc4afb53c578e.txt'];

/** Options of {@link benchRead}. */
export interface ReadBenchOptions {
  /** Characters of text. */
  readonly size?: number;
  readonly runs?: number;
  readonly warmups?: number;
}

/** The seed texts repeated to `size` characters. */
export function makeText(size: number): string {
  const seeds = SEEDS.map((file) => readFileSync(new URL(`../test/fixtures/seeds/${file}`, import.meta.url), 'utf8')).join('\n');
  const copies = Math.ceil(size / (seeds.length + 1));
  return Array.from({ length: copies }, () => seeds).join('\n').slice(0, size);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function signature(drafts: readonly { start: number; end: number; indicator?: string; value?: string; due?: string }[]): string {
  return drafts.map((draft) => `${draft.start}:${draft.end}:${draft.indicator ?? ''}:${draft.value ?? ''}:${draft.due ?? ''}`).join('|');
}

/** Time readTargets and readPlan on 1 MB of plan text. */
export function benchRead(options: ReadBenchOptions = {}): BenchRow[] {
  const { size = 1_000_000, runs = 5, warmups = 1 } = options;
  const text = makeText(size);
  const rows: BenchRow[] = [];
  for (const [name, read] of [
    ['readTargets', (input: string) => chitieuRead.readTargets(input)],
    ['readPlan', (input: string) => chitieuRead.readPlan(input).drafts],
  ] as const) {
    const times: number[] = [];
    const cold: number[] = [];
    let first: string | undefined;
    let wrong = 0;
    let count = 0;
    for (let run = 0; run < warmups + runs; run++) {
      const started = performance.now();
      const drafts = read(text);
      const elapsed = performance.now() - started;
      (run < warmups ? cold : times).push(elapsed);
      const seen = signature(drafts);
      first ??= seen;
      if (seen !== first) wrong += 1;
      if (run === 0) {
        count = drafts.length;
        wrong += drafts.filter((draft) => text.slice(draft.start, draft.end) !== draft.text).length;
      }
    }
    const med = median(times);
    rows.push({
      name: `${name}, 1 MB (median of ${runs})`,
      medianMs: med,
      wrongRows: wrong,
      rows: count,
      note: `${med <= READ_BUDGET_MS ? 'within' : 'OVER'} the ${READ_BUDGET_MS} ms budget; rows = drafts`,
    });
    if (cold.length > 0) rows.push({ name: `${name}, 1 MB, first run`, medianMs: median(cold), wrongRows: 0, rows: count, note: 'includes compiling the code' });
  }
  return rows;
}
