import { describe, expect, it } from 'vitest';
import { healthyLifeExpectancy, lifeTable } from '../../src/stats/index.js';
import { expectChitieuError, expectEachRejected, NOT_NUMBERS, relativeError } from './helpers.js';

// PHEindicatormethods' 20-band test table (tests/testthat/testLifeExpectancy.R, df1)
const STARTS = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
const POPS = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936];
const DEATHS = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937];

describe('healthyLifeExpectancy', () => {
  const table = lifeTable({ startAges: STARTS, deaths: DEATHS, population: POPS });

  it('with everyone healthy it is the life table itself: e₀ = 80.1696, 95% 79.8827–80.4565 (PHE)', () => {
    const all = healthyLifeExpectancy({ startAges: STARTS, deaths: DEATHS, population: POPS, healthyShare: STARTS.map(() => 1) });
    expect([all.expectancy.toFixed(4), all.lower.toFixed(4), all.upper.toFixed(4)]).toEqual(['80.1696', '79.8827', '80.4565']);
    all.rows.forEach((row, k) => {
      expect(relativeError(row.expectancy, table.rows[k]?.expectancy as number)).toBeLessThan(1e-14);
      expect(relativeError(row.standardError, table.rows[k]?.standardError as number)).toBeLessThan(1e-12);
    });
    // with sample sizes and shares of 1 the survey adds no variance: π(1 − π) = 0
    const sized = healthyLifeExpectancy({ startAges: STARTS, deaths: DEATHS, population: POPS, healthyShare: STARTS.map(() => 1), sampleSizes: STARTS.map(() => 100) });
    expect(sized.standardError).toBeCloseTo(all.standardError, 14);
    expect(sized.flags).toEqual([]);
  });

  it('a constant share c scales the expectancy and the mortality part of its error by c', () => {
    // HLEₓ = Σ c·Lⱼ / lₓ = c·eₓ, and [c(1 − a)n + c·eⱼ₊ₙ]² = c²[(1 − a)n + eⱼ₊ₙ]²
    const c = 0.85;
    const result = healthyLifeExpectancy({ startAges: STARTS, deaths: DEATHS, population: POPS, healthyShare: STARTS.map(() => c) });
    result.rows.forEach((row, k) => {
      expect(relativeError(row.expectancy, c * (table.rows[k]?.expectancy as number))).toBeLessThan(1e-13);
      expect(relativeError(row.standardError, c * (table.rows[k]?.standardError as number))).toBeLessThan(1e-12);
      expect(row.lifeExpectancy).toBe(table.rows[k]?.expectancy);
    });
    expect(result.flags).toEqual(['mortality-variance-only']);
  });

  it('worked by hand: two bands, 0–59 and 60+', () => {
    // 0–59: n = 60, a = 0.1, m = 100/50 000 = 0.002, q = 0.12/1.108 = 0.10830325, l₆₀ = 89 169.675
    // L₀ = 60·(89 169.675 + 0.1·10 830.325) = 5 415 162.5; 60+: m = 0.05, L = l₆₀/m = 1 783 393.5
    // e₀ = 7 198 556.0 / 100 000 = 71.98556; HLE₀ = (0.9·5 415 162.5 + 0.5·1 783 393.5)/100 000 = 57.65343
    // at 60: HLE = 0.5/0.05 = 10; Var = π²/(D·m²) + (1/m)²·π(1 − π)/N = 0.25/1.25 + 400·0.25/1500
    // = 0.2 + 0.0666667 = 0.2666667 → SE 0.5163978
    const result = healthyLifeExpectancy({ startAges: [60, 0], deaths: [500, 100], population: [10000, 50000], healthyShare: [0.5, 0.9], sampleSizes: [1500, 4000] });
    expect(result.startAge).toBe(0);
    expect(result.lifeExpectancy.toFixed(5)).toBe('71.98556');
    expect(result.expectancy.toFixed(5)).toBe('57.65343');
    expect(result.rows[0]?.startAge).toBe(60);
    expect(result.rows[0]?.expectancy).toBe(10);
    expect(result.rows[0]?.standardError.toFixed(7)).toBe('0.5163978');
    expect(result.rows[0]?.healthyYearsLived.toFixed(2)).toBe('891696.75');
    // 99% limits use qnorm(0.995) = 2.5758293
    const wide = healthyLifeExpectancy({ startAges: [60, 0], deaths: [500, 100], population: [10000, 50000], healthyShare: [0.5, 0.9], sampleSizes: [1500, 4000], level: 0.99 });
    expect(((wide.rows[0]?.upper as number) - 10).toFixed(6)).toBe((2.5758293035489 * 0.5163977794943222).toFixed(6));
  });

  it('a share of 0 is allowed: no healthy years from that band on', () => {
    // the two-band table worked above: q₀ = 0.12/1.108 = 30/277, l₆₀ = 10⁵·247/277, L₀ = 60·10⁵·(247 + 0.1·30)/277 = 1.5e9/277;
    // HLE₀ = 0.9·L₀/10⁵ = 13 500/277; at 60 nothing is healthy: HLE = 0 with no variance (π = 0 in both parts)
    const result = healthyLifeExpectancy({ startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0], sampleSizes: [4000, 1500] });
    expect(relativeError(result.expectancy, 13500 / 277)).toBeLessThan(1e-14);
    expect(result.rows[1]).toMatchObject({ healthyShare: 0, healthyYearsLived: 0, expectancy: 0, standardError: 0 });
  });

  it('what overflows is an error naming its cause', () => {
    const base = { startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0.5] };
    // an open band with 1e-100 deaths among 1 person: Var(1/m) = 1/(D·m²) = 1e300 and l²·1e300
    // overflows the life table's variance, so lifeTable rejects it, and so does this function
    // (with a share of 1e-10 its own figures would stay finite)
    const tiny = { ...base, deaths: [100, 1e-100], population: [50000, 1], healthyShare: [0.9, 1e-10] };
    expectChitieuError(() => lifeTable(tiny), 'OUT_OF_RANGE', 'population');
    expectChitieuError(() => healthyLifeExpectancy(tiny), 'OUT_OF_RANGE', 'population');
    // a survey of 1e-300 respondents: L²π(1 − π)/N = (1.78e6)²·0.25/1e-300 overflows
    expectChitieuError(() => healthyLifeExpectancy({ ...base, sampleSizes: [4000, 1e-300] }), 'OUT_OF_RANGE', 'sampleSizes');
  });

  it('error messages', () => {
    const base = { startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0.5] };
    expect(expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [0.9, 1.2] }), 'OUT_OF_RANGE', 'healthyShare[1]').message).toBe(
      'healthyShare[1] must be a proportion from 0 to 1 (got 1.2)',
    );
    expect(expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [0.9] }), 'LENGTH_MISMATCH', 'healthyShare').message).toBe(
      'healthyShare must have as many entries as startAges (2; got 1)',
    );
  });

  it('rejects bad shares and sample sizes, and everything lifeTable rejects', () => {
    const base = { startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0.5] };
    expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [0.9, 1.2] }), 'OUT_OF_RANGE', 'healthyShare[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [-0.1, 0.5] }), 'OUT_OF_RANGE', 'healthyShare[0]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [0.9, Number.NaN] }), 'INVALID_NUMBER', 'healthyShare[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [0.9, '0.5'] as never }), 'INVALID_ARGUMENT', 'healthyShare[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: [0.9] }), 'LENGTH_MISMATCH', 'healthyShare');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, healthyShare: undefined as never }), 'INVALID_ARGUMENT', 'healthyShare');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, sampleSizes: [100, 0] }), 'ZERO_DENOMINATOR', 'sampleSizes[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, sampleSizes: [100, -3] }), 'NEGATIVE_COUNT', 'sampleSizes[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, sampleSizes: [100] }), 'LENGTH_MISMATCH', 'sampleSizes');
    expectEachRejected(NOT_NUMBERS, (v) => healthyLifeExpectancy({ ...base, sampleSizes: [100, v as number] }), 'INVALID_NUMBER', 'sampleSizes[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, deaths: [100, 20000] }), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'deaths[1]');
    expectChitieuError(() => healthyLifeExpectancy({ ...base, level: 0 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => healthyLifeExpectancy('x' as never), 'INVALID_ARGUMENT', 'options');
  });
});
