/**
 * The reader's messages: each id bound to its code and its wording in `en.ts` and `vi.ts` (the
 * shared ones are in `src/messages`). Errors carry an error code and are thrown with
 * `throw fail(ID, field, params)`; questions carry a question code and are made with
 * {@link question}. Internal.
 *
 * @internal
 * @module
 */
import { message, textOf, type Message } from '../../errors.js';
import type { ReadQuestion, ReadQuestionCode } from '../types.js';
import * as en from './en.js';
import * as vi from './vi.js';

// errors (a text that is not a string, options that are not an object and a blank id use the shared messages)
export const TEXT_TOO_LONG = /* @__PURE__ */ message('OUT_OF_RANGE', en.textTooLong, vi.textTooLong);
export const TEXT_BINARY = /* @__PURE__ */ message('INVALID_ARGUMENT', en.textBinary, vi.textBinary);
export const DUE_NOT_A_DAY = /* @__PURE__ */ message('INVALID_DATE', en.dueNotADay, vi.dueNotADay);

// questions about a target
export const INDICATOR_UNKNOWN = /* @__PURE__ */ message('INDICATOR_UNKNOWN', en.indicatorUnknown, vi.indicatorUnknown);
export const INDICATOR_AMBIGUOUS = /* @__PURE__ */ message('INDICATOR_AMBIGUOUS', en.indicatorAmbiguous, vi.indicatorAmbiguous);
export const COMPARATOR_ASSUMED = /* @__PURE__ */ message('COMPARATOR_ASSUMED', en.comparatorAssumed, vi.comparatorAssumed);
export const VALUE_ASSUMED = /* @__PURE__ */ message('VALUE_ASSUMED', en.valueAssumed, vi.valueAssumed);
export const DUE_MISSING = /* @__PURE__ */ message('DUE_MISSING', en.dueMissing, vi.dueMissing);
export const DUE_ASSUMED = /* @__PURE__ */ message('DUE_ASSUMED', en.dueAssumed, vi.dueAssumed);
export const CHANGE_TYPE = /* @__PURE__ */ message('CHANGE_TYPE', en.changeType, vi.changeType);
export const BASELINE_MISSING = /* @__PURE__ */ message('BASELINE_MISSING', en.baselineMissing, vi.baselineMissing);
export const RANGE_FLOOR = /* @__PURE__ */ message('RANGE_FLOOR', en.rangeFloor, vi.rangeFloor);
export const APPROXIMATE = /* @__PURE__ */ message('APPROXIMATE', en.approximate, vi.approximate);
export const NO_THRESHOLD = /* @__PURE__ */ message('NO_THRESHOLD', en.noThreshold, vi.noThreshold);

// questions about a plan
export const PLAN_NUMBER = /* @__PURE__ */ message('PLAN_NUMBER', en.planNumber, vi.planNumber);
export const PLAN_DATE = /* @__PURE__ */ message('PLAN_DATE', en.planDate, vi.planDate);
export const PLAN_ISSUER = /* @__PURE__ */ message('PLAN_ISSUER', en.planIssuer, vi.planIssuer);
export const PLAN_AREA = /* @__PURE__ */ message('PLAN_AREA', en.planArea, vi.planArea);
export const PLAN_PERIOD = /* @__PURE__ */ message('PLAN_PERIOD', en.planPeriod, vi.planPeriod);
export const PLAN_TITLE = /* @__PURE__ */ message('PLAN_TITLE', en.planTitle, vi.planTitle);
export const PLAN_INVALID = /* @__PURE__ */ message('PLAN_INVALID', en.planInvalid, vi.planInvalid);
export const PLAN_INVALID_MORE = /* @__PURE__ */ message('PLAN_INVALID', en.planInvalidMore, vi.planInvalidMore);
export const TARGET_LEFT_OUT = /* @__PURE__ */ message('TARGET_LEFT_OUT', en.targetLeftOut, vi.targetLeftOut);

// the wording of a draft's problem that the model does not word (code: the schema's issue code)
export const PROBLEM = /* @__PURE__ */ message('PROBLEM', en.problem, vi.problem);

/**
 * A question of a catalogued message: its code, the field of the draft it is about, its text in
 * both languages, and the id of the target it concerns when there is one.
 */
export function question<P>(entry: Message<P, ReadQuestionCode>, field: string, params: P, target?: string): ReadQuestion {
  const message = textOf(entry, params);
  return target === undefined ? { code: entry.code, field, message } : { code: entry.code, field, message, target };
}
