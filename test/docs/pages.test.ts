/**
 * The guide's pages that teach by example (docs/own-plan.md) run like the `@example`s of the
 * reference: every ```ts block is run, and every `console.log(EXPR); // EXPECTED` line must
 * print exactly EXPECTED.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { instrument } from './extractExamples.js';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.tmp', 'doc-pages');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const failures: string[] = [];
(globalThis as unknown as { __doctest: unknown }).__doctest = {
  check(expected: string, value: unknown) {
    const actual = inspect(value, { depth: null, breakLength: Infinity });
    if (actual !== expected) failures.push(`expected ${expected}, printed ${actual}`);
  },
  log() {},
};

for (const page of ['own-plan.md']) {
  const text = readFileSync(join(root, 'docs', page), 'utf8');
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
  describe(`docs/${page}`, () => {
    it('has examples that check what they print', () => {
      expect(blocks.length).toBeGreaterThanOrEqual(4);
      expect(blocks.every((block) => instrument(block, join(root, 'src')).checks > 0)).toBe(true);
    });
    blocks.forEach((block, n) => {
      it(`block ${n + 1} runs and prints what it says`, async () => {
        const { module } = instrument(block, join(root, 'src'));
        const path = join(outDir, `${page.replace('.md', '')}-${n}.ts`);
        writeFileSync(path, `${module}\nexport {};\n`);
        failures.length = 0;
        await import(pathToFileURL(path).href);
        expect(failures).toEqual([]);
      });
    });
  });
}
