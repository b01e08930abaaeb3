/**
 * Objectives: general or specific aims of a plan, each with its targets.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BilingualTextSchema } from './primitives.js';
import { TargetSchema } from './target.js';

/**
 * An objective of a plan: `general` (mục tiêu chung) or `specific` (mục tiêu cụ thể), with the
 * year it looks to (`horizon`: 2025, 2026, 2030; `vision: true` for “tầm nhìn đến năm 2045”),
 * its text verbatim, and its targets.
 *
 * @category Model
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
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['general', 'specific']),
  horizon: z.int().check(z.minimum(1900), z.maximum(2200)),
  vision: z._default(z.boolean(), false),
  text: BilingualTextSchema,
  targets: z._default(z.array(TargetSchema), []),
});

/**
 * An objective as written in JSON.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ObjectiveInput } from 'chitieu';
 *
 * const input: ObjectiveInput = { id: 'o', kind: 'specific', horizon: 2025, text: { vi: 'Đến năm 2025' } };
 * console.log(input.horizon); // 2025
 * ```
 */
export type ObjectiveInput = z.input<typeof ObjectiveSchema>;

export type { Objective } from './types.js';
