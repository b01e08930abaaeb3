/**
 * The model's messages: each id bound to its code and its wording in `en.ts` and `vi.ts`.
 * The checks of single fields keep zod's issue code (their code here names the check); the
 * rules across fields carry chitieu's codes (`RANGE_WITHOUT_UPPER` …). Internal.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import { message, type BilingualText, type Message } from '../../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

// checks of single fields: English on the schema (zod's own safeParse shows it), Vietnamese found by `checkVi`
export const DECIMAL_TEXT = /* @__PURE__ */ message('DECIMAL_TEXT', en.decimalText, vi.decimalText);
export const DECIMAL_RANGE = /* @__PURE__ */ message('DECIMAL_RANGE', en.decimalRange, vi.decimalRange);
export const ISO_DATE = /* @__PURE__ */ message('ISO_DATE', en.isoDate, vi.isoDate);
export const REAL_DATE = /* @__PURE__ */ message('REAL_DATE', en.realDate, vi.realDate);
export const PARTIAL_DATE = /* @__PURE__ */ message('PARTIAL_DATE', en.partialDate, vi.partialDate);
export const PARTIAL_DATE_REAL = /* @__PURE__ */ message('PARTIAL_DATE_REAL', en.partialDateReal, vi.partialDateReal);
export const PERIOD = /* @__PURE__ */ message('PERIOD', en.period, vi.period);
export const PERIOD_REAL = /* @__PURE__ */ message('PERIOD_REAL', en.periodReal, vi.periodReal);
export const KEBAB_ID = /* @__PURE__ */ message('KEBAB_ID', en.kebabId, vi.kebabId);
export const WHOLE_COUNT = /* @__PURE__ */ message('WHOLE_COUNT', en.wholeCount, vi.wholeCount);
export const NON_NEGATIVE_COUNT = /* @__PURE__ */ message('NON_NEGATIVE_COUNT', en.nonNegativeCount, vi.nonNegativeCount);

/** The checks above, for finding a check's Vietnamese from the English text zod reports. */
const CHECKS: readonly Message<void, string>[] = [
  DECIMAL_TEXT, DECIMAL_RANGE, ISO_DATE, REAL_DATE, PARTIAL_DATE, PARTIAL_DATE_REAL, PERIOD, PERIOD_REAL,
  KEBAB_ID, WHOLE_COUNT, NON_NEGATIVE_COUNT,
];

/** The Vietnamese of a check's message, given the English zod reports; undefined for zod's own messages. */
export function checkVi(english: string): string | undefined {
  for (const check of CHECKS) if (check.en() === english) return check.vi();
  return undefined;
}

/** A check's options for zod: its English message. */
export function check(entry: Message<void, string>): { message: string } {
  return { message: entry.en() };
}

// rules across fields
export const RANGE_WITHOUT_UPPER = /* @__PURE__ */ message('RANGE_WITHOUT_UPPER', en.rangeWithoutUpper, vi.rangeWithoutUpper);
export const RANGE_REVERSED = /* @__PURE__ */ message('RANGE_REVERSED', en.rangeReversed, vi.rangeReversed);
export const UPPER_WITHOUT_RANGE = /* @__PURE__ */ message('UPPER_WITHOUT_RANGE', en.upperWithoutRange, vi.upperWithoutRange);
export const AIM_WITHOUT_FLOOR = /* @__PURE__ */ message('AIM_WITHOUT_FLOOR', en.aimWithoutFloor, vi.aimWithoutFloor);
export const AIM_BELOW_VALUE = /* @__PURE__ */ message('AIM_BELOW_VALUE', en.aimBelowValue, vi.aimBelowValue);
export const CHANGE_WITHOUT_BASELINE = /* @__PURE__ */ message('CHANGE_WITHOUT_BASELINE', en.changeWithoutBaseline, vi.changeWithoutBaseline);
export const FROM_AFTER_DUE = /* @__PURE__ */ message('FROM_AFTER_DUE', en.fromAfterDue, vi.fromAfterDue);
export const REFERENCE_RANGE_REVERSED = /* @__PURE__ */ message('REFERENCE_RANGE_REVERSED', en.referenceRangeReversed, vi.referenceRangeReversed);
export const VARIANT_OF_ITSELF = /* @__PURE__ */ message('VARIANT_OF_ITSELF', en.variantOfItself, vi.variantOfItself);
export const INCOMPLETE_RATIO = /* @__PURE__ */ message('INCOMPLETE_RATIO', en.incompleteRatio, vi.incompleteRatio);
export const VALUE_OR_RATIO = /* @__PURE__ */ message('VALUE_OR_RATIO', en.valueOrRatio, vi.valueOrRatio);
export const INCOMPLETE_INTERVAL = /* @__PURE__ */ message('INCOMPLETE_INTERVAL', en.incompleteInterval, vi.incompleteInterval);
export const INTERVAL_WITHOUT_VALUE = /* @__PURE__ */ message('INTERVAL_WITHOUT_VALUE', en.intervalWithoutValue, vi.intervalWithoutValue);
export const LEVEL_WITHOUT_INTERVAL = /* @__PURE__ */ message('LEVEL_WITHOUT_INTERVAL', en.levelWithoutInterval, vi.levelWithoutInterval);
export const VALUE_OUTSIDE_INTERVAL = /* @__PURE__ */ message('VALUE_OUTSIDE_INTERVAL', en.valueOutsideInterval, vi.valueOutsideInterval);
export const PER_WITHOUT_RATIO = /* @__PURE__ */ message('PER_WITHOUT_RATIO', en.perWithoutRatio, vi.perWithoutRatio);
export const POPULATION_BASIS_WITHOUT_RATIO = /* @__PURE__ */ message('POPULATION_BASIS_WITHOUT_RATIO', en.populationBasisWithoutRatio, vi.populationBasisWithoutRatio);
export const REPLACES_LONGER_PERIOD = /* @__PURE__ */ message('REPLACES_LONGER_PERIOD', en.replacesLongerPeriod, vi.replacesLongerPeriod);
export const REPLACES_UNKNOWN_PERIOD = /* @__PURE__ */ message('REPLACES_UNKNOWN_PERIOD', en.replacesUnknownPeriod, vi.replacesUnknownPeriod);
export const PERIOD_REVERSED = /* @__PURE__ */ message('PERIOD_REVERSED', en.periodReversed, vi.periodReversed);
export const DUPLICATE_OBJECTIVE = /* @__PURE__ */ message('DUPLICATE_ID', en.duplicateObjective, vi.duplicateObjective);
export const DUPLICATE_TARGET = /* @__PURE__ */ message('DUPLICATE_ID', en.duplicateTarget, vi.duplicateTarget);
export const DUE_BEFORE_ISSUE = /* @__PURE__ */ message('DUE_BEFORE_ISSUE', en.dueBeforeIssue, vi.dueBeforeIssue);
export const UNKNOWN_MILESTONE = /* @__PURE__ */ message('UNKNOWN_TARGET', en.unknownMilestone, vi.unknownMilestone);
export const MILESTONE_NOT_BEFORE_TARGET = /* @__PURE__ */ message('MILESTONE_NOT_BEFORE_TARGET', en.milestoneNotBefore, vi.milestoneNotBefore);
export const GOVERNED_BY_ITSELF = /* @__PURE__ */ message('GOVERNED_BY_ITSELF', en.governedByItself, vi.governedByItself);
export const UNKNOWN_GOVERNING = /* @__PURE__ */ message('UNKNOWN_TARGET', en.unknownGoverning, vi.unknownGoverning);
export const GOVERNING_TARGET_GOVERNED = /* @__PURE__ */ message('GOVERNING_TARGET_GOVERNED', en.governingGoverned, vi.governingGoverned);
export const REPLACES_UNKNOWN_RULE = /* @__PURE__ */ message('REPLACES_UNKNOWN_RULE', en.replacesUnknownRule, vi.replacesUnknownRule);

// a parse's own wording
export const UNKNOWN_COMPARATOR = /* @__PURE__ */ message('UNKNOWN_COMPARATOR', en.unknownComparator, vi.unknownComparator);
export const UNKNOWN_KIND = /* @__PURE__ */ message('UNKNOWN_KIND', en.unknownKind, vi.unknownKind);
export const UNKNOWN_KEY = /* @__PURE__ */ message('UNKNOWN_KEY', en.unknownKey, vi.unknownKey);
export const MORE_KEYS = /* @__PURE__ */ message('UNKNOWN_KEY', en.moreKeys, vi.moreKeys);
export const SUMMARY = /* @__PURE__ */ message('SCHEMA', en.summary, vi.summary);

/** A message's text in both languages. */
export function both<P>(entry: Message<P, string>, params: P): BilingualText {
  return { en: entry.en(params), vi: entry.vi(params) };
}

/**
 * Add a rule issue (a rule across fields) at `path`: zod's `custom` issue with the English
 * message, and the chitieu code and the Vietnamese in `params`.
 * @category Model
 */
export function addRuleIssue<P>(ctx: z.core.$RefinementCtx, path: PropertyKey[], entry: Message<P, string>, params: P): void {
  const text = both(entry, params);
  ctx.addIssue({ code: 'custom', path, message: text.en, params: { code: entry.code, vi: text.vi } });
}
