/**
 * Indicators: what a target measures.
 *
 * @module
 */
import * as z from 'zod/mini';
import { decimalBelow } from './decimalBelow.js';
import { addRuleIssue, check, KEBAB_ID as KEBAB_ID_MESSAGE, REFERENCE_RANGE_REVERSED, VARIANT_OF_ITSELF } from './messages/index.js';
import { BilingualTextSchema, DecimalStringSchema } from './primitives.js';

/**
 * A reference to an official definition of an indicator: the Ministry of Health's list of
 * statistical indicators (`moh-vn`), WHO's Global Health Observatory (`who-gho`), the SDG
 * indicator framework (`sdg`), a law or decision (`legal`), or another source (`other`).
 *
 * @category Model
 * @example
 * ```ts
 * import { IndicatorReferenceSchema } from 'chitieu';
 *
 * console.log(IndicatorReferenceSchema.parse({ system: 'sdg', code: '3.8.1', title: 'Coverage of essential health services' }).code); // '3.8.1'
 * ```
 */
export const IndicatorReferenceSchema = z.strictObject({
  system: z.enum(['moh-vn', 'who-gho', 'sdg', 'gso-vn', 'legal', 'other']),
  code: z.optional(z.string().check(z.minLength(1))),
  title: z.string().check(z.minLength(1)),
  url: z.optional(z.url()),
  note: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Whether an indicator is counted over a period or read at a date.
 *
 * - `flow`: counted over a period (visits, vaccinations, births, deaths, a survey of the
 *   year). A figure for part of the period (a quarter, a month) never stands for the whole
 *   period.
 * - `stock`: a state at a date (insurance coverage, doctors per 10,000, stations with a
 *   doctor, communes meeting the criteria, records created so far). A figure dated at the
 *   end of a period may stand for that period.
 *
 * @category Model
 * @example
 * ```ts
 * import { IndicatorNatureSchema } from 'chitieu';
 *
 * console.log(IndicatorNatureSchema.parse('stock')); // 'stock'
 * console.log(IndicatorNatureSchema.safeParse('level').success); // false
 * ```
 */
export const IndicatorNatureSchema = z.enum(['flow', 'stock']);

/**
 * The band an indicator's value normally falls in, for indicators whose polarity is
 * `band`: the sex ratio at birth is naturally about 104–107 boys per 100 girls. Both bounds
 * are decimal strings in the indicator's unit and are inclusive; `lower` must not be above
 * `upper` (`REFERENCE_RANGE_REVERSED`, at `upper`). It is context for an explanation, not a
 * target: a plan's own comparator and value decide whether a target is met.
 *
 * @category Model
 * @example
 * ```ts
 * import { ReferenceRangeSchema } from 'chitieu';
 *
 * const natural = ReferenceRangeSchema.parse({ lower: 104, upper: 107 });
 * console.log([natural.lower, natural.upper]); // [ '104', '107' ]
 * const reversed = ReferenceRangeSchema.safeParse({ lower: '107', upper: '104' });
 * console.log(reversed.error?.issues[0]?.params?.code); // 'REFERENCE_RANGE_REVERSED'
 * ```
 */
export const ReferenceRangeSchema = z
  .strictObject({
    lower: DecimalStringSchema,
    upper: DecimalStringSchema,
    note: z.optional(z.required(BilingualTextSchema)),
  })
  .check(z.superRefine((range, ctx) => {
    if (decimalBelow(range.upper, range.lower)) {
      addRuleIssue(ctx, ['upper'], REFERENCE_RANGE_REVERSED, { upper: range.upper, lower: range.lower });
    }
  }));

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An indicator: id, names, unit, multiplier, polarity, published precision and the
 * definitions of its numerator and denominator, with references to official definitions.
 *
 * `nature` says whether the indicator is a `flow` (counted over a period) or a `stock` (a
 * state at a date; see {@link IndicatorNatureSchema}). The evaluation engine treats an
 * indicator without `nature` as a flow, the stricter reading: only a figure for the whole
 * period counts. `referenceRange` gives the band a `band` indicator normally falls in;
 * `variantOf` names the indicator this one is a named variant of (beds per 10,000 with
 * commune stations' beds is a variant of the official series without them). An indicator
 * is not a variant of itself (`VARIANT_OF_ITSELF`, at `variantOf`).
 *
 * `measure` says how values arise: `rate` (numerator/denominator × multiplier, e.g. per
 * 10 000), `percent`, `ratio` (per 100, e.g. boys per 100 girls), `mean` (years, cm),
 * `count`, `boolean`, `qualitative`. `polarity` is `higher-is-better`, `lower-is-better` or
 * `band` (neither direction is simply better, e.g. sex ratio at birth around its ideal).
 *
 * @category Model
 * @example
 * ```ts
 * import { IndicatorSchema } from 'chitieu';
 *
 * const doctors = IndicatorSchema.parse({
 *   id: 'doctors-per-10k', name: { vi: 'Số bác sĩ/vạn dân', en: 'Doctors per 10,000 population' }, measure: 'rate',
 *   unit: { vi: 'bác sĩ/vạn dân', en: 'doctors per 10,000 population' }, multiplier: 10000, polarity: 'higher-is-better', decimals: 1,
 *   nature: 'stock',
 * });
 * console.log(doctors.references); // []
 * console.log(doctors.nature); // 'stock'
 * const self = IndicatorSchema.safeParse({ ...doctors, variantOf: 'doctors-per-10k' });
 * console.log(self.error?.issues[0]?.params?.code); // 'VARIANT_OF_ITSELF'
 * ```
 */
export const IndicatorSchema = z
  .strictObject({
    id: z.string().check(z.regex(KEBAB_ID, check(KEBAB_ID_MESSAGE))),
    name: z.required(BilingualTextSchema),
    measure: z.enum(['rate', 'percent', 'ratio', 'mean', 'count', 'boolean', 'qualitative']),
    unit: z.required(BilingualTextSchema),
    multiplier: z.optional(z.union([z.literal(100), z.literal(1000), z.literal(10000), z.literal(100000)])),
    polarity: z.enum(['higher-is-better', 'lower-is-better', 'band']),
    decimals: z.int().check(z.minimum(0), z.maximum(20)),
    numerator: z.optional(z.required(BilingualTextSchema)),
    denominator: z.optional(z.required(BilingualTextSchema)),
    references: z._default(z.array(IndicatorReferenceSchema), []),
    definitionNote: z.optional(z.required(BilingualTextSchema)),
    nature: z.optional(IndicatorNatureSchema),
    referenceRange: z.optional(ReferenceRangeSchema),
    variantOf: z.optional(z.string().check(z.regex(KEBAB_ID, check(KEBAB_ID_MESSAGE)))),
  })
  .check(z.superRefine((indicator, ctx) => {
    if (indicator.variantOf === indicator.id) {
      addRuleIssue(ctx, ['variantOf'], VARIANT_OF_ITSELF, { id: indicator.id });
    }
  }));

/**
 * An indicator as written in JSON.
 *
 * @category Model
 * @example
 * ```ts
 * import type { IndicatorInput } from 'chitieu';
 *
 * const input: IndicatorInput = { id: 'life-expectancy', name: { vi: 'Tuổi thọ trung bình', en: 'Life expectancy' }, measure: 'mean', unit: { vi: 'năm', en: 'years' }, polarity: 'higher-is-better', decimals: 2 };
 * console.log(input.decimals); // 2
 * ```
 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;

export type { Indicator, IndicatorNature, IndicatorReference, ReferenceRange } from './types.js';
