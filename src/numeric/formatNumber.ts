import { Decimal, toDecimal, toDecimals, type Num } from './decimal.js';
import { toLocale, toOptions } from './internal.js';
import { localeText } from './localeText.js';

/**
 * Write a number the way a plan prints it: rounded half-up to exactly `decimals` places,
 * with the locale's separators — `vi` `'1.234,5'`, `en` `'1,234.5'`.
 *
 * Always shows `decimals` places (`95` at 2 → `'95,00'`), groups the integer part in
 * thousands, writes negatives with `'-'`, and never writes `'-0'`: a value that rounds to
 * zero is zero (`-0.04` at 1 decimal is `'0,0'`). The result reads back with
 * {@link parseNumber} to the rounded value.
 *
 * @category Numeric
 * @param value - the value to write (a `number` is read through its shortest text, as in
 *   {@link roundHalfUp}).
 * @param options - `locale` (`'vi'` or `'en'`) and `decimals` (0 to 20).
 * @throws {@link ChitieuError} `INVALID_NUMBER` (field `value`), `UNKNOWN_LOCALE` (field
 *   `locale`), `INVALID_NUMBER` / `NOT_AN_INTEGER` / `OUT_OF_RANGE` (field `decimals`),
 *   `INVALID_ARGUMENT` (field `options`) when `options` is not an object.
 * @example
 * ```ts
 * import { formatNumber, per10k } from 'chitieu';
 *
 * // 59 beds for 12 000 people, as the plan would print it
 * console.log(formatNumber(per10k(59, 12000), { locale: 'vi', decimals: 1 })); // '49,2'
 * console.log(formatNumber('1234.45', { locale: 'vi', decimals: 1 }));         // '1.234,5'
 * console.log(formatNumber('1234.45', { locale: 'en', decimals: 1 }));         // '1,234.5'
 * console.log(formatNumber(-0.04, { locale: 'vi', decimals: 1 }));             // '0,0'
 * ```
 */
export function formatNumber(value: Num, options: { locale: 'vi' | 'en'; decimals: number }): string {
  const checked = toOptions(options, 'options');
  const locale = toLocale(checked.locale, 'locale');
  const decimals = toDecimals(checked.decimals, 'decimals');
  const rounded = toDecimal(value, 'value').toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  return (negative ? '-' : '') + localeText(rounded.abs().toFixed(decimals), locale);
}
