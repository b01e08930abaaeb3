/**
 * `npm run bench` (build, then tsx bench/run.ts): runs every benchmark, against the built
 * bundle in dist/ (see library.ts), and prints its rows.
 * Add a benchmark by writing bench/<name>.ts exporting a function that returns BenchRow[],
 * and listing it below. `npm run bench -- <name> …` runs only the benchmarks named.
 */
import { availableParallelism, cpus } from 'node:os';
import { benchEvaluate } from './evaluate.js';
import { benchNationalAlone } from './national.js';
import { benchImportTime } from './importTime.js';
import { benchRead } from './read.js';
import { benchRateBatch, type BenchRow } from './rateBatch.js';

const benchmarks: readonly { readonly name: string; readonly title: string; readonly run: () => BenchRow[] }[] = [
  { name: 'rateBatch', title: 'rateBatch: 1 000 000 rows per 10 000, 1 decimal', run: () => benchRateBatch() },
  { name: 'evaluate', title: 'evaluate: 1 000, 10 000 and 100 000 areas × 30 targets × 5 years', run: () => benchEvaluate({ runs: 5, warmups: 1 }) },
  { name: 'national', title: 'evaluate: a national monthly dataset through columns (in a process of its own)', run: () => benchNationalAlone() },
  { name: 'read', title: 'read: 1 MB of plan text (the five seed plans repeated)', run: () => benchRead({ runs: 5, warmups: 1 }) },
  { name: 'import', title: "import('chitieu') in a fresh Node process, against its dependencies alone", run: () => benchImportTime() },
];

// `npm run bench -- evaluate national` runs the benchmarks named; no names, every one
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !benchmarks.some((bench) => bench.name === name));
if (unknown.length > 0) throw new Error(`bench: no benchmark ${unknown.join(', ')} (there are ${benchmarks.map((bench) => bench.name).join(', ')})`);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: node ${process.version} ${process.platform}/${process.arch}, ${availableParallelism()} CPUs (${cpu.trim()})`);
for (const { name, title, run } of benchmarks) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
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
