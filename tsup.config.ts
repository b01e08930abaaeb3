import { defineConfig } from 'tsup';

// Each layer is its own entry so that the ESM build keeps the layers in separate chunks:
// with `sideEffects: false`, a bundler that imports only the math from 'chitieu' drops the
// chunks of the model (zod) and the plans. The layer entries are internal; the package's
// `exports` map names only `.`, `./plans`, `./read` and `./schemas/*`.
const layers = ['errors', 'numeric', 'stats', 'population', 'calendar', 'model', 'catalog', 'evaluate'];

// zod is bundled into the build (tree-shaken to the parts the model uses, with the `en` and
// `vi` locales only): imported from its package, zod loads some 150 modules in Node, all 63
// locales among them, and that load was most of `import('chitieu')`. zod stays a dependency
// for its types, which the declarations import. decimal.js (one file, and the public number
// type) and date-fns (imported function by function) stay external.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    plans: 'src/plans/index.ts',
    read: 'src/read/index.ts',
    ...Object.fromEntries(
      layers.map((layer) => [`layers/${layer}`, layer === 'errors' ? 'src/errors.ts' : `src/${layer}/index.ts`]),
    ),
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', plans: 'src/plans/index.ts', read: 'src/read/index.ts' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  noExternal: ['zod'],
  // syntax only: smaller for Node to read (import time), names and lines kept for stack
  // traces, and the pure annotations kept (minifying whitespace drops them), so that an app's
  // bundler still drops the messages and schemas it does not use
  esbuildOptions(options) {
    options.minifySyntax = true;
  },
});
