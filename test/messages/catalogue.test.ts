/**
 * The shared message catalogue (src/messages): every message names its field and shows what it
 * was given, in English and in Vietnamese (DESIGN.md: stable codes, messages that name the field
 * and quote what was given, in vi and en; src/errors.ts: “every message names its field”), and
 * each id carries the code src/errors.ts defines for its kind of fault. What each message shows
 * is listed here by hand, from what the fault is about (a value, a limit, a length, an age band).
 */
import { describe, expect, it } from 'vitest';
import * as en from '../../src/messages/en.js';
import * as messages from '../../src/messages/index.js';
import * as vi from '../../src/messages/vi.js';

type Wording = (params: never) => string;

/** What a message shows besides its field, in each language: fragments its text must contain. */
interface Shows {
  readonly params: Record<string, unknown>;
  readonly en: readonly string[];
  readonly vi: readonly string[];
}

const FIELD = 'rows.3.value';
/** A value of a kind each language names in words: describeValue gives 'an object' / 'một đối tượng'. */
const VALUE = { params: { value: {} }, en: ['(got an object)'], vi: ['(nhận một đối tượng)'] } as const;
/** Two values compared: the value and the limit are shown as they are, beside the other field's name. */
const COMPARED = {
  params: { value: '12.5', other: 'denominator', limit: '10' },
  en: ['(12.5)', 'denominator', '(10)'],
  vi: ['(12.5)', 'denominator', '(10)'],
} as const;
const NOTHING = { params: {}, en: [], vi: [] } as const;

const SHOWS: Record<string, Shows> = {
  notAnObject: VALUE,
  notOneOf: { params: { value: {}, allowed: ['linear', 'cagr'] }, en: ["'linear', 'cagr'", '(got an object)'], vi: ["'linear', 'cagr'", '(nhận một đối tượng)'] },
  unknownLocale: { params: { value: 'fr' }, en: ["'vi'", "'en'", '(got "fr")'], vi: ["'vi'", "'en'", '(nhận "fr")'] },
  notANumber: VALUE,
  notFinite: { params: { value: Number.POSITIVE_INFINITY }, en: ['(got Infinity)'], vi: ['(nhận Infinity)'] },
  notNum: VALUE,
  negative: { params: { value: -3 }, en: ['(got -3)'], vi: ['(nhận -3)'] },
  notWhole: { params: { value: 2.5 }, en: ['(got 2.5)'], vi: ['(nhận 2.5)'] },
  // the value is always 0
  zero: { params: {}, en: ['(got 0)'], vi: ['(nhận 0)'] },
  notPositive: { params: { value: -0 }, en: ['(got -0)'], vi: ['(nhận -0)'] },
  notOpenUnit: { params: { value: 1 }, en: ['(got 1)'], vi: ['(nhận 1)'] },
  tooLarge: { params: { value: 1e6, max: '1e5' }, en: ['1e5', '(got 1000000)'], vi: ['1e5', '(nhận 1000000)'] },
  notAString: VALUE,
  emptyString: NOTHING,
  notAnArray: VALUE,
  emptyArray: NOTHING,
  tooLong: { params: { length: 12, max: 10 }, en: ['10', '(got 12)'], vi: ['10', '(nhận 12)'] },
  lengthMismatch: { params: { length: 4, other: 'denominators', expected: 5 }, en: ['denominators', '5', '4'], vi: ['denominators', '5', '4'] },
  exceeds: COMPARED,
  beyondDouble: { params: { value: 10n ** 400n }, en: ['…n (401 digits)'], vi: ['…n (401 chữ số)'] },
  resultBeyondDouble: NOTHING,
  invalidDate: { params: { value: '2026-02-30' }, en: ['YYYY-MM-DD', '(got "2026-02-30")'], vi: ['YYYY-MM-DD', '(nhận "2026-02-30")'] },
  yearNotANumber: { params: { value: [], min: 1900, max: 2200 }, en: ['1900', '2200', '(got an array)'], vi: ['1900', '2200', '(nhận một mảng)'] },
  yearNotWhole: { params: { value: 2026.5 }, en: ['(got 2026.5)'], vi: ['(nhận 2026.5)'] },
  yearOutOfRange: { params: { value: 1800, min: 1900, max: 2200 }, en: ['1900', '2200', '(got 1800)'], vi: ['1900', '2200', '(nhận 1800)'] },
  notParsed: {
    params: { value: {}, what: 'plan', parsers: ['PlanSchema.parse', 'parsePlan'] },
    en: ['plan', 'PlanSchema.parse or parsePlan', '(got an object)'],
    vi: ['kế hoạch', 'PlanSchema.parse hoặc parsePlan', '(nhận một đối tượng)'],
  },
  tooSmall: { params: { value: 1, min: 2 }, en: ['2', '(got 1)'], vi: ['2', '(nhận 1)'] },
  tooFew: { params: { length: 1, min: 2 }, en: ['2', '(got 1)'], vi: ['2', '(nhận 1)'] },
  above: COMPARED,
  below: COMPARED,
  notProportion: { params: { value: 1.5 }, en: ['0', '1', '(got 1.5)'], vi: ['0', '1', '(nhận 1.5)'] },
  notAge: { params: { value: -1 }, en: ['(got -1)'], vi: ['(nhận -1)'] },
  ageRepeated: { params: { age: 65 }, en: ['65'], vi: ['65'] },
  onlyOldestOpen: { params: {}, en: ['(null)'], vi: ['(null)'] },
  oldestOpen: { params: {}, en: ['(null)'], vi: ['(null)'] },
  bandGap: { params: { start: 60, end: 64, next: 70 }, en: ['60–64', '70'], vi: ['60–64', '70'] },
  bandOverlap: { params: { start: 60, end: 69, next: 65 }, en: ['60–69', '65'], vi: ['60–69', '65'] },
  nonEmptyString: { params: { value: '' }, en: ['(got "")'], vi: ['(nhận "")'] },
  notAfter: {
    params: { value: '2025-12-31', other: 'issued', limit: '2026-01-15' },
    en: ['(2025-12-31)', 'issued', '(2026-01-15)'],
    vi: ['(2025-12-31)', 'issued', '(2026-01-15)'],
  },
  resultOutOfRange: { params: {}, en: ['1e400'], vi: ['1e400'] },
};

/** Vietnamese letters with diacritics (and đ): every Vietnamese message has some, no English one does. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

const wordings = (catalogue: object): Record<string, Wording> => catalogue as Record<string, Wording>;

describe('the shared messages, en and vi', () => {
  it('have the same ids in both languages, each listed here', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(SHOWS).sort());
    expect(Object.keys(vi).sort()).toEqual(Object.keys(SHOWS).sort());
  });

  it.each(Object.entries(SHOWS))('%s names its field and shows what it is about, in each language', (id, shows) => {
    const params = { field: FIELD, ...shows.params } as never;
    const english = (wordings(en)[id] as Wording)(params);
    const vietnamese = (wordings(vi)[id] as Wording)(params);
    expect(english.startsWith(FIELD), english).toBe(true);
    expect(vietnamese.includes(FIELD), vietnamese).toBe(true);
    for (const fragment of shows.en) expect(english).toContain(fragment);
    for (const fragment of shows.vi) expect(vietnamese).toContain(fragment);
    // each language is its own: Vietnamese with its letters, English without them
    expect(vietnamese).toMatch(VIETNAMESE);
    expect(english).not.toMatch(VIETNAMESE);
    expect(english).not.toContain('undefined');
    expect(vietnamese).not.toContain('undefined');
  });

  it('notParsed names what was to be parsed in each language', () => {
    // the four kinds of parsed data: plan, target, indicator, observation
    const kinds = { plan: 'kế hoạch', target: 'chỉ tiêu', indicator: 'chỉ số', observation: 'số liệu quan sát' } as const;
    for (const [what, inVietnamese] of Object.entries(kinds)) {
      const params = { field: 'plan', value: 1, what, parsers: ['parse'] } as never;
      expect(en.notParsed(params)).toContain(`a parsed ${what}:`);
      expect(vi.notParsed(params)).toContain(`là ${inVietnamese} đã được kiểm tra`);
    }
  });
});

describe('the shared message ids and their codes', () => {
  // src/errors.ts, “Stable error codes”: the kind of fault each code stands for
  const CODES: Record<string, string> = {
    // any other malformed argument (wrong type, missing option)
    NOT_AN_OBJECT: 'INVALID_ARGUMENT',
    NOT_ONE_OF: 'INVALID_ARGUMENT',
    NOT_A_NUMBER: 'INVALID_ARGUMENT',
    NOT_A_STRING: 'INVALID_ARGUMENT',
    EMPTY_STRING: 'INVALID_ARGUMENT',
    NOT_AN_ARRAY: 'INVALID_ARGUMENT',
    EMPTY_ARRAY: 'INVALID_ARGUMENT',
    NOT_PARSED: 'INVALID_ARGUMENT',
    TOO_FEW: 'INVALID_ARGUMENT',
    NON_EMPTY_STRING: 'INVALID_ARGUMENT',
    NOT_AFTER: 'INVALID_ARGUMENT',
    // a locale other than vi or en
    UNKNOWN_LOCALE: 'UNKNOWN_LOCALE',
    // NaN, ±Infinity, or text that is not a number
    NOT_FINITE: 'INVALID_NUMBER',
    NOT_NUM: 'INVALID_NUMBER',
    YEAR_NOT_A_NUMBER: 'INVALID_NUMBER',
    // a count is negative; a count is fractional; a zero denominator; more successes than trials
    NEGATIVE: 'NEGATIVE_COUNT',
    NOT_WHOLE: 'NOT_AN_INTEGER',
    YEAR_NOT_WHOLE: 'NOT_AN_INTEGER',
    ZERO: 'ZERO_DENOMINATOR',
    EXCEEDS: 'NUMERATOR_EXCEEDS_DENOMINATOR',
    // a number outside the range the argument allows
    NOT_POSITIVE: 'OUT_OF_RANGE',
    NOT_OPEN_UNIT: 'OUT_OF_RANGE',
    TOO_LARGE: 'OUT_OF_RANGE',
    TOO_LONG: 'OUT_OF_RANGE',
    BEYOND_DOUBLE: 'OUT_OF_RANGE',
    RESULT_BEYOND_DOUBLE: 'OUT_OF_RANGE',
    YEAR_OUT_OF_RANGE: 'OUT_OF_RANGE',
    TOO_SMALL: 'OUT_OF_RANGE',
    ABOVE: 'OUT_OF_RANGE',
    BELOW: 'OUT_OF_RANGE',
    NOT_PROPORTION: 'OUT_OF_RANGE',
    NOT_AGE: 'OUT_OF_RANGE',
    RESULT_OUT_OF_RANGE: 'OUT_OF_RANGE',
    // columns that should be of equal length are not
    LENGTH_MISMATCH: 'LENGTH_MISMATCH',
    // a date string that cannot be read
    INVALID_DATE: 'INVALID_DATE',
    // age bands that repeat a start age, overlap, leave a gap, or close the wrong band
    AGE_REPEATED: 'INVALID_AGE_BANDS',
    ONLY_OLDEST_OPEN: 'INVALID_AGE_BANDS',
    OLDEST_OPEN: 'INVALID_AGE_BANDS',
    BAND_GAP: 'INVALID_AGE_BANDS',
    BAND_OVERLAP: 'INVALID_AGE_BANDS',
  };

  it('binds each id to its code and to the wordings of the same id in en.ts and vi.ts', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(CODES).sort());
    for (const [name, entry] of Object.entries(messages)) {
      // NOT_AN_OBJECT → notAnObject
      const id = name.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
      expect({ id, code: entry.code, en: entry.en, vi: entry.vi }).toEqual({ id, code: CODES[name], en: wordings(en)[id], vi: wordings(vi)[id] });
    }
  });
});
