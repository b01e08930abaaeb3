/**
 * The argument checks every stats function shares (src/stats/internal/validate.ts), seen
 * through the public functions: the code, the field, and the message quoting what was given,
 * written out from the shared catalogue's wording (src/messages/en.ts, vi.ts).
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  chiSquareTrend,
  compareWithGoal,
  crudeRate,
  directlyStandardisedRate,
  expectedEvents,
  indirectlyStandardisedRatio,
  sexRatioAtBirth,
} from '../../src/stats/index.js';
import { expectChitieuError } from './helpers.js';

const both = (error: { message: string; vi: string }): [string, string] => [error.message, error.vi];
const goal = { value: 2, lower: 1, upper: 3, comparator: '>' as const, goal: 2 };

describe('plain numbers (requireFiniteNumber, requirePositive, requireOpenUnit)', () => {
  it('quote the value that is not a number, not finite, not positive, not in (0, 1)', () => {
    expect(both(expectChitieuError(() => compareWithGoal({ ...goal, value: '2' as never }), 'INVALID_ARGUMENT', 'value'))).toEqual([
      'value must be a number (got "2")',
      'value phải là một số (nhận "2")',
    ]);
    expect(both(expectChitieuError(() => compareWithGoal({ ...goal, lower: Number.NaN }), 'INVALID_NUMBER', 'lower'))).toEqual([
      'lower must be a finite number (got NaN)',
      'lower phải là một số hữu hạn (nhận NaN)',
    ]);
    expect(both(expectChitieuError(() => crudeRate({ events: 6, population: 420, per: -10 }), 'OUT_OF_RANGE', 'per'))).toEqual([
      'per must be greater than 0 (got -10)',
      'per phải lớn hơn 0 (nhận -10)',
    ]);
    expect(both(expectChitieuError(() => crudeRate({ events: 6, population: 420, level: 1.5 }), 'OUT_OF_RANGE', 'level'))).toEqual([
      'level must be strictly between 0 and 1 (got 1.5)',
      'level phải nằm giữa 0 và 1, không kể hai đầu (nhận 1.5)',
    ]);
  });
});

describe('counts given as numbers (requireCount)', () => {
  it('quote a negative, fractional or too large count', () => {
    expect(both(expectChitieuError(() => sexRatioAtBirth({ boys: -1, girls: 5 }), 'NEGATIVE_COUNT', 'boys'))).toEqual([
      'boys must not be negative (got -1)',
      'boys không được âm (nhận -1)',
    ]);
    expect(both(expectChitieuError(() => sexRatioAtBirth({ boys: 1.5, girls: 5 }), 'NOT_AN_INTEGER', 'boys'))).toEqual([
      'boys must be a whole number (got 1.5)',
      'boys phải là số nguyên (nhận 1.5)',
    ]);
    // 2^53 is a whole double but above Number.MAX_SAFE_INTEGER = 2^53 − 1
    expect(both(expectChitieuError(() => sexRatioAtBirth({ boys: 2 ** 53, girls: 1 }), 'OUT_OF_RANGE', 'boys'))).toEqual([
      'boys must be at most 9007199254740991 (got 9007199254740992)',
      'boys không được lớn hơn 9007199254740991 (nhận 9007199254740992)',
    ]);
    expectChitieuError(() => sexRatioAtBirth({ boys: 5, girls: -1 }), 'NEGATIVE_COUNT', 'girls');
  });
  it('takes 2^53 − 1 itself', () => {
    // 0 boys: the ratio is 0 / (2^53 − 1) × 100 = 0
    expect(sexRatioAtBirth({ boys: 0, girls: Number.MAX_SAFE_INTEGER }).value).toBe(0);
    // 1 boy, 2^53 − 2 girls: 2^53 − 1 births, the most allowed; 100 / (2^53 − 2)
    expect(sexRatioAtBirth({ boys: 1, girls: Number.MAX_SAFE_INTEGER - 1 }).value).toBe(100 / 9007199254740990);
  });
});

describe('numeric inputs (toDouble, toNonNegativeDouble, toCount)', () => {
  it('quote text that is not a number, and text beyond a double (trimmed)', () => {
    expect(both(expectChitieuError(() => crudeRate({ events: 'abc', population: 420 }), 'INVALID_NUMBER', 'events'))).toEqual([
      `events must be a finite number, a decimal string with '.', a bigint or a Decimal (got "abc")`,
      `events phải là một số hữu hạn, chuỗi số thập phân dùng dấu '.', bigint hoặc Decimal (nhận "abc")`,
    ]);
    expect(both(expectChitieuError(() => crudeRate({ events: 6, population: ' 1e400 ' }), 'OUT_OF_RANGE', 'population'))).toEqual([
      'population is outside the range of a double (got "1e400")',
      'population nằm ngoài phạm vi số thực double (nhận "1e400")',
    ]);
  });
  it('reads decimal text with surrounding spaces', () => {
    // 6 events in 8 people per 100: 6 / 8 × 100 = 75, exact in doubles
    expect(crudeRate({ events: ' 6 ', population: '\t8\n', per: 100 }).value).toBe(75);
  });
  it('reads a Decimal, but not an array or another object that prints as a number', () => {
    expect(crudeRate({ events: new Decimal(6), population: new Decimal('8'), per: 100 }).value).toBe(75);
    expectChitieuError(() => crudeRate({ events: [6] as never, population: 420 }), 'INVALID_NUMBER', 'events');
    expectChitieuError(() => crudeRate({ events: { toString: () => '6' } as never, population: 420 }), 'INVALID_NUMBER', 'events');
    // a function that calls itself a Decimal is still not one
    const impostor = Object.assign(() => 6, { [Symbol.toStringTag]: 'Decimal', toString: () => '6' });
    expectChitieuError(() => crudeRate({ events: impostor as never, population: 420 }), 'INVALID_NUMBER', 'events');
  });
  it('quote a negative, fractional or too large count', () => {
    expect(both(expectChitieuError(() => expectedEvents({ population: ['-2.5'], referenceEvents: [1], referencePopulation: [10] }), 'NEGATIVE_COUNT', 'population[0]'))).toEqual([
      'population[0] must not be negative (got -2.5)',
      'population[0] không được âm (nhận -2.5)',
    ]);
    expect(both(expectChitieuError(() => crudeRate({ events: '6.5', population: 420 }), 'NOT_AN_INTEGER', 'events'))).toEqual([
      'events must be a whole number (got 6.5)',
      'events phải là số nguyên (nhận 6.5)',
    ]);
    expect(both(expectChitieuError(() => indirectlyStandardisedRatio({ observed: 2n ** 53n, expected: 1 }), 'OUT_OF_RANGE', 'observed'))).toEqual([
      'observed must be at most 9007199254740991 (got 9007199254740992)',
      'observed không được lớn hơn 9007199254740991 (nhận 9007199254740992)',
    ]);
  });
  it('takes a count of 2^53 − 1, and reads −0 as 0', () => {
    // observed = expected: the ratio is exactly 1
    expect(indirectlyStandardisedRatio({ observed: Number.MAX_SAFE_INTEGER, expected: Number.MAX_SAFE_INTEGER }).value).toBe(1);
    // a count of −0 is 0 (toBe compares with Object.is, so −0 would fail)
    expect(indirectlyStandardisedRatio({ observed: -0, expected: 5 }).observed).toBe(0);
    expect(indirectlyStandardisedRatio({ observed: '-0', expected: 5 }).value).toBe(0);
  });
});

describe('options and arrays (requireOptions, requireArray)', () => {
  it('quote what is not an options object or not an array, and the lengths that differ', () => {
    expect(both(expectChitieuError(() => crudeRate(null as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must be an object (got null)',
      'options phải là một đối tượng (nhận null)',
    ]);
    expect(both(expectChitieuError(() => directlyStandardisedRate({ events: 5 as never, population: [10], standard: [1] }), 'INVALID_ARGUMENT', 'events'))).toEqual([
      'events must be an array (got 5)',
      'events phải là một mảng (nhận 5)',
    ]);
    expect(both(expectChitieuError(() => directlyStandardisedRate({ events: [1, 2], population: [10], standard: [1, 1] }), 'LENGTH_MISMATCH', 'population'))).toEqual([
      'population must have as many entries as events (2; got 1)',
      'population phải có số phần tử bằng events (2; nhận 1)',
    ]);
    expect(both(expectChitieuError(() => expectedEvents({ population: [1, 2], referenceEvents: [1, 2, 3], referencePopulation: [10, 10] }), 'LENGTH_MISMATCH', 'referenceEvents'))).toEqual([
      'referenceEvents must have as many entries as population (2; got 3)',
      'referenceEvents phải có số phần tử bằng population (2; nhận 3)',
    ]);
    expect(both(expectChitieuError(() => chiSquareTrend({ successes: [1, 2], totals: [10, 10, 10] }), 'LENGTH_MISMATCH', 'totals'))).toEqual([
      'totals must have as many entries as successes (2; got 3)',
      'totals phải có số phần tử bằng successes (2; nhận 3)',
    ]);
  });
});
