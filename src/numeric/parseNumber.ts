import { fail } from '../errors.js';
import { NOT_A_STRING } from '../messages/index.js';
import { NOT_IN_LOCALE } from './messages/index.js';
import { Decimal } from './decimal.js';
import { toLocale, type Locale } from './internal.js';

// An optional sign, then either plain digits or 1–3 digits (not starting with 0) followed by
// groups of exactly three; then optionally the decimal separator and at least one digit.
const PATTERNS: Record<Locale, RegExp> = {
  vi: /^([+-]?)((?:[1-9]\d{0,2}(?:\.\d{3})+)|\d+)(?:,(\d+))?$/,
  en: /^([+-]?)((?:[1-9]\d{0,2}(?:,\d{3})+)|\d+)(?:\.(\d+))?$/,
};

/**
 * Read a number written the way people write it in Vietnamese (`'49,2'`, `'1.234,5'`) or
 * English (`'49.2'`, `'1,234.5'`), exactly, as a {@link Decimal}.
 *
 * Strict: `vi` uses `.` between thousands and `,` before decimals, `en` the reverse.
 * Thousands grouping is optional (`'1234,5'` is fine in `vi`), but when present every group
 * after the first has exactly three digits and the first does not start with `0`, so the
 * ambiguous `'1.5'` is rejected in `vi` (and `'1,5'` in `en`) instead of being guessed. An
 * optional leading `+` or `-` is allowed, and surrounding whitespace (including the
 * no-break space U+00A0) is ignored. Nothing else is: no exponents, no `%`, no spaces
 * inside the number. `'-0'` reads as `0`.
 *
 * @category Numeric
 * @param text - the text to read.
 * @param locale - `'vi'` or `'en'`.
 * @throws {@link ChitieuError} `INVALID_NUMBER` (field `text`) for text that is not a number in
 *   `locale`, `UNKNOWN_LOCALE` (field `locale`), `INVALID_ARGUMENT` (field `text`) when `text`
 *   is not a string.
 * @example
 * ```ts
 * import { parseNumber } from 'chitieu';
 *
 * // Cao Minh's target “số giường bệnh/vạn dân: 49,2”
 * console.log(parseNumber('49,2', 'vi').toString());     // '49.2'
 * console.log(parseNumber('1.234,5', 'vi').toString());  // '1234.5'
 * console.log(parseNumber('1,234.5', 'en').toString());  // '1234.5'
 * console.log(parseNumber(' -0,25 ', 'vi').toString());  // '-0.25'
 * ```
 */
export function parseNumber(text: string, locale: 'vi' | 'en'): Decimal {
  if (typeof text !== 'string') {
    throw fail(NOT_A_STRING, 'text', { value: text });
  }
  const checked = toLocale(locale, 'locale');
  const match = PATTERNS[checked].exec(text.trim());
  if (match === null) {
    throw fail(NOT_IN_LOCALE, 'text', { value: text, locale: checked });
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = whole.replace(/[.,]/g, '') + (fraction === '' ? '' : `.${fraction}`);
  const value = new Decimal(`${sign}${digits}`);
  return value.isZero() ? new Decimal(0) : value;
}
