/**
 * Argument checks shared by the numeric functions. Not part of the public API: the barrel
 * does not re-export this module.
 *
 * @internal
 * @module
 */
import { fail } from '../errors.js';
import { NOT_AN_OBJECT, NOT_ONE_OF, UNKNOWN_LOCALE } from '../messages/index.js';

/** The locales chitieu formats and parses numbers in. */
export type Locale = 'vi' | 'en';

/** Check a locale argument: `'vi'` or `'en'`, else `UNKNOWN_LOCALE` naming `field`. */
export function toLocale(value: unknown, field: string): Locale {
  if (value === 'vi' || value === 'en') return value;
  throw fail(UNKNOWN_LOCALE, field, { value });
}

/** Check that an options argument is an object, else `INVALID_ARGUMENT` naming `field`. */
export function toOptions<T extends object>(value: T, field: string): T {
  if (typeof value === 'object' && value !== null) return value;
  throw fail(NOT_AN_OBJECT, field, { value });
}

/** `INVALID_ARGUMENT` naming `field`, for a value that is not one of `allowed`. */
export function notOneOf(field: string, value: unknown, allowed: readonly string[]): never {
  throw fail(NOT_ONE_OF, field, { value, allowed });
}
