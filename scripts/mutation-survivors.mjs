#!/usr/bin/env node
/**
 * The mutants a test suite did not notice (issue 14; README, "Mutation testing"): every
 * surviving and uncovered mutant of a Stryker run, file by file, as
 * `line:column status mutator: original → replacement`, to write the tests that kill them.
 *
 * Reads a JSON report (mutation-testing-report-schema: reports/mutation/mutation.json, a
 * `ci-<layer>.report.json`, or an incremental file), or, while a long run is still going, the
 * folder the `event-recorder` reporter fills one mutant at a time
 * (`npx stryker run … --reporters progress-append-only,json,event-recorder` writes
 * reports/mutation/events/).
 *
 * Usage: node scripts/mutation-survivors.mjs <report.json | events folder> [path filter …]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SHOWN = new Set(['Survived', 'NoCoverage']);

/** The mutants of a report or an events folder, each with the path of its file relative to the project. */
export function readMutants(source) {
  if (statSync(source).isDirectory()) {
    return readdirSync(source)
      .filter((name) => name.endsWith('-onMutantTested.json'))
      .sort()
      .map((name) => {
        const mutant = JSON.parse(readFileSync(join(source, name), 'utf8'));
        return { ...mutant, file: relative(process.cwd(), mutant.fileName) };
      });
  }
  const report = JSON.parse(readFileSync(source, 'utf8'));
  return Object.entries(report.files).flatMap(([file, { mutants }]) => mutants.map((mutant) => ({ ...mutant, file })));
}

/** The text a mutant replaces, on one line (a block that spans lines is cut at its first line's end). */
function original(lines, { start, end }) {
  const first = lines[start.line - 1] ?? '';
  return start.line === end.line ? first.slice(start.column - 1, end.column - 1) : `${first.slice(start.column - 1)} …`;
}

function main() {
  const [source, ...filters] = process.argv.slice(2);
  if (source === undefined) {
    console.error('usage: node scripts/mutation-survivors.mjs <report.json | events folder> [path filter …]');
    process.exit(2);
  }
  const mutants = readMutants(source);
  const counts = {};
  for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
  console.log(Object.entries(counts).map(([status, n]) => `${status} ${n}`).join(', '));
  const byFile = new Map();
  for (const mutant of mutants) {
    if (!SHOWN.has(mutant.status) || (filters.length > 0 && !filters.some((f) => mutant.file.includes(f)))) continue;
    byFile.set(mutant.file, [...(byFile.get(mutant.file) ?? []), mutant]);
  }
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    console.log(`\n${file} (${list.length})`);
    list.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const m of list) {
      const { line, column } = m.location.start;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ');
      console.log(`  ${line}:${column} ${m.status} ${m.mutatorName}: ${JSON.stringify(original(lines, m.location).slice(0, 100))} → ${JSON.stringify(replacement.slice(0, 80))}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
