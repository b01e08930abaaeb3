import { describe, expect, it } from 'vitest';
import { directlyStandardisedRate } from '../../src/stats/index.js';
import { BEYOND_DOUBLE, expectChitieuError, expectEachRejected, NOT_NUMBERS, relativeError } from './helpers.js';

// PHEindicatormethods 2.1.0, tests/testthat/testdata_DSR_ISR.xlsx: sheet testdata_multiarea
// (19 bands 0–4 … 90+), the ESP 2013 weights of data-raw/LoadTestdata.R, and sheet
// testresults_DSR (Dobson with Byar's limits).
const ESP2013_19 = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];
const POP = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const BIG = [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91];
const SMALL = [12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4];
const TINY = [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 2, 3];

describe('directlyStandardisedRate', () => {
  it('matches PHE’s reference DSRs per 100,000 (testdata_big, testdata_small) at 95% and 99.8%', () => {
    const cases = [
      { events: BIG, total: 895, value: 10430.247991469423, l95: 9717.709067985681, u95: 11178.94091547925, l998: 9323.2878802199029, u998: 11620.595999522058 },
      { events: SMALL, total: 91, value: 1103.212025300104, l95: 877.455767536709, u95: 1367.0882227251795, l998: 763.64203579398793, u998: 1530.0328948244762 },
    ];
    for (const row of cases) {
      const at95 = directlyStandardisedRate({ events: row.events, population: POP, standard: ESP2013_19 });
      const at998 = directlyStandardisedRate({ events: row.events, population: POP, standard: ESP2013_19, level: 0.998 });
      expect(at95.events).toBe(row.total);
      expect(at95.population).toBe(8970);
      expect(relativeError(at95.value, row.value)).toBeLessThan(1e-12);
      expect(relativeError(at95.lower, row.l95)).toBeLessThan(1e-10);
      expect(relativeError(at95.upper, row.u95)).toBeLessThan(1e-10);
      expect(relativeError(at998.lower, row.l998)).toBeLessThan(1e-10);
      expect(relativeError(at998.upper, row.u998)).toBeLessThan(1e-10);
      expect(at95.flags).toEqual([]);
    }
  });

  it('per 10,000 (PHE rows 1–2) and a user standard (ESP 1976, 18 bands to 85+)', () => {
    const big = directlyStandardisedRate({ events: BIG, population: POP, standard: ESP2013_19, per: 10000 });
    expect(relativeError(big.value, 1043.0247991469423)).toBeLessThan(1e-12);
    expect(relativeError(big.lower, 971.77090679856803)).toBeLessThan(1e-10);
    expect(relativeError(big.upper, 1117.894091547925)).toBeLessThan(1e-10);
    // sheet testdata_1976: 18 bands, 85+ last; testresults_DSR row testdata_1976 per 100,000 (95%)
    const esp1976 = [8000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 6000, 5000, 4000, 3000, 2000, 1000, 1000];
    const old = directlyStandardisedRate({ events: BIG.slice(0, 18), population: POP.slice(0, 18), standard: esp1976 });
    expect(old.events).toBe(804);
    expect(relativeError(old.value, 8592.0975850223658)).toBeLessThan(1e-12);
    expect(relativeError(old.lower, 7991.160931442103)).toBeLessThan(1e-10);
    expect(relativeError(old.upper, 9225.2538803183179)).toBeLessThan(1e-10);
  });

  it('flags fewer than 10 events (PHE returns NA for testdata_tiny) and can use exact limits', () => {
    const tiny = directlyStandardisedRate({ events: TINY, population: POP, standard: ESP2013_19 });
    expect(tiny.events).toBe(9);
    expect(tiny.flags).toEqual(['fewer-than-10-events']);
    // exact: O = 9, O_L = qchisq(0.025, 18)/2 = 8.230746/2 = 4.115373 (R), O_U = qchisq(0.975, 20)/2 = 34.169607/2 = 17.084803
    const exact = directlyStandardisedRate({ events: TINY, population: POP, standard: ESP2013_19, method: 'exact' });
    const scale = Math.sqrt(exact.variance / 9) * 100000;
    expect(relativeError(exact.lower, exact.value + scale * (4.115373 - 9))).toBeLessThan(1e-6);
    expect(relativeError(exact.upper, exact.value + scale * (17.084803 - 9))).toBeLessThan(1e-6);
    expect(exact.method).toBe('exact');
  });

  it('worked by hand: two bands with a 60:40 standard', () => {
    // DSR = 100 000 × (0.6·10/5000 + 0.4·40/2000) = 920; Var = 0.36·10/5000² + 0.16·40/2000² = 1.744e-6
    const dsr = directlyStandardisedRate({ events: [10, 40], population: [5000, 2000], standard: [60, 40] });
    expect(dsr.value).toBeCloseTo(920, 10);
    expect(dsr.variance).toBeCloseTo(1.744e-6, 18);
    expect(dsr.crude).toBeCloseTo(714.2857142857, 9);
  });

  it('rejects bad input with coded errors naming the field', () => {
    const base = { events: [10, 40], population: [5000, 2000], standard: [60, 40] };
    expectChitieuError(() => directlyStandardisedRate({ ...base, events: [0, 0] }), 'OUT_OF_RANGE', 'events');
    expectChitieuError(() => directlyStandardisedRate({ ...base, events: [] }), 'INVALID_ARGUMENT', 'events');
    expectChitieuError(() => directlyStandardisedRate({ ...base, events: [-1, 3] }), 'NEGATIVE_COUNT', 'events[0]');
    expectChitieuError(() => directlyStandardisedRate({ ...base, events: [1.5, 3] }), 'NOT_AN_INTEGER', 'events[0]');
    expectChitieuError(() => directlyStandardisedRate({ ...base, events: [5e9, 3], population: [1e12, 1e12], method: 'exact' }), 'OUT_OF_RANGE', 'events');
    expectChitieuError(() => directlyStandardisedRate({ ...base, population: [1e-320, 5] }), 'OUT_OF_RANGE', 'population');
    expectChitieuError(() => directlyStandardisedRate({ ...base, population: [5000] }), 'LENGTH_MISMATCH', 'population');
    expectChitieuError(() => directlyStandardisedRate({ ...base, standard: [1, 2, 3] }), 'LENGTH_MISMATCH', 'standard');
    expectChitieuError(() => directlyStandardisedRate({ ...base, population: [5000, 0] }), 'ZERO_DENOMINATOR', 'population[1]');
    expectChitieuError(() => directlyStandardisedRate({ ...base, standard: [0, 0] }), 'ZERO_DENOMINATOR', 'standard');
    expectChitieuError(() => directlyStandardisedRate({ ...base, standard: [-1, 2] }), 'NEGATIVE_COUNT', 'standard[0]');
    expectChitieuError(() => directlyStandardisedRate({ ...base, standard: [Number.POSITIVE_INFINITY, 2] }), 'INVALID_NUMBER', 'standard[0]');
    expectChitieuError(() => directlyStandardisedRate({ ...base, method: 'wilson' as 'exact' }), 'INVALID_ARGUMENT', 'method');
    expectChitieuError(() => directlyStandardisedRate({ ...base, per: -1 }), 'OUT_OF_RANGE', 'per');
    expectChitieuError(() => directlyStandardisedRate({ ...base, level: 1.5 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => directlyStandardisedRate([] as never), 'INVALID_ARGUMENT', 'options');
    expectEachRejected(NOT_NUMBERS, (v) => directlyStandardisedRate({ ...base, events: [v as number, 3] }), 'INVALID_NUMBER', 'events[0]');
    expectEachRejected(BEYOND_DOUBLE, (v) => directlyStandardisedRate({ ...base, population: [v as number, 3] }), 'OUT_OF_RANGE', 'population[0]');
  });
});

describe('directlyStandardisedRate at the edges of a double', () => {
  it('quotes a negative weight', () => {
    const error = expectChitieuError(() => directlyStandardisedRate({ events: [1, 2], population: [10, 10], standard: [1, -2] }), 'NEGATIVE_COUNT', 'standard[1]');
    expect([error.message, error.vi]).toEqual(['standard[1] must not be negative (got -2)', 'standard[1] không được âm (nhận -2)']);
  });
  it('exactly 10 events are not flagged as fewer than 10', () => {
    expect(directlyStandardisedRate({ events: [10], population: [1000], standard: [1] }).flags).toEqual([]);
    expect(directlyStandardisedRate({ events: [9], population: [1000], standard: [1] }).flags).toEqual(['fewer-than-10-events']);
  });
  it('a tiny per with a large rate stays finite', () => {
    // by hand: 1 event in 1e-10 people is a rate of 1e10 per head; × per 1e-300 = 1e-290
    const dsr = directlyStandardisedRate({ events: [1], population: [1e-10], standard: [1], per: 1e-300 });
    expect(relativeError(dsr.value, 1e-290)).toBeLessThan(1e-15);
    expect(relativeError(dsr.crude, 1e-290)).toBeLessThan(1e-15);
  });
  it('an upper limit just inside a double is returned; one beyond it is refused', () => {
    // one band, 1 event in 1 person, weight 1: rate 1, variance 1, so the limits are Byar's
    // limits for 1 event × per. Byar's upper limit for 1 event (y = 2):
    // R 4.2.2: sprintf('%.17g', 2*(1-1/18+qnorm(0.975)/(3*sqrt(2)))^3) = 5.5637555824752605
    const dsr = directlyStandardisedRate({ events: [1], population: [1], standard: [1], per: 3e307 });
    expect(dsr.value).toBe(3e307);
    // R 4.2.2: sprintf('%.17g', 3e307*2*(1-1/18+qnorm(0.975)/(3*sqrt(2)))^3) = 1.6691266747425781e+308
    expect(relativeError(dsr.upper, 1.6691266747425781e308)).toBeLessThan(1e-9);
    // per 1e308: the rate is 1e308 but its upper limit 5.56e308 is not a double
    expectChitieuError(() => directlyStandardisedRate({ events: [1], population: [1], standard: [1], per: 1e308 }), 'OUT_OF_RANGE', 'population');
    // 8 events in 1 person, per 1.5e307: the rate, 1.2e308, fits; Byar's upper limit for 8 events,
    // 9·(1 − 1/81 + 1.96/9)³ ≈ 15.76 (so 1.5e307 × 15.76 ≈ 2.4e308), does not
    expectChitieuError(() => directlyStandardisedRate({ events: [8], population: [1], standard: [1], per: 1.5e307 }), 'OUT_OF_RANGE', 'population');
  });
  it('a crude rate beyond a double is refused even when the standardised rate is 0', () => {
    // the weighted band has no events (rate 0, variance 0); the unweighted one has 1 event in
    // 1e-150 people: crude = 1 / 2e-150 × 1e160 = 5e309, beyond a double
    expectChitieuError(
      () => directlyStandardisedRate({ events: [0, 1], population: [1e-150, 1e-150], standard: [1, 0], per: 1e160 }),
      'OUT_OF_RANGE',
      'population',
    );
  });
});
