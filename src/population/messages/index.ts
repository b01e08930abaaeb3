/**
 * The population layer's messages: each id bound to its code and its wording in `en.ts` and
 * `vi.ts` (the shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
import { message } from '../../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

export const NOT_DATED_COUNT = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notDatedCount, vi.notDatedCount);
export const GEOMETRIC_ZERO = /* @__PURE__ */ message('OUT_OF_RANGE', en.geometricZero, vi.geometricZero);
export const NEGATIVE_LINE = /* @__PURE__ */ message('OUT_OF_RANGE', en.negativeLine, vi.negativeLine);
export const GROWTH_BELOW_MINUS_ONE = /* @__PURE__ */ message('OUT_OF_RANGE', en.growthBelowMinusOne, vi.growthBelowMinusOne);
export const NOT_ROWS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notRows, vi.notRows);
export const AREA_TWICE = /* @__PURE__ */ message('OVERLAPPING_AREAS', en.areaTwice, vi.areaTwice);
export const NOT_AREA_LIST = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAreaList, vi.notAreaList);
export const AREA_LISTED_TWICE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.areaListedTwice, vi.areaListedTwice);
export const UNEXPECTED_AREA = /* @__PURE__ */ message('INVALID_ARGUMENT', en.unexpectedArea, vi.unexpectedArea);
export const MISSING_AREA = /* @__PURE__ */ message('MISSING_AREA', en.missingArea, vi.missingArea);
export const NOT_PARENT_MAP = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notParentMap, vi.notParentMap);
export const PARENT_CYCLE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.parentCycle, vi.parentCycle);
export const AREA_INSIDE = /* @__PURE__ */ message('OVERLAPPING_AREAS', en.areaInside, vi.areaInside);
export const DENOMINATORS_ZERO = /* @__PURE__ */ message('ZERO_DENOMINATOR', en.denominatorsZero, vi.denominatorsZero);
export const NOT_STANDARD_AGE = /* @__PURE__ */ message('INVALID_AGE_BANDS', en.notStandardAge, vi.notStandardAge);
