/**
 * Argument checks shared by the stats layer (internal; not re-exported).
 *
 * @module
 */
import { chitieuError } from '../../errors.js';

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

/** Throw unless `value` is a finite JavaScript number (`INVALID_ARGUMENT` / `INVALID_NUMBER`). */
export function requireFiniteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number') {
    throw chitieuError('INVALID_ARGUMENT', field, {
      en: `${field} must be a number (got ${typeof value} ${describe(value)})`,
      vi: `${field} phải là một số (nhận ${typeof value} ${describe(value)})`,
    });
  }
  if (!Number.isFinite(value)) {
    throw chitieuError('INVALID_NUMBER', field, {
      en: `${field} must be a finite number (got ${describe(value)})`,
      vi: `${field} phải là một số hữu hạn (nhận ${describe(value)})`,
    });
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
    throw chitieuError('NEGATIVE_COUNT', field, {
      en: `${field} must not be negative (got ${describe(n)})`,
      vi: `${field} không được âm (nhận ${describe(n)})`,
    });
  }
  if (!Number.isInteger(n)) {
    throw chitieuError('NOT_AN_INTEGER', field, {
      en: `${field} must be a whole number (got ${describe(n)})`,
      vi: `${field} phải là số nguyên (nhận ${describe(n)})`,
    });
  }
  if (n > Number.MAX_SAFE_INTEGER) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be at most ${Number.MAX_SAFE_INTEGER} (got ${describe(n)})`,
      vi: `${field} không được lớn hơn ${Number.MAX_SAFE_INTEGER} (nhận ${describe(n)})`,
    });
  }
  return n;
}

/** Throw unless `value` is a number strictly between 0 and 1 (a probability or a level). */
export function requireOpenUnit(value: unknown, field: string): number {
  const p = requireFiniteNumber(value, field);
  if (!(p > 0 && p < 1)) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be strictly between 0 and 1 (got ${describe(p)})`,
      vi: `${field} phải nằm giữa 0 và 1, không kể hai đầu (nhận ${describe(p)})`,
    });
  }
  return p;
}

/** Throw unless `value` is a finite number greater than 0. */
export function requirePositive(value: unknown, field: string): number {
  const x = requireFiniteNumber(value, field);
  if (!(x > 0)) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be greater than 0 (got ${describe(x)})`,
      vi: `${field} phải lớn hơn 0 (nhận ${describe(x)})`,
    });
  }
  return x;
}

const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ZERO_TEXT = /^[+-]?(?:0+\.?0*|\.0+)(?:[eE][+-]?\d+)?$/;

/**
 * A number given as any of chitieu's numeric inputs: a `number`, a decimal string with `.`,
 * a `bigint`, or a decimal.js `Decimal` (recognised by its `Symbol.toStringTag` and read
 * through its `toString`, so the stats layer does not import the numeric layer).
 */
export type NumInput = number | string | bigint | { toString(): string };

function invalidNum(value: unknown, field: string): never {
  throw chitieuError('INVALID_NUMBER', field, {
    en: `${field} must be a finite number, a decimal string with '.', a bigint or a Decimal (got ${describeAny(value)})`,
    vi: `${field} phải là một số hữu hạn, chuỗi số thập phân dùng dấu '.', bigint hoặc Decimal (nhận ${describeAny(value)})`,
  });
}

function describeAny(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return Object.prototype.toString.call(value);
  return describe(value);
}

function fromText(text: string, original: unknown, field: string): number {
  const trimmed = text.trim();
  if (!DECIMAL_TEXT.test(trimmed)) invalidNum(original, field);
  const x = Number(trimmed);
  if (!Number.isFinite(x) || (x === 0 && !ZERO_TEXT.test(trimmed))) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} is outside the range of a double (got ${trimmed})`,
      vi: `${field} nằm ngoài phạm vi số thực double (nhận ${trimmed})`,
    });
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
  if (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Decimal]') {
    return fromText(String(value), value, field);
  }
  return invalidNum(value, field);
}

/** Read a {@link NumInput} that must not be negative (`NEGATIVE_COUNT`). */
export function toNonNegativeDouble(value: unknown, field: string): number {
  const x = toDouble(value, field);
  if (x < 0) {
    throw chitieuError('NEGATIVE_COUNT', field, {
      en: `${field} must not be negative (got ${describe(x)})`,
      vi: `${field} không được âm (nhận ${describe(x)})`,
    });
  }
  return x === 0 ? 0 : x;
}

/** Read a {@link NumInput} that must be greater than 0 (`ZERO_DENOMINATOR` for 0). */
export function toPositiveDouble(value: unknown, field: string): number {
  const x = toNonNegativeDouble(value, field);
  if (x === 0) {
    throw chitieuError('ZERO_DENOMINATOR', field, {
      en: `${field} must be greater than 0 (got 0)`,
      vi: `${field} phải lớn hơn 0 (nhận 0)`,
    });
  }
  return x;
}

/** Throw unless `value` is an object (an options argument). */
export function requireOptions<T>(value: T, field = 'options'): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw chitieuError('INVALID_ARGUMENT', field, {
      en: `${field} must be an object (got ${describeAny(value)})`,
      vi: `${field} phải là một đối tượng (nhận ${describeAny(value)})`,
    });
  }
  return value;
}

/** Throw unless `value` is a non-empty array (`INVALID_ARGUMENT`), optionally of length `length` (`LENGTH_MISMATCH`). */
export function requireArray(value: unknown, field: string, length?: { readonly of: number; readonly as: string }): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw chitieuError('INVALID_ARGUMENT', field, {
      en: `${field} must be an array (got ${describeAny(value)})`,
      vi: `${field} phải là một mảng (nhận ${describeAny(value)})`,
    });
  }
  if (value.length === 0) {
    throw chitieuError('INVALID_ARGUMENT', field, {
      en: `${field} must not be empty`,
      vi: `${field} không được rỗng`,
    });
  }
  if (length !== undefined && value.length !== length.of) {
    throw chitieuError('LENGTH_MISMATCH', field, {
      en: `${field} must have as many entries as ${length.as} (${length.of}; got ${value.length})`,
      vi: `${field} phải có số phần tử bằng ${length.as} (${length.of}; nhận ${value.length})`,
    });
  }
  return value;
}

/** Throw unless `value` is one of `allowed` (`INVALID_ARGUMENT`). */
export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.map((item) => `'${item}'`).join(', ');
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be one of ${list} (got ${describeAny(value)})`,
    vi: `${field} phải là một trong ${list} (nhận ${describeAny(value)})`,
  });
}

/**
 * Throw `OUT_OF_RANGE` on `field` unless every computed number is finite: inputs at the edge
 * of a double's range (a population of 5e-324, a multiplier of 1e308) can overflow a result,
 * which must not come back as Infinity or NaN.
 */
export function requireFiniteResults(values: readonly number[], field: string): void {
  if (values.every(Number.isFinite)) return;
  throw chitieuError('OUT_OF_RANGE', field, {
    en: `${field} is too extreme: the result does not fit in a double`,
    vi: `${field} quá lớn hoặc quá nhỏ: kết quả vượt phạm vi số thực double`,
  });
}

/**
 * Read a {@link NumInput} that must be a count: a whole number from 0 to
 * `Number.MAX_SAFE_INTEGER` (`NEGATIVE_COUNT`, `NOT_AN_INTEGER`, `OUT_OF_RANGE`).
 */
export function toCount(value: unknown, field: string): number {
  const x = toNonNegativeDouble(value, field);
  if (!Number.isInteger(x)) {
    throw chitieuError('NOT_AN_INTEGER', field, {
      en: `${field} must be a whole number (got ${describe(x)})`,
      vi: `${field} phải là số nguyên (nhận ${describe(x)})`,
    });
  }
  if (x > Number.MAX_SAFE_INTEGER) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be at most ${Number.MAX_SAFE_INTEGER} (got ${describe(x)})`,
      vi: `${field} không được lớn hơn ${Number.MAX_SAFE_INTEGER} (nhận ${describe(x)})`,
    });
  }
  return x;
}
