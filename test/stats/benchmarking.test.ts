import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, compareWithGoal, crudeRate, wilsonInterval } from '../../src/stats/index.js';
import { expectChitieuError, expectEachRejected } from './helpers.js';

const at = (level: number, lower: number, upper: number) => ({ level, lower, upper });

describe('compareWithBenchmark (Fingertips: similar when the benchmark is inside the interval)', () => {
  it('better / similar / worse by polarity, limits inclusive', () => {
    const intervals = [at(0.95, 10, 20)];
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 9, polarity: 'higher-is-better' }).comparison).toBe('better');
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 9, polarity: 'lower-is-better' }).comparison).toBe('worse');
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 21, polarity: 'higher-is-better' }).comparison).toBe('worse');
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 21, polarity: 'lower-is-better' }).comparison).toBe('better');
    // a benchmark on a limit is inside the interval: similar
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 10, polarity: 'higher-is-better' })).toMatchObject({ comparison: 'similar', level: null });
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 20, polarity: 'lower-is-better' }).comparison).toBe('similar');
    // no judgement: higher / lower
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 9, polarity: 'none' }).comparison).toBe('higher');
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 21, polarity: 'band' }).comparison).toBe('lower');
  });

  it('two levels: the highest level at which the benchmark lies outside', () => {
    const intervals = [at(0.998, 8, 24), at(0.95, 10, 20)];
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 9, polarity: 'higher-is-better' })).toMatchObject({ comparison: 'better', level: 0.95 });
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 7, polarity: 'higher-is-better' })).toMatchObject({ comparison: 'better', level: 0.998 });
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 12, polarity: 'higher-is-better' })).toMatchObject({ comparison: 'similar', level: null });
    // intervals come back sorted by level
    expect(compareWithBenchmark({ value: 15, intervals, benchmark: 12, polarity: 'none' }).intervals.map((i) => i.level)).toEqual([0.95, 0.998]);
  });

  it('a small commune against its province, with intervals from crudeRate', () => {
    // commune: 6 infant deaths in 420 live births = 14.3‰; province: 1 450 in 120 000 = 12.1‰.
    // Exact 95% limits for 6 events: 2.201894–13.05947 (R 4.2: qchisq(0.025, 12)/2, qchisq(0.975, 14)/2) → ÷ 0.42 → 5.24–31.09‰
    const commune = crudeRate({ events: 6, population: 420, per: 1000 });
    expect([commune.lower.toFixed(2), commune.upper.toFixed(2)]).toEqual(['5.24', '31.09']);
    const commune998 = crudeRate({ events: 6, population: 420, per: 1000, level: 0.998 });
    const result = compareWithBenchmark({
      value: commune.value,
      intervals: [commune, commune998].map((r) => at(r.level, r.lower, r.upper)),
      benchmark: (1450 / 120000) * 1000,
      polarity: 'lower-is-better',
    });
    expect(result.comparison).toBe('similar');
  });

  it('fuzz: similar exactly when every interval contains the benchmark', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (x, extra, p) => {
        const n = x + extra;
        const w95 = wilsonInterval(x, n, 0.95);
        const w998 = wilsonInterval(x, n, 0.998);
        const result = compareWithBenchmark({ value: x / n, intervals: [at(0.95, w95.lower, w95.upper), at(0.998, w998.lower, w998.upper)], benchmark: p, polarity: 'higher-is-better' });
        const inside = p >= w95.lower && p <= w95.upper;
        return (result.comparison === 'similar') === inside && (result.level === 0.998) === (p < w998.lower || p > w998.upper);
      }),
    );
  });

  it('rejects bad input', () => {
    const base = { value: 15, intervals: [at(0.95, 10, 20)], benchmark: 9, polarity: 'higher-is-better' as const };
    expectChitieuError(() => compareWithBenchmark({ ...base, intervals: [] }), 'INVALID_ARGUMENT', 'intervals');
    expectChitieuError(() => compareWithBenchmark({ ...base, intervals: [at(0.95, 1, 2), at(0.95, 0, 3)] }), 'INVALID_ARGUMENT', 'intervals');
    expectChitieuError(() => compareWithBenchmark({ ...base, intervals: [at(95, 10, 20)] }), 'OUT_OF_RANGE', 'intervals[0].level');
    expectChitieuError(() => compareWithBenchmark({ ...base, intervals: [at(0.95, 20, 10)] }), 'OUT_OF_RANGE', 'intervals[0].lower');
    expectChitieuError(() => compareWithBenchmark({ ...base, intervals: [null as never] }), 'INVALID_ARGUMENT', 'intervals[0]');
    expectChitieuError(() => compareWithBenchmark({ ...base, intervals: [at(0.95, Number.NaN, 20)] }), 'INVALID_NUMBER', 'intervals[0].lower');
    expectChitieuError(() => compareWithBenchmark({ ...base, polarity: 'up' as 'none' }), 'INVALID_ARGUMENT', 'polarity');
    expectEachRejected([Number.NaN, Number.POSITIVE_INFINITY], (v) => compareWithBenchmark({ ...base, benchmark: v as number }), 'INVALID_NUMBER', 'benchmark');
    expectEachRejected(['1', null, undefined], (v) => compareWithBenchmark({ ...base, value: v as number }), 'INVALID_ARGUMENT', 'value');
    expectChitieuError(() => compareWithBenchmark(undefined as never), 'INVALID_ARGUMENT', 'options');
  });
});

describe('compareWithGoal (red-amber-green with the interval)', () => {
  it('green, amber, red for each comparator, strict goals strict', () => {
    const rate = (lower: number, upper: number, comparator: '>' | '>=' | '<' | '<=', goal: number) =>
      compareWithGoal({ value: (lower + upper) / 2, lower, upper, comparator, goal }).rating;
    expect([rate(96, 98, '>=', 95), rate(94, 96, '>=', 95), rate(92, 94, '>=', 95)]).toEqual(['green', 'amber', 'red']);
    expect([rate(95, 98, '>=', 95), rate(95, 98, '>', 95)]).toEqual(['green', 'amber']);
    expect([rate(93, 95, '>', 95), rate(93, 95, '>=', 95)]).toEqual(['red', 'amber']);
    expect([rate(13, 15, '<', 15.5), rate(14, 16, '<', 15.5), rate(16, 18, '<', 15.5)]).toEqual(['green', 'amber', 'red']);
    expect([rate(13, 15.5, '<', 15.5), rate(13, 15.5, '<=', 15.5), rate(15.5, 17, '<', 15.5), rate(15.5, 17, '<=', 15.5)]).toEqual(['amber', 'green', 'red', 'amber']);
  });

  it('between: inside, straddling one or both ends, outside', () => {
    const band = (lower: number, upper: number) => compareWithGoal({ value: (lower + upper) / 2, lower, upper, comparator: 'between', goal: 104, upperGoal: 107 }).rating;
    expect([band(105, 106), band(103, 105), band(103, 108), band(108, 110), band(100, 103)]).toEqual(['green', 'amber', 'amber', 'red', 'red']);
  });

  it('met follows the value; clear is false exactly when amber', () => {
    const result = compareWithGoal({ value: 15.2, lower: 13.4, upper: 17.1, comparator: '<', goal: 15.5 });
    expect(result).toEqual({ rating: 'amber', met: true, clear: false, value: 15.2, lower: 13.4, upper: 17.1 });
    expect(compareWithGoal({ value: 1, lower: 1, upper: 1, comparator: '>=', goal: 1 })).toMatchObject({ rating: 'green', met: true, clear: true });
  });

  it('rejects bad input', () => {
    const base = { value: 15, lower: 10, upper: 20, comparator: '>=' as const, goal: 12 };
    expectChitieuError(() => compareWithGoal({ ...base, lower: 21 }), 'OUT_OF_RANGE', 'lower');
    expectChitieuError(() => compareWithGoal({ ...base, value: 25 }), 'OUT_OF_RANGE', 'value');
    expectChitieuError(() => compareWithGoal({ ...base, comparator: '=' as '>=' }), 'INVALID_ARGUMENT', 'comparator');
    expectChitieuError(() => compareWithGoal({ ...base, comparator: 'between' }), 'INVALID_ARGUMENT', 'upperGoal');
    expectChitieuError(() => compareWithGoal({ ...base, upperGoal: 20 }), 'INVALID_ARGUMENT', 'upperGoal');
    expectChitieuError(() => compareWithGoal({ ...base, comparator: 'between', upperGoal: 11 }), 'OUT_OF_RANGE', 'upperGoal');
    expectChitieuError(() => compareWithGoal({ ...base, comparator: 'between', upperGoal: Number.NaN }), 'INVALID_NUMBER', 'upperGoal');
    expectChitieuError(() => compareWithGoal({ ...base, goal: Number.NEGATIVE_INFINITY }), 'INVALID_NUMBER', 'goal');
    expectChitieuError(() => compareWithGoal({ ...base, upper: '20' as never }), 'INVALID_ARGUMENT', 'upper');
    expectChitieuError(() => compareWithGoal(5 as never), 'INVALID_ARGUMENT', 'options');
  });
});

describe('compareWithGoal: inclusive goals and errors that quote their input', () => {
  it("'between' includes both ends of the goal", () => {
    // goal [2, 4] and an interval of exactly [2, 4]: both ends meet it
    expect(compareWithGoal({ value: 3, lower: 2, upper: 4, comparator: 'between', goal: 2, upperGoal: 4 }).rating).toBe('green');
    // a goal of one point, and an interval of that one point
    expect(compareWithGoal({ value: 2, lower: 2, upper: 2, comparator: 'between', goal: 2, upperGoal: 2 })).toMatchObject({ rating: 'green', met: true });
  });
  it('quotes lower above upper and upperGoal below goal', () => {
    const above = expectChitieuError(() => compareWithGoal({ value: 2, lower: 5, upper: 3, comparator: '>', goal: 2 }), 'OUT_OF_RANGE', 'lower');
    expect([above.message, above.vi]).toEqual(['lower (5) must not be above upper (3)', 'lower (5) không được lớn hơn upper (3)']);
    // a value below its interval, as well as above it
    expectChitieuError(() => compareWithGoal({ value: 0, lower: 1, upper: 3, comparator: '>', goal: 2 }), 'OUT_OF_RANGE', 'value');
    const below = expectChitieuError(() => compareWithGoal({ value: 2, lower: 1, upper: 3, comparator: 'between', goal: 2, upperGoal: 1 }), 'OUT_OF_RANGE', 'upperGoal');
    expect([below.message, below.vi]).toEqual(['upperGoal (1) must not be below goal (2)', 'upperGoal (1) không được nhỏ hơn goal (2)']);
  });
});
