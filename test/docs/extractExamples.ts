/**
 * Reads the `@example` blocks out of the TSDoc comments in src/ so that the doctest can run
 * them. Kept apart from the test so the extraction itself is tested.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Example {
  /** Source file, relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence in that file. */
  line: number;
  /** The code inside the fence, comment prefixes removed. */
  code: string;
}

export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listSourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

/** Every fenced ```ts block that follows an `@example` tag in a `/** … *\/` comment. */
export function extractExamples(source: string, file: string): Example[] {
  const examples: Example[] = [];
  const lines = source.split('\n');
  let inComment = false;
  let afterExample = false;
  let block: string[] | undefined;
  let start = 0;
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!inComment) {
      if (trimmed.startsWith('/**')) inComment = !trimmed.includes('*/');
      afterExample = false;
      return;
    }
    if (trimmed.startsWith('*/') || trimmed.endsWith('*/')) {
      inComment = false;
      afterExample = false;
      block = undefined;
      return;
    }
    const text = raw.replace(/^\s*\* ?/, '');
    if (block !== undefined) {
      if (text.trim().startsWith('```')) {
        examples.push({ file, line: start, code: block.join('\n') });
        block = undefined;
        afterExample = false;
      } else {
        block.push(text);
      }
      return;
    }
    if (text.trim().startsWith('@example')) afterExample = true;
    else if (afterExample && /^```(ts|typescript)\s*$/.test(text.trim())) {
      block = [];
      start = index + 1;
    } else if (text.trim().startsWith('@')) afterExample = false;
  });
  return examples;
}

const CHECKED = /^(\s*)console\.log\((.*)\);\s*\/\/\s?(.*)$/;

/**
 * Turn an example into a module: imports of 'chitieu' point at src/, and each
 * `console.log(EXPR); // EXPECTED` line becomes a check of `util.inspect(EXPR)`.
 */
export function instrument(code: string, srcRoot: string): { module: string; checks: number } {
  let checks = 0;
  const body = code
    .split('\n')
    .map((line) => {
      const match = CHECKED.exec(line);
      if (match) {
        checks += 1;
        const [, indent, expression, expected] = match as unknown as [string, string, string, string];
        return `${indent}__doctest.check(${JSON.stringify(expected.trim())}, (${expression}));`;
      }
      return line.replace(/\bconsole\.log\(/g, '__doctest.log(');
    })
    .join('\n')
    .replace(/from 'chitieu\/plans'/g, `from '${join(srcRoot, 'plans/index.ts')}'`)
    .replace(/from 'chitieu\/read'/g, `from '${join(srcRoot, 'read/index.ts')}'`)
    .replace(/from 'chitieu'/g, `from '${join(srcRoot, 'index.ts')}'`);
  return { module: body, checks };
}

export function relativeName(root: string, file: string): string {
  return relative(root, file);
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
