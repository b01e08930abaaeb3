import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('parseNumber', () => {
  it('reads the seed plans’ Vietnamese figures', () => {
    // Cao Minh 2.1 “49,2”, 2.2 “17,5”; Xuân Hưng 004 “95,3%”; Thống Nhất “77,67” years, “1,5” cm
    expect(parseNumber('49,2', 'vi').toString()).toBe('49.2');
    expect(parseNumber('17,5', 'vi').toString()).toBe('17.5');
    expect(parseNumber('95,3', 'vi').toString()).toBe('95.3');
    expect(parseNumber('77,67', 'vi').toString()).toBe('77.67');
    expect(parseNumber('1,5', 'vi').toString()).toBe('1.5');
  });

  it('reads thousands groups in each locale', () => {
    // vi: '.' between thousands, ',' before decimals: 1 234,5
    expect(parseNumber('1.234,5', 'vi').toString()).toBe('1234.5');
    expect(parseNumber('+1.234.567,89', 'vi').toString()).toBe('1234567.89');
    // en: the reverse
    expect(parseNumber('1,234.5', 'en').toString()).toBe('1234.5');
    expect(parseNumber('-1,234,567.89', 'en').toString()).toBe('-1234567.89');
    // grouping is optional
    expect(parseNumber('1234,5', 'vi').toString()).toBe('1234.5');
    expect(parseNumber('1234.5', 'en').toString()).toBe('1234.5');
    // a whole number in groups: 12 000
    expect(parseNumber('12.000', 'vi').toString()).toBe('12000');
    expect(parseNumber('12,000', 'en').toString()).toBe('12000');
  });

  it('trims whitespace, including the no-break space', () => {
    expect(parseNumber('\u00a0 -0,25\t', 'vi').toString()).toBe('-0.25');
    expect(parseNumber('\n49.2 ', 'en').toString()).toBe('49.2');
  });

  it('reads -0 as 0 and keeps leading zeros of ungrouped digits', () => {
    expect(Object.is(parseNumber('-0', 'vi').toNumber(), 0)).toBe(true);
    expect(Object.is(parseNumber('-0,00', 'vi').toNumber(), 0)).toBe(true);
    expect(parseNumber('007', 'en').toString()).toBe('7');
  });

  it('is exact beyond doubles', () => {
    // 20 significant digits survive: no binary rounding
    expect(parseNumber('12.345.678.901.234.567.890,1', 'vi').toString()).toBe('12345678901234567890.1');
  });

  it('rejects ambiguous or malformed text, quoting it', () => {
    const cases: readonly [string, 'vi' | 'en'][] = [
      ['1.5', 'vi'], // a group must have three digits: is it 1,5 or 15?
      ['1,5', 'en'],
      ['12.34', 'vi'],
      ['1.2345', 'vi'],
      ['0.123', 'vi'], // a group may not follow a leading 0
      ['1,234.5', 'vi'], // the other locale's format
      ['1.234,5', 'en'],
      ['', 'vi'],
      ['   ', 'vi'],
      ['-', 'vi'],
      [',5', 'vi'],
      ['5,', 'vi'],
      ['1e5', 'en'],
      ['1 234,5', 'vi'],
      ['95%', 'vi'],
      ['--1', 'vi'],
      ['1,2,3', 'vi'],
      ['Infinity', 'en'],
      ['NaN', 'en'],
      ['٣', 'en'], // digits other than 0–9
    ];
    for (const [text, locale] of cases) {
      const error = expectChitieuError(() => parseNumber(text, locale), 'INVALID_NUMBER', 'text');
      expect(error.message).toContain(JSON.stringify(text));
      expect(error.vi).toContain(JSON.stringify(text));
    }
  });

  it('rejects an unknown locale and non-string text', () => {
    expectChitieuError(() => parseNumber('1', 'fr' as 'vi'), 'UNKNOWN_LOCALE', 'locale');
    expectChitieuError(() => parseNumber(49.2 as unknown as string, 'vi'), 'INVALID_ARGUMENT', 'text');
    expectChitieuError(() => parseNumber(null as unknown as string, 'en'), 'INVALID_ARGUMENT', 'text');
  });
});
