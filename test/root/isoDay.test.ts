/**
 * isExistingDay and readIsoDay: the one check of ISO days shared by the model, population and
 * calendar.
 * Expected values from the Gregorian rules (a year divisible by 4 is leap, except centuries
 * not divisible by 400), and, for years 100–9999, from the engine's own UTC calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { isExistingDay, isLeapYear, readIsoDay } from '../../src/isoDay.js';

describe('isExistingDay', () => {
  it('knows leap years and month lengths', () => {
    expect([isLeapYear(2024), isLeapYear(2026), isLeapYear(1900), isLeapYear(2000)]).toEqual([true, false, false, true]);
    expect(isExistingDay(2024, 2, 29)).toBe(true); // 2024 is leap
    expect(isExistingDay(2026, 2, 29)).toBe(false);
    expect(isExistingDay(1900, 2, 29)).toBe(false); // a century not divisible by 400
    expect(isExistingDay(2000, 2, 29)).toBe(true);
    expect(isExistingDay(2026, 4, 31)).toBe(false); // April has 30 days
    expect(isExistingDay(2026, 12, 31)).toBe(true);
  });
  it('accepts years 1–9999 only, and whole numbers only', () => {
    expect([isExistingDay(0, 1, 1), isExistingDay(1, 1, 1), isExistingDay(9999, 12, 31), isExistingDay(10000, 1, 1)]).toEqual([false, true, true, false]);
    expect([isExistingDay(2026, 0, 1), isExistingDay(2026, 13, 1), isExistingDay(2026, 1, 0), isExistingDay(2026, 1.5, 1), isExistingDay(Number.NaN, 1, 1)]).toEqual([false, false, false, false, false]);
  });
  it('agrees with the UTC calendar of Date for years 100–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isExistingDay(year, month, day)).toBe(exists);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readIsoDay', () => {
  it('reads the parts of an existing day', () => {
    expect(readIsoDay('2024-02-29', 'due')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(readIsoDay('0001-01-01', 'due')).toEqual({ year: 1, month: 1, day: 1 });
  });
  it.each([['2026-02-29'], ['2026-4-30'], [' 2026-04-30'], ['2026-04-30T00:00'], [''], [20260430 as unknown as string]])(
    'refuses %j with INVALID_DATE naming the field',
    (text) => {
      let caught: unknown;
      try {
        readIsoDay(text, 'options.asOf');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ChitieuError);
      const error = caught as ChitieuError;
      expect([error.code, error.field]).toEqual(['INVALID_DATE', 'options.asOf']);
      const shown = typeof text === 'string' ? JSON.stringify(text) : String(text);
      expect(error.message).toBe(`options.asOf must be an existing calendar date written YYYY-MM-DD (got ${shown})`);
      expect(error.vi).toBe(`options.asOf phải là một ngày có thật, viết theo dạng YYYY-MM-DD (nhận ${shown})`);
    },
  );
});
