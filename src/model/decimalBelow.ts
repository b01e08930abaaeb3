/**
 * Internal: the order of two decimal strings, for rules that span fields. Not part of the
 * public API.
 *
 * zod runs a schema's `superRefine` even when one of its fields has already failed, and then
 * the field holds its raw input (`'5,5'`, which decimal.js cannot read). Such a field already
 * has its own issue, so the rule adds none.
 *
 * @internal
 * @module
 */
import { Decimal } from '../numeric/decimal.js';

/** True when both are decimals and `a < b`; false when either cannot be read. */
export function decimalBelow(a: unknown, b: unknown): boolean {
  if ((typeof a !== 'string' && typeof a !== 'number') || (typeof b !== 'string' && typeof b !== 'number')) return false;
  try {
    return new Decimal(a).lessThan(b);
  } catch {
    return false;
  }
}
