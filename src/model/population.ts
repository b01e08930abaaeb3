/**
 * Population counts: by area and date, optionally by sex and age group or subpopulation.
 *
 * @module
 */
import * as z from 'zod/mini';
import { check, NON_NEGATIVE_COUNT } from './messages/index.js';
import { BilingualTextSchema, DecimalStringSchema, IsoDateSchema } from './primitives.js';

/**
 * A population count of an area on a date, optionally of a group (sex, age band) or a
 * subpopulation (`under-1`, `under-5`, `live-births`, `women-15-49`, or an app's own label).
 * `count` may be fractional for estimates.
 *
 * @category Model
 * @example
 * ```ts
 * import { PopulationSchema } from 'chitieu';
 *
 * const midYear = PopulationSchema.parse({ area: 'cao-minh', date: '2026-07-01', count: 12000 });
 * console.log(midYear.count); // '12000'
 * ```
 */
export const PopulationSchema = z.strictObject({
  area: z.string().check(z.minLength(1)),
  date: IsoDateSchema,
  count: DecimalStringSchema.check(z.refine((text: string) => !text.startsWith('-'), check(NON_NEGATIVE_COUNT))),
  group: z.optional(
    z.strictObject({
      sex: z._default(z.enum(['male', 'female', 'all']), 'all'),
      ageFrom: z.optional(z.int().check(z.minimum(0))),
      ageTo: z.optional(z.int().check(z.minimum(0))),
    }),
  ),
  subpopulation: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(BilingualTextSchema),
});

export type { Population, PopulationGroup } from './types.js';
