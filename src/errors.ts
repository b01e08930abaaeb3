/**
 * The one error class of chitieu and its stable codes.
 *
 * Every function in the library that rejects its input throws a {@link ChitieuError}.
 * Match on `error.code` (stable across versions), show `error.message` (English) or
 * `error.vi` (Vietnamese) to people, and use `error.field` to point at the offending input.
 *
 * @module
 */

/**
 * Stable error codes. New codes may be added in minor versions; existing codes never change
 * meaning.
 *
 * - `ZERO_DENOMINATOR`: a rate, percentage or ratio was asked of a zero denominator.
 * - `NEGATIVE_COUNT`: a count (numerator, denominator, population, events) is negative.
 * - `NOT_AN_INTEGER`: a count or a number of decimals is fractional.
 * - `NUMERATOR_EXCEEDS_DENOMINATOR`: a true proportion has more successes than trials.
 * - `INVALID_NUMBER`: NaN, ±Infinity, or text that is not a number.
 * - `UNKNOWN_LOCALE`: a locale other than `vi` or `en`.
 * - `OUT_OF_RANGE`: a number outside the range the argument allows (a level outside (0, 1)).
 * - `LENGTH_MISMATCH`: columns of a table that should be of equal length are not.
 * - `INVALID_ARGUMENT`: any other malformed argument (wrong type, missing option).
 * - `SCHEMA`: data failed a schema (plan, target, observation); `issues` holds the details.
 * - `INVALID_DATE`, `INVALID_PERIOD`: a date or period string that cannot be read.
 * - `DUE_BEFORE_ISSUE`: a target falls due before its plan was issued.
 * - `OVERLAPPING_AREAS`, `MISSING_AREA`: an aggregation would count an area twice or miss one.
 * - `INVALID_AGE_BANDS`: age bands that repeat a start age, overlap, leave a gap, or close the
 *   wrong band (a life table or a standard population whose bands do not fit together).
 *
 * @example
 * ```ts
 * import { ChitieuError, percent, type ErrorCode } from 'chitieu';
 *
 * function codeOf(run: () => unknown): ErrorCode | undefined {
 *   try {
 *     run();
 *     return undefined;
 *   } catch (error) {
 *     return error instanceof ChitieuError ? error.code : undefined;
 *   }
 * }
 * console.log(codeOf(() => percent(-1, 10))); // 'NEGATIVE_COUNT'
 * console.log(codeOf(() => percent(1, 10)));  // undefined
 * ```
 */
export type ErrorCode =
  | 'ZERO_DENOMINATOR'
  | 'NEGATIVE_COUNT'
  | 'NOT_AN_INTEGER'
  | 'NUMERATOR_EXCEEDS_DENOMINATOR'
  | 'INVALID_NUMBER'
  | 'UNKNOWN_LOCALE'
  | 'OUT_OF_RANGE'
  | 'LENGTH_MISMATCH'
  | 'INVALID_ARGUMENT'
  | 'SCHEMA'
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'DUE_BEFORE_ISSUE'
  | 'OVERLAPPING_AREAS'
  | 'MISSING_AREA'
  | 'INVALID_AGE_BANDS';

/**
 * A message in both languages of the library.
 *
 * @example
 * ```ts
 * import type { BilingualText } from 'chitieu';
 *
 * const label: BilingualText = { vi: 'Số bác sĩ/vạn dân', en: 'Doctors per 10,000 population' };
 * console.log(label.vi); // 'Số bác sĩ/vạn dân'
 * ```
 */
export interface BilingualText {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * One problem found while validating data against a schema, with its path.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'chitieu';
 *
 * const issue: ValidationIssue = {
 *   path: ['objectives', 0, 'targets', 2, 'upper'],
 *   code: 'RANGE_WITHOUT_UPPER',
 *   message: { en: "a 'between' target needs an upper bound", vi: "chỉ tiêu dạng 'between' cần cận trên" },
 * };
 * console.log(issue.path.join('.')); // 'objectives.0.targets.2.upper'
 * ```
 */
export interface ValidationIssue {
  /** Path to the offending value, e.g. `['objectives', 0, 'targets', 2, 'upper']`. */
  readonly path: readonly (string | number)[];
  /** A stable code for the rule that failed (zod's issue code or one of chitieu's). */
  readonly code: string;
  /** What is wrong, in both languages. */
  readonly message: BilingualText;
}

/**
 * Options accepted by the {@link ChitieuError} constructor.
 *
 * @example
 * ```ts
 * import { ChitieuError, type ChitieuErrorOptions } from 'chitieu';
 *
 * const options: ChitieuErrorOptions = {
 *   field: 'locale',
 *   message: { en: "locale must be 'vi' or 'en' (got 'fr')", vi: "locale phải là 'vi' hoặc 'en' (nhận 'fr')" },
 * };
 * console.log(new ChitieuError('UNKNOWN_LOCALE', options).message); // "locale must be 'vi' or 'en' (got 'fr')"
 * ```
 */
export interface ChitieuErrorOptions {
  /** The argument or data path at fault, e.g. `denominator` or `targets[2].upper`. */
  readonly field: string;
  /** What is wrong, in English and Vietnamese. */
  readonly message: BilingualText;
  /** Detailed findings for `SCHEMA` errors. */
  readonly issues?: readonly ValidationIssue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The error every chitieu function throws for bad input.
 *
 * `message` is English and always names the field; `vi` is the same in Vietnamese.
 *
 * @example
 * ```ts
 * import { ChitieuError, per10k } from 'chitieu';
 *
 * try {
 *   per10k(12, 0);
 * } catch (error) {
 *   if (error instanceof ChitieuError) {
 *     console.log(error.code);  // 'ZERO_DENOMINATOR'
 *     console.log(error.field); // 'denominator'
 *   }
 * }
 * ```
 */
export class ChitieuError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** The argument or data path at fault. */
  readonly field: string;
  /** The message in Vietnamese. */
  readonly vi: string;
  /** Details for `SCHEMA` errors; empty otherwise. */
  readonly issues: readonly ValidationIssue[];

  /**
   * Create an error (the library makes its own with an internal helper).
   *
   * @param code - the stable code.
   * @param options - the field at fault, the message in both languages, and details.
   */
  constructor(code: ErrorCode, options: ChitieuErrorOptions) {
    super(options.message.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChitieuError';
    this.code = code;
    this.field = options.field;
    this.vi = options.message.vi;
    this.issues = options.issues ?? [];
  }
}

/**
 * Shorthand used inside the library: build a {@link ChitieuError}.
 *
 * @internal
 */
export function chitieuError(code: ErrorCode, field: string, message: BilingualText): ChitieuError {
  return new ChitieuError(code, { field, message });
}

/** The longest text of a value an error message quotes; longer text is cut with an ellipsis. */
const SHOWN = 60;

/**
 * A value as an error message shows it, whatever it is, without ever throwing: strings
 * quoted (and cut past 60 characters), bigints with `n`, `null`, arrays and objects by kind,
 * symbols and functions by kind (internal).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
      return JSON.stringify(shown) + (value.length > SHOWN ? ` (${value.length} characters)` : '');
    }
    case 'bigint': {
      const text = value.toString();
      return text.length > SHOWN ? `${text.slice(0, SHOWN)}…n (${text.length} digits)` : `${text}n`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}
