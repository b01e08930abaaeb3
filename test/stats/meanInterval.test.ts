import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/stats/index.js';
import { BEYOND_DOUBLE, expectChitieuError, expectEachRejected, NOT_NUMBERS, reference, relativeError } from './helpers.js';

// PHEindicatormethods 2.1.0, tests/testthat/testdata_Mean.xlsx: sheets testdata_Mean and
// testdata_Mean_results (Student's t-distribution), Area1 and Area2.
const AREA1 = [33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927];
const AREA2 = [5555.66666, 6666.77777, 4444.88888, 2222.99999, 3333.88888, 5555.44444, 6666.33333, 7777.44444, 5555.99999, 8888.33333, 2222.55555, 4444.33333, 6666.22222, 4444.11111, 4444.22222, 5555.11111, 7777.22222, 9999.77777];

describe('meanInterval', () => {
  it('matches PHE’s reference means at 95% and 99.8%', () => {
    const cases = [
      { values: AREA1, sd: 20.975575257709309, mean: 53.704345000000011, l95: 36.168325241336504, u95: 71.240364758663517, l998: 18.216705294788838, u998: 89.191984705211183 },
      { values: AREA2, sd: 2117.8317161590671, mean: 5678.9629577777778, l95: 4625.7900224529722, u95: 6732.1358931025834, l998: 3859.0770997295967, u998: 7498.8488158259588 },
      { values: [...AREA1, ...AREA2], sd: 3171.8018122194453, mean: 3948.1141538461534, l95: 2666.9956767458489, u95: 5229.2326309464579, l998: 1801.9535385474737, u998: 6094.274769144833 },
    ];
    for (const row of cases) {
      const at95 = meanInterval({ values: row.values });
      const at998 = meanInterval({ values: row.values, level: 0.998 });
      expect(relativeError(at95.value, row.mean)).toBeLessThan(1e-13);
      expect(relativeError(at95.standardDeviation, row.sd)).toBeLessThan(1e-12);
      for (const [got, want] of [[at95.lower, row.l95], [at95.upper, row.u95], [at998.lower, row.l998], [at998.upper, row.u998]] as const) {
        expect(relativeError(got, want)).toBeLessThan(1e-12);
      }
    }
  });

  it('matches R’s t.test on the fixture rows, from values and from the summary', () => {
    expect(reference.means.length).toBe(9);
    for (const row of reference.means) {
      const result = meanInterval({ values: row.values, level: row.level });
      expect(relativeError(result.lower, row.lower)).toBeLessThan(1e-12);
      expect(relativeError(result.upper, row.upper)).toBeLessThan(1e-12);
      const summary = meanInterval({ mean: result.value, standardDeviation: result.standardDeviation, count: row.values.length, level: row.level });
      expect(summary.lower).toBe(result.lower);
      expect(summary.degreesOfFreedom).toBe(row.values.length - 1);
    }
  });

  it('accepts every numeric form; equal values give a zero-width interval', () => {
    expect(meanInterval({ values: ['1.5', 2n, new Decimal('2.5')] }).value).toBe(2);
    expect(meanInterval({ values: [4, 4, 4] })).toMatchObject({ value: 4, lower: 4, upper: 4, standardError: 0 });
    expect(meanInterval({ mean: '131.4', standardDeviation: new Decimal('7.9'), count: 400 }).standardError).toBeCloseTo(0.395, 15);
  });

  it('two values are enough', () => {
    // R 4.2.2: sprintf('%.17g', t.test(c(1,3))$conf.int) = -10.706204736174694, 14.706204736174694
    const two = meanInterval({ values: [1, 3] });
    expect(two.value).toBe(2);
    expect(relativeError(two.lower, -10.706204736174694)).toBeLessThan(1e-12);
    expect(relativeError(two.upper, 14.706204736174694)).toBeLessThan(1e-12);
    expect(two.degreesOfFreedom).toBe(1);
  });

  it('limits beyond a double on either side are an error, not ±Infinity', () => {
    // t·s/√n = qt(0.975, 3)·1e307/2 ≈ 1.6e307: 1.79e308 ± that crosses the largest double (1.7977e308) on one side only
    expectChitieuError(() => meanInterval({ mean: 1.79e308, standardDeviation: 1e307, count: 4 }), 'OUT_OF_RANGE', 'standardDeviation');
    expectChitieuError(() => meanInterval({ mean: -1.79e308, standardDeviation: 1e307, count: 4 }), 'OUT_OF_RANGE', 'standardDeviation');
  });

  it('error messages', () => {
    const message = (run: () => unknown, code: Parameters<typeof expectChitieuError>[1], field: string): string => expectChitieuError(run, code, field).message;
    expect(message(() => meanInterval({ values: [1] }), 'INVALID_ARGUMENT', 'values')).toBe('values must have at least 2 entries (got 1)');
    expect(message(() => meanInterval({ values: [1e308, -1e308, 1e308] }), 'OUT_OF_RANGE', 'values')).toBe('values are too large for their spread to be computed in doubles');
    const summary = { mean: 10, standardDeviation: 2, count: 10 };
    expect(message(() => meanInterval({ ...summary, count: 2.5 }), 'NOT_AN_INTEGER', 'count')).toBe('count must be a whole number (got 2.5)');
    expect(message(() => meanInterval({ ...summary, count: 1 }), 'OUT_OF_RANGE', 'count')).toBe('count must be at least 2 (got 1)');
    expect(message(() => meanInterval({ ...summary, count: Number.POSITIVE_INFINITY }), 'INVALID_NUMBER', 'count')).toBe('count must be a finite number (got Infinity)');
    expect(message(() => meanInterval({ ...summary, count: '10' as never }), 'INVALID_ARGUMENT', 'count')).toBe('count must be a number (got "10")');
    expect(message(() => meanInterval({ mean: 1e308, standardDeviation: 1e308, count: 2 }), 'OUT_OF_RANGE', 'standardDeviation')).toBe(
      'standardDeviation is too extreme: the result does not fit in a double',
    );
  });

  it('rejects bad input', () => {
    expectChitieuError(() => meanInterval({ values: [1] }), 'INVALID_ARGUMENT', 'values');
    expectChitieuError(() => meanInterval({ values: [] }), 'INVALID_ARGUMENT', 'values');
    expectChitieuError(() => meanInterval({ values: [1e308, -1e308, 1e308] }), 'OUT_OF_RANGE', 'values');
    expectEachRejected(NOT_NUMBERS, (v) => meanInterval({ values: [1, v as number] }), 'INVALID_NUMBER', 'values[1]');
    expectEachRejected(BEYOND_DOUBLE, (v) => meanInterval({ values: [1, v as number] }), 'OUT_OF_RANGE', 'values[1]');
    const summary = { mean: 10, standardDeviation: 2, count: 10 };
    expectChitieuError(() => meanInterval({ ...summary, count: 1 }), 'OUT_OF_RANGE', 'count');
    expectChitieuError(() => meanInterval({ ...summary, count: 2.5 }), 'NOT_AN_INTEGER', 'count');
    expectChitieuError(() => meanInterval({ ...summary, count: Number.NaN }), 'INVALID_NUMBER', 'count');
    expectChitieuError(() => meanInterval({ ...summary, count: '10' as never }), 'INVALID_ARGUMENT', 'count');
    expectChitieuError(() => meanInterval({ ...summary, standardDeviation: -1 }), 'NEGATIVE_COUNT', 'standardDeviation');
    expectChitieuError(() => meanInterval({ ...summary, mean: Number.NaN }), 'INVALID_NUMBER', 'mean');
    expectChitieuError(() => meanInterval({ ...summary, level: 1 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => meanInterval({} as never), 'INVALID_ARGUMENT', 'options');
    // limits that overflow a double
    expectChitieuError(() => meanInterval({ mean: 1e308, standardDeviation: 1e308, count: 2 }), 'OUT_OF_RANGE', 'standardDeviation');
    expectChitieuError(() => meanInterval(null as never), 'INVALID_ARGUMENT', 'options');
  });
});
