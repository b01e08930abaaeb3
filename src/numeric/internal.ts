/**
 * Argument checks shared by the numeric functions. Not part of the public API: the barrel
 * does not re-export this module.
 *
 * @internal
 * @module
 */
import { chitieuError, describeValue } from '../errors.js';

/** The locales chitieu formats and parses numbers in. */
export type Locale = 'vi' | 'en';

/** Check a locale argument: `'vi'` or `'en'`, else `UNKNOWN_LOCALE` naming `field`. */
export function toLocale(value: unknown, field: string): Locale {
  if (value === 'vi' || value === 'en') return value;
  throw chitieuError('UNKNOWN_LOCALE', field, {
    en: `${field} must be 'vi' or 'en' (got ${describeValue(value)})`,
    vi: `${field} phải là 'vi' hoặc 'en' (nhận ${describeValue(value)})`,
  });
}

/** Check that an options argument is an object, else `INVALID_ARGUMENT` naming `field`. */
export function toOptions<T extends object>(value: T, field: string): T {
  if (typeof value === 'object' && value !== null) return value;
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be an object (got ${describeValue(value)})`,
    vi: `${field} phải là một đối tượng (nhận ${describeValue(value)})`,
  });
}

/** `INVALID_ARGUMENT` naming `field`, for a value that is not one of `allowed`. */
export function notOneOf(field: string, value: unknown, allowed: readonly string[]): never {
  const list = allowed.map((item) => `'${item}'`).join(', ');
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be one of ${list} (got ${describeValue(value)})`,
    vi: `${field} phải là một trong ${list} (nhận ${describeValue(value)})`,
  });
}
