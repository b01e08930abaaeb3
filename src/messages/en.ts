/**
 * The messages every layer shares, in English: one export per message id, each a function of
 * the message's parameters (always with `field`). The Vietnamese catalogue, `vi.ts`, has the
 * same ids; `index.ts` binds each id to its code. Internal.
 *
 * @internal
 * @module
 */
import { describeValue, quotedList as quoted } from '../errors.js';

const got = (value: unknown): string => `(got ${describeValue(value, 'en')})`;

export const notAnObject = (p: { field: string; value: unknown }): string => `${p.field} must be an object ${got(p.value)}`;
export const notOneOf = (p: { field: string; value: unknown; allowed: readonly string[] }): string =>
  `${p.field} must be one of ${quoted(p.allowed)} ${got(p.value)}`;
export const unknownLocale = (p: { field: string; value: unknown }): string => `${p.field} must be 'vi' or 'en' ${got(p.value)}`;
export const notANumber = (p: { field: string; value: unknown }): string => `${p.field} must be a number ${got(p.value)}`;
export const notFinite = (p: { field: string; value: unknown }): string => `${p.field} must be a finite number ${got(p.value)}`;
export const notNum = (p: { field: string; value: unknown }): string =>
  `${p.field} must be a finite number, a decimal string with '.', a bigint or a Decimal ${got(p.value)}`;
export const negative = (p: { field: string; value: unknown }): string => `${p.field} must not be negative ${got(p.value)}`;
export const notWhole = (p: { field: string; value: unknown }): string => `${p.field} must be a whole number ${got(p.value)}`;
export const zero = (p: { field: string }): string => `${p.field} must be greater than 0 (got 0)`;
export const notPositive = (p: { field: string; value: unknown }): string => `${p.field} must be greater than 0 ${got(p.value)}`;
export const notOpenUnit = (p: { field: string; value: unknown }): string => `${p.field} must be strictly between 0 and 1 ${got(p.value)}`;
export const tooLarge = (p: { field: string; value: unknown; max: string }): string => `${p.field} must be at most ${p.max} ${got(p.value)}`;
export const notAString = (p: { field: string; value: unknown }): string => `${p.field} must be a string ${got(p.value)}`;
export const emptyString = (p: { field: string }): string => `${p.field} must be a non-empty string`;
export const notAnArray = (p: { field: string; value: unknown }): string => `${p.field} must be an array ${got(p.value)}`;
export const emptyArray = (p: { field: string }): string => `${p.field} must not be empty`;
export const tooLong = (p: { field: string; length: number; max: number }): string =>
  `${p.field} must have at most ${p.max} entries (got ${p.length})`;
export const lengthMismatch = (p: { field: string; length: number; other: string; expected: number }): string =>
  `${p.field} must have as many entries as ${p.other} (${p.expected}; got ${p.length})`;
export const exceeds = (p: { field: string; value: number | string; other: string; limit: number | string }): string =>
  `${p.field} (${p.value}) must not exceed ${p.other} (${p.limit})`;
export const beyondDouble = (p: { field: string; value: unknown }): string => `${p.field} is outside the range of a double ${got(p.value)}`;
export const resultBeyondDouble = (p: { field: string }): string => `${p.field} is too extreme: the result does not fit in a double`;
export const invalidDate = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an existing calendar date written YYYY-MM-DD ${got(p.value)}`;
export const yearNotANumber = (p: { field: string; value: unknown; min: number; max: number }): string =>
  `${p.field} must be a year, a whole number from ${p.min} to ${p.max} ${got(p.value)}`;
export const yearNotWhole = (p: { field: string; value: unknown }): string => `${p.field} must be a whole year ${got(p.value)}`;
export const yearOutOfRange = (p: { field: string; value: unknown; min: number; max: number }): string =>
  `${p.field} must be a year from ${p.min} to ${p.max} ${got(p.value)}`;
export const notParsed = (p: { field: string; value: unknown; what: 'plan' | 'target' | 'indicator' | 'observation'; parsers: readonly string[] }): string =>
  `${p.field} must be a parsed ${p.what}: parse it first with ${p.parsers.join(' or ')} ${got(p.value)}`;
export const tooSmall = (p: { field: string; value: unknown; min: number }): string => `${p.field} must be at least ${p.min} ${got(p.value)}`;
export const tooFew = (p: { field: string; length: number; min: number }): string => `${p.field} must have at least ${p.min} entries (got ${p.length})`;
export const above = (p: { field: string; value: number | string; other: string; limit: number | string }): string =>
  `${p.field} (${p.value}) must not be above ${p.other} (${p.limit})`;
export const below = (p: { field: string; value: number | string; other: string; limit: number | string }): string =>
  `${p.field} (${p.value}) must not be below ${p.other} (${p.limit})`;
export const notProportion = (p: { field: string; value: unknown }): string => `${p.field} must be a proportion from 0 to 1 ${got(p.value)}`;
export const notAge = (p: { field: string; value: unknown }): string => `${p.field} must be a whole number of years ≥ 0 ${got(p.value)}`;
export const ageRepeated = (p: { field: string; age: number }): string => `${p.field}: the start age ${p.age} appears twice`;
export const onlyOldestOpen = (p: { field: string }): string => `${p.field}: only the oldest band may be open (null)`;
export const oldestOpen = (p: { field: string }): string => `${p.field}: the oldest band must be open (null)`;
export const bandGap = (p: { field: string; start: number; end: number; next: number }): string =>
  `${p.field}: the band ${p.start}–${p.end} leaves a gap before the band starting at ${p.next}`;
export const bandOverlap = (p: { field: string; start: number; end: number; next: number }): string =>
  `${p.field}: the band ${p.start}–${p.end} overlaps the band starting at ${p.next}`;
export const nonEmptyString = (p: { field: string; value: unknown }): string => `${p.field} must be a non-empty string ${got(p.value)}`;
export const notAfter = (p: { field: string; value: string; other: string; limit: string }): string =>
  `${p.field} (${p.value}) must be after ${p.other} (${p.limit})`;
export const resultOutOfRange = (p: { field: string }): string =>
  `${p.field} gives a result outside the range chitieu computes with (|x| up to 1e400)`;
