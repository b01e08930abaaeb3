import { describe, expect, it } from 'vitest';
import { errorOf } from '../helpers/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { midYearPopulation } from '../../src/population/index.js';


describe('midYearPopulation, linear', () => {
  it('interpolates by day counts between two dated counts', () => {
    // 2019-04-01 → 2024-04-01: 5 × 365 + 2 leap days (2020-02-29, 2024-02-29) = 1827 days.
    // 2019-04-01 → 2021-07-01: 365 + 366 (2020 is leap) + 91 (Apr 30 + May 31 + Jun 30) = 822.
    // 1000 + (2827 − 1000) × 822 / 1827 = 1000 + 822 = 1822.
    const value = midYearPopulation({
      start: { date: '2019-04-01', count: 1000 },
      end: { date: '2024-04-01', count: 2827 },
      year: 2021,
    });
    expect(value.toString()).toBe('1822');
  });

  it('1 July is 181 days into a common year, 182 into a leap year', () => {
    // common year: 31 + 28 + 31 + 30 + 31 + 30 = 181 of 365 days.
    // 10 000 + 365 × 181 / 365 = 10 181
    expect(
      midYearPopulation({
        start: { date: '2026-01-01', count: 10000 },
        end: { date: '2027-01-01', count: 10365 },
        year: 2026,
      }).toString(),
    ).toBe('10181');
    // leap year 2024: 31 + 29 + 31 + 30 + 31 + 30 = 182 of 366 days.
    // 10 000 + 366 × 182 / 366 = 10 182
    expect(
      midYearPopulation({
        start: { date: '2024-01-01', count: 10000 },
        end: { date: '2025-01-01', count: '10366' },
        year: 2024,
      }).toString(),
    ).toBe('10182');
  });

  it('carries a repeating quotient to 60 significant digits', () => {
    // 1000 + 3 × 181 / 365 = 365543/365 = 1001.48767123287671232876712328767123287…
    // (python Fraction and mpmath: test/population/reference/population.out.txt)
    const value = midYearPopulation({
      start: { date: '2025-01-01', count: 1000 },
      end: { date: '2026-01-01', count: 1003 },
      year: 2025,
    });
    expect(value.toDecimalPlaces(35).toString()).toBe('1001.48767123287671232876712328767123288');
    expect(value.precision()).toBe(60);
  });

  it('extrapolates forwards and backwards on the same straight line', () => {
    const start = { date: '2024-07-01', count: 1000 };
    const end = { date: '2025-07-01', count: 1100 }; // 365 days: 2025 is common
    // 2026-07-01 is 730 days after start: 1000 + 100 × 730 / 365 = 1200
    expect(midYearPopulation({ start, end, year: 2026 }).toString()).toBe('1200');
    // 2023-07-01 is 366 days before start (2024-02-29 in between):
    // 1000 − 100 × 366 / 365 = 1000 − 36600/365 = 328400/365 = 899.72602739726027…
    const back = midYearPopulation({ start, end, year: 2023 });
    expect(back.toDecimalPlaces(10).toString()).toBe('899.7260273973');
  });

  it('returns the count itself on its own date, and accepts zero counts', () => {
    expect(
      midYearPopulation({
        start: { date: '2026-07-01', count: 0 },
        end: { date: '2027-07-01', count: 500 },
        year: 2026,
      }).toString(),
    ).toBe('0');
  });

  it('refuses a straight line that falls below zero', () => {
    // 100 → 10 over a year; 4 years later: 100 − 90 × 1461/365 < 0
    const error = errorOf(() =>
      midYearPopulation({
        start: { date: '2025-07-01', count: 100 },
        end: { date: '2026-07-01', count: 10 },
        year: 2030,
      }),
    );
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'year' });
  });
});

describe('midYearPopulation, geometric', () => {
  it('matches mpmath at 80 digits to 50 places', () => {
    // c0 × (c1/c0)^(822/1827) with c0 = 982 487, c1 = 1 010 000;
    // mpmath (test/population/reference/population.py):
    // 994771.6054559212487224502762192639395133005962514427573723286683699268
    const value = midYearPopulation({
      start: { date: '2019-04-01', count: 982487 },
      end: { date: '2024-04-01', count: 1010000 },
      year: 2021,
      method: 'geometric',
    });
    const reference = new Decimal('994771.6054559212487224502762192639395133005962514427573723286683699268');
    expect(value.minus(reference).abs().lessThan('1e-50')).toBe(true);
  });

  it('is exact at the two dates and at a whole growth factor', () => {
    const start = { date: '2025-07-01', count: 3 };
    const end = { date: '2027-07-01', count: 1 };
    // on the dates themselves, the counts come back unchanged (1/3 is never formed)
    expect(midYearPopulation({ start, end, year: 2025, method: 'geometric' }).toString()).toBe('3');
    expect(midYearPopulation({ start, end, year: 2027, method: 'geometric' }).toString()).toBe('1');
    // 2025-07-01 → 2026-07-01 → 2027-07-01: 365 + 365 days, so t/T = 1/2:
    // 10 000 × (12 100 / 10 000)^(1/2) = 10 000 × 1.1 = 11 000
    const half = midYearPopulation({
      start: { date: '2025-07-01', count: 10000 },
      end: { date: '2027-07-01', count: 12100 },
      year: 2026,
      method: 'geometric',
    });
    expect(half.minus(11000).abs().lessThan('1e-50')).toBe(true);
  });

  it('returns a count of more than 60 digits unrounded on its own date', () => {
    // on 1 July 2025 itself t = 0: the population is the start count, every digit of it
    const count = '123456789012345678901234567890123456789012345678901234567890123.45';
    const value = midYearPopulation({
      start: { date: '2025-07-01', count },
      end: { date: '2026-07-01', count: 1 },
      year: 2025,
      method: 'geometric',
    });
    expect(value.toFixed(2)).toBe(count);
  });

  it('needs positive counts', () => {
    const error = errorOf(() =>
      midYearPopulation({
        start: { date: '2025-07-01', count: 10 },
        end: { date: '2026-07-01', count: 0 },
        year: 2026,
        method: 'geometric',
      }),
    );
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'end.count' });
    expect(
      errorOf(() =>
        midYearPopulation({
          start: { date: '2025-07-01', count: '0' },
          end: { date: '2026-07-01', count: 5 },
          year: 2026,
          method: 'geometric',
        }),
      ),
    ).toMatchObject({ code: 'OUT_OF_RANGE', field: 'start.count' });
  });
});

describe('midYearPopulation, errors', () => {
  const start = { date: '2025-01-01', count: 1000 };
  const end = { date: '2026-01-01', count: 1100 };

  it('names the bad date', () => {
    expect(errorOf(() => midYearPopulation({ start: { ...start, date: '2025-02-29' }, end, year: 2025 }))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'start.date',
    });
    expect(errorOf(() => midYearPopulation({ start, end: { ...end, date: '2026/01/01' }, year: 2025 }))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'end.date',
    });
  });

  it('wants start before end', () => {
    expect(errorOf(() => midYearPopulation({ start, end: { ...end, date: '2025-01-01' }, year: 2025 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'end.date',
    });
    expect(errorOf(() => midYearPopulation({ start: end, end: start, year: 2025 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'end.date',
    });
  });

  it('names negative or unreadable counts, a bad year and a bad method', () => {
    expect(errorOf(() => midYearPopulation({ start: { ...start, count: -1 }, end, year: 2025 }))).toMatchObject({
      code: 'NEGATIVE_COUNT',
      field: 'start.count',
    });
    expect(errorOf(() => midYearPopulation({ start, end: { ...end, count: '1.100,5' }, year: 2025 }))).toMatchObject({
      code: 'INVALID_NUMBER',
      field: 'end.count',
    });
    expect(errorOf(() => midYearPopulation({ start, end, year: 2025.5 }))).toMatchObject({
      code: 'NOT_AN_INTEGER',
      field: 'year',
    });
    expect(errorOf(() => midYearPopulation({ start, end, year: 1899 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      field: 'year',
    });
    expect(
      errorOf(() => midYearPopulation({ start, end, year: 2025, method: 'logistic' as 'linear' })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'method' });
  });

  it('gives the message in both languages', () => {
    const error = errorOf(() => midYearPopulation({ start: { ...start, date: '2025-13-01' }, end, year: 2025 }));
    expect(error.message).toContain('start.date');
    expect(error.vi).toContain('start.date');
    expect(error.vi).toContain('ngày');
  });
});
