import { defineConfig } from 'tsup';

// Each layer is its own entry so that the ESM build keeps the layers in separate chunks:
// with `sideEffects: false`, a bundler that imports only the math from 'chitieu' drops the
// chunks of the model (zod) and the plans. The layer entries are internal; the package's
// `exports` map names only `.`, `./plans` and `./schemas/*`.
const layers = ['errors', 'numeric', 'stats', 'population', 'calendar', 'model', 'catalog', 'evaluate', 'read'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    plans: 'src/plans/index.ts',
    ...Object.fromEntries(
      layers.map((layer) => [`layers/${layer}`, layer === 'errors' ? 'src/errors.ts' : `src/${layer}/index.ts`]),
    ),
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', plans: 'src/plans/index.ts' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
});
