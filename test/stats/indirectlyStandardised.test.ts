import { describe, expect, it } from 'vitest';
import { expectedEvents, indirectlyStandardisedRate, indirectlyStandardisedRatio } from '../../src/stats/index.js';
import { BEYOND_DOUBLE, expectChitieuError, expectEachRejected, NOT_NUMBERS, relativeError } from './helpers.js';

// PHEindicatormethods 2.1.0, tests/testthat/testdata_DSR_ISR.xlsx: sheets refdata, testdata_multiarea
// (testdata_big's populations) and testresults_ISR.
const REF_EVENTS = [10303, 2824, 0, 3615, 3641, 3490, 3789, 3213, 3031, 2771, 3089, 3490, 3595, 4745, 5514, 7125, 5694, 6210, 5757];
const REF_POP = [50520, 57173, 60213, 54659, 44345, 50128, 62163, 67423, 62899, 55463, 60479, 49974, 44140, 40888, 37239, 30819, 18136, 15325, 13918];
const POP = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const EXPECTED = 835.88356123117433;
const REF_RATE = 9349.8830922110192;

describe('expectedEvents', () => {
  it('matches PHE’s expected count for testdata_big: 835.88356123117433', () => {
    expect(relativeError(expectedEvents({ population: POP, referenceEvents: REF_EVENTS, referencePopulation: REF_POP }), EXPECTED)).toBeLessThan(1e-13);
    // the reference rate is Σ events / Σ population × 100 000
    const rate = (REF_EVENTS.reduce((a, b) => a + b) / REF_POP.reduce((a, b) => a + b)) * 100000;
    expect(relativeError(rate, REF_RATE)).toBeLessThan(1e-13);
  });

  it('rejects bad input', () => {
    const base = { population: [1000, 500], referenceEvents: [20, 90], referencePopulation: [10000, 3000] };
    expectChitieuError(() => expectedEvents({ ...base, referencePopulation: [10000, 0] }), 'ZERO_DENOMINATOR', 'referencePopulation[1]');
    expectChitieuError(() => expectedEvents({ ...base, referenceEvents: [20] }), 'LENGTH_MISMATCH', 'referenceEvents');
    expectChitieuError(() => expectedEvents({ ...base, population: [] }), 'INVALID_ARGUMENT', 'population');
    expectChitieuError(() => expectedEvents({ ...base, population: [-1, 2] }), 'NEGATIVE_COUNT', 'population[0]');
    expectChitieuError(() => expectedEvents(null as never), 'INVALID_ARGUMENT', 'options');
    expectEachRejected(NOT_NUMBERS, (v) => expectedEvents({ ...base, referenceEvents: [v as number, 1] }), 'INVALID_NUMBER', 'referenceEvents[0]');
  });
});

describe('indirectlyStandardisedRatio and indirectlyStandardisedRate', () => {
  const cases = [
    { observed: 895, method: 'byar', ratio: [1.0707232939020275, 1.0017147712553987, 1.1432332872498949, 0.96351556196144372, 1.1860070415876287], rate: [10011.137622091057, 9365.91600297888, 10689.097582910616, 9008.7578618655007, 11089.02718538338] },
    { observed: 91, method: 'byar', ratio: [0.10886683770400503, 8.765040101829405e-2, 0.13366576328418911, 7.6954255283921108e-2, 0.14897920510466744], rate: [1017.8922051511577, 819.52100250646299, 1249.7592601383201, 719.51329035282447, 1392.9381508991678] },
    { observed: 9, method: 'exact', ratio: [1.0767049882813684e-2, 4.9233808250957762e-3, 2.043921455549973e-2, 2.9339306550682617e-3, 2.7105896514690211e-2], rate: [100.6706576523123, 46.033035133078933, 191.10426659054028, 27.431908625542341, 253.43696352192359] },
  ] as const;

  it('match PHE’s reference ratios (× 1, × 100) and rates per 100,000 at 95% and 99.8%', () => {
    for (const row of cases) {
      const at95 = indirectlyStandardisedRatio({ observed: row.observed, expected: EXPECTED });
      const at998 = indirectlyStandardisedRatio({ observed: row.observed, expected: EXPECTED, level: 0.998 });
      const got = [at95.value, at95.lower, at95.upper, at998.lower, at998.upper];
      got.forEach((value, k) => expect(relativeError(value, row.ratio[k] as number), `${row.observed}: ${k}`).toBeLessThan(1e-11));
      expect(at95.method).toBe(row.method);
      const smr = indirectlyStandardisedRatio({ observed: row.observed, expected: EXPECTED, per: 100 });
      expect(relativeError(smr.upper, 100 * row.ratio[2])).toBeLessThan(1e-11);
      const r95 = indirectlyStandardisedRate({ observed: row.observed, expected: EXPECTED, referenceRate: REF_RATE });
      const r998 = indirectlyStandardisedRate({ observed: row.observed, expected: EXPECTED, referenceRate: REF_RATE, level: 0.998 });
      [r95.value, r95.lower, r95.upper, r998.lower, r998.upper].forEach((value, k) =>
        expect(relativeError(value, row.rate[k] as number), `rate ${row.observed}: ${k}`).toBeLessThan(1e-11),
      );
      expect(r95.per).toBe(100000);
    }
  });

  it('rejects bad input', () => {
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: 3, expected: 0 }), 'ZERO_DENOMINATOR', 'expected');
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: -3, expected: 2 }), 'NEGATIVE_COUNT', 'observed');
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: 3.5, expected: 2 }), 'NOT_AN_INTEGER', 'observed');
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: 3, expected: 1e-320 }), 'OUT_OF_RANGE', 'expected');
    expectChitieuError(() => indirectlyStandardisedRate({ observed: 3, expected: 1, referenceRate: 1e308 }), 'OUT_OF_RANGE', 'referenceRate');
    expectChitieuError(() => expectedEvents({ population: [1e300], referenceEvents: [1e300], referencePopulation: [1e-300] }), 'OUT_OF_RANGE', 'referencePopulation');
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: 3, expected: 2, per: 0 }), 'OUT_OF_RANGE', 'per');
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: 3, expected: 2, level: -1 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => indirectlyStandardisedRatio(3 as never), 'INVALID_ARGUMENT', 'options');
    expectEachRejected(NOT_NUMBERS, (v) => indirectlyStandardisedRatio({ observed: v as number, expected: 2 }), 'INVALID_NUMBER', 'observed');
    expectEachRejected(BEYOND_DOUBLE, (v) => indirectlyStandardisedRatio({ observed: 1, expected: v as number }), 'OUT_OF_RANGE', 'expected');
    expectChitieuError(() => indirectlyStandardisedRate({ observed: 3, expected: 2, referenceRate: 0 }), 'OUT_OF_RANGE', 'referenceRate');
    expectChitieuError(() => indirectlyStandardisedRate({ observed: 3, expected: 2, referenceRate: '5' as never }), 'INVALID_ARGUMENT', 'referenceRate');
    expectChitieuError(() => indirectlyStandardisedRate({ observed: 3, expected: 2, referenceRate: 5, level: 2 }), 'OUT_OF_RANGE', 'level');
  });
});

describe('indirectly standardised: edges', () => {
  it('names the entry of referencePopulation and per', () => {
    expectChitieuError(() => expectedEvents({ population: [1, 2], referenceEvents: [1, 2], referencePopulation: [10, 0] }), 'ZERO_DENOMINATOR', 'referencePopulation[1]');
    expectChitieuError(() => expectedEvents({ population: [1, 2], referenceEvents: [1, 2], referencePopulation: [10] }), 'LENGTH_MISMATCH', 'referencePopulation');
    expectChitieuError(() => indirectlyStandardisedRate({ observed: 3, expected: 2, referenceRate: 5, per: -1 }), 'OUT_OF_RANGE', 'per');
  });
  it('a tiny per with many observed events stays finite', () => {
    // by hand: 1e10 observed where 1 was expected, per 1e-300: 1e10 × 1e-300 = 1e-290
    const ratio = indirectlyStandardisedRatio({ observed: 1e10, expected: 1, per: 1e-300 });
    expect(relativeError(ratio.value, 1e-290)).toBeLessThan(1e-15);
    expect(ratio.upper).toBeGreaterThan(ratio.value);
  });
});
