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
 * @category Errors
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
 * @category Errors
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
 * @category Errors
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
 * @category Errors
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
 * @category Errors
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
   * Create an error (inside the library, errors are made from catalogued messages).
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
 * The wording of one message in one language: its parameters to its text. The parameters of
 * an error's message always include `field`, the argument or data path at fault. Internal: the catalogues of each layer
 * (`<layer>/messages/en.ts`, `vi.ts`) export one per message id.
 *
 * @internal
 */
export type Wording<P> = (params: P) => string;

/**
 * A catalogued message: the stable code its id fixes, and its wording in each language.
 * Made with {@link message} in a layer's `messages/index.ts`; thrown with {@link fail}
 * (internal).
 *
 * @internal
 */
export interface Message<P, C extends string = ErrorCode> {
  /** The code every error of this message carries. */
  readonly code: C;
  /** English. */
  readonly en: Wording<P>;
  /** Vietnamese. */
  readonly vi: Wording<P>;
}

/**
 * Bind a message id's code to its wording in the two catalogues (internal). Both wordings take
 * the same typed parameters, so a catalogue whose wording asks for another parameter does not
 * compile. Call it as `/* @__PURE__ *\/ message(...)`, so that a bundle drops the messages its
 * functions never throw.
 *
 * @internal
 */
export /* @__NO_SIDE_EFFECTS__ */ function message<P, C extends string = ErrorCode>(
  code: C,
  en: Wording<P>,
  vi: Wording<P>,
): Message<P, C> {
  return { code, en, vi };
}

/**
 * A message's text in both languages for `field` and `params` (internal). A text that does
 * not name its field gets it in front (`field: …`): every message names its field.
 *
 * @internal
 */
export function wordsOf<P extends { readonly field: string }>(
  entry: Message<P, string>,
  field: string,
  params: Omit<P, 'field'>,
): BilingualText {
  const all = { ...params, field } as unknown as P;
  const en = entry.en(all);
  const vi = entry.vi(all);
  return { en: en.includes(field) ? en : `${field}: ${en}`, vi: vi.includes(field) ? vi : `${field}: ${vi}` };
}

/**
 * The {@link ChitieuError} of a catalogued message (internal): its code, `field`, and the
 * message's wording in English and Vietnamese, with the underlying error as its `cause` when
 * there is one. Callers `throw fail(MESSAGE, field, params)`.
 *
 * @internal
 */
export function fail<P extends { readonly field: string }>(entry: Message<P>, field: string, params: Omit<P, 'field'>, cause?: unknown): ChitieuError {
  // (the error keeps no cause when cause is undefined)
  return new ChitieuError(entry.code, { field, message: wordsOf(entry, field, params), cause });
}

/**
 * A catalogued message's text in both languages for `params` (internal), for what is worded
 * but not thrown: findings, the reader's questions.
 *
 * @internal
 */
export function textOf<P, C extends string>(entry: Message<P, C>, params: P): BilingualText {
  return { en: entry.en(params), vi: entry.vi(params) };
}

/** The longest text of a value an error message quotes; longer text is cut with an ellipsis. */
const SHOWN = 60;

/** How {@link describeValue} names the kinds of values it does not print, per language. */
const KINDS = {
  en: { symbol: 'a symbol', function: 'a function', array: 'an array', object: 'an object' },
  vi: { symbol: 'một symbol', function: 'một hàm', array: 'một mảng', object: 'một đối tượng' },
} as const;

/**
 * The allowed values a message lists, each in single quotes, separated by commas:
 * `'vi', 'en'` (internal).
 *
 * @internal
 */
export function quotedList(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}

/**
 * A value as an error message shows it, whatever it is, without ever throwing: strings
 * quoted (and cut past 60 characters), bigints with `n` (cut past 60 digits), `-0`, `null`,
 * and arrays, objects, symbols and functions by kind, in `locale` (internal).
 *
 * @internal
 */
export function describeValue(value: unknown, locale: 'en' | 'vi' = 'en'): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
      const more = locale === 'vi' ? ` (${value.length} ký tự)` : ` (${value.length} characters)`;
      return JSON.stringify(shown) + (value.length > SHOWN ? more : '');
    }
    case 'bigint': {
      const text = value.toString();
      const more = locale === 'vi' ? ` (${text.length} chữ số)` : ` (${text.length} digits)`;
      return text.length > SHOWN ? `${text.slice(0, SHOWN)}…n${more}` : `${text}n`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return KINDS[locale].symbol;
    case 'function':
      return KINDS[locale].function;
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? KINDS[locale].array : KINDS[locale].object;
  }
}
