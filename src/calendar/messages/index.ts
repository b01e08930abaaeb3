/**
 * The calendar layer's messages: each id bound to its code and its wording in `en.ts` and
 * `vi.ts` (the shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
import { message } from '../../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

export const NOT_PERIOD = /* @__PURE__ */ message('INVALID_PERIOD', en.notPeriod, vi.notPeriod);
export const NOT_OBSERVATION_PERIOD = /* @__PURE__ */ message('INVALID_PERIOD', en.notObservationPeriod, vi.notObservationPeriod);
export const DATE_PART = /* @__PURE__ */ message('INVALID_DATE', en.datePart, vi.datePart);
export const TO_BEFORE_FROM = /* @__PURE__ */ message('INVALID_ARGUMENT', en.toBeforeFrom, vi.toBeforeFrom);
export const NOT_RULES = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notRules, vi.notRules);
export const WITHOUT = /* @__PURE__ */ message('INVALID_ARGUMENT', en.without, vi.without);
export const MONTH_IN_PERIOD = /* @__PURE__ */ message('INVALID_ARGUMENT', en.monthInPeriod, vi.monthInPeriod);
export const DAY_OF_MONTH = /* @__PURE__ */ message('INVALID_ARGUMENT', en.dayOfMonth, vi.dayOfMonth);
export const NOT_BOOLEAN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notBoolean, vi.notBoolean);
export const NO_SUCH_DEADLINE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.noSuchDeadline, vi.noSuchDeadline);
export const NOT_REPLACEMENT = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notReplacement, vi.notReplacement);
export const REPLACES_LONGER = /* @__PURE__ */ message('INVALID_ARGUMENT', en.replacesLonger, vi.replacesLonger);
export const REPLACES_PERIOD = /* @__PURE__ */ message('INVALID_ARGUMENT', en.replacesPeriod, vi.replacesPeriod);
export const REPLACES_NO_RULE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.replacesNoRule, vi.replacesNoRule);
