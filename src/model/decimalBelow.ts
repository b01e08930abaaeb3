/**
 * Internal: the order of two decimal strings, for rules that span fields. Not part of the
 * public API.
 *
 * zod runs a schema's `superRefine` even when one of its fields has failed a check that does
 * not stop the parse (the decimal pattern, the range of 1e±400), and then the field holds its
 * raw text (`'5,5'`, `'1e999999'`). Such a field already has its own issue, so the rule adds
 * none: the text is read with the same reader as the schema's check, and text it refuses is
 * never below anything. (A field of the wrong type stops the parse before the rule runs.)
 *
 * @internal
 * @module
 */
import { readDecimal } from '../numeric/exact/parse.js';
import { cmp } from '../numeric/exact/rational.js';

/** True when both are decimal text the schema accepts and `a < b`; false when either is not. */
export function decimalBelow(a: string, b: string): boolean {
  const x = readDecimal(a);
  const y = readDecimal(b);
  return typeof x !== 'string' && typeof y !== 'string' && cmp(x, y) < 0;
}
