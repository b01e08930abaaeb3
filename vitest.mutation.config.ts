import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs for each mutant (stryker.config.mjs): the unit tests of every layer,
 * without the ones that cannot see a mutant or would only make each mutant slow:
 * - test/browser: bundles the example page with esbuild and opens it in Chromium;
 * - test/docs: reads the source files' text (examples, layers, imports), which Stryker
 *   rewrites with its mutant switches;
 * - test/examples/demo.test.ts: runs the demo in child processes, which never see the active
 *   mutant (renderDemo itself is still run by the other example tests);
 * - test/fuzz/fuzz.test.ts: 20,000 random calls, covering nearly every line, so each mutant
 *   would run it (its regressions, test/fuzz/regressions.test.ts, stay).
 * `npm test` still runs all of them.
 */
export default defineConfig({
  test: {
    // instrumented code runs slower: the property tests need more than the default 5 s
    testTimeout: 60_000,
    // and the time budgets of test/helpers/budget.ts grow tenfold
    env: { CHITIEU_TIME_SCALE: '10' },
    // Stryker switches mutants at run time, so the modules loaded for one mutant serve the
    // next: not re-importing every test file's module graph for each mutant is most of the speed
    isolate: false,
    // MUTATION_TESTS=test/numeric,test/package narrows the tests to those folders: a quick first pass over one
    // layer, whose score is then a lower bound of the one with every test
    include: process.env['MUTATION_TESTS'] ? process.env['MUTATION_TESTS'].split(',').map((dir) => `${dir}/**/*.test.ts`) : ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/docs/**', 'test/examples/demo.test.ts', 'test/fuzz/fuzz.test.ts'],
  },
});
