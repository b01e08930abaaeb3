/**
 * Issue 10, wording in catalogues: the evaluation and the reader word every error, finding and
 * question from their catalogues (`messages/en.ts`, `messages/vi.ts`; the results' wording in
 * `src/evaluate/wording/`), never from English or Vietnamese written in place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' || entry.name === 'wording' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The lines of code in `text` (comments dropped) that word a message in place, as `name:line: code`. */
function inPlace(text: string, name: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''));
  return code.flatMap((line, n) =>
    // an English text beside its Vietnamese ({ en: '…', vi: '…' }), or an error made without a catalogued message
    /\ben:\s*['"`][^'"`]/.test(line) || /new ChitieuError\(|chitieuError\(/.test(line) ? [`${name}:${n + 1}: ${line.trim()}`] : [],
  );
}

describe('wording in catalogues', () => {
  it.each(['src/evaluate', 'src/read'])('%s words nothing in place', (dir) => {
    expect(sources(resolve(root, dir)).flatMap((path) => inPlace(readFileSync(path, 'utf8'), relative(root, path)))).toEqual([]);
  });

  it('sees a message written in place, and not one in a comment or a catalogued one', () => {
    const sample = [
      '/** e.g. { en: `in a comment`, vi: `trong chú thích` } */',
      "throw chitieuError('INVALID_ARGUMENT', 'options', {",
      '  en: `options must be an object`,',
      '  vi: `options phải là một đối tượng`,',
      '});',
      "// new ChitieuError('SCHEMA', …) in a comment",
      "throw fail(NOT_AN_OBJECT, 'options', { value: options });",
      "const empty = { vi: '', en: '' };",
    ].join('\n');
    expect(inPlace(sample, 'sample.ts')).toEqual([
      "sample.ts:2: throw chitieuError('INVALID_ARGUMENT', 'options', {",
      'sample.ts:3: en: `options must be an object`,',
    ]);
  });
});
