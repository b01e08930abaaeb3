/**
 * Areas: the places plans, targets, observations and populations refer to.
 *
 * @module
 */
import * as z from 'zod';
import { BilingualTextSchema } from './primitives.js';

/**
 * An administrative area or a unit inside one (a health station is a `facility`).
 *
 * @example
 * ```ts
 * import { AreaSchema } from 'chitieu';
 *
 * console.log(AreaSchema.parse({ id: 'vn-thai-nguyen/cao-minh', name: { vi: 'xã Cao Minh' }, level: 'commune' }).level); // 'commune'
 * ```
 */
export const AreaSchema = z.strictObject({
  /** Stable id, e.g. `'vn-thai-nguyen/cao-minh'`. */
  id: z.string().min(1),
  /** Its name. */
  name: BilingualTextSchema,
  /** Its level. */
  level: z.enum(['national', 'province', 'district', 'commune', 'village', 'facility']),
  /** The id of the area it belongs to. */
  parent: z.string().min(1).optional(),
});

/**
 * A parsed area.
 *
 * @example
 * ```ts
 * import type { Area } from 'chitieu';
 *
 * const station: Area = { id: 'cao-minh/tram-y-te', name: { vi: 'Trạm Y tế xã Cao Minh' }, level: 'facility', parent: 'cao-minh' };
 * console.log(station.parent); // 'cao-minh'
 * ```
 */
export type Area = z.infer<typeof AreaSchema>;
