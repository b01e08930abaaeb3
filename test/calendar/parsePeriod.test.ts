import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodEnd, periodEndsBy } from '../../src/calendar/index.js';
import { errorOf } from '../helpers/errors.js';

describe('parsePeriod', () => {
  it('reads every notation (month lengths: Jan 31, Feb 28/29, Mar 31, Apr 30, Jun 30, Sep 30, Dec 31)', () => {
    expect(parsePeriod('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(parsePeriod('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(parsePeriod('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(parsePeriod('2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(parsePeriod('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(parsePeriod('2026-H1')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(parsePeriod('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(parsePeriod('2026-06')).toEqual({ start: '2026-06-01', end: '2026-06-30' });
    expect(parsePeriod('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(parsePeriod('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2026-06-15')).toEqual({ start: '2026-06-15', end: '2026-06-15' });
    expect(parsePeriod('2021-2025')).toEqual({ start: '2021-01-01', end: '2025-12-31' });
  });

  it('refuses anything else with INVALID_PERIOD naming period', () => {
    const bad = [
      '2026-Q5', '2026-Q0', '2026-q2', '2026-H3', '2026-13', '2026-00', '2026-02-30', '2025-2021',
      '2026-2026', '26', '2026 ', 'Q2-2026', '2026-6', '', '0000', '2026/06',
    ];
    for (const text of bad) {
      expect(errorOf(() => parsePeriod(text)), text).toMatchObject({ code: 'INVALID_PERIOD', field: 'period' });
    }
    expect(errorOf(() => parsePeriod(2026 as unknown as string))).toMatchObject({ code: 'INVALID_PERIOD', field: 'period' });
    const error = errorOf(() => parsePeriod('2026-Q5'));
    expect(error.message).toContain('"2026-Q5"');
    expect(error.vi).toContain('"2026-Q5"');
  });
});

describe('periodEnd and periodEndsBy', () => {
  it('an observation counts as of asOf when its period has ENDED by then', () => {
    expect(periodEnd('2026-Q2')).toBe('2026-06-30');
    expect(periodEndsBy('2026-Q2', '2026-06-30')).toBe(true); // ends that very day
    expect(periodEndsBy('2026-Q3', '2026-06-30')).toBe(false);
    expect(periodEndsBy('2026', '2026-06-30')).toBe(false); // the year is still running
    expect(periodEndsBy('2026', '2026-12-31')).toBe(true);
    expect(periodEndsBy('2021-2025', '2026-01-01')).toBe(true);
  });

  it('names the bad argument', () => {
    expect(errorOf(() => periodEndsBy('2026-Q2', '30/06/2026'))).toMatchObject({ code: 'INVALID_DATE', field: 'asOf' });
    expect(errorOf(() => periodEndsBy('2026-Q9', '2026-06-30'))).toMatchObject({ code: 'INVALID_PERIOD', field: 'period' });
  });
});

describe('comparePeriods', () => {
  it('orders by end, then start', () => {
    expect(['2026', '2026-Q2', '2025-12', '2026-Q4', '2026-12-31', '2026-06-30'].sort(comparePeriods)).toEqual([
      '2025-12', // ends 2025-12-31
      '2026-Q2', // ends 2026-06-30, starts 04-01
      '2026-06-30', // ends 2026-06-30, starts 06-30
      '2026', // ends 2026-12-31, starts 01-01
      '2026-Q4', // starts 10-01
      '2026-12-31', // starts 12-31
    ]);
    expect(comparePeriods('2026-Q1', '2026-Q1')).toBe(0);
    expect(comparePeriods('2026-Q2', '2026-Q1')).toBe(1);
    expect(comparePeriods('2021-2025', '2025')).toBe(-1); // same end; the span starts earlier
    // same end (2026-03-31): the quarter starts on 1 January, the month on 1 March
    expect(comparePeriods('2026-Q1', '2026-03')).toBe(-1);
    expect(comparePeriods('2026-03', '2026-Q1')).toBe(1);
    // ends years apart: still -1 and 1, not the distance
    expect(comparePeriods('2020', '2026-Q2')).toBe(-1);
    expect(comparePeriods('2026-Q2', '2020')).toBe(1);
    expect(comparePeriods('2021-2025', '2021-2025')).toBe(0);
  });

  it('names the bad side', () => {
    expect(errorOf(() => comparePeriods('2026', 'Q1'))).toMatchObject({ code: 'INVALID_PERIOD', field: 'b' });
    expect(errorOf(() => comparePeriods('x', '2026'))).toMatchObject({ code: 'INVALID_PERIOD', field: 'a' });
  });
});
