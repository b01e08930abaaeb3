/**
 * Indicators: what a target measures.
 *
 * @module
 */
import { z } from 'zod';
import { SCHEMA_MESSAGES } from './messages.js';
import { BilingualTextSchema } from './primitives.js';

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
export const IndicatorReferenceSchema = z.object({
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
 * An indicator: id, names, unit, multiplier, polarity, published precision and the
 * definitions of its numerator and denominator, with references to official definitions.
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
 * });
 * console.log(doctors.references); // []
 * ```
 */
export const IndicatorSchema = z.object({
  /** Stable id, kebab-case: `'doctors-per-10k'`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: SCHEMA_MESSAGES.kebabId.en }),
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
