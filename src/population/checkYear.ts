import { chitieuError } from '../errors.js';

/**
 * Internal: validate a year: a whole number from 1900 to 2200 (the same rule as the
 * calendar layer's).
 *
 * @throws `INVALID_NUMBER`, `NOT_AN_INTEGER`, `OUT_OF_RANGE` naming `field`.
 * @internal
 */
export function checkYear(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw chitieuError('INVALID_NUMBER', field, {
      en: `${field} must be a year, a whole number from 1900 to 2200 (got ${String(value)})`,
      vi: `${field} phải là một năm, số nguyên từ 1900 đến 2200 (nhận ${String(value)})`,
    });
  }
  if (!Number.isInteger(value)) {
    throw chitieuError('NOT_AN_INTEGER', field, {
      en: `${field} must be a whole year (got ${value})`,
      vi: `${field} phải là một năm nguyên (nhận ${value})`,
    });
  }
  if (value < 1900 || value > 2200) {
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} must be a year from 1900 to 2200 (got ${value})`,
      vi: `${field} phải là năm từ 1900 đến 2200 (nhận ${value})`,
    });
  }
  return value;
}
