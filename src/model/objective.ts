/**
 * Objectives: general or specific aims of a plan, each with its targets.
 *
 * @module
 */
import * as z from 'zod';
import { BilingualTextSchema } from './primitives.js';
import { TargetSchema } from './target.js';

/**
 * An objective of a plan: `general` (mục tiêu chung) or `specific` (mục tiêu cụ thể), with the
 * year it looks to (`horizon`: 2025, 2026, 2030; `vision: true` for “tầm nhìn đến năm 2045”),
 * its text verbatim, and its targets.
 *
 * @example
 * ```ts
 * import { ObjectiveSchema } from 'chitieu';
 *
 * // Thống Nhất: “b) Tầm nhìn đến năm 2045”
 * const vision = ObjectiveSchema.parse({ id: 'vision-2045', kind: 'general', horizon: 2045, vision: true, text: { vi: 'Tầm nhìn đến năm 2045' } });
 * console.log(vision.targets); // []
 * ```
 */
export const ObjectiveSchema = z.strictObject({
  /** Unique within its plan. */
  id: z.string().min(1),
  /** `general` or `specific`. */
  kind: z.enum(['general', 'specific']),
  /** The year the objective looks to. */
  horizon: z.number().int().min(1900).max(2200),
  /** True for a long-term vision (“tầm nhìn”) rather than a plan-period objective. */
  vision: z.boolean().default(false),
  /** The objective's text, verbatim in `vi`. */
  text: BilingualTextSchema,
  /** Its targets; a general objective may have none. */
  targets: z.array(TargetSchema).default([]),
});

/**
 * A parsed objective.
 *
 * @example
 * ```ts
 * import { ObjectiveSchema, type Objective } from 'chitieu';
 *
 * const objective: Objective = ObjectiveSchema.parse({ id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu cụ thể năm 2026' } });
 * console.log(objective.vision); // false
 * ```
 */
export type Objective = z.infer<typeof ObjectiveSchema>;
/**
 * An objective as written in JSON.
 *
 * @example
 * ```ts
 * import type { ObjectiveInput } from 'chitieu';
 *
 * const input: ObjectiveInput = { id: 'o', kind: 'specific', horizon: 2025, text: { vi: 'Đến năm 2025' } };
 * console.log(input.horizon); // 2025
 * ```
 */
export type ObjectiveInput = z.input<typeof ObjectiveSchema>;
