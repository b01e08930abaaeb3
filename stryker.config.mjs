// @ts-check
/**
 * Mutation testing (issue 14): `npm run mutation` mutates all of src except the shipped plan
 * data, runs the tests of vitest.mutation.config.ts against each mutant (only the tests that
 * cover it), writes reports/mutation/mutation.{html,json} and fails below `thresholds.break`.
 * Per-layer goals are checked by scripts/mutation-score.mjs. Incremental: the results of the
 * last run are kept in reports/mutation/stryker-incremental.json (committed), so a run after
 * a change tests only the mutants in changed code or covered by changed tests.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Many test files compute fixtures at load time, so most mutants are also "static" (run
  // while modules load). With ignoreStatic, a mutant that some test also runs is tested
  // against those tests only; one that runs only at load time (a module-level constant no
  // test reaches) is reported as ignored and counted by scripts/mutation-score.mjs.
  // Without it every such mutant reloads every test file: hours instead of minutes.
  ignoreStatic: true,
  mutate: [
    'src/**/*.ts',
    // the five plans are data (checked against their documents by test/plans); their
    // freezing and the entry point are code
    '!src/plans/*-20*.ts',
  ],
  ignorePatterns: ['dist', 'coverage', 'docs/api', 'schemas', '.tmp', 'reports', '.stryker-tmp*'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  thresholds: { high: 92, low: 90, break: 90 },
  concurrency: 2,
  timeoutMS: 5000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
