/**
 * Plans: a whole document, from a Politburo resolution to a commune's yearly plan.
 *
 * @module
 */
import * as z from 'zod/mini';
import { AreaSchema } from './area.js';
import { ObjectiveSchema } from './objective.js';
import {
  addRuleIssue,
  DUE_BEFORE_ISSUE,
  DUPLICATE_OBJECTIVE,
  DUPLICATE_TARGET,
  GOVERNED_BY_ITSELF,
  GOVERNING_TARGET_GOVERNED,
  MILESTONE_NOT_BEFORE_TARGET,
  PERIOD_REVERSED,
  REPLACES_LONGER_PERIOD,
  REPLACES_UNKNOWN_PERIOD,
  REPLACES_UNKNOWN_RULE,
  UNKNOWN_GOVERNING,
  UNKNOWN_MILESTONE,
} from './messages/index.js';
import { isIsoDate } from './isIsoDate.js';
import { BilingualTextSchema, PartialDateSchema } from './primitives.js';

/**
 * A document a plan implements, named by its number and date: a commune plan names its
 * provincial plan and resolution 72-NQ/TW.
 *
 * @category Model
 * @example
 * ```ts
 * import { ParentDocumentSchema } from 'chitieu';
 *
 * console.log(ParentDocumentSchema.parse({ number: '72-NQ/TW', date: '2025-09-09' }).number); // '72-NQ/TW'
 * ```
 */
export const ParentDocumentSchema = z.strictObject({
  number: z.string().check(z.minLength(1)),
  date: z.optional(PartialDateSchema),
  title: z.optional(BilingualTextSchema),
  issuer: z.optional(BilingualTextSchema),
});

/**
 * Who does what under the plan.
 *
 * @category Model
 * @example
 * ```ts
 * import { ResponsibilitySchema } from 'chitieu';
 *
 * console.log(ResponsibilitySchema.parse({ body: { vi: 'Trạm Y tế xã' } }).duties); // []
 * ```
 */
export const ResponsibilitySchema = z.strictObject({
  body: BilingualTextSchema,
  duties: z._default(z.array(BilingualTextSchema), []),
});

/** Months in one period of each reporting frequency. */
const MONTHS_PER_PERIOD = { monthly: 1, quarterly: 3, 'six-monthly': 6, yearly: 12 } as const;

/**
 * How often reports are due: every month, quarter, six months or year.
 *
 * @category Model
 * @example
 * ```ts
 * import { ReportingFrequencySchema } from 'chitieu';
 *
 * console.log(ReportingFrequencySchema.options); // [ 'monthly', 'quarterly', 'six-monthly', 'yearly' ]
 * ```
 */
export const ReportingFrequencySchema = z.enum(['monthly', 'quarterly', 'six-monthly', 'yearly']);

/**
 * Which shorter report a rule's report stands in for: `{ frequency: 'quarterly', period: 4 }`
 * on a yearly rule is the fourth quarter's report. `period` counts the shorter periods
 * within each period of the rule (1–4 for quarters in a year, 1–2 for halves in a year,
 * 1–3 for months in a quarter).
 *
 * @category Model
 * @example
 * ```ts
 * import { ReportingReplacementSchema } from 'chitieu';
 *
 * console.log(ReportingReplacementSchema.parse({ frequency: 'quarterly', period: 4 }).period); // 4
 * ```
 */
export const ReportingReplacementSchema = z.strictObject({
  frequency: ReportingFrequencySchema,
  period: z.int().check(z.minimum(1)),
});

/**
 * A reporting rule: how often and by when the plan asks for reports. `month` counts months
 * inside each period (for a quarter, 3 is its last month; for a year, 11 is November) and
 * `day` is the day of that month; both absent when the plan sets no deadline. `before` is
 * true for “trước ngày …”.
 *
 * `replaces` says that this rule's report takes the place of one report of a shorter
 * rule of the same plan. Ninh Bình reports “hàng quý … trước ngày 10 tháng cuối quý, riêng
 * kỳ cuối năm tổng hợp báo cáo trước ngày 10/11”: the year-end report, due before
 * 10 November, replaces the fourth quarter's, which is `replaces: { frequency: 'quarterly',
 * period: 4 }` on the yearly rule, so the year has four deadlines, not five. The replaced
 * frequency must be shorter than the rule's (`REPLACES_LONGER_PERIOD`) and `period` must
 * exist within the rule's period (`REPLACES_UNKNOWN_PERIOD`: a year has 4 quarters); in a
 * plan, a rule of that frequency must exist (`REPLACES_UNKNOWN_RULE`, checked by
 * `PlanSchema`).
 *
 * @category Model
 * @example
 * ```ts
 * import { ReportingRuleSchema } from 'chitieu';
 *
 * // Ninh Bình: quarterly, before the 10th of the last month of the quarter
 * const rule = ReportingRuleSchema.parse({ frequency: 'quarterly', month: 3, day: 10, before: true });
 * console.log(rule.month); // 3
 * // … and the year-end report, before 10 November, instead of the fourth quarter's
 * const yearly = ReportingRuleSchema.parse({ frequency: 'yearly', month: 11, day: 10, before: true, replaces: { frequency: 'quarterly', period: 4 } });
 * console.log(yearly.replaces); // { frequency: 'quarterly', period: 4 }
 * const fifth = ReportingRuleSchema.safeParse({ frequency: 'yearly', replaces: { frequency: 'quarterly', period: 5 } });
 * console.log(fifth.error?.issues[0]?.params?.code); // 'REPLACES_UNKNOWN_PERIOD'
 * ```
 */
export const ReportingRuleSchema = z
  .strictObject({
    frequency: ReportingFrequencySchema,
    month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
    day: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
    before: z.optional(z.boolean()),
    text: z.optional(BilingualTextSchema),
    replaces: z.optional(ReportingReplacementSchema),
  })
  .check(z.superRefine((rule, ctx) => {
    if (rule.replaces === undefined) return;
    const own = MONTHS_PER_PERIOD[rule.frequency];
    const replaced = MONTHS_PER_PERIOD[rule.replaces.frequency];
    if (replaced >= own) {
      addRuleIssue(ctx, ['replaces', 'frequency'], REPLACES_LONGER_PERIOD, { frequency: rule.frequency, replaced: rule.replaces.frequency });
    } else if (rule.replaces.period > own / replaced) {
      addRuleIssue(ctx, ['replaces', 'period'], REPLACES_UNKNOWN_PERIOD, { frequency: rule.frequency, count: own / replaced, replaced: rule.replaces.frequency, period: rule.replaces.period });
    }
  }));

/**
 * A plan: number and kind, title, issuing body and its level, area, dates (possibly partial
 * or blank as in drafts), period, the parent documents it implements, objectives with their
 * targets, responsibilities and reporting rhythm.
 *
 * Rules checked beyond each field's shape: target and objective ids are unique
 * (`DUPLICATE_ID`), no target falls due before the plan was issued (`DUE_BEFORE_ISSUE`, at
 * the target's `due`), the period runs forwards (`PERIOD_REVERSED`), a target's
 * `milestoneOf` names another target of the plan (`UNKNOWN_TARGET`) that falls due later
 * (`MILESTONE_NOT_BEFORE_TARGET`), a target's `governedBy` names another target of the plan
 * (`UNKNOWN_TARGET`, `GOVERNED_BY_ITSELF`) that is not itself governed
 * (`GOVERNING_TARGET_GOVERNED`), and a reporting rule's `replaces` names a frequency one of
 * the plan's rules has (`REPLACES_UNKNOWN_RULE`). Contradictions between targets are not
 * schema errors: real plans contain them, `checkPlan` reports them, and `governedBy`
 * records which side the plan means.
 *
 * @category Model
 * @example
 * ```ts
 * import { PlanSchema } from 'chitieu';
 *
 * const plan = PlanSchema.parse({
 *   id: 'cao-minh-2026', kind: 'plan', title: { vi: 'Kế hoạch thực hiện Đề án số 14-ĐA/TU' },
 *   issuer: { name: { vi: 'Ban Thường vụ Đảng ủy xã Cao Minh' }, level: 'commune' },
 *   area: { id: 'cao-minh', name: { vi: 'xã Cao Minh' }, level: 'commune' },
 *   period: { from: 2026, to: 2026 },
 *   objectives: [{ id: 'specific-2026', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu cụ thể năm 2026' },
 *     targets: [{ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' }] }],
 * });
 * console.log(plan.objectives[0]?.targets.length); // 1
 * console.log(plan.parents); // []
 * ```
 */
export const PlanSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    number: z.optional(z.string().check(z.minLength(1))),
    kind: z.enum(['plan', 'resolution', 'action-programme', 'scheme', 'directive']),
    title: BilingualTextSchema,
    issuer: z.strictObject({
      name: BilingualTextSchema,
      level: z.enum(['central', 'province', 'district', 'commune', 'department']),
    }),
    area: AreaSchema,
    issued: z.optional(PartialDateSchema),
    issuedText: z.optional(z.string().check(z.minLength(1))),
    period: z.strictObject({
      from: z.int().check(z.minimum(1900), z.maximum(2200)),
      to: z.int().check(z.minimum(1900), z.maximum(2200)),
    }),
    parents: z._default(z.array(ParentDocumentSchema), []),
    objectives: z.array(ObjectiveSchema).check(z.minLength(1)),
    responsibilities: z._default(z.array(ResponsibilitySchema), []),
    reporting: z._default(z.array(ReportingRuleSchema), []),
    source: z.optional(
      z.strictObject({
        file: z.optional(z.string().check(z.minLength(1))),
        note: z.optional(BilingualTextSchema),
      }),
    ),
  })
  .check(z.superRefine((plan, ctx) => {
    if (plan.period.to < plan.period.from) {
      addRuleIssue(ctx, ['period', 'to'], PERIOD_REVERSED, { from: plan.period.from, to: plan.period.to });
    }
    // a plan without an issue date, or with one that failed its own check, has no first day ('' is no date)
    // Stryker disable next-line StringLiteral: any text that is not a partial date stands for no issue date alike
    const issued = plan.issued ?? '';
    const firstIssueDay = firstDayOf(issued);
    const targets = new Map<string, { due: string; governedBy: string | undefined }>();
    const objectiveIds = new Set<string>();
    plan.objectives.forEach((objective, o) => {
      if (objectiveIds.has(objective.id)) {
        addRuleIssue(ctx, ['objectives', o, 'id'], DUPLICATE_OBJECTIVE, { id: objective.id });
      }
      objectiveIds.add(objective.id);
      objective.targets.forEach((target, t) => {
        if (targets.has(target.id)) {
          addRuleIssue(ctx, ['objectives', o, 'targets', t, 'id'], DUPLICATE_TARGET, { id: target.id });
        } else {
          targets.set(target.id, { due: target.due, governedBy: target.governedBy });
        }
        if (isIsoDate(target.due) && isIsoDate(firstIssueDay) && target.due < firstIssueDay) {
          addRuleIssue(ctx, ['objectives', o, 'targets', t, 'due'], DUE_BEFORE_ISSUE, { due: target.due, issued });
        }
      });
    });
    plan.objectives.forEach((objective, o) => {
      objective.targets.forEach((target, t) => {
        if (target.milestoneOf === undefined) return;
        const path = ['objectives', o, 'targets', t, 'milestoneOf'];
        const final = targets.get(target.milestoneOf);
        if (final === undefined) {
          addRuleIssue(ctx, path, UNKNOWN_MILESTONE, { target: target.milestoneOf });
        } else if (isIsoDate(target.due) && isIsoDate(final.due) && target.due >= final.due) {
          addRuleIssue(ctx, path, MILESTONE_NOT_BEFORE_TARGET, { due: target.due, target: target.milestoneOf, targetDue: final.due });
        }
      });
    });
    plan.objectives.forEach((objective, o) => {
      objective.targets.forEach((target, t) => {
        const governing = target.governedBy;
        if (governing === undefined) return;
        const path = ['objectives', o, 'targets', t, 'governedBy'];
        const found = targets.get(governing);
        if (governing === target.id) {
          addRuleIssue(ctx, path, GOVERNED_BY_ITSELF, { id: target.id });
        } else if (found === undefined) {
          addRuleIssue(ctx, path, UNKNOWN_GOVERNING, { target: governing });
        } else if (found.governedBy !== undefined) {
          addRuleIssue(ctx, path, GOVERNING_TARGET_GOVERNED, { target: governing, by: found.governedBy });
        }
      });
    });
    const frequencies = new Set(plan.reporting.map((rule) => rule.frequency));
    plan.reporting.forEach((rule, r) => {
      if (rule.replaces === undefined || frequencies.has(rule.replaces.frequency)) return;
      addRuleIssue(ctx, ['reporting', r, 'replaces', 'frequency'], REPLACES_UNKNOWN_RULE, { frequency: rule.replaces.frequency });
    });
  }));

/** The first day a partial date can mean: `'2026'` → `'2026-01-01'`, `'2026-07'` → `'2026-07-01'` (and `''` stays `''`). */
function firstDayOf(partial: string): string {
  if (partial.length === 4) return `${partial}-01-01`;
  if (partial.length === 7) return `${partial}-01`;
  return partial;
}

/**
 * A plan as written in JSON, before defaults.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PlanInput } from 'chitieu';
 *
 * const input: PlanInput = {
 *   id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
 *   area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2030 },
 *   objectives: [{ id: 'o', kind: 'general', horizon: 2030, text: { vi: 'Mục tiêu chung' } }],
 * };
 * console.log(input.period.to); // 2030
 * ```
 */
export type PlanInput = z.input<typeof PlanSchema>;

export type { ParentDocument, Plan, PlanIssuer, PlanPeriod, PlanSource, ReportingFrequency, ReportingReplacement, ReportingRule, Responsibility } from './types.js';
