/**
 * Numbers as the plans write them: `49,2`, `1.234,5`, `10.000`, `05`, sometimes with a
 * dot-decimal (`17.5`), and small numbers in words before a counted noun (“một bác sĩ”).
 *
 * @module
 */
import { foldWords } from './fold.js';

/** Strip leading zeros of the whole part and trailing zeros of the fraction. */
function canonical(whole: string, fraction: string): string {
  const int = whole.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/**
 * Read a number token (digits with `.` and `,` between them) as a decimal string with `.`.
 *
 * `,` is the decimal separator; `.` separates thousands when every group after it has three
 * digits (`1.000`, `10.000`, `1.234,5`), and is a decimal point otherwise (`17.5`, `95.15`),
 * as in English text. Anything else (`1,2,3`, `1.23.4`) is not a number: `undefined`.
 *
 * @example `readNumber('1.234,5')` → `'1234.5'`; `readNumber('05')` → `'5'`.
 */
export function readNumber(text: string): string | undefined {
  const commas = text.split(',');
  if (commas.length > 2) return undefined;
  const head = commas[0] as string;
  const fraction = commas[1] ?? '';
  // no dot: every (none) group after the first has three digits, and the number is `head`
  const groups = head.split('.');
  const thousands = groups.slice(1).every((group) => group.length === 3);
  if (thousands) return canonical(groups.join(''), fraction);
  if (groups.length === 2 && commas.length === 1) return canonical(groups[0] as string, groups[1] as string);
  return undefined;
}

const WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['một', '1'],
      ['hai', '2'],
      ['ba', '3'],
      ['bốn', '4'],
      ['năm', '5'],
      ['sáu', '6'],
      ['bảy', '7'],
      ['tám', '8'],
      ['chín', '9'],
      ['mười', '10'],
    ] as const
  ).map(([word, value]) => [foldWords(word), value]),
);

/** The value of a small number written as a (folded) word, or `undefined`. */
export function numberWord(folded: string): string | undefined {
  return WORDS.get(folded);
}

/** Negate a decimal string. */
export function negate(value: string): string {
  if (value.startsWith('-')) return value.slice(1);
  return /^0(?:\.0*)?$/.test(value) ? value : `-${value}`;
}
