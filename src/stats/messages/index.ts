/**
 * The statistics layer's messages: each id bound to its code and its wording in `en.ts` and
 * `vi.ts` (the shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
import { message } from '../../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

export const DF_TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.dfTooLarge, vi.dfTooLarge);
export const TAIL_BEYOND_DOUBLE = /* @__PURE__ */ message('OUT_OF_RANGE', en.tailBeyondDouble, vi.tailBeyondDouble);
export const SPREAD_TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.spreadTooLarge, vi.spreadTooLarge);
export const MEAN_INPUTS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.meanInputs, vi.meanInputs);
export const SUM_TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.sumTooLarge, vi.sumTooLarge);
export const LEVEL_NEAR_ONE = /* @__PURE__ */ message('OUT_OF_RANGE', en.levelNearOne, vi.levelNearOne);
export const SCORES_EQUAL = /* @__PURE__ */ message('INVALID_ARGUMENT', en.scoresEqual, vi.scoresEqual);
export const LEVEL_TWICE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.levelTwice, vi.levelTwice);
export const OUTSIDE_INTERVAL = /* @__PURE__ */ message('OUT_OF_RANGE', en.outsideInterval, vi.outsideInterval);
export const UPPER_GOAL_REQUIRED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.upperGoalRequired, vi.upperGoalRequired);
export const UPPER_GOAL_ONLY_BETWEEN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.upperGoalOnlyBetween, vi.upperGoalOnlyBetween);
export const NO_WEIGHT = /* @__PURE__ */ message('ZERO_DENOMINATOR', en.noWeight, vi.noWeight);
export const NO_EVENTS = /* @__PURE__ */ message('OUT_OF_RANGE', en.noEvents, vi.noEvents);
export const EXACT_TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.exactTooLarge, vi.exactTooLarge);
export const EXACT_BIRTHS_TOO_LARGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.exactBirthsTooLarge, vi.exactBirthsTooLarge);
export const OPEN_BAND_NO_DEATHS = /* @__PURE__ */ message('ZERO_DENOMINATOR', en.openBandNoDeaths, vi.openBandNoDeaths);
export const CERTAIN_DEATH = /* @__PURE__ */ message('OUT_OF_RANGE', en.certainDeath, vi.certainDeath);
export const LEVEL_ROUNDS_TO_ONE = /* @__PURE__ */ message('OUT_OF_RANGE', en.levelRoundsToOne, vi.levelRoundsToOne);
