// @ts-check
/**
 * The incremental mutation step of .ci/run (`npm run mutation:ci`): the layers at their CI
 * floor (scripts/mutation-score.mjs, CI_FLOORS), tested by their own tests (MUTATION_TESTS,
 * set by the npm script), against the committed reports/mutation/ci-incremental.json, so a
 * CI run tests only the mutants in changed code or covered by changed tests.
 * Regenerate that file after a change with `npm run mutation:ci` and commit it.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  mutate: ['src/numeric/**/*.ts'],
  incrementalFile: 'reports/mutation/ci-incremental.json',
  thresholds: { high: 92, low: 80, break: 80 },
  reporters: ['progress', 'json'],
};
