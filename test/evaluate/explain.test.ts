/**
 * localeNumber: separators moved in already-rounded text, the same as formatNumber.
 * Expected values written by hand (vi: '.' groups, ',' decimals; en: ',' groups, '.' decimals).
 */
import { describe, expect, it } from 'vitest';
import { localeNumber } from '../../src/evaluate/internal/explain.js';
import { formatNumber } from '../../src/numeric/formatNumber.js';

describe('localeNumber', () => {
  const cases: [string, number, string, string][] = [
    // text, places, vi, en
    ['17.5', 1, '17,5', '17.5'],
    ['95.00', 2, '95,00', '95.00'],
    ['1234.5', 1, '1.234,5', '1,234.5'],
    ['-1234567.25', 2, '-1.234.567,25', '-1,234,567.25'],
    ['123', 0, '123', '123'],
    ['1000', 0, '1.000', '1,000'],
    ['-0.5', 1, '-0,5', '-0.5'],
    // not plain, or other places: formatNumber decides
    ['-0.00', 2, '0,00', '0.00'], // no negative zero
    ['17.55', 1, '17,6', '17.6'], // rounded half-up by formatNumber
    ['1e3', 0, '1.000', '1,000'],
  ];
  it.each(cases)('%s at %i places', (text, places, vi, en) => {
    expect(localeNumber(text, 'vi', places)).toBe(vi);
    expect(localeNumber(text, 'en', places)).toBe(en);
    expect(localeNumber(text, 'vi', places)).toBe(formatNumber(text, { locale: 'vi', decimals: places }));
    expect(localeNumber(text, 'en', places)).toBe(formatNumber(text, { locale: 'en', decimals: places }));
  });
  it('writes more than 20 places, which formatNumber refuses (exact changes in explanations)', () => {
    const long = '0.' + '3'.repeat(30);
    expect(localeNumber(long, 'vi', 30)).toBe('0,' + '3'.repeat(30));
  });
});
