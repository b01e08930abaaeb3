/**
 * Observations: measured values of an indicator for an area and a period.
 *
 * @module
 */
import * as z from 'zod/mini';
import { decimalBelow } from './decimalBelow.js';
import {
  addRuleIssue,
  INCOMPLETE_INTERVAL,
  INCOMPLETE_RATIO,
  INTERVAL_WITHOUT_VALUE,
  LEVEL_WITHOUT_INTERVAL,
  PER_WITHOUT_RATIO,
  POPULATION_BASIS_WITHOUT_RATIO,
  VALUE_OR_RATIO,
  VALUE_OUTSIDE_INTERVAL,
} from './messages/index.js';
import { BilingualTextSchema, DecimalStringSchema, PeriodSchema } from './primitives.js';

/**
 * The population a rate's denominator counts: at the same date as the numerator
 * (`same-date`, as GSO defines doctors and beds per 10,000), the mid-year population
 * (`mid-year`), or the population at the start or end of the year (`start-of-year`,
 * `end-of-year`).
 *
 * @category Model
 * @example
 * ```ts
 * import { PopulationBasisSchema } from 'chitieu';
 *
 * console.log(PopulationBasisSchema.parse('mid-year')); // 'mid-year'
 * console.log(PopulationBasisSchema.safeParse('average').success); // false
 * ```
 */
export const PopulationBasisSchema = z.enum(['same-date', 'mid-year', 'start-of-year', 'end-of-year']);

/**
 * One observed value of an indicator for an area and a period: either `value` (a decimal
 * string, or a boolean for yes/no indicators) or `numerator` and `denominator` (with `per`,
 * the multiplier, when the indicator is not in the catalog). `parent` names the area a unit
 * belongs to (a station's commune), for share-of-units targets.
 *
 * `populationBasis` says which population the denominator counts (see
 * {@link PopulationBasisSchema}); it is allowed only with `numerator` and `denominator`
 * (`POPULATION_BASIS_WITHOUT_RATIO`).
 *
 * A survey estimate (stunting from the national nutrition survey: weighted, not a count over
 * a count) keeps its published interval: `value` with `lower` and `upper`, and `level`, the
 * interval's confidence level (0.95 when the source does not say otherwise). `lower ≤ value ≤
 * upper` is checked.
 *
 * @category Model
 * @example
 * ```ts
 * import { ObservationSchema } from 'chitieu';
 *
 * const observed = ObservationSchema.parse({ indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', numerator: 21, denominator: 12000 });
 * console.log(observed.numerator); // '21'
 * console.log(ObservationSchema.safeParse({ indicator: 'x', area: 'a', period: '2026' }).success); // false
 * // 21 doctors over the population counted at the same date, as GSO defines the figure
 * const sameDate = ObservationSchema.parse({ ...observed, populationBasis: 'same-date' });
 * console.log(sameDate.populationBasis); // 'same-date'
 * const direct = ObservationSchema.safeParse({ indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', value: '17.5', populationBasis: 'mid-year' });
 * console.log(direct.error?.issues[0]?.params?.code); // 'POPULATION_BASIS_WITHOUT_RATIO'
 * // a survey estimate with its published 95% interval
 * const survey = ObservationSchema.parse({ indicator: 'stunting-under-5', area: 'VN', period: '2020', value: '19.6', lower: '19.1', upper: '20.1', level: 0.95 });
 * console.log([survey.lower, survey.upper]); // [ '19.1', '20.1' ]
 * ```
 */
export const ObservationSchema = z
  .strictObject({
    indicator: z.string().check(z.minLength(1)),
    area: z.string().check(z.minLength(1)),
    period: PeriodSchema,
    value: z.optional(z.union([DecimalStringSchema, z.boolean()])),
    numerator: z.optional(DecimalStringSchema),
    denominator: z.optional(DecimalStringSchema),
    per: z.optional(DecimalStringSchema),
    populationBasis: z.optional(PopulationBasisSchema),
    parent: z.optional(z.string().check(z.minLength(1))),
    lower: z.optional(DecimalStringSchema),
    upper: z.optional(DecimalStringSchema),
    level: z.optional(z.number().check(z.gt(0), z.lt(1))),
    source: z.optional(BilingualTextSchema),
    illustrative: z.optional(z.boolean()),
  })
  .check(z.superRefine((observation, ctx) => {
    const hasValue = observation.value !== undefined;
    const hasNumerator = observation.numerator !== undefined;
    const hasDenominator = observation.denominator !== undefined;
    if (hasNumerator !== hasDenominator) {
      addRuleIssue(ctx, [hasNumerator ? 'denominator' : 'numerator'], INCOMPLETE_RATIO, undefined);
    }
    if (hasValue === (hasNumerator || hasDenominator)) {
      addRuleIssue(ctx, ['value'], VALUE_OR_RATIO, undefined);
    }
    const hasLower = observation.lower !== undefined;
    const hasUpper = observation.upper !== undefined;
    if (hasLower !== hasUpper) {
      addRuleIssue(ctx, [hasLower ? 'upper' : 'lower'], INCOMPLETE_INTERVAL, undefined);
    }
    if ((hasLower || hasUpper) && (typeof observation.value !== 'string')) {
      addRuleIssue(ctx, [hasLower ? 'lower' : 'upper'], INTERVAL_WITHOUT_VALUE, undefined);
    }
    if (observation.level !== undefined && !hasLower && !hasUpper) {
      addRuleIssue(ctx, ['level'], LEVEL_WITHOUT_INTERVAL, undefined);
    }
    // (a field that failed its own check still holds its text here: decimalBelow reads only decimal text)
    const { value, lower, upper } = observation;
    if (typeof value === 'string' && lower !== undefined && upper !== undefined && (decimalBelow(value, lower) || decimalBelow(upper, value))) {
      addRuleIssue(ctx, ['value'], VALUE_OUTSIDE_INTERVAL, undefined);
    }
    if (observation.per !== undefined && !hasNumerator) {
      addRuleIssue(ctx, ['per'], PER_WITHOUT_RATIO, undefined);
    }
    if (observation.populationBasis !== undefined && !(hasNumerator && hasDenominator)) {
      addRuleIssue(ctx, ['populationBasis'], POPULATION_BASIS_WITHOUT_RATIO, undefined);
    }
  }));

/**
 * An observation as written in JSON.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ObservationInput } from 'chitieu';
 *
 * const input: ObservationInput = { indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2026-Q2', value: 95.1 };
 * console.log(input.period); // '2026-Q2'
 * ```
 */
export type ObservationInput = z.input<typeof ObservationSchema>;

export type { Observation, PopulationBasis } from './types.js';
