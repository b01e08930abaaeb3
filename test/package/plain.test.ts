/**
 * Issue 11, results as plain data: every public result outside the evaluation goes through
 * JSON and `structuredClone` unchanged once made plain with `toPlain` (the results that are
 * already plain, unchanged as they are), and results cannot be changed by the caller.
 */
import { describe, expect, it } from 'vitest';
import * as chitieu from '../../src/index.js';
import { plans } from '../../src/plans/index.js';

const { Decimal, toPlain } = chitieu;

/** One public result of each shape the layers return. */
const results: Record<string, unknown> = {
  per10k: chitieu.per10k(59, 12000),
  ratePer: chitieu.ratePer(1, 3, 100000),
  percent: chitieu.percent(11415, 12000),
  roundHalfUp: chitieu.roundHalfUp('2.25', 1),
  parseNumber: chitieu.parseNumber('1.234,5', 'vi'),
  formatNumber: chitieu.formatNumber('49.25', { locale: 'vi', decimals: 1 }),
  requiredNumerator: chitieu.requiredNumerator({ denominator: 12000, per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 }),
  maximumNumerator: chitieu.maximumNumerator({ denominator: 12000, per: 100, comparator: '<', threshold: '15.5', decimals: 1 }),
  rateBatch: chitieu.rateBatch([1, 21], [3, 12000], { per: 100, decimals: 2 }),
  wilsonInterval: chitieu.wilsonInterval(57, 60),
  poissonInterval: chitieu.poissonInterval(12),
  crudeRate: chitieu.crudeRate({ events: 12, population: 48000, per: 100000 }),
  lifeTable: chitieu.lifeTable({ startAges: [0, 1, 5], deaths: [10, 4, 30], population: [1000, 4000, 9000] }),
  sexRatioAtBirth: chitieu.sexRatioAtBirth({ boys: 25270, girls: 22500 }),
  midYearPopulation: chitieu.midYearPopulation({ start: { date: '2025-01-01', count: 10000 }, end: { date: '2027-01-01', count: 12100 }, year: 2026 }),
  aggregateRates: chitieu.aggregateRates([{ area: 'a', numerator: 10, denominator: 6000 }, { area: 'b', numerator: 11, denominator: 6000 }], { per: 10000 }),
  parsePeriod: chitieu.parsePeriod('2026-Q2'),
  reportingDeadlines: chitieu.reportingDeadlines(plans[0] as chitieu.Plan, 2026),
  parsePlan: chitieu.parsePlan(JSON.parse(JSON.stringify(plans[0]))),
  indicator: chitieu.getIndicator('doctors-per-10k'),
  plans,
};

describe('results as plain data', () => {
  for (const [name, result] of Object.entries(results)) {
    it(`${name}: made plain, survives JSON and structuredClone unchanged`, () => {
      const plain = toPlain(result);
      expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
      expect(structuredClone(plain)).toEqual(plain);
    });
  }

  it('keeps every value exactly: decimals and bigints as their decimal text', () => {
    // 1 / 3 × 100 000 to 60 significant digits
    expect(toPlain(results['ratePer'])).toBe(`33333.${'3'.repeat(55)}`);
    expect(new Decimal(toPlain(results['ratePer'] as chitieu.Decimal)).equals(results['ratePer'] as chitieu.Decimal)).toBe(true);
    expect(toPlain(results['requiredNumerator'])).toBe('21'); // 21 doctors: 17.5 per 10 000 of 12 000
    expect(BigInt(toPlain(results['requiredNumerator'] as bigint))).toBe(21n);
    expect(toPlain(results['rateBatch'])).toEqual([33.33, 0.18]); // 1/3 → 33.33%, 21/12 000 → 0.175 → 0.18%
    expect(toPlain(results['aggregateRates'])).toEqual({ numerator: '21', denominator: '12000', rate: '17.5', areas: ['a', 'b'] });
  });

  it('leaves results that are plain as they are', () => {
    for (const name of ['wilsonInterval', 'poissonInterval', 'crudeRate', 'lifeTable', 'parsePeriod', 'reportingDeadlines', 'parsePlan', 'plans']) {
      expect(toPlain(results[name])).toEqual(results[name]);
    }
  });

  it('is needed: a Decimal, a bigint and a Float64Array do not cross on their own', () => {
    expect(() => structuredClone(results['per10k'])).toThrow(); // a DataCloneError: a Decimal carries its constructor
    expect(() => JSON.stringify(results['requiredNumerator'])).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(results['rateBatch']))).toEqual({ 0: 33.33, 1: 0.18 });
  });
});

describe('results cannot be changed by the caller', () => {
  it('freezes the plans, the catalog and the results of the statistics, population and calendar layers', () => {
    for (const name of ['wilsonInterval', 'poissonInterval', 'crudeRate', 'lifeTable', 'sexRatioAtBirth', 'aggregateRates', 'parsePeriod', 'reportingDeadlines', 'indicator', 'plans']) {
      expect(Object.isFrozen(results[name]), name).toBe(true);
    }
    const table = results['lifeTable'] as { rows: { ex: number }[] };
    expect(Object.isFrozen(table.rows[0])).toBe(true);
    expect(() => {
      (results['wilsonInterval'] as { lower: number }).lower = 0;
    }).toThrow(TypeError);
    expect(Object.isFrozen(toPlain({ a: [1] }))).toBe(true);
  });
});
