/**
 * Plain decimal text in a locale's notation: the one place numbers get their separators.
 * Internal.
 *
 * @internal
 * @module
 */
import type { Locale } from './internal.js';

const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Plain decimal text (`-?\d+(\.\d+)?`, as the exact kernel and `toFixed` write it) with the
 * locale's separators: thousands grouped (`vi` `'1.234,5'`, `en` `'1,234.5'`), the places kept
 * as written, whatever their number.
 * @category Numeric
 */
export function localeText(text: string, locale: Locale): string {
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  const { group, decimal } = SEPARATORS[locale];
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += group + whole.slice(i, i + 3);
  if (point >= 0) out += decimal + body.slice(point + 1);
  return negative ? `-${out}` : out;
}
