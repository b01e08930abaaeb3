/**
 * `npm run bench` (build, then tsx bench/run.ts): runs every benchmark, against the built
 * bundle in dist/ (see library.ts), and prints its rows.
 * Add a benchmark by writing bench/<name>.ts exporting a function that returns BenchRow[],
 * and listing it below.
 */
import { availableParallelism, cpus } from 'node:os';
import { benchEvaluate } from './evaluate.js';
import { benchRead } from './read.js';
import { benchRateBatch, type BenchRow } from './rateBatch.js';

const benchmarks: readonly { readonly title: string; readonly run: () => BenchRow[] }[] = [
  { title: 'rateBatch: 1 000 000 rows per 10 000, 1 decimal', run: () => benchRateBatch() },
  { title: 'evaluate: 10 000 areas × 30 targets × 5 years', run: () => benchEvaluate({ runs: 5, warmups: 1 }) },
  { title: 'read: 1 MB of plan text (the five seed plans repeated)', run: () => benchRead({ runs: 5, warmups: 1 }) },
];

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: node ${process.version} ${process.platform}/${process.arch}, ${availableParallelism()} CPUs (${cpu.trim()})`);
for (const { title, run } of benchmarks) {
  console.log(`\n## ${title}`);
  const rows = run();
  console.table(
    rows.map((row) => ({
      name: row.name,
      'median ms': Number(row.medianMs.toFixed(2)),
      'wrong rows': `${row.wrongRows} / ${row.rows}`,
      note: row.note,
    })),
  );
}
