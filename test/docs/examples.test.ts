/**
 * The doctest: every `@example` in src/ runs, and every line of the form
 * `console.log(EXPR); // EXPECTED` must print exactly EXPECTED (as `util.inspect` shows it).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { extractExamples, instrument, listSourceFiles, readSource, relativeName } from './extractExamples.js';

const root = resolve(import.meta.dirname, '../..');
const srcRoot = join(root, 'src');
const outDir = join(root, '.tmp', 'doctest');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface DoctestGlobal {
  check(expected: string, value: unknown): void;
  log(...values: unknown[]): void;
}
const failures: string[] = [];
(globalThis as unknown as { __doctest: DoctestGlobal }).__doctest = {
  check(expected, value) {
    const actual = inspect(value, { depth: null, breakLength: Infinity });
    if (actual !== expected) failures.push(`expected ${expected}, printed ${actual}`);
  },
  log() {},
};

const examples = listSourceFiles(srcRoot).flatMap((file) =>
  extractExamples(readSource(file), relativeName(root, file)),
);

describe('every @example in src runs and prints what it says', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  examples.forEach((example, n) => {
    it(`${example.file}:${example.line}`, async () => {
      const { module } = instrument(example.code, srcRoot);
      const path = join(outDir, `example-${n}.ts`);
      writeFileSync(path, `${module}\nexport {};\n`);
      failures.length = 0;
      await import(pathToFileURL(path).href);
      expect(failures).toEqual([]);
    });
  });
});
