/**
 * Small schemas every other schema of the model is built from.
 *
 * @module
 */
import { z } from 'zod';

const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A decimal number written as a string with `.` (`'17.5'`, `'95'`, `'-1.5'`). Finite numbers
 * are accepted too and converted to their shortest string, so `17.5` and `'17.5'` parse to
 * the same value. Vietnamese text (`'17,5'`) is not: read it with `parseNumber` first.
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from 'chitieu';
 *
 * console.log(DecimalStringSchema.parse(17.5)); // '17.5'
 * console.log(DecimalStringSchema.safeParse('17,5').success); // false
 * ```
 */
export const DecimalStringSchema = z
  .union([
    z.string().trim().regex(DECIMAL_TEXT, { message: 'expected a decimal number written with "."' }),
    z.number().refine(Number.isFinite, { message: 'expected a finite number' }),
  ])
  .transform((value) => (typeof value === 'number' ? String(value) : value));

/** A decimal number as a string, the output of {@link DecimalStringSchema}. */
export type DecimalString = z.infer<typeof DecimalStringSchema>;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date in ISO form, `YYYY-MM-DD`, that exists (`2026-02-30` is rejected).
 * "Đến hết năm 2026" is `'2026-12-31'`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'chitieu';
 *
 * console.log(IsoDateSchema.parse('2026-12-31')); // '2026-12-31'
 * console.log(IsoDateSchema.safeParse('2026-02-30').success); // false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date YYYY-MM-DD' })
  .refine((text) => isRealDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))), {
    message: 'expected a date that exists in the calendar',
  });

/** An ISO date string `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A date that may be only partly known, as in drafts (“ngày tháng năm 2026”): `'2026'`,
 * `'2026-12'` or `'2026-12-31'`.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from 'chitieu';
 *
 * console.log(PartialDateSchema.parse('2026')); // '2026'
 * console.log(PartialDateSchema.safeParse('2026-13').success); // false
 * ```
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(
    (text) => {
      const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
      if (month === undefined) return true;
      if (month < 1 || month > 12) return false;
      return day === undefined || isRealDate(year, month, day);
    },
    { message: 'expected a month 01–12 and a day that exists' },
  );

/** A partial date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * The period an observation or a baseline refers to: a year `'2026'`, a quarter `'2026-Q2'`,
 * a half-year `'2026-H1'`, a month `'2026-06'`, a day `'2026-06-15'`, or a span of years
 * `'2021-2025'`.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from 'chitieu';
 *
 * console.log(PeriodSchema.parse('2026-Q2')); // '2026-Q2'
 * console.log(PeriodSchema.safeParse('Q2 2026').success); // false
 * ```
 */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(?:-Q[1-4]|-H[12]|-\d{2}(?:-\d{2})?|-\d{4})?$/, {
    message: "expected a period such as '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' or '2021-2025'",
  })
  .refine(
    (text) => {
      if (/^\d{4}-\d{4}$/.test(text)) return Number(text.slice(0, 4)) <= Number(text.slice(5));
      if (/^\d{4}-\d{2}$/.test(text)) return Number(text.slice(5)) >= 1 && Number(text.slice(5)) <= 12;
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isRealDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8)));
      return true;
    },
    { message: 'expected a real month, day, or a span whose first year is not after its last' },
  );

/** A period string, the output of {@link PeriodSchema}. */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * Text in Vietnamese (required, verbatim from the source where it is quoted) with an
 * optional English translation.
 *
 * @example
 * ```ts
 * import { BilingualTextSchema } from 'chitieu';
 *
 * const label = BilingualTextSchema.parse({ vi: 'Số bác sĩ/vạn dân', en: 'Doctors per 10,000 population' });
 * console.log(label.vi); // 'Số bác sĩ/vạn dân'
 * ```
 */
export const BilingualTextSchema = z.object({
  /** Vietnamese, with diacritics. */
  vi: z.string().min(1),
  /** English. */
  en: z.string().min(1).optional(),
});

/** Text in Vietnamese with an optional English translation. */
export type BilingualTextInput = z.infer<typeof BilingualTextSchema>;

/** The comparators a level target may use; `between` needs an `upper` bound. */
export const ComparatorSchema = z.enum(['>', '>=', '<', '<=', '=', 'between']);

/** One of `>`, `>=`, `<`, `<=`, `=`, `between`. */
export type Comparator = z.infer<typeof ComparatorSchema>;

/** The comparators of a single threshold (no `between`). */
export const ThresholdComparatorSchema = z.enum(['>', '>=', '<', '<=', '=']);

/** One of `>`, `>=`, `<`, `<=`, `=`. */
export type ThresholdComparator = z.infer<typeof ThresholdComparatorSchema>;
