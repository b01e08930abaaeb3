// @ts-check
/**
 * The incremental mutation step of .ci/run, one layer a run (`npm run mutation:ci`, which is
 * scripts/mutation-ci.mjs): MUTATION_LAYER names the layer, MUTATION_TESTS its tests (both set
 * by that script). Each layer has its own committed incremental file,
 * reports/mutation/ci-<layer>.incremental.json, so a CI run tests only the mutants in changed
 * code or covered by changed tests. Regenerate it after a change with `npm run mutation:ci` and
 * commit it.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

const layer = process.env['MUTATION_LAYER'];
if (layer === undefined || !/^[a-z]+$/.test(layer)) {
  throw new Error('stryker.ci.config.mjs: set MUTATION_LAYER to a folder of src or `root` (run it through `npm run mutation:ci`)');
}

/** What each layer mutates: a folder of src, or `root`, the files at src's top (not its entry point). */
const mutate =
  layer === 'root' ? ['src/*.ts', '!src/index.ts']
  : layer === 'plans' ? ['src/plans/*.ts', '!src/plans/*-20*.ts']
  : [`src/${layer}/**/*.ts`];

export default {
  ...base,
  mutate,
  incrementalFile: `reports/mutation/ci-${layer}.incremental.json`,
  jsonReporter: { fileName: `reports/mutation/ci-${layer}.report.json` },
  // the floors per layer are scripts/mutation-score.mjs's CI_FLOORS; Stryker's own break is a backstop
  thresholds: { high: 92, low: 80, break: 80 },
  reporters: ['progress', 'json'],
};
