/**
 * The evaluation's messages: each id bound to its code and its wording in `en.ts` and `vi.ts`
 * (the shared ones are in `src/messages`, the wording of results in `../wording/`). Errors
 * carry an error code and are thrown with `throw fail(ID, field, params)`; findings carry a
 * finding code and are worded with `textOf(ID, params)`. Internal.
 *
 * @internal
 * @module
 */
import { message, textOf, type Message } from '../../errors.js';
import type { Finding, FindingCode, FindingSeverity } from '../findings.js';
import * as en from './en.js';
import * as vi from './vi.js';

// options
export const OPTIONS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.options, vi.options);
export const AS_OF = /* @__PURE__ */ message('INVALID_ARGUMENT', en.asOf, vi.asOf);
export const AREA_ID = /* @__PURE__ */ message('INVALID_ARGUMENT', en.areaId, vi.areaId);
export const INTERVAL_OPTION = /* @__PURE__ */ message('INVALID_ARGUMENT', en.intervalOption, vi.intervalOption);
export const INDICATOR_LOOKUP = /* @__PURE__ */ message('INVALID_ARGUMENT', en.indicatorLookup, vi.indicatorLookup);
export const AREAS_NOT_A_LIST = /* @__PURE__ */ message('INVALID_ARGUMENT', en.areasNotAList, vi.areasNotAList);
export const NOT_AN_AREA = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAnArea, vi.notAnArea);
export const AREA_TWICE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.areaTwice, vi.areaTwice);
export const OWN_ANCESTOR = /* @__PURE__ */ message('INVALID_ARGUMENT', en.ownAncestor, vi.ownAncestor);
export const ROWS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.rows, vi.rows);
export const AREA_NEEDED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.areaNeeded, vi.areaNeeded);
export const RENDER_OPTIONS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.renderOptions, vi.renderOptions);

// plans, targets, results
export const OBJECTIVE_NOT_PARSED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.objectiveNotParsed, vi.objectiveNotParsed);
export const NOT_TARGETS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notTargets, vi.notTargets);
export const NOT_A_SCORECARD = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAScorecard, vi.notAScorecard);
export const SCORECARD_CHANGED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.scorecardChanged, vi.scorecardChanged);
export const NOT_A_TABLE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notATable, vi.notATable);
export const NOT_A_POSITION = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAPosition, vi.notAPosition);

export const PROJECTION_BEYOND_RANGE = /* @__PURE__ */ message('OUT_OF_RANGE', en.projectionBeyondRange, vi.projectionBeyondRange);

// observations
export const NOT_OBSERVATIONS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notObservations, vi.notObservations);
export const FOREIGN_INDEX = /* @__PURE__ */ message('INVALID_ARGUMENT', en.foreignIndex, vi.foreignIndex);
export const NOT_AN_OBSERVATION = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAnObservation, vi.notAnObservation);
export const NOT_A_FIGURE = /* @__PURE__ */ message('INVALID_NUMBER', en.notAFigure, vi.notAFigure);
export const VALUE_AND_RATIO = /* @__PURE__ */ message('INVALID_ARGUMENT', en.valueAndRatio, vi.valueAndRatio);
export const PER_WITHOUT_RATIO = /* @__PURE__ */ message('INVALID_ARGUMENT', en.perWithoutRatio, vi.perWithoutRatio);
export const PER_ZERO = /* @__PURE__ */ message('INVALID_ARGUMENT', en.perZero, vi.perZero);
export const VALUE_MISSING = /* @__PURE__ */ message('INVALID_ARGUMENT', en.valueMissing, vi.valueMissing);
export const RATIO_HALF = /* @__PURE__ */ message('INVALID_ARGUMENT', en.ratioHalf, vi.ratioHalf);
export const LIMIT_NOT_A_FIGURE = /* @__PURE__ */ message('INVALID_NUMBER', en.limitNotAFigure, vi.limitNotAFigure);
export const LIMITS_REVERSED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.limitsReversed, vi.limitsReversed);
export const NOT_A_PERIOD = /* @__PURE__ */ message('INVALID_PERIOD', en.notAPeriod, vi.notAPeriod);

// observation columns
export const ROW_COUNT = /* @__PURE__ */ message('INVALID_ARGUMENT', en.rowCount, vi.rowCount);
export const NOT_A_LABEL_COLUMN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notALabelColumn, vi.notALabelColumn);
export const COLUMN_ROWS = /* @__PURE__ */ message('INVALID_ARGUMENT', en.columnRows, vi.columnRows);
export const LABELS_NOT_A_LIST = /* @__PURE__ */ message('INVALID_ARGUMENT', en.labelsNotAList, vi.labelsNotAList);
export const CODES_LENGTH = /* @__PURE__ */ message('INVALID_ARGUMENT', en.codesLength, vi.codesLength);
export const NOT_A_CODE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notACode, vi.notACode);
export const NUMBER_COLUMN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.numberColumn, vi.numberColumn);
export const NOT_AN_ANSWER = /* @__PURE__ */ message('INVALID_ARGUMENT', en.notAnAnswer, vi.notAnAnswer);
export const NO_VALUE_COLUMN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.noValueColumn, vi.noValueColumn);
export const PER_COLUMN = /* @__PURE__ */ message('INVALID_ARGUMENT', en.perColumn, vi.perColumn);
export const ANSWER_AND_VALUE = /* @__PURE__ */ message('INVALID_ARGUMENT', en.answerAndValue, vi.answerAndValue);

// findings (their codes are FindingCodes, checked where a finding is made)
export const DUE_AFTER_HORIZON = /* @__PURE__ */ message('DUE_AFTER_HORIZON', en.dueAfterHorizon, vi.dueAfterHorizon);
export const CONFLICTING_TARGETS = /* @__PURE__ */ message('CONFLICTING_TARGETS', en.conflictingTargets, vi.conflictingTargets);
export const LESS_AMBITIOUS = /* @__PURE__ */ message('LESS_AMBITIOUS_THAN_PARENT', en.lessAmbitious, vi.lessAmbitious);
export const LESS_AMBITIOUS_LATER = /* @__PURE__ */ message('LESS_AMBITIOUS_THAN_PARENT', en.lessAmbitiousLater, vi.lessAmbitiousLater);
export const UNKNOWN_INDICATOR = /* @__PURE__ */ message('UNKNOWN_INDICATOR', en.unknownIndicator, vi.unknownIndicator);

/** A finding of a catalogued message: its code, severity, the targets involved, and its text in both languages. */
export function finding<P>(entry: Message<P, FindingCode>, severity: FindingSeverity, targets: readonly string[], params: P): Finding {
  return { code: entry.code, severity, targets, message: textOf(entry, params) };
}
