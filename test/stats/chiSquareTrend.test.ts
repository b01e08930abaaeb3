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

describe('chiSquareTrend: no trend, and errors that quote their input', () => {
  it('equal proportions in every period give a statistic of exactly 0 and a p-value of 1', () => {
    // by hand: p = 15/30 = 0.5 and every successes[i] − totals[i]·p = 5 − 10·0.5 = 0, so the
    // numerator Σ (x_i − n_i p)(s_i − s̄) is 0 whatever the scores (0.1, 0.2, 0.7 are not exact
    // in binary, so s_i − s̄ do not sum to 0 in doubles); χ² = 0 and P(χ²₁ ≥ 0) = 1
    const trend = chiSquareTrend({ successes: [5, 5, 5], totals: [10, 10, 10], scores: [0.1, 0.2, 0.7] });
    expect(trend).toEqual({ statistic: 0, pValue: 1, direction: 'no-significant-change', level: 0.95 });
  });
  it('quote too few periods and successes above their total', () => {
    const few = expectChitieuError(() => chiSquareTrend({ successes: [1], totals: [10] }), 'INVALID_ARGUMENT', 'successes');
    expect([few.message, few.vi]).toEqual(['successes must have at least 2 entries (got 1)', 'successes phải có ít nhất 2 phần tử (nhận 1)']);
    const over = expectChitieuError(() => chiSquareTrend({ successes: [1, 11], totals: [10, 10] }), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'successes[1]');
    expect([over.message, over.vi]).toEqual(['successes[1] (11) must not exceed totals[1] (10)', 'successes[1] (11) không được lớn hơn totals[1] (10)']);
    expectChitieuError(() => chiSquareTrend({ successes: ['-1', 2], totals: [10, 10] }), 'NEGATIVE_COUNT', 'successes[0]');
    expectChitieuError(() => chiSquareTrend({ successes: 5 as never, totals: [10, 10] }), 'INVALID_ARGUMENT', 'successes');
  });
});
