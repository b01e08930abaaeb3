import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, formatNumber, parseNumber, per10k, roundHalfUp } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const vi1 = { locale: 'vi', decimals: 1 } as const;

describe('formatNumber', () => {
  it('writes the seed plans’ figures as printed', () => {
    // 59 beds / 12 000 × 10 000 = 49.1666… → 49,2 (Cao Minh 2.1)
    expect(formatNumber(per10k(59, 12000), vi1)).toBe('49,2');
    // 21 / 12 000 × 10 000 = 17.5 → 17,5 (Cao Minh 2.2)
    expect(formatNumber(per10k(21, 12000), vi1)).toBe('17,5');
    // exactly 95 at 2 decimals → 95,00
    expect(formatNumber(95, { locale: 'vi', decimals: 2 })).toBe('95,00');
  });

  it('groups thousands with the locale’s separators', () => {
    // 1234.45: the dropped 5 rounds up → 1 234,5
    expect(formatNumber('1234.45', vi1)).toBe('1.234,5');
    expect(formatNumber('1234.45', { locale: 'en', decimals: 1 })).toBe('1,234.5');
    expect(formatNumber(1234567, { locale: 'vi', decimals: 0 })).toBe('1.234.567');
    expect(formatNumber('-1234567.891', { locale: 'en', decimals: 2 })).toBe('-1,234,567.89');
    // 3 digits: no separator; 4 digits: one
    expect(formatNumber(100, { locale: 'en', decimals: 0 })).toBe('100');
    expect(formatNumber(1000, { locale: 'en', decimals: 0 })).toBe('1,000');
    // a bigint beyond doubles keeps every digit
    expect(formatNumber(12345678901234567890n, { locale: 'en', decimals: 0 })).toBe('12,345,678,901,234,567,890');
  });

  it('rounds half-up and carries', () => {
    // 999.95 → 1 000,0
    expect(formatNumber('999.95', vi1)).toBe('1.000,0');
    // -0.05 is halfway between -0.0 and -0.1: away from zero → -0,1
    expect(formatNumber('-0.05', vi1)).toBe('-0,1');
  });

  it('never writes -0', () => {
    // -0.04 rounds to 0.0 at 1 decimal (0.04 < 0.05)
    expect(formatNumber(-0.04, vi1)).toBe('0,0');
    expect(formatNumber(-0, { locale: 'en', decimals: 0 })).toBe('0');
  });

  it('rejects bad options and values', () => {
    expectChitieuError(() => formatNumber(1, { locale: 'fr' as 'vi', decimals: 1 }), 'UNKNOWN_LOCALE', 'locale');
    expectChitieuError(() => formatNumber(1, { locale: null as unknown as 'vi', decimals: 1 }), 'UNKNOWN_LOCALE', 'locale');
    expectChitieuError(() => formatNumber(1, { locale: {} as 'vi', decimals: 1 }), 'UNKNOWN_LOCALE', 'locale');
    expectChitieuError(() => formatNumber(1, { locale: 'vi', decimals: 1.5 }), 'NOT_AN_INTEGER', 'decimals');
    expectChitieuError(() => formatNumber(1, { locale: 'vi', decimals: -1 }), 'OUT_OF_RANGE', 'decimals');
    expectChitieuError(() => formatNumber(Number.NaN, vi1), 'INVALID_NUMBER', 'value');
    expectChitieuError(() => formatNumber('49,2', vi1), 'INVALID_NUMBER', 'value');
    expectChitieuError(
      () => formatNumber(1, null as unknown as { locale: 'vi'; decimals: number }),
      'INVALID_ARGUMENT',
      'options',
    );
  });

  it('round-trips: parseNumber(formatNumber(x)) is x rounded half-up', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('vi' as const, 'en' as const),
        (units, places, decimals, locale) => {
          const value = new Decimal(units.toString()).dividedBy(new Decimal(10).pow(places));
          const text = formatNumber(value, { locale, decimals });
          const back = parseNumber(text, locale);
          const expected = roundHalfUp(value, decimals);
          expect(back.eq(expected)).toBe(true);
          // exactly `decimals` places after the separator, and never '-0'
          const separator = locale === 'vi' ? ',' : '.';
          expect(text.split(separator)[1]?.length ?? 0).toBe(decimals);
          expect(text.startsWith('-')).toBe(!expected.isZero() && expected.isNegative());
        },
      ),
    );
  });
});
