/**
 * Plans: a whole document, from a Politburo resolution to a commune's yearly plan.
 *
 * @module
 */
import { z } from 'zod';
import { AreaSchema } from './area.js';
import { ObjectiveSchema } from './objective.js';
import { BilingualTextSchema, PartialDateSchema } from './primitives.js';

/**
 * A document a plan implements, named by its number and date: a commune plan names its
 * provincial plan and resolution 72-NQ/TW.
 */
export const ParentDocumentSchema = z.object({
  /** The document number, as printed: `'72-NQ/TW'`, `'282/NQ-CP'`. */
  number: z.string().min(1),
  /** Its date, possibly partial. */
  date: PartialDateSchema.optional(),
  /** Its title or a short description. */
  title: BilingualTextSchema.optional(),
  /** The body that issued it. */
  issuer: BilingualTextSchema.optional(),
});

/** Who does what under the plan. */
export const ResponsibilitySchema = z.object({
  /** The responsible body (“Đảng ủy xã”, “Trạm Y tế xã”). */
  body: BilingualTextSchema,
  /** What it must do, verbatim or abridged from the plan. */
  duties: z.array(BilingualTextSchema).default([]),
});

/**
 * A reporting rule: how often and by when the plan asks for reports. `month` counts months
 * inside each period (for a quarter, 3 is its last month; for a year, 11 is November) and
 * `day` is the day of that month; both absent when the plan sets no deadline. `before` is
 * true for “trước ngày …”.
 */
export const ReportingRuleSchema = z.object({
  /** The reporting period. */
  frequency: z.enum(['monthly', 'quarterly', 'six-monthly', 'yearly']),
  /** Month of the deadline, counted within the period (1 = its first month). */
  month: z.number().int().min(1).max(12).optional(),
  /** Day of that month. */
  day: z.number().int().min(1).max(31).optional(),
  /** True when the report is due before that day. */
  before: z.boolean().optional(),
  /** The plan's sentence, verbatim. */
  text: BilingualTextSchema.optional(),
});

/**
 * A plan: number and kind, title, issuing body and its level, area, dates (possibly partial
 * or blank as in drafts), period, the parent documents it implements, objectives with their
 * targets, responsibilities and reporting rhythm.
 *
 * Rules checked beyond each field's shape: target and objective ids are unique
 * (`DUPLICATE_ID`), no target falls due before the plan was issued (`DUE_BEFORE_ISSUE`), and
 * the period runs forwards (`PERIOD_REVERSED`).
 */
export const PlanSchema = z
  .object({
    /** Stable id, e.g. `'cao-minh-2026'`. */
    id: z.string().min(1),
    /** The document number as printed (`'39-KH/ĐU'`); absent for an unnumbered draft. */
    number: z.string().min(1).optional(),
    /** kế hoạch (`plan`), nghị quyết (`resolution`), chương trình hành động (`action-programme`), đề án (`scheme`), chỉ thị (`directive`). */
    kind: z.enum(['plan', 'resolution', 'action-programme', 'scheme', 'directive']),
    /** The title, verbatim in `vi`. */
    title: BilingualTextSchema,
    /** The issuing body and its level. */
    issuer: z.object({
      /** Its name. */
      name: BilingualTextSchema,
      /** Its level. */
      level: z.enum(['central', 'province', 'district', 'commune', 'department']),
    }),
    /** The area the plan covers. */
    area: AreaSchema,
    /** Date of issue: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when blank. */
    issued: PartialDateSchema.optional(),
    /** The date line as printed, verbatim (“Cao Minh, ngày    tháng    năm 2026”). */
    issuedText: z.string().min(1).optional(),
    /** The years the plan covers. */
    period: z.object({
      /** First year. */
      from: z.number().int().min(1900).max(2200),
      /** Last year. */
      to: z.number().int().min(1900).max(2200),
    }),
    /** The documents it implements. */
    parents: z.array(ParentDocumentSchema).default([]),
    /** Its objectives and their targets. */
    objectives: z.array(ObjectiveSchema).min(1),
    /** Who is responsible for what. */
    responsibilities: z.array(ResponsibilitySchema).default([]),
    /** The reporting rhythm. */
    reporting: z.array(ReportingRuleSchema).default([]),
    /** Where the encoded text comes from, and editorial notes. */
    source: z
      .object({
        /** The file or publication the text was read from. */
        file: z.string().min(1).optional(),
        /** Notes on the encoding. */
        note: BilingualTextSchema.optional(),
      })
      .optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.period.to < plan.period.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: 'the period ends before it starts',
        params: { code: 'PERIOD_REVERSED' },
      });
    }
    const firstIssueDay = plan.issued === undefined ? undefined : firstDayOf(plan.issued);
    const seen = new Set<string>();
    const objectiveIds = new Set<string>();
    plan.objectives.forEach((objective, o) => {
      if (objectiveIds.has(objective.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', o, 'id'],
          message: `objective id '${objective.id}' is used twice`,
          params: { code: 'DUPLICATE_ID' },
        });
      }
      objectiveIds.add(objective.id);
      objective.targets.forEach((target, t) => {
        if (seen.has(target.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', o, 'targets', t, 'id'],
            message: `target id '${target.id}' is used twice`,
            params: { code: 'DUPLICATE_ID' },
          });
        }
        seen.add(target.id);
        if (firstIssueDay !== undefined && target.due < firstIssueDay) {
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', o, 'targets', t, 'due'],
            message: `due date ${target.due} is before the plan's issue date ${plan.issued ?? ''}`,
            params: { code: 'DUE_BEFORE_ISSUE' },
          });
        }
      });
    });
  });

/** The first day a partial date can mean: `'2026'` → `'2026-01-01'`. */
function firstDayOf(partial: string): string {
  if (partial.length === 4) return `${partial}-01-01`;
  if (partial.length === 7) return `${partial}-01`;
  return partial;
}

/** A parsed plan. */
export type Plan = z.infer<typeof PlanSchema>;
/** A plan as written in JSON, before defaults. */
export type PlanInput = z.input<typeof PlanSchema>;
/** A parsed reference to a parent document. */
export type ParentDocument = z.infer<typeof ParentDocumentSchema>;
/** A parsed responsibility. */
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
/** A parsed reporting rule. */
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;
