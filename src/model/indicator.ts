/**
 * Indicators: what a target measures.
 *
 * @module
 */
import * as z from 'zod';
import { decimalBelow } from './decimalBelow.js';
import { addRuleIssue, check, KEBAB_ID as KEBAB_ID_MESSAGE, REFERENCE_RANGE_REVERSED, VARIANT_OF_ITSELF } from './messages/index.js';
import { BilingualTextSchema, DecimalStringSchema } from './primitives.js';

/**
 * A reference to an official definition of an indicator: the Ministry of Health's list of
 * statistical indicators (`moh-vn`), WHO's Global Health Observatory (`who-gho`), the SDG
 * indicator framework (`sdg`), a law or decision (`legal`), or another source (`other`).
 *
 * @example
 * ```ts
 * import { IndicatorReferenceSchema } from 'chitieu';
 *
 * console.log(IndicatorReferenceSchema.parse({ system: 'sdg', code: '3.8.1', title: 'Coverage of essential health services' }).code); // '3.8.1'
 * ```
 */
export const IndicatorReferenceSchema = z.strictObject({
  /** Which system the reference belongs to. */
  system: z.enum(['moh-vn', 'who-gho', 'sdg', 'gso-vn', 'legal', 'other']),
  /** The code in that system (`'3.8.1'`, `'HWF_0001'`), where there is one. */
  code: z.string().min(1).optional(),
  /** The title of the source or entry, as the source words it. */
  title: z.string().min(1),
  /** Where to read it. */
  url: z.url().optional(),
  /** How the reference relates (“same definition”, “nearest official definition”). */
  note: z.string().min(1).optional(),
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
 * `'flow'` or `'stock'`: see {@link IndicatorNatureSchema}.
 *
 * @example
 * ```ts
 * import type { IndicatorNature } from 'chitieu';
 *
 * const births: IndicatorNature = 'flow';
 * console.log(births); // 'flow'
 * ```
 */
export type IndicatorNature = z.infer<typeof IndicatorNatureSchema>;

/**
 * The band an indicator's value normally falls in, for indicators whose polarity is
 * `band`: the sex ratio at birth is naturally about 104–107 boys per 100 girls. Both bounds
 * are decimal strings in the indicator's unit and are inclusive; `lower` must not be above
 * `upper` (`REFERENCE_RANGE_REVERSED`, at `upper`). It is context for an explanation, not a
 * target: a plan's own comparator and value decide whether a target is met.
 *
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
  .object({
    /** The lowest value of the band, as a decimal string. */
    lower: DecimalStringSchema,
    /** The highest value of the band, as a decimal string; not below `lower`. */
    upper: DecimalStringSchema,
    /** What the band is and where it comes from. */
    note: BilingualTextSchema.required().optional(),
  })
  .superRefine((range, ctx) => {
    if (decimalBelow(range.upper, range.lower)) {
      addRuleIssue(ctx, ['upper'], REFERENCE_RANGE_REVERSED, { upper: range.upper, lower: range.lower });
    }
  });

/**
 * A parsed reference range.
 *
 * @example
 * ```ts
 * import type { ReferenceRange } from 'chitieu';
 *
 * const natural: ReferenceRange = { lower: '104', upper: '107' };
 * console.log(natural.upper); // '107'
 * ```
 */
export type ReferenceRange = z.infer<typeof ReferenceRangeSchema>;

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
  .object({
    /** Stable id, kebab-case: `'doctors-per-10k'`. */
    id: z.string().regex(KEBAB_ID, check(KEBAB_ID_MESSAGE)),
    /** Names in Vietnamese and English. */
    name: BilingualTextSchema.required(),
    /** How values arise. */
    measure: z.enum(['rate', 'percent', 'ratio', 'mean', 'count', 'boolean', 'qualitative']),
    /** Unit label (“bác sĩ/vạn dân” / “doctors per 10,000 population”, “%”, “năm” / “years”). */
    unit: BilingualTextSchema.required(),
    /** The factor of `rate`, `percent` and `ratio` indicators: 100, 1 000, 10 000, 100 000. */
    multiplier: z.union([z.literal(100), z.literal(1000), z.literal(10000), z.literal(100000)]).optional(),
    /** Which direction is better. */
    polarity: z.enum(['higher-is-better', 'lower-is-better', 'band']),
    /** Decimal places the figure is published with. */
    decimals: z.number().int().min(0).max(20),
    /** What is counted above the line. */
    numerator: BilingualTextSchema.required().optional(),
    /** What it is counted against (e.g. mid-year population). */
    denominator: BilingualTextSchema.required().optional(),
    /** Official definitions, where they exist. */
    references: z.array(IndicatorReferenceSchema).default([]),
    /** Where no official definition could be found, or how this one departs from it. */
    definitionNote: BilingualTextSchema.required().optional(),
    /**
     * `flow` (counted over a period) or `stock` (a state at a date). Absent: the engine
     * treats the indicator as a flow, the stricter reading.
     */
    nature: IndicatorNatureSchema.optional(),
    /** The band the value normally falls in (sex ratio at birth: about 104–107). */
    referenceRange: ReferenceRangeSchema.optional(),
    /** The id of the indicator this one is a named variant of, e.g. `'beds-per-10k'`. */
    variantOf: z.string().regex(KEBAB_ID, check(KEBAB_ID_MESSAGE)).optional(),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.variantOf !== undefined && indicator.variantOf === indicator.id) {
      addRuleIssue(ctx, ['variantOf'], VARIANT_OF_ITSELF, { id: indicator.id });
    }
  });

/**
 * A parsed indicator.
 *
 * @example
 * ```ts
 * import { parseIndicator, type Indicator } from 'chitieu';
 *
 * const stunting: Indicator = parseIndicator({
 *   id: 'stunting-under-5', name: { vi: 'Tỷ lệ suy dinh dưỡng thể thấp còi', en: 'Stunting, under 5' }, measure: 'percent',
 *   unit: { vi: '%', en: '%' }, multiplier: 100, polarity: 'lower-is-better', decimals: 1,
 * });
 * console.log(stunting.polarity); // 'lower-is-better'
 * ```
 */
export type Indicator = z.infer<typeof IndicatorSchema>;
/**
 * An indicator as written in JSON.
 *
 * @example
 * ```ts
 * import type { IndicatorInput } from 'chitieu';
 *
 * const input: IndicatorInput = { id: 'life-expectancy', name: { vi: 'Tuổi thọ trung bình', en: 'Life expectancy' }, measure: 'mean', unit: { vi: 'năm', en: 'years' }, polarity: 'higher-is-better', decimals: 2 };
 * console.log(input.decimals); // 2
 * ```
 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;
/**
 * A reference to an official definition.
 *
 * @example
 * ```ts
 * import type { IndicatorReference } from 'chitieu';
 *
 * const who: IndicatorReference = { system: 'who-gho', code: 'HWF_0001', title: 'Medical doctors (per 10 000 population)' };
 * console.log(who.system); // 'who-gho'
 * ```
 */
export type IndicatorReference = z.infer<typeof IndicatorReferenceSchema>;
