/**
 * Fuzz: the statistics functions of issue 12 given arbitrary input either return plain data
 * whose every number is finite, or throw a ChitieuError; never NaN, Infinity or another error.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import {
  chiSquareTrend,
  compareWithBenchmark,
  compareWithGoal,
  crudeRate,
  directlyStandardisedRate,
  expectedEvents,
  healthyLifeExpectancy,
  indirectlyStandardisedRate,
  indirectlyStandardisedRatio,
  lifeTable,
  meanInterval,
  sexRatioAtBirth,
  studentTQuantile,
} from '../../src/stats/index.js';

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

function safely(run: () => unknown): boolean {
  try {
    return allFinite(run());
  } catch (error) {
    if (error instanceof ChitieuError) return true;
    throw error;
  }
}

// numbers from every corner: small counts, huge and tiny magnitudes, non-finite, and other types
const num = fc.oneof(
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 1e-300, 1e300, Number.MAX_SAFE_INTEGER, '12', '1e400', 3n, null, undefined, 'x'),
);
const list = fc.oneof(fc.array(num, { minLength: 0, maxLength: 8 }), fc.constantFrom(null, 5, 'abc'));
const level = fc.oneof(fc.double({ min: 0, max: 1 }), fc.constantFrom(0.95, 0.998, 95, undefined));
const counts = (n: number) => fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: n, maxLength: n });

describe('fuzz: issue 12 statistics', () => {
  it('arbitrary input: finite results or a ChitieuError', () => {
    fc.assert(
      fc.property(num, num, num, list, list, list, level, (a, b, c, xs, ys, zs, l) =>
        [
          () => crudeRate({ events: a as number, population: b as number, per: c as number, level: l as number }),
          () => indirectlyStandardisedRatio({ observed: a as number, expected: b as number, level: l as number }),
          () => indirectlyStandardisedRate({ observed: a as number, expected: b as number, referenceRate: c as number }),
          () => sexRatioAtBirth({ boys: a as number, girls: b as number, level: l as number }),
          () => sexRatioAtBirth({ boys: a as number, girls: b as number, method: 'exact' }),
          () => studentTQuantile(a as number, b as number),
          () => meanInterval({ values: xs as number[], level: l as number }),
          () => meanInterval({ mean: a as number, standardDeviation: b as number, count: c as number }),
          () => lifeTable({ startAges: xs as number[], deaths: ys as number[], population: zs as number[], level: l as number }),
          () => healthyLifeExpectancy({ startAges: xs as number[], deaths: ys as number[], population: zs as number[], healthyShare: ys as number[] }),
          () => directlyStandardisedRate({ events: xs as number[], population: ys as number[], standard: zs as number[], level: l as number }),
          () => expectedEvents({ population: xs as number[], referenceEvents: ys as number[], referencePopulation: zs as number[] }),
          () => chiSquareTrend({ successes: xs as number[], totals: ys as number[], level: l as number }),
          () => compareWithGoal({ value: a as number, lower: b as number, upper: c as number, comparator: '<=', goal: 1 }),
          () => compareWithBenchmark({ value: a as number, intervals: [{ level: l as number, lower: b as number, upper: c as number }], benchmark: 1, polarity: 'none' }),
        ].every(safely),
      ),
      { numRuns: 300 },
    );
  });

  it('plausible tables: finite results or a ChitieuError', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }).chain((n) => fc.tuple(counts(n), counts(n), counts(n), level)), ([deaths, population, standard, l]) => {
        const startAges = deaths.map((_, k) => 5 * k);
        return [
          () => lifeTable({ startAges, deaths, population, level: l as number }),
          () => healthyLifeExpectancy({ startAges, deaths, population, healthyShare: deaths.map(() => 0.8), sampleSizes: standard }),
          () => directlyStandardisedRate({ events: deaths, population, standard, method: 'exact' }),
          () => chiSquareTrend({ successes: deaths, totals: population }),
        ].every(safely);
      }),
      { numRuns: 300 },
    );
  });
});
