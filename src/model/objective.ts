/**
 * Objectives: general or specific aims of a plan, each with its targets.
 *
 * @module
 */
import { z } from 'zod';
import { BilingualTextSchema } from './primitives.js';
import { TargetSchema } from './target.js';

/**
 * An objective of a plan: `general` (mục tiêu chung) or `specific` (mục tiêu cụ thể), with the
 * year it looks to (`horizon`: 2025, 2026, 2030; `vision: true` for “tầm nhìn đến năm 2045”),
 * its text verbatim, and its targets.
 */
export const ObjectiveSchema = z.object({
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

/** A parsed objective. */
export type Objective = z.infer<typeof ObjectiveSchema>;
/** An objective as written in JSON. */
export type ObjectiveInput = z.input<typeof ObjectiveSchema>;
