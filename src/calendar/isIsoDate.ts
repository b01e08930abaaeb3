import { parseIsoDate } from './parseIsoDate.js';

/**
 * Whether `text` is an ISO calendar date `'YYYY-MM-DD'` that exists. Never throws.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { isIsoDate } from 'chitieu';
 *
 * console.log(isIsoDate('2026-12-31')); // true
 * console.log(isIsoDate('2026-02-30')); // false
 * console.log(isIsoDate('31/12/2026')); // false
 * ```
 */
export function isIsoDate(text: unknown): text is string {
  try {
    parseIsoDate(text as string);
    return true;
  } catch {
    // parseIsoDate (with its default field) throws nothing but INVALID_DATE
    return false;
  }
}
