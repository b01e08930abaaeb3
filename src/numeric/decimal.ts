/**
 * The decimal type chitieu computes with, and the conversion of every accepted numeric
 * input into it. This is the only module that configures decimal.js.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { chitieuError } from '../errors.js';

/**
 * chitieu's decimal.js constructor: a private clone with 60 significant digits and
 * half-up rounding, so that the library never touches decimal.js's global settings and an
 * app's own `Decimal.set(...)` never changes chitieu's results.
 *
 * Values it returns are ordinary decimal.js decimals (`Decimal.isDecimal(x)` is true) and
 * work with any decimal.js instance in an app.
 *
 * @example
 * ```ts
 * import { Decimal } from 'chitieu';
 *
 * const value = new Decimal('49.2');
 * console.log(value.plus('0.05').toString()); // '49.25'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** An instance of chitieu's {@link Decimal} (any decimal.js decimal is accepted as input). */
export type Decimal = DecimalJs;

/**
 * Every numeric input chitieu accepts: a finite `number`, a decimal string written with
 * `.` (Vietnamese text such as `'49,2'` goes through `parseNumber` first), a `bigint`, or a
 * decimal.js `Decimal`.
 *
 * @example
 * ```ts
 * import { per10k, type Num } from 'chitieu';
 *
 * const doctors: Num = 21n;
 * const population: Num = '12000';
 * console.log(per10k(doctors, population).toString()); // '17.5'
 * ```
 */
export type Num = number | string | bigint | DecimalJs;

const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

/**
 * Convert a {@link Num} into a finite {@link Decimal}.
 *
 * Strings must be plain decimal notation with `.` (`'1234.5'`, `'-0.25'`, `'1e6'`);
 * surrounding spaces are ignored. NaN, ±Infinity, empty strings and anything else throw
 * `INVALID_NUMBER` naming `field`.
 *
 * @param value - the input.
 * @param field - the argument name used in the error message.
 * @example
 * ```ts
 * import { toDecimal } from 'chitieu';
 *
 * console.log(toDecimal('17.50', 'threshold').toString()); // '17.5'
 * console.log(toDecimal(3n, 'count').toString());          // '3'
 * ```
 */
export function toDecimal(value: Num, field: string): Decimal {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return new Decimal(value);
  } else if (typeof value === 'bigint') {
    return new Decimal(value.toString());
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL_TEXT.test(text)) {
      // '1e99999999999999999' is well-formed but overflows decimal.js to Infinity
      const parsed = new Decimal(text);
      if (parsed.isFinite()) return parsed;
    }
  } else if (DecimalJs.isDecimal(value) && (value as DecimalJs).isFinite()) {
    return new Decimal(value as DecimalJs);
  }
  throw chitieuError('INVALID_NUMBER', field, {
    en: `${field} must be a finite number, a decimal string with '.', a bigint or a Decimal (got ${describe(value)})`,
    vi: `${field} phải là một số hữu hạn, chuỗi số thập phân dùng dấu '.', bigint hoặc Decimal (nhận ${describe(value)})`,
  });
}

/**
 * Convert a {@link Num} into a non-negative {@link Decimal}, for counts and populations that
 * may be estimates (a mid-year population of `12 345.5`). Negative values throw
 * `NEGATIVE_COUNT`.
 *
 * @example
 * ```ts
 * import { toNonNegative } from 'chitieu';
 *
 * console.log(toNonNegative('12345.5', 'denominator').toString()); // '12345.5'
 * ```
 */
export function toNonNegative(value: Num, field: string): Decimal {
  const result = toDecimal(value, field);
  if (result.isNegative() && !result.isZero()) {
    throw chitieuError('NEGATIVE_COUNT', field, {
      en: `${field} must not be negative (got ${result.toString()})`,
      vi: `${field} không được âm (nhận ${result.toString()})`,
    });
  }
  return result.isZero() ? new Decimal(0) : result;
}

/**
 * Convert a {@link Num} into a positive {@link Decimal}, for denominators and multipliers.
 * Zero throws `ZERO_DENOMINATOR`, a negative value `NEGATIVE_COUNT`.
 *
 * @example
 * ```ts
 * import { toPositive } from 'chitieu';
 *
 * console.log(toPositive(10000, 'per').toString()); // '10000'
 * ```
 */
export function toPositive(value: Num, field: string): Decimal {
  const result = toNonNegative(value, field);
  if (result.isZero()) {
    throw chitieuError('ZERO_DENOMINATOR', field, {
      en: `${field} must be greater than zero (got 0)`,
      vi: `${field} phải lớn hơn 0 (nhận 0)`,
    });
  }
  return result;
}

/**
 * Validate a number of decimal places: a whole number from 0 to 20. Anything else throws
 * (`NOT_AN_INTEGER`, `OUT_OF_RANGE` or `INVALID_NUMBER`).
 *
 * @example
 * ```ts
 * import { toDecimals } from 'chitieu';
 *
 * console.log(toDecimals(1, 'decimals')); // 1
 * ```
 */
export function toDecimals(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw chitieuError('INVALID_NUMBER', field, {
      en: `${field} must be a whole number of decimal places (got ${describe(value)})`,
      vi: `${field} phải là số nguyên chữ số thập phân (nhận ${describe(value)})`,
    });
  }
  if (!Number.isInteger(value)) {
    throw chitieuError('NOT_AN_INTEGER', field, {
      en: `${field} must be a whole number of decimal places (got ${value})`,
      vi: `${field} phải là số nguyên chữ số thập phân (nhận ${value})`,
    });
  }
  if (value < 0 || value > 20) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be between 0 and 20 (got ${value})`,
      vi: `${field} phải nằm trong khoảng từ 0 đến 20 (nhận ${value})`,
    });
  }
  return value;
}
