/**
 * localeText: plain decimal text in a locale's notation, the one place numbers get their
 * separators (formatNumber and the explanations both use it). Expected values written by hand
 * (vi: '.' groups, ',' decimals; en: ',' groups, '.' decimals).
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/numeric/formatNumber.js';
import { localeText } from '../../src/numeric/localeText.js';

describe('localeText', () => {
  const cases: [string, string, string][] = [
    // text, vi, en
    ['17.5', '17,5', '17.5'],
    ['95.00', '95,00', '95.00'],
    ['1234.5', '1.234,5', '1,234.5'],
    ['-1234567.25', '-1.234.567,25', '-1,234,567.25'],
    ['123', '123', '123'],
    ['1000', '1.000', '1,000'],
    ['100000', '100.000', '100,000'],
    ['-0.5', '-0,5', '-0.5'],
    ['-123456', '-123.456', '-123,456'], // six digits: two full groups, the sign before them
    ['-123', '-123', '-123'],
  ];
  it.each(cases)('%s', (text, vi, en) => {
    expect(localeText(text, 'vi')).toBe(vi);
    expect(localeText(text, 'en')).toBe(en);
    // the same as formatNumber with the places the text is written with
    const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    expect(formatNumber(text, { locale: 'vi', decimals: places })).toBe(vi);
    expect(formatNumber(text, { locale: 'en', decimals: places })).toBe(en);
  });
  it('keeps more than 20 places, which formatNumber refuses (an exact figure in an explanation)', () => {
    const long = `0.${'3'.repeat(30)}`;
    expect(localeText(long, 'vi')).toBe(`0,${'3'.repeat(30)}`);
  });
});
