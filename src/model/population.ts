/**
 * Population counts: by area and date, optionally by sex and age group or subpopulation.
 *
 * @module
 */
import * as z from 'zod';
import { check, NON_NEGATIVE_COUNT } from './messages/index.js';
import { BilingualTextSchema, DecimalStringSchema, IsoDateSchema } from './primitives.js';

/**
 * A population count of an area on a date, optionally of a group (sex, age band) or a
 * subpopulation (`under-1`, `under-5`, `live-births`, `women-15-49`, or an app's own label).
 * `count` may be fractional for estimates.
 *
 * @example
 * ```ts
 * import { PopulationSchema } from 'chitieu';
 *
 * const midYear = PopulationSchema.parse({ area: 'cao-minh', date: '2026-07-01', count: 12000 });
 * console.log(midYear.count); // '12000'
 * ```
 */
export const PopulationSchema = z.strictObject({
  /** Area id. */
  area: z.string().min(1),
  /** The date the count refers to (a census day, 1 July for a mid-year estimate). */
  date: IsoDateSchema,
  /** The number of people. */
  count: DecimalStringSchema.refine((text) => !text.trim().startsWith('-'), check(NON_NEGATIVE_COUNT)),
  /** A sex and age group, where the count is of one. */
  group: z
    .object({
      /** `male`, `female` or `all`. */
      sex: z.enum(['male', 'female', 'all']).default('all'),
      /** First year of age included. */
      ageFrom: z.number().int().min(0).optional(),
      /** Last year of age included. */
      ageTo: z.number().int().min(0).optional(),
    })
    .optional(),
  /** A named subpopulation. */
  subpopulation: z.string().min(1).optional(),
  /** Where the count comes from. */
  source: BilingualTextSchema.optional(),
});

/**
 * A parsed population count.
 *
 * @example
 * ```ts
 * import { parsePopulation, type Population } from 'chitieu';
 *
 * const underOne: Population = parsePopulation({ area: 'ninh-binh', date: '2026-07-01', count: '31250', subpopulation: 'under-1' });
 * console.log(underOne.subpopulation); // 'under-1'
 * ```
 */
export type Population = z.infer<typeof PopulationSchema>;
