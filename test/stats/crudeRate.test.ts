import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { crudeRate } from '../../src/stats/index.js';
import { BEYOND_DOUBLE, expectChitieuError, expectEachRejected, NOT_NUMBERS, relativeError } from './helpers.js';

// PHEindicatormethods 2.1.0, tests/testthat/testdata_Rate.xlsx, sheet testdata_Rate, rows with
// multiplier 100,000 (Area1–Area8, Area12): value and 95% / 99.8% limits, exact below 10 events
// and Byar from 10.
const PHE_RATES = [
  { x: 1, n: 100, value: 1000, l95: 25.317807984289896, u95: 5571.6433909388979, l998: 1.0005003335835343, u998: 9233.4134764515857, method: 'exact' },
  { x: 5, n: 100, value: 5000, l95: 1623.4863901184199, u95: 11668.332079322669, l998: 739.37173191783893, u998: 16454.745203680104, method: 'exact' },
  { x: 20, n: 100, value: 20000, l95: 12211.428834875936, u95: 30889.880369197064, l998: 8922.8023651441927, u998: 38085.035625041914, method: 'byar' },
  { x: 65, n: 100, value: 65000, l95: 50163.187710459453, u95: 82849.138545939844, l998: 42880.261471480204, u998: 94000.290844318006, method: 'byar' },
  { x: 9856, n: 12345, value: 79837.991089509916, l95: 78269.490589767578, u95: 81430.016542721409, l998: 77375.905432710526, u998: 82354.472770954308, method: 'byar' },
  { x: 7776456, n: 7564336677, value: 102.80420256339154, l95: 102.73196005302074, u95: 102.87648334092832, l998: 102.690317308454, u998: 102.91817639509068, method: 'byar' },
  { x: 222, n: 3215, value: 6905.1321928460338, l95: 6026.5748776526743, u95: 7875.7293708718507, l998: 5560.7376952598534, u998: 8461.0466817334109, method: 'byar' },
  { x: 999, n: 3456, value: 28906.25, l95: 27141.304936090521, u95: 30755.833237378414, l998: 26162.147596445768, u998: 31845.604819822653, method: 'byar' },
  // more events than population (person-time): a rate, not a proportion, so allowed
  { x: 250, n: 220, value: 113636.36363636365, l95: 99984.947385328764, u95: 128631.14487455782, l998: 92710.005544389525, u998: 137651.23772147458, method: 'byar' },
] as const;

describe('crudeRate', () => {
  it('matches PHEindicatormethods’ reference rates per 100,000 at 95% and 99.8%', () => {
    for (const row of PHE_RATES) {
      const at95 = crudeRate({ events: row.x, population: row.n });
      const at998 = crudeRate({ events: row.x, population: row.n, level: 0.998 });
      const where = `${row.x}/${row.n}`;
      expect(at95.method, where).toBe(row.method);
      expect(relativeError(at95.value, row.value), where).toBeLessThan(1e-13);
      expect(relativeError(at95.lower, row.l95), where).toBeLessThan(1e-11);
      expect(relativeError(at95.upper, row.u95), where).toBeLessThan(1e-11);
      expect(relativeError(at998.lower, row.l998), where).toBeLessThan(1e-11);
      expect(relativeError(at998.upper, row.u998), where).toBeLessThan(1e-11);
    }
  });

  it('per 100 gives the same limits scaled (PHE’s per-100 rows: 222/3215 → 6.02657–7.87573)', () => {
    const rate = crudeRate({ events: 222, population: 3215, per: 100 });
    expect(relativeError(rate.lower, 6.0265748776526751)).toBeLessThan(1e-12);
    expect(relativeError(rate.upper, 7.8757293708718503)).toBeLessThan(1e-12);
  });

  it('infant mortality in ‰: 14 deaths in 1,520 live births', () => {
    // 14 / 1520 × 1000 = 9.210526…; 14 ≥ 10 so Byar: lower = 14·(1 − 1/126 − 1.959964/(3·3.741657))³
    // = 14 × (1 − 0.0079365 − 0.1746075)³ = 14 × 0.8174560³ = 14 × 0.5462522 = 7.647531 → 7.647531 / 1.52 = 5.03127‰
    const rate = crudeRate({ events: 14, population: 1520, per: 1000 });
    expect(rate.value.toFixed(6)).toBe('9.210526');
    expect(rate.method).toBe('byar');
    expect(rate.lower.toFixed(4)).toBe('5.0313');
  });

  it('accepts every numeric input form, and a forced method', () => {
    const base = crudeRate({ events: 9, population: 1000 });
    expect(base.method).toBe('exact');
    expect(crudeRate({ events: '9', population: 1000n })).toEqual(base);
    expect(crudeRate({ events: new Decimal(9), population: '1e3' })).toEqual(base);
    expect(crudeRate({ events: 9, population: 1000, method: 'byar' }).method).toBe('byar');
    expect(crudeRate({ events: 12, population: 1000, method: 'exact' }).method).toBe('exact');
    // zero events: exact, lower bound 0
    expect(crudeRate({ events: 0, population: 1000 }).lower).toBe(0);
  });

  it('rejects bad input with coded errors naming the field', () => {
    expectEachRejected(NOT_NUMBERS, (v) => crudeRate({ events: v as number, population: 10 }), 'INVALID_NUMBER', 'events');
    expectEachRejected(NOT_NUMBERS, (v) => crudeRate({ events: 1, population: v as number }), 'INVALID_NUMBER', 'population');
    expectEachRejected(BEYOND_DOUBLE, (v) => crudeRate({ events: 1, population: v as number }), 'OUT_OF_RANGE', 'population');
    expectChitieuError(() => crudeRate({ events: -1, population: 10 }), 'NEGATIVE_COUNT', 'events');
    expectChitieuError(() => crudeRate({ events: 2.5, population: 10 }), 'NOT_AN_INTEGER', 'events');
    expectChitieuError(() => crudeRate({ events: 5e-323, population: 10 }), 'NOT_AN_INTEGER', 'events');
    expectChitieuError(() => crudeRate({ events: 2 ** 53, population: 10 }), 'OUT_OF_RANGE', 'events');
    expectChitieuError(() => crudeRate({ events: 5e9, population: 1e12, method: 'exact' }), 'OUT_OF_RANGE', 'events');
    expectChitieuError(() => crudeRate({ events: 1, population: 5e-324 }), 'OUT_OF_RANGE', 'population');
    expectChitieuError(() => crudeRate({ events: 1, population: 0 }), 'ZERO_DENOMINATOR', 'population');
    expectChitieuError(() => crudeRate({ events: 1, population: -5 }), 'NEGATIVE_COUNT', 'population');
    expectChitieuError(() => crudeRate({ events: 1, population: 10, per: 0 }), 'OUT_OF_RANGE', 'per');
    expectChitieuError(() => crudeRate({ events: 1, population: 10, per: Number.NaN }), 'INVALID_NUMBER', 'per');
    expectChitieuError(() => crudeRate({ events: 1, population: 10, level: 95 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => crudeRate({ events: 1, population: 10, method: 'wald' as 'exact' }), 'INVALID_ARGUMENT', 'method');
    expectChitieuError(() => crudeRate(null as never), 'INVALID_ARGUMENT', 'options');
    // huge and tiny magnitudes that are doubles work
    expect(crudeRate({ events: 1e15, population: 1e300 }).value).toBeCloseTo(1e-280, 290);
    expect(crudeRate({ events: 3, population: 1e-300, per: 1 }).value).toBeCloseTo(3e300, -290);
  });
});
