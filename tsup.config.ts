import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', plans: 'src/plans/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
});
