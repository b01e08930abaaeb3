/**
 * Observations: measured values of an indicator for an area and a period.
 *
 * @module
 */
import { z } from 'zod';
import { BilingualTextSchema, DecimalStringSchema, PeriodSchema } from './primitives.js';

/**
 * One observed value of an indicator for an area and a period: either `value` (a decimal
 * string, or a boolean for yes/no indicators) or `numerator` and `denominator` (with `per`,
 * the multiplier, when the indicator is not in the catalog). `parent` names the area a unit
 * belongs to (a station's commune), for share-of-units targets.
 */
export const ObservationSchema = z
  .object({
    /** Indicator id. */
    indicator: z.string().min(1),
    /** Area id. */
    area: z.string().min(1),
    /** `'2026'`, `'2026-Q2'`, `'2026-H1'`, `'2026-06'`, `'2026-06-15'` or `'2021-2025'`. */
    period: PeriodSchema,
    /** The value, when given directly. */
    value: z.union([DecimalStringSchema, z.boolean()]).optional(),
    /** The numerator, when the value is a ratio of counts. */
    numerator: DecimalStringSchema.optional(),
    /** The denominator, when the value is a ratio of counts. */
    denominator: DecimalStringSchema.optional(),
    /** The multiplier (100, 10 000 …) for a numerator/denominator pair. */
    per: DecimalStringSchema.optional(),
    /** The area this unit belongs to, for share-of-units targets. */
    parent: z.string().min(1).optional(),
    /** Where the figure comes from. */
    source: BilingualTextSchema.optional(),
    /** True when the figure is made up for illustration. */
    illustrative: z.boolean().optional(),
  })
  .superRefine((observation, ctx) => {
    const hasValue = observation.value !== undefined;
    const hasNumerator = observation.numerator !== undefined;
    const hasDenominator = observation.denominator !== undefined;
    if (hasNumerator !== hasDenominator) {
      ctx.addIssue({
        code: 'custom',
        path: [hasNumerator ? 'denominator' : 'numerator'],
        message: 'numerator and denominator must be given together',
        params: { code: 'INCOMPLETE_RATIO' },
      });
    }
    if (hasValue === (hasNumerator || hasDenominator)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give either value or numerator and denominator, not both and not neither',
        params: { code: 'VALUE_OR_RATIO' },
      });
    }
    if (observation.per !== undefined && !hasNumerator) {
      ctx.addIssue({
        code: 'custom',
        path: ['per'],
        message: 'per is only allowed with numerator and denominator',
        params: { code: 'PER_WITHOUT_RATIO' },
      });
    }
  });

/** A parsed observation. */
export type Observation = z.infer<typeof ObservationSchema>;
/** An observation as written in JSON. */
export type ObservationInput = z.input<typeof ObservationSchema>;
