#!/usr/bin/env node
/**
 * Resumes a mutation run that was cut short (issue 14; README, "Mutation testing"). Stryker
 * writes its incremental file only when a run ends, so the results of a run stopped after an
 * hour would be lost; the `event-recorder` reporter, though, writes each mutant's result as it
 * comes (reports/mutation/events/). This script turns those events into an incremental file:
 * a run against it (`--incrementalFile <out.json>`) reuses every result the stopped run reached,
 * as for any unchanged mutant and test, and tests the rest.
 *
 *   node scripts/mutation-resume.mjs <project root of the stopped run> <events folder> <out.json>
 *
 * Timeouts measured by the clock (not Stryker's hit limit, which counts a loop's turns) are
 * left out, so they are tested again: a run on busy cores can time out a mutant that a test
 * would have failed.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @param {string} root the stopped run's project root (its events name files under it)
 * @param {string} dir its events folder
 * @returns {{ report: any, reused: number, dropped: number }}
 */
export function resume(root, dir) {
  const names = readdirSync(dir).sort();
  const dryName = names.find((name) => name.endsWith('-onDryRunCompleted.json'));
  if (dryName === undefined) throw new Error(`mutation-resume: no onDryRunCompleted event in ${dir}`);
  const dry = JSON.parse(readFileSync(join(dir, dryName), 'utf8'));
  /** @type {Record<string, { source: string, tests: { id: string, name: string }[] }>} */
  const testFiles = {};
  /** @type {Map<string, string>} the run's test id → the file's */
  const idOf = new Map();
  for (const test of dry.result.tests) {
    const file = relative(root, test.fileName);
    testFiles[file] ??= { source: readFileSync(join(root, file), 'utf8'), tests: [] };
    const id = String(idOf.size);
    idOf.set(test.id, id);
    testFiles[file].tests.push({ id, name: test.name });
  }
  /** @param {string[] | undefined} list */
  const renumber = (list) =>
    list?.map((raw) => {
      const id = idOf.get(raw);
      if (id === undefined) throw new Error(`mutation-resume: a mutant names test ${raw}, which the dry run did not run`);
      return id;
    });
  /** @type {Record<string, { language: string, source: string, mutants: any[] }>} */
  const files = {};
  let reused = 0;
  let dropped = 0;
  for (const name of names.filter((n) => n.endsWith('-onMutantTested.json'))) {
    const { fileName, ...mutant } = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (mutant.status === 'Timeout' && !/^Hit limit/.test(mutant.statusReason ?? '')) {
      dropped++;
      continue;
    }
    const file = relative(root, fileName);
    files[file] ??= { language: 'typescript', source: readFileSync(join(root, file), 'utf8'), mutants: [] };
    const copy = { ...mutant };
    if (mutant.killedBy !== undefined) copy.killedBy = renumber(mutant.killedBy);
    if (mutant.coveredBy !== undefined) copy.coveredBy = renumber(mutant.coveredBy);
    files[file].mutants.push(copy);
    reused++;
  }
  return { report: { schemaVersion: '1.0', thresholds: { high: 92, low: 80, break: 80 }, projectRoot: root, files, testFiles }, reused, dropped };
}

function main() {
  const [root, dir, out] = process.argv.slice(2);
  if (root === undefined || dir === undefined || out === undefined) {
    console.error('usage: node scripts/mutation-resume.mjs <project root> <events folder> <out.json>');
    process.exit(2);
  }
  const { report, reused, dropped } = resume(root, dir);
  writeFileSync(out, JSON.stringify(report));
  console.log(`${out}: ${reused} results to reuse, ${dropped} clock timeouts left out to test again`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
