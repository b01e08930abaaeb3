import { chitieuError } from '../errors.js';

/** The years a plan, a deadline or a plan year may fall in. */
export const MIN_YEAR = 1900;
/** The years a plan, a deadline or a plan year may fall in. */
export const MAX_YEAR = 2200;

/**
 * Internal: validate a calendar year of a plan: a whole number from 1900 to 2200.
 *
 * @throws `INVALID_NUMBER` (not a finite number), `NOT_AN_INTEGER`, `OUT_OF_RANGE`.
 * @internal
 */
export function checkYear(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw chitieuError('INVALID_NUMBER', field, {
      en: `${field} must be a year, a whole number from ${MIN_YEAR} to ${MAX_YEAR} (got ${String(value)})`,
      vi: `${field} phải là một năm, số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR} (nhận ${String(value)})`,
    });
  }
  if (!Number.isInteger(value)) {
    throw chitieuError('NOT_AN_INTEGER', field, {
      en: `${field} must be a whole year (got ${value})`,
      vi: `${field} phải là một năm nguyên (nhận ${value})`,
    });
  }
  if (value < MIN_YEAR || value > MAX_YEAR) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR} (got ${value})`,
      vi: `${field} phải là năm từ ${MIN_YEAR} đến ${MAX_YEAR} (nhận ${value})`,
    });
  }
  return value;
}
