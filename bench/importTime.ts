/**
 * Benchmark: the time `import('chitieu')` takes in a fresh Node process, against importing
 * the package's dependencies alone (zod, date-fns and decimal.js from their package roots)
 * in the same run.
 *
 * Issue 11 measured `import('chitieu')` at about 240 ms, nearly all of it those dependencies
 * (all of date-fns and all of zod's locales), and asked for 0.4× that. The dependencies alone
 * are a floor of that old time, so the budget is stated against them: chitieu's import at
 * most 0.4× theirs. Each run starts two fresh processes, one per candidate, in turn; the time
 * is measured inside the process around the dynamic import (Node's own start-up excluded),
 * and the ratio reported is the median of the runs' own ratios, which a busy machine swings
 * far less than either time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './rateBatch.js';

/** The ratio to the dependencies' import that issue 11 allows. */
export const IMPORT_BUDGET = 0.4;

const bundle = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

/** Milliseconds a fresh process takes to import `specifiers` (in parallel, as an app's imports are linked). */
function importMs(specifiers: readonly string[]): number {
  const code = `const t = performance.now(); await Promise.all(${JSON.stringify(specifiers)}.map((s) => import(s))); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function benchImportTime(options: { readonly runs?: number } = {}): BenchRow[] {
  if (!existsSync(bundle)) throw new Error('bench: dist/index.js is missing; run `npm run build`');
  const runs = options.runs ?? 21;
  const dependencies: number[] = [];
  const library: number[] = [];
  const ratios: number[] = [];
  importMs([bundle]); // a first run warms the file system cache
  for (let run = 0; run < runs; run++) {
    const deps = importMs(['zod', 'date-fns', 'decimal.js']);
    const own = importMs([bundle]);
    dependencies.push(deps);
    library.push(own);
    ratios.push(own / deps);
  }
  const ratio = median(ratios);
  return [
    { name: "import('zod'), import('date-fns'), import('decimal.js')", medianMs: median(dependencies), wrongRows: 0, rows: runs, note: 'the dependencies alone: the floor of the old import' },
    {
      name: "import('chitieu')",
      medianMs: median(library),
      wrongRows: ratio <= IMPORT_BUDGET ? 0 : runs,
      rows: runs,
      note: `${ratio.toFixed(2)}× the dependencies (median of ${runs} runs' ratios; budget ${IMPORT_BUDGET}×)`,
    },
  ];
}
