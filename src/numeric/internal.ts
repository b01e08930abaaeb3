/**
 * Helpers shared by the numeric functions. Not part of the public API: the barrel does not
 * re-export this module.
 *
 * @internal
 * @module
 */
import { chitieuError } from '../errors.js';

/** The locales chitieu formats and parses numbers in. */
export type Locale = 'vi' | 'en';

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Check a locale argument: `'vi'` or `'en'`, else `UNKNOWN_LOCALE` naming `field`. */
export function toLocale(value: unknown, field: string): Locale {
  if (value === 'vi' || value === 'en') return value;
  throw chitieuError('UNKNOWN_LOCALE', field, {
    en: `${field} must be 'vi' or 'en' (got ${describe(value)})`,
    vi: `${field} phải là 'vi' hoặc 'en' (nhận ${describe(value)})`,
  });
}

/** Check that an options argument is an object, else `INVALID_ARGUMENT` naming `field`. */
export function toOptions<T extends object>(value: T, field: string): T {
  if (typeof value === 'object' && value !== null) return value;
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be an object (got ${describe(value)})`,
    vi: `${field} phải là một đối tượng (nhận ${describe(value)})`,
  });
}

/** `INVALID_ARGUMENT` naming `field`, for a value that is not one of `allowed`. */
export function notOneOf(field: string, value: unknown, allowed: readonly string[]): never {
  const list = allowed.map((item) => `'${item}'`).join(', ');
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be one of ${list} (got ${describe(value)})`,
    vi: `${field} phải là một trong ${list} (nhận ${describe(value)})`,
  });
}

/** A finite decimal written as `coefficient × 10^exponent`, both exact. */
export interface Scaled {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const SCIENTIFIC = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * Read plain or scientific decimal text (`'123.45'`, `'1.5e-7'`, `'1e+300'`, the output of
 * `Decimal#toExponential()` or `String(number)`) as an exact {@link Scaled}.
 */
export function scaledFromText(text: string): Scaled {
  const match = SCIENTIFIC.exec(text);
  if (match === null) throw new TypeError(`chitieu internal: not decimal text: ${text}`);
  const [, sign = '', whole = '', fraction = '', exp = '0'] = match;
  const digits = BigInt(whole + fraction);
  return {
    coefficient: sign === '-' ? -digits : digits,
    exponent: Number(exp) - fraction.length,
  };
}

/** `10^power` as a bigint, `power ≥ 0`. */
export function pow10(power: number): bigint {
  return 10n ** BigInt(power);
}

/** `⌈a / b⌉` for bigints, `b > 0`. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b; // truncates toward zero
  return a % b > 0n ? q + 1n : q;
}

/** `⌊a / b⌋` for bigints, `b > 0`. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}
