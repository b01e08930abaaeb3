import { describe, expect, it } from 'vitest';
import { isIsoDate, parseIsoDate, toIsoDate } from '../../src/calendar/index.js';
import { errorOf } from '../helpers/errors.js';

describe('parseIsoDate / isIsoDate', () => {
  it('reads existing days', () => {
    expect(parseIsoDate('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
    // 2024 is divisible by 4 and not by 100: leap
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    // 2000 is divisible by 400: leap
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });

  it('refuses days that do not exist and other notations', () => {
    // 2026 is not divisible by 4; 1900 is divisible by 100 and not by 400: both common years
    for (const text of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01']) {
      expect(isIsoDate(text), text).toBe(false);
    }
    for (const text of ['31/12/2026', '2026-1-5', '2026-01-05T00:00', ' 2026-01-05', '20260105', '']) {
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(isIsoDate(20260105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('names the field in INVALID_DATE, in both languages', () => {
    const error = errorOf(() => parseIsoDate('2026-02-30', 'targets[0].due'));
    expect(error).toMatchObject({ code: 'INVALID_DATE', field: 'targets[0].due' });
    expect(error.message).toContain('"2026-02-30"');
    expect(error.vi).toContain('ngày');
    expect(errorOf(() => parseIsoDate('x'))).toMatchObject({ code: 'INVALID_DATE', field: 'date' });
  });
});

describe('toIsoDate', () => {
  it('writes a padded ISO date', () => {
    expect(toIsoDate(2026, 7, 1)).toBe('2026-07-01');
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(99, 1, 2)).toBe('0099-01-02'); // not 1999: years below 100 stay themselves
  });

  it('names the part that is wrong', () => {
    expect(errorOf(() => toIsoDate(2026, 4, 31))).toMatchObject({ code: 'INVALID_DATE', field: 'day' }); // April has 30 days
    expect(errorOf(() => toIsoDate(2025, 2, 29))).toMatchObject({ code: 'INVALID_DATE', field: 'day' });
    expect(errorOf(() => toIsoDate(2026, 13, 1))).toMatchObject({ code: 'INVALID_DATE', field: 'month' });
    expect(errorOf(() => toIsoDate(2026.5, 1, 1))).toMatchObject({ code: 'INVALID_DATE', field: 'year' });
    expect(errorOf(() => toIsoDate(0, 1, 1))).toMatchObject({ code: 'INVALID_DATE', field: 'year' });
  });
});
