/**
 * Small schemas every other schema of the model is built from.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isExistingDay, periodSpan } from '../isoDay.js';
import { isIsoDate } from './isIsoDate.js';
import { readDecimal } from '../numeric/exact/parse.js';
import {
  check,
  DECIMAL_RANGE,
  DECIMAL_TEXT,
  ISO_DATE,
  PARTIAL_DATE,
  PARTIAL_DATE_REAL,
  PERIOD,
  PERIOD_REAL,
  REAL_DATE,
} from './messages/index.js';

/**
 * Decimal text with `.`: `17.5`, `-0.25`, `.5`, `1e6`. Written so that no two parts can match
 * the same digits, so a long run of digits is read in linear time.
 */
const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A decimal number written as a string with `.` (`'17.5'`, `'95'`, `'-1.5'`). Finite numbers
 * are accepted too and converted to their shortest string, so `17.5` and `'17.5'` parse to
 * the same value. Vietnamese text (`'17,5'`) is not: read it with `parseNumber` first.
 *
 * @category Model
 * @example
 * ```ts
 * import { DecimalStringSchema } from 'chitieu';
 *
 * console.log(DecimalStringSchema.parse(17.5)); // '17.5'
 * console.log(DecimalStringSchema.safeParse('17,5').success); // false
 * ```
 */
export const DecimalStringSchema = z.pipe(
  z.union([
    z.string().check(
      z.trim(),
      z.regex(DECIMAL_PATTERN, check(DECIMAL_TEXT)),
      z.refine((text: string) => readDecimal(text) !== 'out-of-range', check(DECIMAL_RANGE)),
    ),
    // zod 4's number refuses NaN and ±Infinity itself
    z.number(),
  ]),
  z.transform((value: string | number) => String(value)),
);

/**
 * A calendar date in ISO form, `YYYY-MM-DD`, that exists (`2026-02-30` is rejected).
 * "Đến hết năm 2026" is `'2026-12-31'`.
 *
 * @category Model
 * @example
 * ```ts
 * import { IsoDateSchema } from 'chitieu';
 *
 * console.log(IsoDateSchema.parse('2026-12-31')); // '2026-12-31'
 * console.log(IsoDateSchema.safeParse('2026-02-30').success); // false
 * ```
 */
export const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, check(ISO_DATE)),
  // (text not of the form already has its issue)
  z.refine((text: string) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || isIsoDate(text), check(REAL_DATE)),
);

/**
 * A date that may be only partly known, as in drafts (“ngày tháng năm 2026”): `'2026'`,
 * `'2026-12'` or `'2026-12-31'`.
 *
 * @category Model
 * @example
 * ```ts
 * import { PartialDateSchema } from 'chitieu';
 *
 * console.log(PartialDateSchema.parse('2026')); // '2026'
 * console.log(PartialDateSchema.safeParse('2026-13').success); // false
 * ```
 */
export const PartialDateSchema = z.string().check(
  z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, check(PARTIAL_DATE)),
  z.refine((text: string) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
    // a year alone, a month (it exists when its first day does), or a day
    return month === undefined || isExistingDay(year, month, day ?? 1);
  }, check(PARTIAL_DATE_REAL)),
);

/**
 * The period an observation or a baseline refers to: a year `'2026'`, a quarter `'2026-Q2'`,
 * a half-year `'2026-H1'`, a month `'2026-06'`, a day `'2026-06-15'`, or a span of years
 * `'2021-2025'`.
 *
 * @category Model
 * @example
 * ```ts
 * import { PeriodSchema } from 'chitieu';
 *
 * console.log(PeriodSchema.parse('2026-Q2')); // '2026-Q2'
 * console.log(PeriodSchema.safeParse('Q2 2026').success); // false
 * ```
 */
export const PeriodSchema = z.string().check(
  z.regex(/^\d{4}(?:-Q[1-4]|-H[12]|-\d{2}(?:-\d{2})?|-\d{4})?$/, check(PERIOD)),
  // (text not of any period's form already has its issue)
  z.refine((text: string) => {
    const span = periodSpan(text);
    return span === 'form' || typeof span !== 'string';
  }, check(PERIOD_REAL)),
);

/**
 * Text in Vietnamese (required, verbatim from the source where it is quoted) with an
 * optional English translation.
 *
 * @category Model
 * @example
 * ```ts
 * import { BilingualTextSchema } from 'chitieu';
 *
 * const label = BilingualTextSchema.parse({ vi: 'Số bác sĩ/vạn dân', en: 'Doctors per 10,000 population' });
 * console.log(label.vi); // 'Số bác sĩ/vạn dân'
 * ```
 */
export const BilingualTextSchema = z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});

/**
 * The comparators a level target may use; `between` needs an `upper` bound.
 *
 * @category Model
 * @example
 * ```ts
 * import { ComparatorSchema } from 'chitieu';
 *
 * console.log(ComparatorSchema.parse('between')); // 'between'
 * console.log(ComparatorSchema.safeParse('=>').success); // false
 * ```
 */
export const ComparatorSchema = z.enum(['>', '>=', '<', '<=', '=', 'between']);

/**
 * The comparators of a single threshold (no `between`).
 *
 * @category Model
 * @example
 * ```ts
 * import { ThresholdComparatorSchema } from 'chitieu';
 *
 * console.log(ThresholdComparatorSchema.safeParse('between').success); // false
 * ```
 */
export const ThresholdComparatorSchema = z.enum(['>', '>=', '<', '<=', '=']);

export type { BilingualTextInput, Comparator, DecimalString, IsoDate, PartialDate, Period, ThresholdComparator } from './types.js';
