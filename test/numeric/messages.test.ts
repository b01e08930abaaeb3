/**
 * The numeric layer's errors in both languages: code, field and the whole message, English
 * (`error.message`) and Vietnamese (`error.vi`), each written out from the message's wording
 * with the input it was given (DESIGN.md: stable codes, messages that name the field and quote
 * what was given, in vi and en).
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, maximumNumerator, parseNumber, per10k, rateBatch, requiredNumerator, roundHalfUp } from '../../src/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const both = (error: { message: string; vi: string }): [string, string] => [error.message, error.vi];

describe('numeric messages, en and vi', () => {
  it('a number outside the locale names the locale and shows its own example', () => {
    expect(both(expectChitieuError(() => parseNumber('1.5', 'vi'), 'INVALID_NUMBER', 'text'))).toEqual([
      `text "1.5" is not a number in locale 'vi' (expected e.g. '1.234,5')`,
      `text "1.5" không phải là số theo định dạng 'vi' (ví dụ đúng: '1.234,5')`,
    ]);
    expect(both(expectChitieuError(() => parseNumber('1,5', 'en'), 'INVALID_NUMBER', 'text'))).toEqual([
      `text "1,5" is not a number in locale 'en' (expected e.g. '1,234.5')`,
      `text "1,5" không phải là số theo định dạng 'en' (ví dụ đúng: '1,234.5')`,
    ]);
  });
  it('decimals that are not a whole number, or outside 0–20', () => {
    expect(both(expectChitieuError(() => roundHalfUp('1.5', 'x' as unknown as number), 'INVALID_NUMBER', 'decimals'))).toEqual([
      'decimals must be a whole number of decimal places (got "x")',
      'decimals phải là số nguyên chữ số thập phân (nhận "x")',
    ]);
    expect(both(expectChitieuError(() => roundHalfUp('1.5', 1.5), 'NOT_AN_INTEGER', 'decimals'))).toEqual([
      'decimals must be a whole number of decimal places (got 1.5)',
      'decimals phải là số nguyên chữ số thập phân (nhận 1.5)',
    ]);
    expect(both(expectChitieuError(() => roundHalfUp('1.5', 21), 'OUT_OF_RANGE', 'decimals'))).toEqual([
      'decimals must be between 0 and 20 (got 21)',
      'decimals phải nằm trong khoảng từ 0 đến 20 (nhận 21)',
    ]);
  });
  it('a value outside the kernel gives the range and the digits', () => {
    const [en, vi] = both(expectChitieuError(() => roundHalfUp('1e401', 1), 'OUT_OF_RANGE', 'value'));
    expect(en).toBe('value is outside the range chitieu computes with (|x| from 1e-400 to 1e400, at most 1000 digits) (got "1e401")');
    expect(vi).toBe('value nằm ngoài phạm vi chitieu tính toán (|x| từ 1e-400 đến 1e400, tối đa 1000 chữ số) (nhận "1e401")');
  });
  it('rateBatch: a rate too large, a column that is not one, columns of different lengths', () => {
    // 1e300 / 1e-300 × 100 = 10^602, written as units of 10^−2: 1 and 604 zeros
    const units = `1${'0'.repeat(604)}`;
    expect(both(expectChitieuError(() => rateBatch([1e300], [1e-300], { per: 100, decimals: 2 }), 'OUT_OF_RANGE', 'numerators[0]'))).toEqual([
      `numerators[0] gives a rate too large for a double (${units}e-2)`,
      `numerators[0] cho tỷ suất quá lớn để biểu diễn bằng số double (${units}e-2)`,
    ]);
    expect(both(expectChitieuError(() => rateBatch('x' as unknown as number[], [1], { per: 100, decimals: 2 }), 'INVALID_ARGUMENT', 'numerators'))).toEqual([
      'numerators must be an array or typed array of numbers, of at most 2^31 − 1 rows (got "x")',
      'numerators phải là một mảng hoặc mảng định kiểu (typed array) các số, tối đa 2^31 − 1 dòng (nhận "x")',
    ]);
    expect(both(expectChitieuError(() => rateBatch([1, 2], [1], { per: 100, decimals: 2 }), 'LENGTH_MISMATCH', 'denominators'))).toEqual([
      'denominators has 1 rows but numerators has 2',
      'denominators có 1 dòng nhưng numerators có 2',
    ]);
  });
});

describe('errors quote what they were given', () => {
  it('a negative denominator, an unknown locale, text that is not a string', () => {
    const negative = expectChitieuError(() => requiredNumerator({ denominator: -12000, per: 100, comparator: '>=', threshold: 95, decimals: 2 }), 'NEGATIVE_COUNT', 'denominator');
    expect(negative.message).toContain('-12000');
    expect(negative.vi).toContain('-12000');
    expect(both(expectChitieuError(() => parseNumber('1', 'fr' as 'vi'), 'UNKNOWN_LOCALE', 'locale'))).toEqual([`locale must be 'vi' or 'en' (got "fr")`, `locale phải là 'vi' hoặc 'en' (nhận "fr")`]);
    expect(both(expectChitieuError(() => parseNumber(49.2 as unknown as string, 'vi'), 'INVALID_ARGUMENT', 'text'))).toEqual(['text must be a string (got 49.2)', 'text phải là một chuỗi (nhận 49.2)']);
  });
  it('a comparator the function does not take', () => {
    expect(both(expectChitieuError(() => requiredNumerator({ denominator: 12000, per: 100, comparator: '<' as '>', threshold: 95, decimals: 2 }), 'INVALID_ARGUMENT', 'comparator'))).toEqual([
      `comparator must be one of '>', '>=' (got "<")`,
      `comparator phải là một trong '>', '>=' (nhận "<")`,
    ]);
    expectChitieuError(() => maximumNumerator({ denominator: 12000, per: 100, comparator: '>=' as '<', threshold: 95, decimals: 2 }), 'INVALID_ARGUMENT', 'comparator');
    expectChitieuError(() => maximumNumerator({ denominator: 12000, per: 100, comparator: 5 as unknown as '<', threshold: 95, decimals: 2 }), 'INVALID_ARGUMENT', 'comparator');
  });
  it('an exponent decimal.js itself cannot hold is out of range, not Infinity', () => {
    for (const text of ['1e99999999999999999', '-1e99999999999999999']) {
      expectChitieuError(() => roundHalfUp(text, 1), 'OUT_OF_RANGE', 'value');
      expectChitieuError(() => per10k(text, 1), 'OUT_OF_RANGE', 'numerator');
    }
  });
  it('formatNumber groups a negative number from its first digit', () => {
    // −123 456.5: one full group of three after the first, the sign outside the groups
    expect(formatNumber('-123456.5', { locale: 'vi', decimals: 1 })).toBe('-123.456,5');
    expect(formatNumber('-123456.5', { locale: 'en', decimals: 1 })).toBe('-123,456.5');
  });
});
