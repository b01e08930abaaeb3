/**
 * The decimal type chitieu computes with, and the conversion of every accepted numeric
 * input into it. This is the only module that configures decimal.js.
 *
 * @module
 */
// decimal.js's ES module has only a default export (the constructor); its declarations also
// name the class. The value comes from the default import and every type from the named one,
// so that the emitted declarations import `{ Decimal }`, which TypeScript resolves in CommonJS
// and ES module apps alike (a default import of decimal.js's CommonJS declarations from an ES
// module app is the module object, and `Decimal` became `any` there).
import DecimalJs from 'decimal.js';
import type { Decimal as DecimalClass } from 'decimal.js';
import { fail } from '../errors.js';
import { NEGATIVE, NOT_NUM, RESULT_OUT_OF_RANGE, ZERO } from '../messages/index.js';
import { DECIMALS_NOT_A_NUMBER, DECIMALS_NOT_WHOLE, DECIMALS_OUT_OF_RANGE, OUTSIDE_KERNEL } from './messages/index.js';
import { fromDouble, MAX_DIGITS, MAX_EXPONENT, readDecimal, type DecimalProblem, type Q } from './exact/index.js';

/**
 * chitieu's decimal.js constructor: a private clone with 60 significant digits and
 * half-up rounding, so that the library never touches decimal.js's global settings and an
 * app's own `Decimal.set(...)` never changes chitieu's results.
 *
 * Values it returns are ordinary decimal.js decimals (`Decimal.isDecimal(x)` is true) and
 * work with any decimal.js instance in an app.
 *
 * @category Numeric
 * @example
 * ```ts
 * import { Decimal } from 'chitieu';
 *
 * const value = new Decimal('49.2');
 * console.log(value.plus('0.05').toString()); // '49.25'
 * ```
 */
export const Decimal: typeof DecimalClass = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/**
 * An instance of chitieu's {@link Decimal} (any decimal.js decimal is accepted as input).
 *
 * @category Numeric
 */
export type Decimal = DecimalClass;

/**
 * Every numeric input chitieu accepts: a finite `number`, a decimal string written with
 * `.` (Vietnamese text such as `'49,2'` goes through `parseNumber` first), a `bigint`, or a
 * decimal.js `Decimal`.
 *
 * @category Numeric
 * @example
 * ```ts
 * import { per10k, type Num } from 'chitieu';
 *
 * const doctors: Num = 21n;
 * const population: Num = '12000';
 * console.log(per10k(doctors, population).toString()); // '17.5'
 * ```
 */
export type Num = number | string | bigint | DecimalClass;

/**
 * Decimal text with `.`, the mantissa captured: no two parts can match the same digits, so a
 * long run of digits is read in linear time.
 */
const DECIMAL_TEXT = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The problem with a {@link Num} input, for the error below. */
function reject(value: unknown, field: string, problem: DecimalProblem): never {
  if (problem === 'out-of-range') throw fail(OUTSIDE_KERNEL, field, { value, maxExponent: MAX_EXPONENT, maxDigits: MAX_DIGITS });
  throw fail(NOT_NUM, field, { value });
}

/**
 * The exact value of a {@link Num} (internal): what every numeric function reads its input
 * as. A `number` is read through its shortest round-trip text (`0.1` is one tenth), a string
 * as plain or scientific decimal text with `.` (surrounding spaces ignored), a `bigint` and a
 * `Decimal` exactly. NaN, ±Infinity and other text throw `INVALID_NUMBER`; values outside the
 * kernel's range (see `MAX_EXPONENT`, `MAX_DIGITS`) throw `OUT_OF_RANGE`, naming `field`.
 *
 * @internal
 */
export function readNum(value: unknown, field: string): Q {
  let read: Q | DecimalProblem;
  if (typeof value === 'number') read = fromDouble(value);
  else if (typeof value === 'bigint') read = readDecimal(value.toString());
  else if (typeof value === 'string') read = readDecimal(value);
  // Stryker disable next-line StringLiteral: reject tells 'out-of-range' apart and throws INVALID_NUMBER for any other problem, so any other text here throws the same
  else if (DecimalJs.isDecimal(value)) read = (value as DecimalClass).isFinite() ? readDecimal((value as DecimalClass).toString()) : 'not-a-number';
  // Stryker disable next-line StringLiteral: reject tells 'out-of-range' apart and throws INVALID_NUMBER for any other problem, so any other text here throws the same
  else read = 'not-a-number';
  if (typeof read === 'string') reject(value, field, read);
  return read;
}

/**
 * Convert a {@link Num} into a finite {@link Decimal} (internal).
 *
 * Strings must be plain or scientific decimal notation with `.` (`'1234.5'`, `'-0.25'`,
 * `'1e6'`); surrounding spaces are ignored. NaN, ±Infinity, empty strings and anything else
 * throw `INVALID_NUMBER` naming `field`; a magnitude beyond 1e±400 or more than 1000
 * significant digits throws `OUT_OF_RANGE`.
 *
 * @internal
 * @param value - the input.
 * @param field - the argument name used in the error message.
 */
export function toDecimal(value: Num, field: string): Decimal {
  // Read with decimal.js itself rather than the exact kernel (readNum), so that a bundle of
  // the arithmetic alone (`per10k`, `roundHalfUp`) carries no second reader; both accept the
  // same inputs and refuse the others with the same code (test/numeric/decimal.test.ts).
  let result: DecimalClass;
  let mantissaIsZero = true; // only text can underflow to 0
  if (typeof value === 'number') {
    // Stryker disable next-line StringLiteral: reject tells 'out-of-range' apart and throws INVALID_NUMBER for any other problem, so any other text here throws the same
    if (!Number.isFinite(value)) reject(value, field, 'not-a-number');
    result = new Decimal(value);
  } else if (typeof value === 'string' || typeof value === 'bigint') {
    const text = typeof value === 'string' ? value.trim() : value.toString();
    const match = DECIMAL_TEXT.exec(text);
    // Stryker disable next-line StringLiteral: reject tells 'out-of-range' apart and throws INVALID_NUMBER for any other problem, so any other text here throws the same
    if (match === null) reject(value, field, 'not-a-number');
    mantissaIsZero = !/[1-9]/.test(match[1] as string);
    result = new Decimal(text);
  } else if (DecimalJs.isDecimal(value) && (value as DecimalClass).isFinite()) {
    result = new Decimal(value as DecimalClass);
  } else {
    // Stryker disable next-line StringLiteral: reject tells 'out-of-range' apart and throws INVALID_NUMBER for any other problem, so any other text here throws the same
    reject(value, field, 'not-a-number');
  }
  // decimal.js overflows a huge exponent to Infinity and underflows a tiny one to 0
  if (!result.isFinite() || (result.isZero() && !mantissaIsZero)) reject(value, field, 'out-of-range');
  if (!result.isZero() && (Math.abs(result.e) > MAX_EXPONENT || result.sd() > MAX_DIGITS)) reject(value, field, 'out-of-range');
  return result.isZero() ? new Decimal(0) : result;
}

/**
 * Convert a {@link Num} into a non-negative {@link Decimal}, for counts and populations that
 * may be estimates (a mid-year population of `12 345.5`). Negative values throw
 * `NEGATIVE_COUNT` (internal).
 *
 * @internal
 */
export function toNonNegative(value: Num, field: string): Decimal {
  const result = toDecimal(value, field);
  if (result.isNegative() && !result.isZero()) {
    throw fail(NEGATIVE, field, { value });
  }
  return result.isZero() ? new Decimal(0) : result;
}

/**
 * Convert a {@link Num} into a positive {@link Decimal}, for denominators and multipliers.
 * Zero throws `ZERO_DENOMINATOR`, a negative value `NEGATIVE_COUNT` (internal).
 *
 * @internal
 */
export function toPositive(value: Num, field: string): Decimal {
  const result = toNonNegative(value, field);
  if (result.isZero()) {
    throw fail(ZERO, field, {});
  }
  return result;
}

/**
 * Validate a number of decimal places: a whole number from 0 to 20. Anything else throws
 * (`NOT_AN_INTEGER`, `OUT_OF_RANGE` or `INVALID_NUMBER`) (internal).
 *
 * @internal
 */
export function toDecimals(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fail(DECIMALS_NOT_A_NUMBER, field, { value });
  }
  if (!Number.isInteger(value)) {
    throw fail(DECIMALS_NOT_WHOLE, field, { value });
  }
  if (value < 0 || value > 20) {
    throw fail(DECIMALS_OUT_OF_RANGE, field, { value });
  }
  return value;
}

/**
 * Check a computed result (internal): a finite {@link Decimal} whose decimal exponent lies
 * within ±`MAX_EXPONENT`, the range every function accepts back as input. Anything else (a
 * growth compounded over centuries, a rate of extreme inputs) throws `OUT_OF_RANGE` naming
 * `field`, the input that drove it there, instead of returning Infinity or a number no
 * other function would take.
 *
 * @internal
 */
export function toResult(value: Decimal, field: string): Decimal {
  if (value.isFinite() && (value.isZero() || Math.abs(value.e) <= MAX_EXPONENT)) return value;
  throw fail(RESULT_OUT_OF_RANGE, field, {});
}
