/**
 * Areas: the places plans, targets, observations and populations refer to.
 *
 * @module
 */
import { z } from 'zod';
import { BilingualTextSchema } from './primitives.js';

/** An administrative area or a unit inside one (a health station is a `facility`). */
export const AreaSchema = z.object({
  /** Stable id, e.g. `'vn-thai-nguyen/cao-minh'`. */
  id: z.string().min(1),
  /** Its name. */
  name: BilingualTextSchema,
  /** Its level. */
  level: z.enum(['national', 'province', 'district', 'commune', 'village', 'facility']),
  /** The id of the area it belongs to. */
  parent: z.string().min(1).optional(),
});

/** A parsed area. */
export type Area = z.infer<typeof AreaSchema>;
