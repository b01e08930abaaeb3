import { addDays, addMonths, differenceInCalendarDays, formatISO, lastDayOfMonth } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { UTCDay } from '../../src/calendar/UTCDay.js';

// UTCDay (internal) makes date-fns compute on UTC calendar days. Each "local" accessor must
// read or write the UTC field, whatever process.env.TZ says (Kiritimati is UTC+14, so a
// local accessor would read a different day than the UTC one at 00:00 UTC).
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('UTCDay in %s', (zone) => {
  it('reads the UTC fields', () => {
    process.env.TZ = zone;
    const day = UTCDay.of(1994, 12, 31); // a Saturday (the week of 1995-01-01, a Sunday)
    expect([day.getFullYear(), day.getMonth(), day.getDate(), day.getDay()]).toEqual([1994, 11, 31, 6]);
    expect([day.getHours(), day.getMinutes(), day.getSeconds(), day.getMilliseconds()]).toEqual([0, 0, 0, 0]);
    expect(day.getTimezoneOffset()).toBe(0);
    expect(day.toISOString()).toBe('1994-12-31T00:00:00.000Z');
  });

  it('writes the UTC fields', () => {
    process.env.TZ = zone;
    const day = UTCDay.of(2026, 1, 31);
    day.setFullYear(2024, 1, 29);
    day.setHours(5, 6, 7, 8);
    expect(day.toISOString()).toBe('2024-02-29T05:06:07.008Z');
    day.setMonth(0, 2);
    day.setDate(3);
    day.setMinutes(1, 2, 3);
    day.setSeconds(4, 5);
    day.setMilliseconds(6);
    expect(day.toISOString()).toBe('2024-01-03T05:01:04.006Z');
  });

  it('keeps date-fns on calendar days', () => {
    process.env.TZ = zone;
    // January 31 + 1 month clamps to February 28 in 2026 (date-fns' rule)
    expect(formatISO(addMonths(UTCDay.of(2026, 1, 31), 1), { representation: 'date' })).toBe('2026-02-28');
    expect(formatISO(lastDayOfMonth(UTCDay.of(1994, 12, 5)), { representation: 'date' })).toBe('1994-12-31');
    expect(formatISO(addDays(UTCDay.of(2011, 12, 29), 1), { representation: 'date' })).toBe('2011-12-30');
    // 1994-12-30 → 1995-01-01: two calendar days (31 December existed on the calendar)
    expect(differenceInCalendarDays(UTCDay.of(1995, 1, 1), UTCDay.of(1994, 12, 30))).toBe(2);
  });
});
