#!/usr/bin/env node
/**
 * `npm run mutation:ci`, the incremental mutation step of .ci/run (issue 14; README, "Mutation
 * testing"). Each layer of CI_LAYERS is mutated on its own and tested by its own tests, against
 * its committed incremental file, reports/mutation/ci-<layer>.incremental.json: a run tests only
 * the mutants in changed code or covered by changed tests, and reuses every other result. Each
 * layer's report is then held to its floor (CI_FLOORS in scripts/mutation-score.mjs), and, when
 * every layer ran, all the reports together to the goals (90% over src, 92% in numeric,
 * stats and evaluate).
 *
 * After changing a layer or its tests, run `npm run mutation:ci` (or `npm run mutation:ci --
 * stats` for one layer) and commit the incremental file it rewrites.
 */
import { spawnSync } from 'node:child_process';

/** The layers CI mutates, each with the test folders that run against its mutants. */
export const CI_LAYERS = {
  numeric: ['test/numeric', 'test/package'],
  stats: ['test/stats'],
  population: ['test/population'],
  calendar: ['test/calendar'],
  model: ['test/model'],
  catalog: ['test/catalog'],
  messages: ['test/messages'],
  // src/errors.ts, isoDay.ts and freeze.ts (not the entry point)
  root: ['test/root'],
  // deepFreeze.ts and index.ts, not the plan data: every mutant runs only at load time
  plans: ['test/plans'],
  evaluate: ['test/evaluate'],
  // the reader; its never-throws and never-hangs tests (test/read-robustness) stay out, like the fuzz campaign
  read: ['test/read'],
};

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((layer) => !(layer in CI_LAYERS));
  if (unknown.length > 0) {
    console.error(`mutation:ci: no layer ${unknown.join(', ')} (there are ${Object.keys(CI_LAYERS).join(', ')})`);
    process.exit(2);
  }
  const layers = wanted.length > 0 ? wanted : Object.keys(CI_LAYERS);
  for (const layer of layers) {
    console.log(`\n## mutation:ci, src/${layer}`);
    const env = { MUTATION_LAYER: layer, MUTATION_TESTS: CI_LAYERS[layer].join(',') };
    const stryker = run('npx', ['stryker', 'run', 'stryker.ci.config.mjs'], env);
    if (stryker !== 0) process.exit(stryker);
    const score = run('node', ['scripts/mutation-score.mjs', '--ci', `reports/mutation/ci-${layer}.report.json`], {});
    if (score !== 0) process.exit(score);
  }
  if (wanted.length > 0) return;
  // every layer ran: the goals over all of src (90%) and per layer (92%), from their reports
  console.log('\n## mutation:ci, all of src');
  const reports = Object.keys(CI_LAYERS).map((layer) => `reports/mutation/ci-${layer}.report.json`);
  const all = run('node', ['scripts/mutation-score.mjs', ...reports], {});
  if (all !== 0) process.exit(all);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
