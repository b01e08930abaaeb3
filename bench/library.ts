/**
 * The library the benchmarks time: the built ESM bundle in dist/, as an app that installs
 * chitieu runs it (not the TypeScript sources through a transpiler, whose module wrappers add
 * a getter call to every call between files). `npm run bench` builds it first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Chitieu from '../src/index.js';
import type * as ChitieuRead from '../src/read/index.js';

const bundle = new URL('../dist/index.js', import.meta.url);
const readBundle = new URL('../dist/read.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle)) || !existsSync(fileURLToPath(readBundle))) {
  throw new Error('bench: dist/index.js or dist/read.js is missing; run `npm run build` (or `npm run bench`, which builds first)');
}

/** chitieu, from dist/index.js. */
export const chitieu = (await import(bundle.href)) as typeof Chitieu;

/** chitieu/read (the reader), from dist/read.js. */
export const chitieuRead = (await import(readBundle.href)) as typeof ChitieuRead;
