/**
 * isExistingDay and readIsoDay: the one check of ISO days shared by the model, population and
 * calendar.
 * Expected values from the Gregorian rules (a year divisible by 4 is leap, except centuries
 * not divisible by 400), and, for years 100–9999, from the engine's own UTC calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { daysInMonth, formatIsoDay, isExistingDay, isLeapYear, periodSpan, readIsoDay } from '../../src/isoDay.js';

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

describe('readIsoDay reads text only', () => {
  it('refuses a value whose text would be a day', () => {
    const disguised = { toString: () => '2026-04-30' } as unknown as string;
    let caught: unknown;
    try {
      readIsoDay(disguised, 'due');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChitieuError);
    expect([(caught as ChitieuError).code, (caught as ChitieuError).message]).toEqual(['INVALID_DATE', 'due must be an existing calendar date written YYYY-MM-DD (got an object)']);
  });
});

describe('daysInMonth and formatIsoDay', () => {
  it('month lengths of the Gregorian calendar', () => {
    // 31 28/29 31 30 31 30 31 31 30 31 30 31
    expect(Array.from({ length: 12 }, (_, m) => daysInMonth(2026, m + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([daysInMonth(2024, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([29, 29, 28]);
  });

  it('writes years with four digits, months and days with two', () => {
    expect([formatIsoDay(1, 2, 3), formatIsoDay(2026, 12, 31), formatIsoDay(987, 10, 5)]).toEqual(['0001-02-03', '2026-12-31', '0987-10-05']);
  });
});

describe('periodSpan', () => {
  const span = (start: string, end: string) => ({ start, end });

  it('a year, its quarters and halves, both ends included', () => {
    expect(periodSpan('2026')).toEqual(span('2026-01-01', '2026-12-31'));
    expect(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map(periodSpan)).toEqual([
      span('2026-01-01', '2026-03-31'), span('2026-04-01', '2026-06-30'), span('2026-07-01', '2026-09-30'), span('2026-10-01', '2026-12-31'),
    ]);
    expect(['2026-H1', '2026-H2'].map(periodSpan)).toEqual([span('2026-01-01', '2026-06-30'), span('2026-07-01', '2026-12-31')]);
  });

  it('a month (February of a leap year has 29 days), a day, a span of years', () => {
    expect(periodSpan('2024-02')).toEqual(span('2024-02-01', '2024-02-29'));
    expect(periodSpan('2026-02')).toEqual(span('2026-02-01', '2026-02-28'));
    expect(periodSpan('2026-01')).toEqual(span('2026-01-01', '2026-01-31'));
    expect(periodSpan('2026-12')).toEqual(span('2026-12-01', '2026-12-31'));
    expect(periodSpan('2026-06-15')).toEqual(span('2026-06-15', '2026-06-15'));
    expect(periodSpan('2021-2025')).toEqual(span('2021-01-01', '2025-12-31'));
  });

  it('year 0001 is the first of every form', () => {
    expect(['0001', '0001-Q1', '0001-H1', '0001-01', '0001-01-01', '0001-0002'].map(periodSpan)).toEqual([
      span('0001-01-01', '0001-12-31'), span('0001-01-01', '0001-03-31'), span('0001-01-01', '0001-06-30'),
      span('0001-01-01', '0001-01-31'), span('0001-01-01', '0001-01-01'), span('0001-01-01', '0002-12-31'),
    ]);
  });

  it('why text is not a period', () => {
    expect(['0000', '0000-Q1', '0000-H2', '0000-06', '0000-06-15', '0000-2025'].map(periodSpan)).toEqual(Array(6).fill('year-zero'));
    expect(['2026-00', '2026-13'].map(periodSpan)).toEqual(['no-such-month', 'no-such-month']);
    expect(['2026-02-29', '2026-04-31', '2026-13-01'].map(periodSpan)).toEqual(['no-such-day', 'no-such-day', 'no-such-day']);
    expect(['2026-2026', '2026-2025'].map(periodSpan)).toEqual(['span-reversed', 'span-reversed']);
    expect(['Q2 2026', '2026-Q5', '2026-H3', '26', '2026-6', '2026-06-15T00:00', ' 2026', '', '2026-2027x'].map(periodSpan)).toEqual(Array(9).fill('form'));
    expect([2026, null, undefined, { toString: () => '2026' }].map(periodSpan)).toEqual(Array(4).fill('form'));
  });
});
