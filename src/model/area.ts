/**
 * Areas: the places plans, targets, observations and populations refer to.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BilingualTextSchema } from './primitives.js';

/**
 * An administrative area or a unit inside one (a health station is a `facility`).
 *
 * @category Model
 * @example
 * ```ts
 * import { AreaSchema } from 'chitieu';
 *
 * console.log(AreaSchema.parse({ id: 'vn-thai-nguyen/cao-minh', name: { vi: 'xã Cao Minh' }, level: 'commune' }).level); // 'commune'
 * ```
 */
export const AreaSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: BilingualTextSchema,
  level: z.enum(['national', 'province', 'district', 'commune', 'village', 'facility']),
  parent: z.optional(z.string().check(z.minLength(1))),
});

export type { Area } from './types.js';
