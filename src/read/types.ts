/**
 * The reader's output: target drafts read from Vietnamese sentences, questions a person
 * must answer, and plan drafts.
 *
 * @module
 */
import type { BilingualText } from '../errors.js';
import type { Finding } from '../evaluate/findings.js';
import type { ObservationInput } from '../model/observation.js';
import type { PlanInput } from '../model/plan.js';
import type { Comparator, ThresholdComparator } from '../model/primitives.js';
import type { TargetKind } from '../model/target.js';

/**
 * What the reader asks a person to confirm or supply, as a stable code:
 *
 * - `INDICATOR_UNKNOWN`: no catalog indicator fits the words (or none fits the unit).
 * - `INDICATOR_AMBIGUOUS`: two catalog indicators fit equally well.
 * - `COMPARATOR_ASSUMED`: the figure stands alone (“số bác sĩ/vạn dân: 17,5”, “… là 23”);
 *   the comparator was taken from the indicator's polarity.
 * - `VALUE_ASSUMED`: the text gives no figure (“người dân được khám …”, “Trạm y tế có ít nhất
 *   5 bác sĩ”); every person or unit (100%) was assumed.
 * - `DUE_MISSING`: no date in the sentence and none given by the context.
 * - `DUE_ASSUMED`: the due date comes from the context (a heading, a quotation, “từ năm …”).
 * - `CHANGE_TYPE`: “tăng thêm 10%” of a percentage: percentage points or percent of the
 *   baseline? The plan does not say; `change` is `unspecified`.
 * - `BASELINE_MISSING`: a change with no baseline period.
 * - `RANGE_FLOOR`: “ít nhất từ 4 - 5”: read as a floor of 4, the 5 recorded as an aspiration.
 * - `APPROXIMATE`: “khoảng”, “xấp xỉ”: the figure is approximate.
 * - `NO_THRESHOLD`: an aim without a figure (“bao phủ bảo hiểm y tế toàn dân”): qualitative.
 * - `PLAN_NUMBER`, `PLAN_DATE`, `PLAN_ISSUER`, `PLAN_AREA`, `PLAN_PERIOD`, `PLAN_TITLE`: a
 *   field of the plan that the text leaves blank or that was inferred.
 * - `PLAN_INVALID`: the plan draft does not pass `parsePlan` yet: one question for each of the
 *   first three problems, its `field` the path into the plan (`objectives[0].targets[2].due`)
 *   and its message the model's wording of the problem in each language; then one that counts
 *   the rest.
 * - `TARGET_LEFT_OUT`: a draft kept out of the plan (no indicator, or a result without a year).
 *
 * @category Reader
 * @example
 * ```ts
 * import type { ReadQuestionCode } from 'chitieu/read';
 *
 * const code: ReadQuestionCode = 'CHANGE_TYPE';
 * console.log(code); // 'CHANGE_TYPE'
 * ```
 */
export type ReadQuestionCode =
  | 'INDICATOR_UNKNOWN'
  | 'INDICATOR_AMBIGUOUS'
  | 'COMPARATOR_ASSUMED'
  | 'VALUE_ASSUMED'
  | 'DUE_MISSING'
  | 'DUE_ASSUMED'
  | 'CHANGE_TYPE'
  | 'BASELINE_MISSING'
  | 'RANGE_FLOOR'
  | 'APPROXIMATE'
  | 'NO_THRESHOLD'
  | 'PLAN_NUMBER'
  | 'PLAN_DATE'
  | 'PLAN_ISSUER'
  | 'PLAN_AREA'
  | 'PLAN_PERIOD'
  | 'PLAN_TITLE'
  | 'PLAN_INVALID'
  | 'TARGET_LEFT_OUT';

/**
 * A question for a person: a stable `code`, the field of the draft it is about, a message in
 * both languages, and, in a plan, the id of the target concerned.
 *
 * @category Reader
 * @example
 * ```ts
 * import { readTargets } from 'chitieu/read';
 *
 * const [draft] = readTargets('Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%.', { due: '2030-12-31' });
 * const question = draft?.questions.find((q) => q.code === 'CHANGE_TYPE');
 * console.log(question?.field); // 'change'
 * ```
 */
export interface ReadQuestion {
  /** What kind of question. */
  readonly code: ReadQuestionCode;
  /** The field of the draft (or plan) it is about: `indicator`, `comparator`, `due` … */
  readonly field: string;
  /** The question, in Vietnamese and English. */
  readonly message: BilingualText;
  /** In a plan draft: the id of the target concerned. */
  readonly target?: string;
}

/**
 * The per-unit condition of a share draft (“100% Trạm y tế có tối thiểu 4 bác sĩ”: each
 * station's doctors ≥ 4).
 *
 * @category Reader
 * @example
 * ```ts
 * import { readTargets } from 'chitieu/read';
 *
 * const [draft] = readTargets('Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.');
 * console.log(draft?.condition); // { indicator: 'station-doctors', comparator: '>=', value: '4' }
 * ```
 */
export interface DraftCondition {
  /** The indicator observed on each unit. */
  readonly indicator: string;
  /** How each unit's value compares. */
  readonly comparator: ThresholdComparator;
  /** The per-unit threshold, a decimal string. */
  readonly value: string;
}

/**
 * A target (or result) read from text. Every field the text settles is set; what it leaves
 * open is absent and asked about in `questions`.
 *
 * @category Reader
 * @example
 * ```ts
 * import { readTargets } from 'chitieu/read';
 *
 * const [draft] = readTargets('Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.');
 * console.log([draft?.indicator, draft?.comparator, draft?.value, draft?.per, draft?.due]); // [ 'health-insurance-coverage', '>', '95', 100, '2026-12-31' ]
 * console.log([draft?.kind, draft?.targetKind, draft?.line, draft?.confidence]); // [ 'target', 'level', 1, 0.95 ]
 * ```
 */
export interface TargetDraft {
  /** The text the draft was read from, verbatim (`text === source.slice(start, end)`). */
  readonly text: string;
  /** Offset of the span in the text read. */
  readonly start: number;
  /** End offset (exclusive) of the span. */
  readonly end: number;
  /** The 1-based line of `start`. */
  readonly line: number;
  /** `target`, or `result` for a figure reported as achieved (“ước đạt”, “đã đạt”). */
  readonly kind: 'target' | 'result';
  /** The kind of target in the model: `level`, `change`, `maintain`, `share`, `count`, `boolean`, `qualitative`. */
  readonly targetKind: TargetKind;
  /** How the figure compares; absent for yes/no and qualitative drafts. */
  readonly comparator?: Comparator;
  /** The figure (the lower bound of a range), a decimal string with `.`. */
  readonly value?: string;
  /** The upper bound of a range (`between`), or the aspiration of “ít nhất từ 4 - 5”. */
  readonly upper?: string;
  /** The multiplier the unit implies: 100 for %, 1000 for ‰, 10000 per 10 000, 100000. */
  readonly per?: 100 | 1000 | 10000 | 100000;
  /** The unit of a count or measure: `bác sĩ`, `giường bệnh`, `trạm y tế`, `tuổi`, `năm`, `cm` … */
  readonly unit?: string;
  /** When the target falls due, as an ISO date. */
  readonly due?: string;
  /** The first day it applies (“từ năm 2026”), as an ISO date. */
  readonly from?: string;
  /** The catalog indicator it most likely is; absent when unsure. */
  readonly indicator?: string;
  /** For changes: `absolute`, `relative`, `points` or `unspecified`. */
  readonly change?: 'absolute' | 'relative' | 'points' | 'unspecified';
  /** Where a change or a range of years starts (“so với năm 2020”, “từ 15,8/1.000”). */
  readonly baseline?: { readonly value?: string; readonly period?: string; readonly comparator?: ThresholdComparator };
  /** For shares: the condition each unit must meet. */
  readonly condition?: DraftCondition;
  /** For shares and counts: the units counted (“trạm y tế”, “xã”). */
  readonly units?: string;
  /** For yes/no targets: the expected answer (“không để dịch bệnh lớn xảy ra”: `false`). */
  readonly expected?: boolean;
  /** The sub-population, area or inclusion the figure is for (“miền núi”, “kể cả bác sĩ cơ hữu”). */
  readonly scope?: string;
  /** True for “phấn đấu” (strive for) and for a vision. */
  readonly aspirational: boolean;
  /** True for “khoảng”, “xấp xỉ”. */
  readonly approximate: boolean;
  /** How sure the reader is, from 0 to 1: lowered by every question. */
  readonly confidence: number;
  /** What a person must confirm or supply. */
  readonly questions: readonly ReadQuestion[];
}

/**
 * Options of {@link readTargets}.
 *
 * @category Reader
 * @example
 * ```ts
 * import { readTargets, type ReadTargetsOptions } from 'chitieu/read';
 *
 * const options: ReadTargetsOptions = { due: '2030-12-31' };
 * console.log(readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 98% dân số.', options)[0]?.due); // '2030-12-31'
 * ```
 */
export interface ReadTargetsOptions {
  /** The due date of targets whose sentence names none (an ISO date). */
  readonly due?: string;
}

/**
 * Options of {@link readPlan}.
 *
 * @category Reader
 * @example
 * ```ts
 * import type { ReadPlanOptions } from 'chitieu/read';
 *
 * const options: ReadPlanOptions = { id: 'cao-minh-2026' };
 * console.log(options.id); // 'cao-minh-2026'
 * ```
 */
export interface ReadPlanOptions {
  /** The plan's id (default `'plan-draft'`); target ids start with it. */
  readonly id?: string;
}

/**
 * A target draft inside a plan draft: the draft, the id it was given and the objective it was
 * placed under (both absent when it was left out of the plan).
 *
 * @category Reader
 * @example
 * ```ts
 * import type { PlanTargetDraft } from 'chitieu/read';
 *
 * function where(draft: PlanTargetDraft): string {
 *   return draft.id === undefined ? 'left out' : `${draft.objective}/${draft.id}`;
 * }
 * console.log(where({ id: undefined, objective: undefined } as PlanTargetDraft)); // 'left out'
 * ```
 */
export interface PlanTargetDraft extends TargetDraft {
  /** The target id in the plan draft; absent when it was left out. */
  readonly id?: string;
  /** The objective id it was placed under. */
  readonly objective?: string;
  /** Lines where the same target is stated again (merged into this draft). */
  readonly repeats: readonly number[];
}

/**
 * What {@link readPlan} returns: the plan draft in the model's input form, every draft read
 * (with where it went), the results read (as observations), the questions to answer, whether
 * the draft parses, and, when it does, the findings of `checkPlan`.
 *
 * @category Reader
 * @example
 * ```ts
 * import { readPlan } from 'chitieu/read';
 *
 * const read = readPlan('KẾ HOẠCH\nMục tiêu cụ thể năm 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số.\n');
 * console.log(read.plan.objectives.length); // 1
 * console.log(read.valid); // true
 * ```
 */
export interface PlanDraft {
  /** The plan, in the input form `parsePlan` takes. */
  readonly plan: PlanInput;
  /** Every target draft, in text order, with its id and objective when placed. */
  readonly drafts: readonly PlanTargetDraft[];
  /** Figures the text reports as achieved, as observations of the plan's area. */
  readonly observations: readonly ObservationInput[];
  /** What a person must answer before the plan is final. */
  readonly questions: readonly ReadQuestion[];
  /** True when `plan` passes `parsePlan` as it is. */
  readonly valid: boolean;
  /** `checkPlan`'s findings (empty when the plan does not parse yet). */
  readonly findings: readonly Finding[];
}
