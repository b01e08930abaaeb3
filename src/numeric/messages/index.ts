/**
 * The numeric layer's messages: each id bound to its code and its wording in `en.ts` and
 * `vi.ts` (the shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
import { message } from '../../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

export const OUTSIDE_KERNEL = /* @__PURE__ */ message('OUT_OF_RANGE', en.outsideKernel, vi.outsideKernel);
export const DECIMALS_NOT_A_NUMBER = /* @__PURE__ */ message('INVALID_NUMBER', en.decimalsNotANumber, vi.decimalsNotANumber);
export const DECIMALS_NOT_WHOLE = /* @__PURE__ */ message('NOT_AN_INTEGER', en.decimalsNotANumber, vi.decimalsNotANumber);
export const DECIMALS_OUT_OF_RANGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.decimalsOutOfRange, vi.decimalsOutOfRange);
export const NOT_IN_LOCALE = /* @__PURE__ */ message('INVALID_NUMBER', en.notInLocale, vi.notInLocale);
export const RATE_TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.rateTooLarge, vi.rateTooLarge);
export const NOT_A_COLUMN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAColumn, vi.notAColumn);
export const COLUMN_LENGTHS = /* @__PURE__ */ message('LENGTH_MISMATCH', en.columnLengths, vi.columnLengths);
export const NOT_PLAIN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notPlain, vi.notPlain);
export const CIRCULAR = /* @__PURE__ */ message('INVALID_ARGUMENT', en.circular, vi.circular);
export const TOO_DEEP = /* @__PURE__ */ message('INVALID_ARGUMENT', en.tooDeep, vi.tooDeep);
