import { describe, expect, it } from 'vitest';
import { endOfYearDate, planPeriod } from '../../src/calendar/index.js';
import { errorOf } from '../helpers/errors.js';

describe('endOfYearDate', () => {
  it('is 31 December (“đến hết năm 2026”)', () => {
    expect(endOfYearDate(2026)).toBe('2026-12-31');
    expect(endOfYearDate(1900)).toBe('1900-12-31');
    expect(endOfYearDate(2200)).toBe('2200-12-31');
  });

  it('validates the year', () => {
    expect(errorOf(() => endOfYearDate(1899))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'year' });
    expect(errorOf(() => endOfYearDate(2026.5))).toMatchObject({ code: 'NOT_AN_INTEGER', field: 'year' });
    expect(errorOf(() => endOfYearDate(Number.POSITIVE_INFINITY))).toMatchObject({ code: 'INVALID_NUMBER', field: 'year' });
    expect(errorOf(() => endOfYearDate('2026' as unknown as number))).toMatchObject({ code: 'INVALID_NUMBER', field: 'year' });
  });
});

describe('planPeriod', () => {
  it('covers 1 January of the first year to 31 December of the last', () => {
    expect(planPeriod(2026, 2030)).toEqual({ start: '2026-01-01', end: '2030-12-31' });
    expect(planPeriod(2026)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(planPeriod(2026, 2026)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('validates the years and their order', () => {
    expect(errorOf(() => planPeriod(2030, 2026))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'to' });
    expect(errorOf(() => planPeriod(2026, 2201))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'to' });
    expect(errorOf(() => planPeriod(1800))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'from' });
    expect(errorOf(() => planPeriod(2026.1, 2030))).toMatchObject({ code: 'NOT_AN_INTEGER', field: 'from' });
  });
});
