/**
 * Internal: parse untrusted data with a schema of the model into a value, or into a `SCHEMA`
 * {@link ChitieuError} whose issues carry both languages. The public parsers (`parsePlan`,
 * `safeParsePlan` …) are thin wrappers.
 *
 * @internal
 * @module
 */
import { safeParse } from 'zod/mini';
import type * as z from 'zod/mini';
import { en as enLocale, vi as viLocale } from 'zod/locales';
import { ChitieuError, type ValidationIssue } from '../errors.js';
import { nearest } from '../messages/nearest.js';
import { both, checkVi, MORE_KEYS, SUMMARY, UNKNOWN_COMPARATOR, UNKNOWN_KEY, UNKNOWN_KIND } from './messages/index.js';

/**
 * Join a data path the way chitieu names fields: `['objectives', 0, 'targets', 2, 'upper']`
 * becomes `objectives[0].targets[2].upper`; `prefix` goes in front (`observations[3].value`).
 */
function formatPath(path: readonly PropertyKey[], prefix: string | undefined): string {
  let text = prefix ?? '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'input' : text;
}

/** The input's own value at `path`, or undefined (a schema may have made the value it checked, as a preprocess does). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The keys an object schema knows, read from the object schema that reported unknown keys (only objects do). */
function knownKeys(inst: unknown): string[] {
  return Object.keys((inst as { _zod: { def: { shape: object } } })._zod.def.shape);
}

type ErrorMap = z.core.$ZodErrorMap;

/** The unknown keys of one object a message names; the rest are counted. */
const MAX_KEYS_SHOWN = 3;

/**
 * zod's wording in one language, with chitieu's for unknown keys (naming each key, and the
 * nearest known one when it looks misspelt). Made for each parse: nothing is kept between
 * calls.
 */
function errorMap(locale: 'en' | 'vi'): ErrorMap {
  const base = (locale === 'en' ? enLocale() : viLocale()).localeError;
  return (issue) => {
    if (issue.code === 'unrecognized_keys') {
      // the first few keys, each with its nearest known key; an object of thousands of keys
      // (a string spread into an object) is not worth a thousand suggestions
      const known = knownKeys(issue.inst);
      const shown = issue.keys.slice(0, MAX_KEYS_SHOWN).map((key) => UNKNOWN_KEY[locale]({ key, suggestion: nearest(key, known), known }));
      const more = issue.keys.length - shown.length;
      return shown.join('; ') + (more > 0 ? MORE_KEYS[locale]({ more }) : '');
    }
    return base(issue);
  };
}

/**
 * A union that fails in every branch reports only “Invalid input”. When exactly one branch
 * got the right type (its issues are not all `invalid_type` at the union's own place), that
 * branch's first issue says more: `'95,2'` fails the decimal pattern, not “is not a
 * boolean”. The same branch is taken in the Vietnamese run, so the two stay paired.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  // (a discriminated union that matched no branch has no branch issues: nothing to unwrap)
  if (issue.code !== 'invalid_union') return issue;
  // Stryker disable next-line MethodExpression: a branch whose value has the wrong type reports that one issue alone, so every and some agree
  const typed = issue.errors.filter((branch) => !branch.every((sub) => sub.code === 'invalid_type' && sub.path.length === 0));
  // every branch has at least one issue
  const inner = typed.length === 1 ? (typed[0] as z.core.$ZodIssue[])[0] : undefined;
  if (inner === undefined) return issue;
  return unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
}

const KINDS = ['level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'];

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * chitieu's issue of zod's, with the Vietnamese wording of the same issue from the second
 * parse; where that parse gave no such issue (`rawViIssue` another issue, or none), the
 * English wording stands in.
 */
function toIssue(rawIssue: z.core.$ZodIssue, rawViIssue: z.core.$ZodIssue | undefined, input: unknown): ValidationIssue {
  const issue = unwrapUnion(rawIssue);
  const viIssue = rawViIssue === undefined ? undefined : unwrapUnion(rawViIssue);
  const viMessage = viIssue !== undefined && viIssue.code === issue.code && samePath(viIssue.path, issue.path) ? viIssue.message : issue.message;
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  // only custom issues have params
  const params = (issue as { params?: { code?: unknown; vi?: unknown } }).params;
  if (params !== undefined && typeof params.code === 'string' && typeof params.vi === 'string') {
    return { path, code: params.code, message: { en: issue.message, vi: params.vi } };
  }
  const checked = checkVi(issue.message);
  if (checked !== undefined) return { path, code: issue.code, message: { en: issue.message, vi: checked } };
  if (issue.code === 'unrecognized_keys') {
    // the path of the first unknown key (an unrecognized_keys issue names at least one)
    return { path: [...path, ...issue.keys.slice(0, 1)], code: UNKNOWN_KEY.code, message: { en: issue.message, vi: viMessage } };
  }
  // Stryker disable next-line ConditionalExpression: only an enum's invalid_value issue is reported at a comparator; the test narrows the issue's type
  if (issue.code === 'invalid_value' && path[path.length - 1] === 'comparator') {
    const params = { value: valueAt(input, issue.path), allowed: issue.values.map(String) };
    return { path, code: UNKNOWN_COMPARATOR.code, message: both(UNKNOWN_COMPARATOR, params) };
  }
  // Stryker disable next-line ConditionalExpression: only invalid_union issues name a discriminator; the test narrows the issue's type
  if (issue.code === 'invalid_union' && issue.discriminator === 'kind') {
    const params = { value: valueAt(input, issue.path), allowed: KINDS };
    return { path, code: UNKNOWN_KIND.code, message: both(UNKNOWN_KIND, params) };
  }
  return { path, code: issue.code, message: { en: issue.message, vi: viMessage } };
}

/**
 * The outcome of a non-throwing parse: the parsed value, or every problem found with its
 * path, code and message in both languages (and the {@link ChitieuError} the throwing parser
 * would have thrown, for its `field` and summary message).
 *
 * @category Model
 * @example
 * ```ts
 * import { safeParseTarget, type ParseResult, type Target } from 'chitieu';
 *
 * const result: ParseResult<Target> = safeParseTarget({ id: 't', indicator: 'x', comparator: '>=', value: '17,5', due: '2026-12-31' });
 * if (!result.success) console.log(result.issues[0]?.path); // [ 'value' ]
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[]; readonly error: ChitieuError };

/**
 * Parse `input` with `schema` (internal). zod's global configuration is neither read nor
 * changed: each language's wording is passed to the parse.
 *
 * @internal
 */
export function safeParseWith<S extends z.core.$ZodType>(schema: S, input: unknown, field?: string): ParseResult<z.output<S>> {
  const result = safeParse(schema, input, { error: errorMap('en') });
  if (result.success) return { success: true, data: result.data };
  // the same schema refuses the same input with the same issues, in the same order, whatever
  // their wording, unless the input changed between the two parses (a getter that answers
  // differently each time it is read): then an issue the second parse did not give keeps its English
  const viResult = safeParse(schema, input, { error: errorMap('vi') });
  const viIssues = viResult.success ? undefined : viResult.error.issues;
  const issues = result.error.issues.map((issue, n) => toIssue(issue, viIssues?.[n], input));
  // a failed parse has at least one issue
  const first = issues[0] as ValidationIssue;
  const name = formatPath(first.path, field);
  const params = { field: name, more: issues.length - 1 };
  const error = new ChitieuError('SCHEMA', {
    field: name,
    message: { en: SUMMARY.en({ ...params, first: first.message.en }), vi: SUMMARY.vi({ ...params, first: first.message.vi }) },
    issues,
    cause: result.error,
  });
  return { success: false, issues, error };
}

/**
 * Parse `input` with `schema`, or throw its `SCHEMA` {@link ChitieuError} (internal).
 *
 * @internal
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown, field?: string): z.output<S> {
  const result = safeParseWith(schema, input, field);
  if (result.success) return result.data;
  throw result.error;
}
