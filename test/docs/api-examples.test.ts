/**
 * Every name the package exports carries TSDoc with an `@example` (the doctest runs them).
 * Read with the TypeScript compiler API, so re-exports through barrels are followed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const entries = ['src/index.ts', 'src/plans/index.ts', 'src/read/index.ts'].map((entry) => join(root, entry)).filter((path) => existsSync(path));

/** Exported names of `entry` none of whose declarations carries the TSDoc tag `@<tag>`. */
function exportedWithout(tag: 'example' | 'category', entry: string, program: ts.Program): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [`${entry}: not a module`];
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      return !declarations.some((declaration) => ts.getJSDocTags(declaration).some((found) => found.tagName.text === tag));
    })
    .map((exported) => exported.getName())
    .sort();
}

describe('the public API', () => {
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  for (const entry of entries) {
    it(`${entry.slice(root.length + 1)}: every export has an @example`, () => {
      expect(exportedWithout('example', entry, program)).toEqual([]);
    });
    it(`${entry.slice(root.length + 1)}: every export names its layer (@category)`, () => {
      expect(exportedWithout('category', entry, program)).toEqual([]);
    });
  }
});
