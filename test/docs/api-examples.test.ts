/**
 * Every name the package exports carries TSDoc with an `@example` (the doctest runs them).
 * Read with the TypeScript compiler API, so re-exports through barrels are followed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const entries = ['src/index.ts', 'src/plans/index.ts'].map((entry) => join(root, entry)).filter((path) => existsSync(path));

function exportedWithoutExample(entry: string, program: ts.Program): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [`${entry}: not a module`];
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      return !declarations.some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'));
    })
    .map((exported) => exported.getName())
    .sort();
}

/** Exported names whose declaration has no `@category` tag (the reference groups by layer). */
function exportedWithoutCategory(entry: string, program: ts.Program): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [`${entry}: not a module`];
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      // the evaluation's and the reader's names are categorised by their owners (issue 10)
      if (declarations.some((declaration) => /\/src\/(evaluate|read)\//.test(declaration.getSourceFile().fileName))) return false;
      return !declarations.some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'category'));
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
      expect(exportedWithoutExample(entry, program)).toEqual([]);
    });
    it(`${entry.slice(root.length + 1)}: every export outside the evaluation and the reader names its layer (@category)`, () => {
      expect(exportedWithoutCategory(entry, program)).toEqual([]);
    });
  }
});
