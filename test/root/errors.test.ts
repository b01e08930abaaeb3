/**
 * src/errors.ts: the error class every function throws, the catalogue helpers that word its
 * messages in both languages, and how a message shows a value. Expected texts are written out
 * from the documented wording (DESIGN.md: messages name the field and quote what was given).
 */
import { describe, expect, it } from 'vitest';
import { ChitieuError, describeValue, fail, message, quotedList, textOf, wordsOf } from '../../src/errors.js';

const OUT_OF_RANGE = message<{ field: string; value: number }>(
  'OUT_OF_RANGE',
  (p) => `${p.field} must lie in (0, 1) (got ${p.value})`,
  (p) => `${p.field} phải nằm trong khoảng (0, 1) (nhận ${p.value})`,
);
/** A wording that does not name its field. */
const UNNAMED = message<{ field: string }>('INVALID_ARGUMENT', () => 'must be an object', () => 'phải là một đối tượng');

describe('ChitieuError', () => {
  it('carries its code, field, both messages and issues, and is named ChitieuError', () => {
    const issues = [{ path: ['upper'], code: 'RANGE_WITHOUT_UPPER', message: { en: 'a', vi: 'b' } }];
    const error = new ChitieuError('SCHEMA', { field: 'upper', message: { en: 'upper: a', vi: 'upper: b' }, issues });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.field, error.message, error.vi]).toEqual(['ChitieuError', 'SCHEMA', 'upper', 'upper: a', 'upper: b']);
    expect(error.issues).toEqual(issues);
    expect(String(error)).toBe('ChitieuError: upper: a');
  });

  it('has no issues and no cause unless given', () => {
    const error = new ChitieuError('INVALID_ARGUMENT', { field: 'x', message: { en: 'x: bad', vi: 'x: sai' } });
    expect(error.issues).toEqual([]);
    expect(Object.hasOwn(error, 'cause')).toBe(false);
  });

  it('keeps the underlying error as its cause', () => {
    const cause = new RangeError('deep');
    const error = new ChitieuError('INVALID_NUMBER', { field: 'x', message: { en: 'x: bad', vi: 'x: sai' }, cause });
    expect(error.cause).toBe(cause);
  });
});

describe('wording a catalogued message', () => {
  it('wordsOf: a wording that names its field is kept as it is', () => {
    expect(wordsOf(OUT_OF_RANGE, 'level', { value: 1.5 })).toEqual({
      en: 'level must lie in (0, 1) (got 1.5)',
      vi: 'level phải nằm trong khoảng (0, 1) (nhận 1.5)',
    });
  });

  it('wordsOf: a wording that does not name its field gets it in front', () => {
    expect(wordsOf(UNNAMED, 'options', {})).toEqual({ en: 'options: must be an object', vi: 'options: phải là một đối tượng' });
  });

  it('fail: the error of the message, with its code and field, and the cause only when given', () => {
    const error = fail(OUT_OF_RANGE, 'level', { value: 95 });
    expect([error.code, error.field, error.message, error.vi]).toEqual([
      'OUT_OF_RANGE', 'level', 'level must lie in (0, 1) (got 95)', 'level phải nằm trong khoảng (0, 1) (nhận 95)',
    ]);
    expect(Object.hasOwn(error, 'cause')).toBe(false);
    const cause = new Error('parse');
    const caused = fail(UNNAMED, 'options', {}, cause);
    expect([caused.code, caused.field, caused.message, caused.vi, caused.cause]).toEqual([
      'INVALID_ARGUMENT', 'options', 'options: must be an object', 'options: phải là một đối tượng', cause,
    ]);
  });

  it('textOf: both languages of a message that is worded, not thrown', () => {
    expect(textOf(OUT_OF_RANGE, { field: 'level', value: 2 })).toEqual({
      en: 'level must lie in (0, 1) (got 2)',
      vi: 'level phải nằm trong khoảng (0, 1) (nhận 2)',
    });
  });

  it('quotedList: each allowed value in single quotes, separated by commas', () => {
    expect(quotedList(['vi', 'en'])).toBe("'vi', 'en'");
    expect(quotedList(['>'])).toBe("'>'");
    expect(quotedList([])).toBe('');
  });
});

describe('describeValue', () => {
  it('text in double quotes (JSON), whole up to 60 characters', () => {
    expect(describeValue('17,5')).toBe('"17,5"');
    expect(describeValue('x'.repeat(60), 'vi')).toBe(`"${'x'.repeat(60)}"`);
  });

  it('longer text cut after 60 characters, with its length in each language', () => {
    const long = 'y'.repeat(61);
    expect(describeValue(long)).toBe(`"${'y'.repeat(60)}…" (61 characters)`);
    expect(describeValue(long, 'en')).toBe(`"${'y'.repeat(60)}…" (61 characters)`);
    expect(describeValue(long, 'vi')).toBe(`"${'y'.repeat(60)}…" (61 ký tự)`);
  });

  it('bigints with n, cut after 60 digits with their count', () => {
    expect(describeValue(12n)).toBe('12n');
    const sixty = 10n ** 59n; // 1 and 59 zeros: 60 digits
    expect(describeValue(sixty)).toBe(`1${'0'.repeat(59)}n`);
    const sixtyOne = 10n ** 60n; // 61 digits
    expect(describeValue(sixtyOne)).toBe(`1${'0'.repeat(59)}…n (61 digits)`);
    expect(describeValue(sixtyOne, 'vi')).toBe(`1${'0'.repeat(59)}…n (61 chữ số)`);
  });

  it('numbers as JavaScript writes them, and -0 as -0', () => {
    expect([describeValue(1.5), describeValue(0), describeValue(-0), describeValue(Number.NaN), describeValue(-Infinity)]).toEqual(['1.5', '0', '-0', 'NaN', '-Infinity']);
  });

  it('booleans, undefined and null by name', () => {
    expect([describeValue(true), describeValue(false), describeValue(undefined), describeValue(null, 'vi')]).toEqual(['true', 'false', 'undefined', 'null']);
  });

  it('symbols, functions, arrays and objects by kind, in each language', () => {
    const values = [Symbol('s'), () => 1, [1, 2], { a: 1 }];
    expect(values.map((value) => describeValue(value))).toEqual(['a symbol', 'a function', 'an array', 'an object']);
    expect(values.map((value) => describeValue(value, 'vi'))).toEqual(['một symbol', 'một hàm', 'một mảng', 'một đối tượng']);
  });
});
