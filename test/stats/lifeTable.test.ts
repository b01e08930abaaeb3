import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lifeTable } from '../../src/stats/index.js';
import { BEYOND_DOUBLE, expectChitieuError, expectEachRejected, NOT_NUMBERS, relativeError } from './helpers.js';

// PHEindicatormethods 2.1.0, tests/testthat/testLifeExpectancy.R: df1 (20 bands, 0–90+) and
// answer1, its expected life expectancy and 95% limits at every band (to 8+ digits).
const STARTS = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
const POPS = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936];
const DEATHS = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937];
const PHE_VALUE = [80.16960813, 79.36245674, 75.44193645, 70.47299936, 65.52909542, 60.67510088, 55.78835987, 50.92752727, 46.06740425, 41.24505636, 36.49322717, 31.83343842, 27.26027992, 22.9719144, 18.76856852, 14.95858336, 11.51684445, 8.618849241, 6.163942934, 6.16210635];
const PHE_LOWER = [79.88268548, 79.0898816, 75.17407307, 70.20675732, 65.26548673, 60.41876577, 55.53801579, 50.68279939, 45.82666794, 41.00842831, 36.26223216, 31.60996318, 27.04337271, 22.76653134, 18.57570352, 14.77985004, 11.34831778, 8.451134045, 5.978358351, 5.887683386];
const PHE_UPPER = [80.45653078, 79.63503188, 75.70979983, 70.7392414, 65.79270412, 60.931436, 56.03870395, 51.17225516, 46.30814055, 41.48168441, 36.72422219, 32.05691365, 27.47718713, 23.17729746, 18.96143352, 15.13731667, 11.68537112, 8.786564437, 6.349527517, 6.436529314];

describe('lifeTable', () => {
  const table = lifeTable({ startAges: STARTS, deaths: DEATHS, population: POPS });

  it('reproduces PHEindicatormethods’ 20-band table to 4 decimals: e₀ = 80.1696, 95% 79.8827–80.4565', () => {
    table.rows.forEach((row, k) => {
      expect(row.startAge).toBe(STARTS[k]);
      expect(row.expectancy.toFixed(4), `e at ${row.startAge}`).toBe((PHE_VALUE[k] as number).toFixed(4));
      expect(row.lower.toFixed(4), `lower at ${row.startAge}`).toBe((PHE_LOWER[k] as number).toFixed(4));
      expect(row.upper.toFixed(4), `upper at ${row.startAge}`).toBe((PHE_UPPER[k] as number).toFixed(4));
      expect(row.flags).toEqual([]);
    });
    expect(table.flags).toEqual([]);
  });

  it('matches PHE’s life expectancies to 1e-9 and its standard errors to 1e-7 relative', () => {
    // The reference limits were made with z = 1.96 (PHE's spreadsheet), so (upper − lower)/3.92
    // recovers its standard error; chitieu uses qnorm(0.975) = 1.959964 for the limits.
    table.rows.forEach((row, k) => {
      expect(relativeError(row.expectancy, PHE_VALUE[k] as number), `e at ${row.startAge}`).toBeLessThan(1e-9);
      const se = ((PHE_UPPER[k] as number) - (PHE_LOWER[k] as number)) / 3.92;
      expect(relativeError(row.standardError, se), `SE at ${row.startAge}`).toBeLessThan(1e-7);
    });
  });

  it('the open band by hand: L = l/m, SE = 1/(m√D) (Silcocks)', () => {
    const last = table.rows[19];
    // m = 1937 / 11936 = 0.16228217; e = 1/m = 6.162106; SE = 11936 / (1937 × 44.011362) = 11936 / 85250.01 = 0.14001172
    expect(last?.probabilityOfDying).toBe(1);
    expect(last?.expectancy.toFixed(6)).toBe('6.162106');
    expect(last?.standardError.toFixed(8)).toBe('0.14001172');
    expect(last?.width).toBeNull();
    expect(last?.yearsLived).toBeCloseTo((last?.survivors ?? 0) / (1937 / 11936), 6);
  });

  it('rows follow the order of startAges (PHE’s df2: 65 given last gives the same table)', () => {
    const order = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 14];
    const shuffled = lifeTable({
      startAges: order.map((k) => STARTS[k] as number),
      deaths: order.map((k) => DEATHS[k] as number),
      population: order.map((k) => POPS[k] as number),
    });
    order.forEach((k, position) => expect(shuffled.rows[position]).toEqual(table.rows[k]));
  });

  it('any level: 99.8% limits are wider by qnorm(0.999)/qnorm(0.975)', () => {
    const wide = lifeTable({ startAges: STARTS, deaths: DEATHS, population: POPS, level: 0.998 });
    const [birth] = wide.rows;
    // qnorm(0.999) = 3.090232306 (R); SE(e₀) = 0.146390…
    expect(birth?.standardError).toBe(table.rows[0]?.standardError);
    expect(relativeError((birth?.upper ?? 0) - (birth?.expectancy ?? 0), 3.090232306167813 * (birth?.standardError ?? 0))).toBeLessThan(1e-12);
    expect(wide.level).toBe(0.998);
  });

  it('flags intervals wider than 20 years (PHE’s widecis data, Area 2) and keeps the numbers', () => {
    // PHEindicatormethods testLifeExpectancy.R, df_widecis_plus Area 2 and answer_widecis: values
    // for ages 0–35 (later ones suppressed by PHE for a 95% interval over 20 years), limits for all,
    // made with z = qnorm(0.975) (this answer is newer than answer1's z = 1.96).
    const pops = [270, 235, 246, 248, 243, 238, 246, 257, 261, 355, 350, 356, 346, 339, 337, 337, 333, 323, 311, 311];
    const deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1];
    const values = [19.22914685, 19.4412061, 18.33467808, 14.67659995, 11.81284556, 11.63815414, 10.05641628, 9.93152356, 11.95846561];
    const lowers = [16.43900644, 16.53437505, 15.6292255, 12.0810863, 9.21823373, 8.68414661, 6.54020385, 4.71570153, 2.37762283, -1.6069521, -10.33328815, -17.16409724, -26.91715103, -45.04820928, -76.27067271, -137.12203187, -195.39453664, -242.37480291, -266.74198466, -298.548804];
    const uppers = [22.01928726, 22.34803716, 21.04013066, 17.27211361, 14.40745738, 14.59216167, 13.57262872, 15.14734559, 21.53930839, 50.29765396, 97.99598549, 107.54413263, 128.91238524, 181.91668353, 278.06441642, 472.32822039, 649.40455756, 783.50845564, 841.04259816, 920.548804];
    const small = lifeTable({ startAges: STARTS, deaths, population: pops });
    small.rows.forEach((row, k) => {
      if (k < values.length) expect(row.expectancy.toFixed(4), `e at ${row.startAge}`).toBe((values[k] as number).toFixed(4));
      const se = ((uppers[k] as number) - (lowers[k] as number)) / (2 * 1.959963984540054);
      expect(relativeError(row.standardError, se), `SE at ${row.startAge}`).toBeLessThan(1e-7);
      expect(row.flags, `flags at ${row.startAge}`).toEqual(k < 9 ? [] : ['wide-interval']);
    });
    // total population 5,892 ≥ 5,000: not flagged small
    expect(small.flags).toEqual([]);
    expect(lifeTable({ startAges: [0, 1], deaths: [1, 30], population: [100, 4000] }).flags).toEqual(['small-population']);
  });

  it('any band edges: Vietnam-style 0, 1–4, 5–9, …, 80+ with a wide band flagged', () => {
    const starts = [0, 1, 5, 15, 40, 60, 80];
    const result = lifeTable({ startAges: starts, deaths: [30, 8, 10, 60, 300, 900, 1200], population: [2000, 8000, 20000, 40000, 50000, 20000, 5000] });
    expect(result.rows.map((row) => row.width)).toEqual([1, 4, 10, 25, 20, 20, null]);
    expect(result.rows.map((row) => row.flags.includes('wide-band'))).toEqual([false, false, false, true, false, false, false]);
    // a₀ applies to the first year only: a = 0.1, 0.5, …
    expect(result.rows.map((row) => row.fractionLived)).toEqual([0.1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(lifeTable({ startAges: starts, deaths: [30, 8, 10, 60, 300, 900, 1200], population: [2000, 8000, 20000, 40000, 50000, 20000, 5000], a0: 0.3 }).rows[0]?.fractionLived).toBe(0.3);
  });

  it('a hand-worked two-band table', () => {
    // 0–9 (n = 10, a = a₀ = 0.1 since it starts at 0): m = 50/10 000 = 0.005;
    // q = 10·0.005 / (1 + 10·0.9·0.005) = 0.05 / 1.045 = 0.04784689; l₁₀ = 95 215.311
    // L₀ = 10·(95 215.311 + 0.1·4 784.689) = 956 937.80; open 10+: m = 400/20 000 = 0.02, L = 95 215.311/0.02 = 4 760 765.55
    // e₀ = (956 937.80 + 4 760 765.55) / 100 000 = 57.17703
    const two = lifeTable({ startAges: [0, 10], deaths: [50, 400], population: [10000, 20000] });
    expect(two.rows[0]?.probabilityOfDying.toFixed(8)).toBe('0.04784689');
    expect(two.rows[1]?.survivors.toFixed(3)).toBe('95215.311');
    expect(two.rows[0]?.expectancy.toFixed(5)).toBe('57.17703');
    expect(two.rows[1]?.expectancy).toBe(50);
  });

  it('endAges: a gap, an overlap or a misplaced open band is a coded error', () => {
    const base = { startAges: [0, 5, 15], deaths: [5, 5, 50], population: [1000, 1000, 1000] };
    expect(lifeTable({ ...base, endAges: [4, 14, null] }).rows).toHaveLength(3);
    expectChitieuError(() => lifeTable({ ...base, endAges: [4, 9, null] }), 'INVALID_AGE_BANDS', 'endAges[1]');
    expectChitieuError(() => lifeTable({ ...base, endAges: [5, 14, null] }), 'INVALID_AGE_BANDS', 'endAges[0]');
    expectChitieuError(() => lifeTable({ ...base, endAges: [null, 14, null] }), 'INVALID_AGE_BANDS', 'endAges[0]');
    expectChitieuError(() => lifeTable({ ...base, endAges: [4, 14, 20] }), 'INVALID_AGE_BANDS', 'endAges[2]');
    expectChitieuError(() => lifeTable({ ...base, endAges: [4, 14] }), 'LENGTH_MISMATCH', 'endAges');
    expectChitieuError(() => lifeTable({ ...base, startAges: [0, 5, 5] }), 'INVALID_AGE_BANDS', 'startAges[2]');
  });

  it('rejects bad data with coded errors naming the band', () => {
    const base = { startAges: [0, 1, 5], deaths: [10, 2, 300], population: [1000, 4000, 5000] };
    expectChitieuError(() => lifeTable({ ...base, deaths: [10, -2, 300] }), 'NEGATIVE_COUNT', 'deaths[1]');
    expectChitieuError(() => lifeTable({ ...base, population: [1000, -4000, 5000] }), 'NEGATIVE_COUNT', 'population[1]');
    expectChitieuError(() => lifeTable({ ...base, population: [1000, 0, 5000] }), 'ZERO_DENOMINATOR', 'population[1]');
    expectChitieuError(() => lifeTable({ ...base, deaths: [10, 4001, 300] }), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'deaths[1]');
    // 0.5 ≤ m: in a 4-year band q would reach 1 (n·a·m = 4 · 0.5 · 0.5 = 1)
    expectChitieuError(() => lifeTable({ ...base, deaths: [10, 2000, 300] }), 'OUT_OF_RANGE', 'deaths[1]');
    expectChitieuError(() => lifeTable({ ...base, deaths: [10, 2, 0] }), 'ZERO_DENOMINATOR', 'deaths[2]');
    expectChitieuError(() => lifeTable({ ...base, deaths: [10, 2] }), 'LENGTH_MISMATCH', 'deaths');
    expectChitieuError(() => lifeTable({ ...base, population: [1000, 4000, 5000, 1] }), 'LENGTH_MISMATCH', 'population');
    expectChitieuError(() => lifeTable({ ...base, startAges: [] }), 'INVALID_ARGUMENT', 'startAges');
    expectChitieuError(() => lifeTable({ ...base, startAges: null as never }), 'INVALID_ARGUMENT', 'startAges');
    expectChitieuError(() => lifeTable({ ...base, deaths: 'x' as never }), 'INVALID_ARGUMENT', 'deaths');
    expectChitieuError(() => lifeTable({ ...base, startAges: [0, 1.5, 5] }), 'OUT_OF_RANGE', 'startAges[1]');
    expectChitieuError(() => lifeTable({ ...base, startAges: [0, -1, 5] }), 'OUT_OF_RANGE', 'startAges[1]');
    expectChitieuError(() => lifeTable({ ...base, startAges: [0, Number.NaN, 5] }), 'INVALID_NUMBER', 'startAges[1]');
    expectChitieuError(() => lifeTable({ ...base, startAges: [0, '1', 5] as never }), 'INVALID_ARGUMENT', 'startAges[1]');
    expectChitieuError(() => lifeTable({ ...base, a0: 1 }), 'OUT_OF_RANGE', 'a0');
    expectChitieuError(() => lifeTable({ ...base, a0: Number.NaN }), 'INVALID_NUMBER', 'a0');
    expectChitieuError(() => lifeTable({ ...base, level: 1 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => lifeTable(undefined as never), 'INVALID_ARGUMENT', 'options');
    // an open band of 5e-324 deaths among 5e-324 people: Var(1/m) = 1/(D·m²) overflows
    expectChitieuError(() => lifeTable({ ...base, deaths: [10, 2, 5e-324], population: [1000, 4000, 5e-324] }), 'OUT_OF_RANGE', 'population');
    expectEachRejected(NOT_NUMBERS, (v) => lifeTable({ ...base, deaths: [10, v as number, 300] }), 'INVALID_NUMBER', 'deaths[1]');
    expectEachRejected(BEYOND_DOUBLE, (v) => lifeTable({ ...base, population: [1000, v as number, 5000] }), 'OUT_OF_RANGE', 'population[1]');
  });

  it('a table that starts after birth uses a = 0.5 in its first band, whatever a₀', () => {
    // 60–69: n = 10, a = 0.5, m = 100/10 000 = 0.01, q = 0.1 / (1 + 10·0.5·0.01) = 0.1/1.05 = 2/21;
    // l₇₀ = 100 000·19/21; L₆₀ = 10·l₆₀·(1 − q/2) = 10⁶·20/21; open 70+: m = 500/5000 = 0.1,
    // L₇₀ = l₇₀/0.1 = 10⁶·19/21; e₆₀ = (20 + 19)/21 · 10⁶/10⁵ = 130/7
    const old = lifeTable({ startAges: [60, 70], deaths: [100, 500], population: [10000, 5000], a0: 0.3 });
    expect(old.rows.map((row) => row.fractionLived)).toEqual([0.5, 0.5]);
    expect(relativeError(old.rows[0]?.probabilityOfDying as number, 2 / 21)).toBeLessThan(1e-15);
    expect(relativeError(old.rows[0]?.expectancy as number, 130 / 7)).toBeLessThan(1e-14);
    expect(old.a0).toBe(0.3);
    expect(table.a0).toBe(0.1);
  });

  it('flags only what is beyond the limits: a 20-year interval, a 5,000 population', () => {
    // one open band with D = 1: m = 1/P and SE = 1/(m·√D) = P. R 4.2.2:
    // sprintf('%.17g', 10/qnorm(0.975)) = 5.102134569246541, and
    // sprintf('%.17g', 2*qnorm(0.975)*5.102134569246541) = "20": exactly 20 years wide
    const edge = lifeTable({ startAges: [0], deaths: [1], population: [5.102134569246541] });
    expect(edge.rows[0]?.standardError).toBe(5.102134569246541);
    expect(edge.rows[0]?.flags).toEqual([]);
    // the next double, 5.1021345692465419: 2*qnorm(0.975)*p = 20.000000000000004 (R)
    const wider = lifeTable({ startAges: [0], deaths: [1], population: [5.1021345692465419] });
    expect(wider.rows[0]?.flags).toEqual(['wide-interval']);
    // PHE suppresses below 5,000: exactly 5,000 is not flagged, 4,999 is
    expect(lifeTable({ startAges: [0, 1], deaths: [1, 30], population: [1000, 4000] }).flags).toEqual([]);
    expect(lifeTable({ startAges: [0, 1], deaths: [1, 30], population: [999, 4000] }).flags).toEqual(['small-population']);
  });

  it('endAges: a one-year band (0–0) is neither a gap nor an overlap', () => {
    const infants = lifeTable({ startAges: [0, 1, 5], deaths: [5, 5, 50], population: [1000, 1000, 1000], endAges: [0, 4, null] });
    expect(infants.rows.map((row) => row.width)).toEqual([1, 4, null]);
  });

  it('error messages name the value and the bands involved', () => {
    const base = { startAges: [0, 5, 15], deaths: [5, 5, 50], population: [1000, 1000, 1000] };
    const message = (run: () => unknown, code: Parameters<typeof expectChitieuError>[1], field: string): string => expectChitieuError(run, code, field).message;
    expect(message(() => lifeTable({ ...base, startAges: [0, 1.5, 5] }), 'OUT_OF_RANGE', 'startAges[1]')).toBe('startAges[1] must be a whole number of years ≥ 0 (got 1.5)');
    // the repeat is named at its later position, in any order of the bands
    expect(message(() => lifeTable({ ...base, startAges: [5, 0, 5] }), 'INVALID_AGE_BANDS', 'startAges[2]')).toBe('startAges[2]: the start age 5 appears twice');
    expect(message(() => lifeTable({ ...base, startAges: [15, 15, 0] }), 'INVALID_AGE_BANDS', 'startAges[1]')).toBe('startAges[1]: the start age 15 appears twice');
    expect(message(() => lifeTable({ ...base, endAges: [4, 14] }), 'LENGTH_MISMATCH', 'endAges')).toBe('endAges must have as many entries as startAges (3; got 2)');
    expect(message(() => lifeTable({ ...base, deaths: [5, 5] }), 'LENGTH_MISMATCH', 'deaths')).toBe('deaths must have as many entries as startAges (3; got 2)');
    expect(message(() => lifeTable({ ...base, endAges: [4, 9, null] }), 'INVALID_AGE_BANDS', 'endAges[1]')).toBe('endAges[1]: the band 5–9 leaves a gap before the band starting at 15');
    expect(message(() => lifeTable({ ...base, endAges: [5, 14, null] }), 'INVALID_AGE_BANDS', 'endAges[0]')).toBe('endAges[0]: the band 0–5 overlaps the band starting at 5');
    expect(message(() => lifeTable({ ...base, a0: 1 }), 'OUT_OF_RANGE', 'a0')).toBe('a0 must be strictly between 0 and 1 (got 1)');
    expect(message(() => lifeTable({ ...base, deaths: [5, 1001, 50] }), 'NUMERATOR_EXCEEDS_DENOMINATOR', 'deaths[1]')).toBe('deaths[1] (1001) must not exceed population[1] (1000)');
    // 5–14: m = 200/1000 = 0.2, n·a·m = 10·0.5·0.2 = 1
    expect(message(() => lifeTable({ ...base, deaths: [5, 200, 50] }), 'OUT_OF_RANGE', 'deaths[1]')).toBe(
      'deaths[1] give a probability of dying of 1 or more in the 10-year band from age 5 (mx = 0.2); merge it with a neighbouring band',
    );
  });

  it('a₀ must be strictly between 0 and 1', () => {
    const base = { startAges: [0, 1, 5], deaths: [10, 2, 300], population: [1000, 4000, 5000] };
    expectChitieuError(() => lifeTable({ ...base, a0: 0 }), 'OUT_OF_RANGE', 'a0');
    expectChitieuError(() => lifeTable({ ...base, a0: -0.1 }), 'OUT_OF_RANGE', 'a0');
    // just inside: q₀ = m/(1 + (1 − a₀)m) with m = 0.01; a₀ → 0 gives 0.01/1.01
    expect(relativeError(lifeTable({ ...base, a0: Number.MIN_VALUE }).rows[0]?.probabilityOfDying as number, 0.01 / 1.01)).toBeLessThan(1e-15);
  });

  it('fuzz: finite results, lower ≤ e ≤ upper, e ≥ 0', () => {
    const band = fc.record({ population: fc.integer({ min: 1000, max: 1e7 }), rate: fc.double({ min: 0, max: 0.05, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(band, { minLength: 2, maxLength: 22 }), (bands) => {
        const startAges = bands.map((_, k) => (k === 0 ? 0 : k === 1 ? 1 : 5 * (k - 1)));
        const deaths = bands.map((b, k) => Math.max(k === bands.length - 1 ? 1 : 0, Math.round(b.rate * b.population)));
        const result = lifeTable({ startAges, deaths, population: bands.map((b) => b.population) });
        return result.rows.every(
          (row) => Number.isFinite(row.expectancy) && Number.isFinite(row.standardError) && row.lower <= row.expectancy && row.expectancy <= row.upper && row.expectancy >= 0,
        );
      }),
      { numRuns: 200 },
    );
  });
});
