/**
 * The numeric layer's messages in English, one export per message id (see `index.ts`).
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';

const got = (value: unknown): string => `(got ${describeValue(value, 'en')})`;

export const outsideKernel = (p: { field: string; value: unknown; maxExponent: number; maxDigits: number }): string =>
  `${p.field} is outside the range chitieu computes with (|x| from 1e-${p.maxExponent} to 1e${p.maxExponent}, at most ${p.maxDigits} digits) ${got(p.value)}`;
export const decimalsNotANumber = (p: { field: string; value: unknown }): string =>
  `${p.field} must be a whole number of decimal places ${got(p.value)}`;
export const decimalsOutOfRange = (p: { field: string; value: number }): string => `${p.field} must be between 0 and 20 (got ${p.value})`;
export const notInLocale = (p: { field: string; value: string; locale: 'vi' | 'en' }): string =>
  `${p.field} ${describeValue(p.value, 'en')} is not a number in locale '${p.locale}' (expected e.g. ${p.locale === 'vi' ? "'1.234,5'" : "'1,234.5'"})`;
export const rateTooLarge = (p: { field: string; units: string; decimals: number }): string =>
  `${p.field} gives a rate too large for a double (${p.units}e-${p.decimals})`;
export const notAColumn = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an array or typed array of numbers, of at most 2^31 − 1 rows ${got(p.value)}`;
export const columnLengths = (p: { field: string; length: number; other: string; expected: number }): string =>
  `${p.field} has ${p.length} rows but ${p.other} has ${p.expected}`;
export const notPlain = (p: { field: string; value: unknown }): string =>
  `${p.field} must hold only plain objects, arrays, finite numbers, strings, booleans, null, Decimals, bigints and typed arrays ${got(p.value)}`;
export const circular = (p: { field: string }): string => `${p.field} refers to itself: it cannot be made plain`;
export const tooDeep = (p: { field: string; max: number }): string => `${p.field} is nested more than ${p.max} levels deep`;
