/**
 * The escapes the fuzz campaign of issue 11 found outside the evaluation, each now a coded
 * error (or, for the quantile, a fast and right answer: see chiSquareQuantile.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  crudeRate,
  defaultDecimals,
  esp2013,
  indirectlyStandardisedRatio,
  midYearPopulation,
  parseIsoDate,
  populationAt,
  ratePer,
  sexRatioAtBirth,
  standardPopulationFor,
} from '../../src/index.js';
import { budgetMs } from '../helpers/budget.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('fuzz findings, now coded errors', () => {
  it('a result beyond 1e400 is OUT_OF_RANGE, never Decimal(Infinity)', () => {
    // e^(5.7e29 · 7841 years) is far beyond decimal.js's range, let alone 1e400
    expectChitieuError(
      () => populationAt({ base: { date: '2158-08-04', count: 1 }, growthRate: '570564762530706839963221127553', date: '9999-12-31', compounding: 'continuous' }),
      'OUT_OF_RANGE',
      'growthRate',
    );
    // 1e300 · (1 + 1e300)^(2200 − 1900) ≈ 1e90300
    expectChitieuError(() => populationAt({ base: { date: '1900-01-01', count: '1e300' }, growthRate: '1e300', date: '2200-01-01' }), 'OUT_OF_RANGE', 'growthRate');
    // geometric: 1e-300 → 1e300 in one day, extrapolated 200 years
    expectChitieuError(
      () => midYearPopulation({ start: { date: '2000-01-01', count: '1e-300' }, end: { date: '2000-01-02', count: '1e300' }, year: 2200, method: 'geometric' }),
      'OUT_OF_RANGE',
      'year',
    );
    // 1e400 × 1e400 / 1e-400 is 1e1200: no other function would take it back
    expectChitieuError(() => ratePer('1e400', '1e-400', '1e400'), 'OUT_OF_RANGE', 'numerator');
  });

  it('a rate multiplied past a double is OUT_OF_RANGE, never Infinity', () => {
    expectChitieuError(() => sexRatioAtBirth({ boys: 83, girls: 172, per: Number.MAX_VALUE, level: 0.999999999999998 }), 'OUT_OF_RANGE', 'per');
  });

  it('long numeric text is refused at once (the stats pattern backtracked for 16 s)', () => {
    const started = performance.now();
    expectChitieuError(() => crudeRate({ events: '1'.repeat(100_000) + 'x', population: 1000 }), 'INVALID_NUMBER', 'events');
    expectChitieuError(() => indirectlyStandardisedRatio({ observed: '1'.repeat(100_000) + 'x', expected: 3 }), 'INVALID_NUMBER', 'observed');
    expect(performance.now() - started).toBeLessThan(budgetMs(500));
  });

  it('a standard population of the caller is checked before it is read', () => {
    expectChitieuError(() => standardPopulationFor('fr' as never, [0]), 'INVALID_ARGUMENT', 'standard');
    expectChitieuError(() => standardPopulationFor({ ...esp2013, weights: [1] } as never, [0]), 'LENGTH_MISMATCH', 'standard.weights');
    const weights = esp2013.weights.map((weight, k) => (k === 2 ? Number.NaN : weight));
    expectChitieuError(() => standardPopulationFor({ ...esp2013, weights } as never, [0]), 'INVALID_NUMBER', 'standard.weights[2]');
    // without a name, the message still says what is wrong
    const error = expectChitieuError(() => standardPopulationFor({ startAges: [0, 5], weights: [1, 1] } as never, [3]), 'INVALID_AGE_BANDS', 'startAges[0]');
    expect(error.message).toBe('startAges[0]: 3 is not a start age of the standard population (0, 5)');
  });

  it('options that are not objects are INVALID_ARGUMENT, never a TypeError', () => {
    expectChitieuError(() => defaultDecimals(undefined, null as never), 'INVALID_ARGUMENT', 'options');
    expectChitieuError(() => defaultDecimals(null as never, {}), 'INVALID_ARGUMENT', 'indicator');
    expectChitieuError(() => defaultDecimals(undefined, { target: 5 as never }), 'INVALID_ARGUMENT', 'target');
  });

  it('a field name that is not text is refused, so that every message names a field', () => {
    expectChitieuError(() => parseIsoDate('2026-02-30', [] as never), 'INVALID_ARGUMENT', 'field');
    expectChitieuError(() => parseIsoDate('2026-02-30', 'due'), 'INVALID_DATE', 'due');
  });
});
