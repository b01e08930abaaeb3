/**
 * A time budget for the tests that catch a pattern backtracking or a loop that never ends
 * (those took 16 s and more). Under mutation testing every line runs through Stryker's mutant
 * switches, several times slower: vitest.mutation.config.ts sets CHITIEU_TIME_SCALE so the
 * budget grows with it, still far below the slowness these tests were written against.
 */
export function budgetMs(ms: number): number {
  const scale = Number(process.env['CHITIEU_TIME_SCALE'] ?? 1);
  return Number.isFinite(scale) && scale > 1 ? ms * scale : ms;
}
