import { describe, expect, it } from 'vitest';
import { extractExamples, instrument } from './extractExamples.js';

const source = [
  '/**',
  ' * Adds.',
  ' *',
  ' * @example',
  ' * ```ts',
  " * import { add } from 'chitieu';",
  ' * console.log(add(1, 2)); // 3',
  ' * console.log(add(0, 0));',
  ' * ```',
  ' */',
  'export function add(a: number, b: number) { return a + b; }',
  '/** No example here. ```ts\n */',
].join('\n');

describe('extractExamples', () => {
  it('finds the fenced block after @example, with its line', () => {
    const examples = extractExamples(source, 'x.ts');
    expect(examples).toEqual([
      { file: 'x.ts', line: 5, code: "import { add } from 'chitieu';\nconsole.log(add(1, 2)); // 3\nconsole.log(add(0, 0));" },
    ]);
  });
});

describe('instrument', () => {
  it('turns commented console.log lines into checks and points imports at src', () => {
    const [example] = extractExamples(source, 'x.ts');
    const { module, checks } = instrument(example?.code ?? '', '/repo/src');
    expect(checks).toBe(1);
    expect(module).toBe(
      "import { add } from '/repo/src/index.ts';\n__doctest.check(\"3\", (add(1, 2)));\n__doctest.log(add(0, 0));",
    );
  });
});
