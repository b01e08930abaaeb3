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
