/**
 * Argument checks shared by the stats layer (internal; not re-exported).
 *
 * @module
 */
import { fail } from '../../errors.js';
import {
  BEYOND_DOUBLE,
  EMPTY_ARRAY,
  LENGTH_MISMATCH,
  NEGATIVE,
  NOT_AN_ARRAY,
  NOT_AN_OBJECT,
  NOT_A_NUMBER,
  NOT_FINITE,
  NOT_NUM,
  NOT_ONE_OF,
  NOT_OPEN_UNIT,
  NOT_POSITIVE,
  NOT_WHOLE,
  RESULT_BEYOND_DOUBLE,
  TOO_LARGE,
  ZERO,
} from '../../messages/index.js';
import { LEVEL_ROUNDS_TO_ONE } from '../messages/index.js';


/** Throw unless `value` is a finite JavaScript number (`INVALID_ARGUMENT` / `INVALID_NUMBER`). */
export function requireFiniteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number') {
    throw fail(NOT_A_NUMBER, field, { value });
  }
  if (!Number.isFinite(value)) {
    throw fail(NOT_FINITE, field, { value });
  }
  return value;
}

/**
 * Throw unless `value` is a count: a non-negative integer no larger than
 * `Number.MAX_SAFE_INTEGER`.
 */
export function requireCount(value: unknown, field: string): number {
  const n = requireFiniteNumber(value, field);
  if (n < 0) {
    throw fail(NEGATIVE, field, { value: n });
  }
  if (!Number.isInteger(n)) {
    throw fail(NOT_WHOLE, field, { value: n });
  }
  if (n > Number.MAX_SAFE_INTEGER) {
    throw fail(TOO_LARGE, field, { value: n, max: String(Number.MAX_SAFE_INTEGER) });
  }
  return n;
}

/** Throw unless `value` is a number strictly between 0 and 1 (a probability or a level). */
export function requireOpenUnit(value: unknown, field: string): number {
  const p = requireFiniteNumber(value, field);
  if (!(p > 0 && p < 1)) {
    throw fail(NOT_OPEN_UNIT, field, { value: p });
  }
  return p;
}

/**
 * Throw unless `value` is a confidence level: strictly between 0 and 1, and far enough from 1
 * that the quantile (1 + level) / 2 is below 1 in doubles (0.9999999999999999 is not).
 */
export function requireLevel(value: unknown, field: string): number {
  const level = requireOpenUnit(value, field);
  if (0.5 * (1 + level) >= 1) throw fail(LEVEL_ROUNDS_TO_ONE, field, { value: level });
  return level;
}

/** Throw unless `value` is a finite number greater than 0. */
export function requirePositive(value: unknown, field: string): number {
  const x = requireFiniteNumber(value, field);
  if (!(x > 0)) {
    throw fail(NOT_POSITIVE, field, { value: x });
  }
  return x;
}

// No two parts of these patterns can match the same digits, so a long run of digits is read
// in linear time (`\d+\.?\d*` backtracks quadratically on '1111…1x').
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ZERO_TEXT = /^[+-]?(?:0+(?:\.0*)?|\.0+)(?:[eE][+-]?\d+)?$/;

/**
 * A number given as any of chitieu's numeric inputs: a `number`, a decimal string with `.`,
 * a `bigint`, or a decimal.js `Decimal` (recognised by its `Symbol.toStringTag` and read
 * through its `toString`, so the stats layer does not import the numeric layer).
 */
export type NumInput = number | string | bigint | { toString(): string };

function invalidNum(value: unknown, field: string): never {
  throw fail(NOT_NUM, field, { value });
}

function fromText(text: string, original: unknown, field: string): number {
  const trimmed = text.trim();
  if (!DECIMAL_TEXT.test(trimmed)) invalidNum(original, field);
  const x = Number(trimmed);
  if (!Number.isFinite(x) || (x === 0 && !ZERO_TEXT.test(trimmed))) {
    throw fail(BEYOND_DOUBLE, field, { value: trimmed });
  }
  return x;
}

/**
 * Read a {@link NumInput} as a finite double. Anything else (null, NaN, ±Infinity, an
 * object that is not a Decimal, text that is not a decimal number) throws `INVALID_NUMBER`;
 * a finite value beyond a double's range (`'1e400'`, `'1e-400'`) throws `OUT_OF_RANGE`.
 */
export function toDouble(value: unknown, field: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalidNum(value, field);
    return value;
  }
  if (typeof value === 'string') return fromText(value, value, field);
  if (typeof value === 'bigint') return fromText(value.toString(), value, field);
  // null is an 'object' too, but its tag is '[object Null]'
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Decimal]') {
    return fromText(String(value), value, field);
  }
  return invalidNum(value, field);
}

/** Read a {@link NumInput} that must not be negative (`NEGATIVE_COUNT`). */
export function toNonNegativeDouble(value: unknown, field: string): number {
  const x = toDouble(value, field);
  if (x < 0) {
    throw fail(NEGATIVE, field, { value: x });
  }
  return x === 0 ? 0 : x;
}

/** Read a {@link NumInput} that must be greater than 0 (`ZERO_DENOMINATOR` for 0). */
export function toPositiveDouble(value: unknown, field: string): number {
  const x = toNonNegativeDouble(value, field);
  if (x === 0) {
    throw fail(ZERO, field, {});
  }
  return x;
}

/** Throw unless `value` is an object (an options argument). */
export function requireOptions<T>(value: T, field = 'options'): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail(NOT_AN_OBJECT, field, { value });
  }
  return value;
}

/** Throw unless `value` is a non-empty array (`INVALID_ARGUMENT`), optionally of length `length` (`LENGTH_MISMATCH`). */
export function requireArray(value: unknown, field: string, length?: { readonly of: number; readonly as: string }): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw fail(NOT_AN_ARRAY, field, { value });
  }
  if (value.length === 0) {
    throw fail(EMPTY_ARRAY, field, {});
  }
  if (length !== undefined && value.length !== length.of) {
    throw fail(LENGTH_MISMATCH, field, { length: value.length, other: length.as, expected: length.of });
  }
  return value;
}

/** Throw unless `value` is one of `allowed` (`INVALID_ARGUMENT`). */
export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  // Stryker disable next-line ConditionalExpression: allowed holds strings only, so includes() is false for any non-string anyway
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw fail(NOT_ONE_OF, field, { value, allowed });
}

/**
 * Throw `OUT_OF_RANGE` on `field` unless every computed number is finite: inputs at the edge
 * of a double's range (a population of 5e-324, a multiplier of 1e308) can overflow a result,
 * which must not come back as Infinity or NaN.
 */
export function requireFiniteResults(values: readonly number[], field: string): void {
  if (values.every(Number.isFinite)) return;
  throw fail(RESULT_BEYOND_DOUBLE, field, {});
}

/**
 * Read a {@link NumInput} that must be a count: a whole number from 0 to
 * `Number.MAX_SAFE_INTEGER` (`NEGATIVE_COUNT`, `NOT_AN_INTEGER`, `OUT_OF_RANGE`).
 */
export function toCount(value: unknown, field: string): number {
  const x = toNonNegativeDouble(value, field);
  if (!Number.isInteger(x)) {
    throw fail(NOT_WHOLE, field, { value: x });
  }
  if (x > Number.MAX_SAFE_INTEGER) {
    throw fail(TOO_LARGE, field, { value: x, max: String(Number.MAX_SAFE_INTEGER) });
  }
  return x;
}
