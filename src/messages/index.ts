/**
 * The messages every layer shares: each id bound to its code and its wording in the two
 * catalogues (`en.ts`, `vi.ts`). Throw one with `throw fail(NOT_FINITE, field, { value })`.
 * Each is a plain object, so a bundle keeps only the messages its functions throw. Internal.
 *
 * @internal
 * @module
 */
import { message } from '../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

export const NOT_AN_OBJECT = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAnObject, vi.notAnObject);
export const NOT_ONE_OF = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notOneOf, vi.notOneOf);
export const UNKNOWN_LOCALE = /* @__PURE__ */ message('UNKNOWN_LOCALE', en.unknownLocale, vi.unknownLocale);
export const NOT_A_NUMBER = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notANumber, vi.notANumber);
export const NOT_FINITE = /* @__PURE__ */ message('INVALID_NUMBER', en.notFinite, vi.notFinite);
export const NOT_NUM = /* @__PURE__ */ message('INVALID_NUMBER', en.notNum, vi.notNum);
export const NEGATIVE = /* @__PURE__ */ message('NEGATIVE_COUNT', en.negative, vi.negative);
export const NOT_WHOLE = /* @__PURE__ */ message('NOT_AN_INTEGER', en.notWhole, vi.notWhole);
export const ZERO = /* @__PURE__ */ message('ZERO_DENOMINATOR', en.zero, vi.zero);
export const NOT_POSITIVE = /* @__PURE__ */ message('OUT_OF_RANGE', en.notPositive, vi.notPositive);
export const NOT_OPEN_UNIT = /* @__PURE__ */ message('OUT_OF_RANGE', en.notOpenUnit, vi.notOpenUnit);
export const TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.tooLarge, vi.tooLarge);
export const NOT_A_STRING = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAString, vi.notAString);
export const EMPTY_STRING = /* @__PURE__ */ message('INVALID_ARGUMENT', en.emptyString, vi.emptyString);
export const NOT_AN_ARRAY = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAnArray, vi.notAnArray);
export const EMPTY_ARRAY = /* @__PURE__ */ message('INVALID_ARGUMENT', en.emptyArray, vi.emptyArray);
export const TOO_LONG = /* @__PURE__ */ message('OUT_OF_RANGE', en.tooLong, vi.tooLong);
export const LENGTH_MISMATCH = /* @__PURE__ */ message('LENGTH_MISMATCH', en.lengthMismatch, vi.lengthMismatch);
export const EXCEEDS = /* @__PURE__ */ message('NUMERATOR_EXCEEDS_DENOMINATOR', en.exceeds, vi.exceeds);
export const BEYOND_DOUBLE = /* @__PURE__ */ message('OUT_OF_RANGE', en.beyondDouble, vi.beyondDouble);
export const RESULT_BEYOND_DOUBLE = /* @__PURE__ */ message('OUT_OF_RANGE', en.resultBeyondDouble, vi.resultBeyondDouble);
export const INVALID_DATE = /* @__PURE__ */ message('INVALID_DATE', en.invalidDate, vi.invalidDate);
export const YEAR_NOT_A_NUMBER = /* @__PURE__ */ message('INVALID_NUMBER', en.yearNotANumber, vi.yearNotANumber);
export const YEAR_NOT_WHOLE = /* @__PURE__ */ message('NOT_AN_INTEGER', en.yearNotWhole, vi.yearNotWhole);
export const YEAR_OUT_OF_RANGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.yearOutOfRange, vi.yearOutOfRange);
export const NOT_PARSED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notParsed, vi.notParsed);
export const TOO_SMALL = /* @__PURE__ */ message('OUT_OF_RANGE', en.tooSmall, vi.tooSmall);
export const TOO_FEW = /* @__PURE__ */ message('INVALID_ARGUMENT', en.tooFew, vi.tooFew);
export const ABOVE = /* @__PURE__ */ message('OUT_OF_RANGE', en.above, vi.above);
export const BELOW = /* @__PURE__ */ message('OUT_OF_RANGE', en.below, vi.below);
export const NOT_PROPORTION = /* @__PURE__ */ message('OUT_OF_RANGE', en.notProportion, vi.notProportion);
export const NOT_AGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.notAge, vi.notAge);
export const AGE_REPEATED = /* @__PURE__ */ message('INVALID_AGE_BANDS', en.ageRepeated, vi.ageRepeated);
export const ONLY_OLDEST_OPEN = /* @__PURE__ */ message('INVALID_AGE_BANDS', en.onlyOldestOpen, vi.onlyOldestOpen);
export const OLDEST_OPEN = /* @__PURE__ */ message('INVALID_AGE_BANDS', en.oldestOpen, vi.oldestOpen);
export const BAND_GAP = /* @__PURE__ */ message('INVALID_AGE_BANDS', en.bandGap, vi.bandGap);
export const BAND_OVERLAP = /* @__PURE__ */ message('INVALID_AGE_BANDS', en.bandOverlap, vi.bandOverlap);
export const NON_EMPTY_STRING = /* @__PURE__ */ message('INVALID_ARGUMENT', en.nonEmptyString, vi.nonEmptyString);
export const NOT_AFTER = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAfter, vi.notAfter);
export const RESULT_OUT_OF_RANGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.resultOutOfRange, vi.resultOutOfRange);
