import { afterEach, describe, expect, it } from 'vitest';
import {
  endOfYearDate,
  isIsoDate,
  parsePeriod,
  planPeriod,
  reportingDeadlines,
  toIsoDate,
} from '../../src/calendar/index.js';
import { midYearPopulation } from '../../src/population/index.js';

// The calendar reads ISO strings as calendar dates: the machine's time zone must never shift
// a day. Node honours a change of process.env.TZ at run time, so these run the same checks
// in zones far apart, including two that skipped a whole day:
// - Pacific/Kiritimati (UTC+14) skipped 1994-12-31 when it moved across the date line;
// - Pacific/Apia (Samoa) skipped 2011-12-30.
// A local-time Date would make 1994-12 a one-day month in Kiritimati (date-fns'
// getDaysInMonth(new Date(1994, 11, 1)) answers 1 there).
// The whole suite is also run with TZ=Pacific/Kiritimati and TZ=America/Los_Angeles.
const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Apia', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Pago_Pago'];
const original = process.env.TZ;

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(zones)('in %s', (zone) => {
  it('keeps calendar days whole', () => {
    process.env.TZ = zone;
    expect(isIsoDate('1994-12-31')).toBe(true);
    expect(isIsoDate('2011-12-30')).toBe(true);
    expect(toIsoDate(1994, 12, 31)).toBe('1994-12-31');
    expect(parsePeriod('1994-12')).toEqual({ start: '1994-12-01', end: '1994-12-31' });
    expect(parsePeriod('2011-Q4')).toEqual({ start: '2011-10-01', end: '2011-12-31' });
    expect(parsePeriod('2011-12-30')).toEqual({ start: '2011-12-30', end: '2011-12-30' });
    expect(endOfYearDate(1994)).toBe('1994-12-31');
    expect(planPeriod(2026, 2030)).toEqual({ start: '2026-01-01', end: '2030-12-31' });
    const deadlines = reportingDeadlines({ reporting: [{ frequency: 'monthly', month: 1, day: 28 }] }, 1994);
    expect(deadlines[11]).toMatchObject({ period: '1994-12', periodEnd: '1994-12-31', deadline: '1994-12-28' });
  });

  it('counts days across a skipped day as calendar days', () => {
    process.env.TZ = zone;
    // start 1994-12-01 (count 0), end 1995-12-01 (count 365): 365 days, across 1994-12-31.
    // 1 July 1995 is 31 (Dec) + 31 + 28 + 31 + 30 + 31 + 30 (Jan–Jun) = 212 days on:
    // 0 + 365 × 212 / 365 = 212.
    expect(
      midYearPopulation({ start: { date: '1994-12-01', count: 0 }, end: { date: '1995-12-01', count: 365 }, year: 1995 }).toString(),
    ).toBe('212');
  });
});
