/**
 * The national benchmark in a process of its own, so that its peak memory is its own and not
 * the peak of the benchmarks run before it: `npm run bench -- national` spawns this file
 * (with the same loader), which runs {@link benchNational} and prints its rows as JSON.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchNational } from './evaluate.js';
import type { BenchRow } from './rateBatch.js';

/** The national benchmark's rows, measured in a fresh Node process on the default heap. */
export function benchNationalAlone(): BenchRow[] {
  const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as BenchRow[];
}

if (process.argv.includes('--child')) process.stdout.write(JSON.stringify(benchNational()));
