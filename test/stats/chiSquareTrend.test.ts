import { describe, expect, it } from 'vitest';
import { chiSquareTrend } from '../../src/stats/index.js';
import { expectChitieuError, expectEachRejected, NOT_NUMBERS, reference, relativeError } from './helpers.js';

describe('chiSquareTrend', () => {
  it('matches R’s prop.trend.test on the fixture rows (statistic and p-value)', () => {
    expect(reference.trend.length).toBe(4);
    for (const row of reference.trend) {
      const result = chiSquareTrend({ successes: row.x, totals: row.n, scores: row.score });
      expect(relativeError(result.statistic, row.statistic)).toBeLessThan(1e-12);
      expect(relativeError(result.pValue, row.p)).toBeLessThan(1e-12);
    }
  });

  it('R’s documented example (smokers, 4 groups): decreasing at 95%, not at 99.9%', () => {
    // R: prop.trend.test(c(83, 90, 129, 70), c(86, 93, 136, 82)) → X-squared = 8.2249, p = 0.004132
    const base = { successes: [83, 90, 129, 70], totals: [86, 93, 136, 82] };
    expect(chiSquareTrend(base).direction).toBe('decreasing');
    expect(chiSquareTrend({ ...base, level: 0.999 }).direction).toBe('no-significant-change');
    expect(chiSquareTrend({ ...base, scores: [4, 3, 2, 1] }).direction).toBe('increasing');
  });

  it('no successes at all, or only successes: statistic 0, p-value 1', () => {
    expect(chiSquareTrend({ successes: [0, 0, 0], totals: [10, 20, 30] })).toEqual({ statistic: 0, pValue: 1, direction: 'no-significant-change', level: 0.95 });
    expect(chiSquareTrend({ successes: [10, 20], totals: [10, 20] }).pValue).toBe(1);
  });

  it('rejects bad input', () => {
    const base = { successes: [1, 2, 3], totals: [10, 10, 10] };
    expectChitieuError(() => chiSquareTrend({ ...base, successes: [1] , totals: [10] }), 'INVALID_ARGUMENT', 'successes');
    expectChitieuError(() => chiSquareTrend({ ...base, totals: [10, 10] }), 'LENGTH_MISMATCH', 'totals');
    expectChitieuError(() => chiSquareTrend({ ...base, totals: [10, 0, 10] }), 'ZERO_DENOMINATOR', 'totals[1]');
    expectChitieuError(() => chiSquareTrend({ ...base, totals: [10, 1, 10] }), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'successes[1]');
    expectChitieuError(() => chiSquareTrend({ ...base, successes: [1, -2, 3] }), 'NEGATIVE_COUNT', 'successes[1]');
    expectChitieuError(() => chiSquareTrend({ ...base, scores: [2, 2, 2] }), 'INVALID_ARGUMENT', 'scores');
    expectChitieuError(() => chiSquareTrend({ ...base, scores: [1, 2] }), 'LENGTH_MISMATCH', 'scores');
    expectChitieuError(() => chiSquareTrend({ ...base, scores: [1, Number.NaN, 3] }), 'INVALID_NUMBER', 'scores[1]');
    expectChitieuError(() => chiSquareTrend({ ...base, level: 0 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => chiSquareTrend(true as never), 'INVALID_ARGUMENT', 'options');
    expectChitieuError(() => chiSquareTrend({ successes: [1e299, 9e299], totals: [1e300, 1e300] }), 'OUT_OF_RANGE', 'totals');
    expectEachRejected(NOT_NUMBERS, (v) => chiSquareTrend({ ...base, totals: [10, v as number, 10] }), 'INVALID_NUMBER', 'totals[1]');
  });
});
