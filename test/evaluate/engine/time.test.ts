/**
 * The time axis of the evaluation (fractional years: the end of day `YYYY-MM-DD` is `YYYY +
 * day of year / days in the year`) and the periods read on it, worked by hand: the days near
 * the ends of the calendar (0001-01-01, 9999-12-31), 29 February, times below zero, and the
 * length keys of spans that are not whole months.
 */
import { describe, expect, it } from 'vitest';
import { lengthOf, readPeriod, targetPeriod } from '../../../src/evaluate/engine/periods.js';
import { dayAt, endOfDay, nextDay, yearEndingOn } from '../../../src/evaluate/engine/time.js';

describe('dayAt: the first day whose end is at or after a time', () => {
  it('days of a year', () => {
    // 2025 exactly is the end of 31 December 2024 (a leap year: day 366 of 366)
    expect(dayAt({ n: 2025, d: 1 })).toBe('2024-12-31');
    expect(dayAt({ n: 2025n, d: 1n })).toBe('2024-12-31');
    // 30 June 2026 is day 31 + 28 + 31 + 30 + 31 + 30 = 181 of 365: its end is 2026 + 181/365
    expect(dayAt({ n: 2026 * 365 + 181, d: 365 })).toBe('2026-06-30');
    // a moment later (half a day's worth of 1/365 more) falls on 1 July
    expect(dayAt({ n: (2026 * 365 + 181) * 2 + 1, d: 730 })).toBe('2026-07-01');
    // 1 March 2024 is day 31 + 29 + 1 = 61 of 366
    expect(dayAt({ n: 2024 * 366 + 61, d: 366 })).toBe('2024-03-01');
    // 29 February 2024: day 60 of 366
    expect(dayAt({ n: 2024 * 366 + 60, d: 366 })).toBe('2024-02-29');
    // 1 February 2024: day 31 + 1 = 32 of 366 (the leap day comes after it); 31 January: day 31
    expect(dayAt({ n: 2024 * 366 + 32, d: 366 })).toBe('2024-02-01');
    expect(dayAt({ n: 2024 * 366 + 31, d: 366 })).toBe('2024-01-31');
    // a moment after the start of 2024 (1/1 000 of a year) falls on 1 January: ⌈366/1 000⌉ = day 1
    expect(dayAt({ n: 2024 * 1000 + 1, d: 1000 })).toBe('2024-01-01');
  });
  it('times before the first day’s end fall on it, negative ones included', () => {
    // the end of 0001-01-01 is 1 + 1/365: 1, 0, −1/2, −1, −5000 and −10 001/2 all come before it
    for (const t of [{ n: 1, d: 1 }, { n: 0, d: 1 }, { n: -1, d: 2 }, { n: -1, d: 1 }, { n: -5000, d: 1 }, { n: -10001, d: 2 }, { n: -3650001n, d: 365n }]) {
      expect(dayAt(t)).toBe('0001-01-01');
    }
    // 1 + 1/365 is that end itself; 1 + 2/365 the end of 2 January
    expect(dayAt({ n: 366, d: 365 })).toBe('0001-01-01');
    expect(dayAt({ n: 367, d: 365 })).toBe('0001-01-02');
  });
  it('times after the last day’s end are kept at it', () => {
    // 10 000 is the end of 9999-12-31 itself; 10 000 + 1/2 and 10 001 are later
    expect(dayAt({ n: 10000, d: 1 })).toBe('9999-12-31');
    expect(dayAt({ n: 20001, d: 2 })).toBe('9999-12-31');
    expect(dayAt({ n: 10001, d: 1 })).toBe('9999-12-31');
    // the end of 30 December 9999 (day 364 of 365)
    expect(dayAt({ n: 9999 * 365 + 364, d: 365 })).toBe('9999-12-30');
  });
  it('is the inverse of endOfDay', () => {
    for (const day of ['0001-01-01', '2024-02-29', '2025-03-01', '2026-06-30', '2026-12-31', '9999-12-31']) expect(dayAt(endOfDay(day))).toBe(day);
  });
});

describe('nextDay and yearEndingOn', () => {
  it('the day after, within a month, at a month’s end, at a year’s end, around 29 February', () => {
    expect(nextDay('2026-06-15')).toBe('2026-06-16');
    expect(nextDay('2026-06-30')).toBe('2026-07-01');
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
  });
  it('the first day of the year that ends on a day: the day after the same date a year before', () => {
    expect(yearEndingOn('2026-12-31')).toBe('2026-01-01');
    expect(yearEndingOn('2027-06-30')).toBe('2026-07-01');
    expect(yearEndingOn('2026-06-15')).toBe('2025-06-16');
    expect(yearEndingOn('2027-01-29')).toBe('2026-01-30');
    expect(yearEndingOn('2027-02-15')).toBe('2026-02-16');
    // 28 February 2025: the day after 28 February 2024 is 29 February 2024 (a 366-day year)
    expect(yearEndingOn('2025-02-28')).toBe('2024-02-29');
    // 29 February 2028: the year before has no 29 February; the day after its 28 February is 1 March
    expect(yearEndingOn('2028-02-29')).toBe('2027-03-01');
    expect(yearEndingOn('2024-02-29')).toBe('2023-03-01');
  });
});

describe('period lengths and texts', () => {
  it('whole months as m, other spans as days, both ends counted', () => {
    expect(lengthOf('2026-01-01', '2026-12-31')).toBe('m12');
    expect(lengthOf('2026-07-01', '2027-06-30')).toBe('m12');
    expect(lengthOf('2024-02-01', '2024-02-29')).toBe('m1');
    // one day
    expect(lengthOf('2026-06-15', '2026-06-15')).toBe('d1');
    // 16 June 2025 to 15 June 2026: 365 days (no 29 February between); 16 June 2023 to 15 June 2024: 366
    expect(lengthOf('2025-06-16', '2026-06-15')).toBe('d365');
    expect(lengthOf('2023-06-16', '2024-06-15')).toBe('d366');
    // 15 January to 28 February 2026: 17 days of January, 28 of February = 45
    expect(lengthOf('2026-01-15', '2026-02-28')).toBe('d45');
    // 1 January to 27 February 2026: not to a month's end: 31 + 27 = 58 days
    expect(lengthOf('2026-01-01', '2026-02-27')).toBe('d58');
  });
  it('a target’s period: a calendar year as its year, any other span as start/end', () => {
    expect(targetPeriod('2026-01-01', '2026-12-31')).toEqual({ start: '2026-01-01', end: '2026-12-31', length: 'm12', text: '2026', time: { n: 2027, d: 1 } });
    // the end of 30 June 2027 is 2027 + 181/365
    expect(targetPeriod('2026-07-01', '2027-06-30')).toEqual({ start: '2026-07-01', end: '2027-06-30', length: 'm12', text: '2026-07-01/2027-06-30', time: { n: 2027 * 365 + 181, d: 365 } });
    expect(targetPeriod('2025-06-16', '2026-06-15').text).toBe('2025-06-16/2026-06-15');
    expect(targetPeriod('2026-01-01', '2027-12-31').text).toBe('2026-01-01/2027-12-31');
    // the second half of 2026 ends with the year but does not start with it
    expect(targetPeriod('2026-07-01', '2026-12-31').text).toBe('2026-07-01/2026-12-31');
    // a day period: 15 June 2026 is day 166 of 365
    expect(readPeriod('2026-06-15')).toEqual({ text: '2026-06-15', start: '2026-06-15', end: '2026-06-15', length: 'd1', time: { n: 2026 * 365 + 166, d: 365 } });
  });
});
