import type { z } from 'zod';
import { en as enLocale, vi as viLocale } from 'zod/locales';
import { ChitieuError, type ValidationIssue } from '../errors.js';
import { viForMessage } from './messages.js';

type ErrorMap = (issue: z.core.$ZodRawIssue) => string | undefined | { message: string };

let localeMaps: { en: ErrorMap; vi: ErrorMap } | undefined;
function locales(): { en: ErrorMap; vi: ErrorMap } {
  localeMaps ??= { en: enLocale().localeError as ErrorMap, vi: viLocale().localeError as ErrorMap };
  return localeMaps;
}

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

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/**
 * A union that fails in every branch reports only “Invalid input”. When exactly one branch
 * got the right type (its issues are not all `invalid_type` at the union's own place), that
 * branch's first issue says more: `'95,2'` fails the decimal pattern, not “is not a
 * boolean”. The same branch is taken in the Vietnamese run, so the two stay paired.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.discriminator !== undefined) return issue;
  const typed = issue.errors.filter((branch) => !branch.every((sub) => sub.code === 'invalid_type' && sub.path.length === 0));
  const inner = typed.length === 1 ? typed[0]?.[0] : undefined;
  if (inner === undefined) return issue;
  return unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
}

function toIssue(rawIssue: z.core.$ZodIssue, rawViIssue: z.core.$ZodIssue | undefined, input: unknown): ValidationIssue {
  const issue = unwrapUnion(rawIssue);
  const viIssue = rawViIssue === undefined ? undefined : unwrapUnion(rawViIssue);
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const params = issue.code === 'custom' ? (issue.params as { code?: unknown; vi?: unknown } | undefined) : undefined;
  if (params !== undefined && typeof params.code === 'string') {
    const vi = typeof params.vi === 'string' ? params.vi : (viIssue?.message ?? issue.message);
    return { path, code: params.code, message: { en: issue.message, vi } };
  }
  if (issue.code === 'invalid_value' && path[path.length - 1] === 'comparator') {
    const allowed = issue.values.map((value) => `'${String(value)}'`).join(', ');
    const got = show(valueAt(input, issue.path));
    return {
      path,
      code: 'UNKNOWN_COMPARATOR',
      message: {
        en: `unknown comparator ${got}: expected one of ${allowed}`,
        vi: `toán tử so sánh ${got} không hợp lệ: cần một trong ${allowed}`,
      },
    };
  }
  if (issue.code === 'invalid_union' && issue.discriminator === 'kind') {
    const got = show(valueAt(input, issue.path));
    const kinds = "'level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'";
    return {
      path,
      code: 'UNKNOWN_KIND',
      message: {
        en: `unknown target kind ${got}: expected one of ${kinds}`,
        vi: `loại chỉ tiêu ${got} không hợp lệ: cần một trong ${kinds}`,
      },
    };
  }
  const vi = viForMessage(issue.message) ?? viIssue?.message ?? issue.message;
  return { path, code: issue.code, message: { en: issue.message, vi } };
}

/**
 * Parse untrusted data with a zod schema of the model and return the parsed value, or throw
 * a {@link ChitieuError} with code `SCHEMA`.
 *
 * The error's `issues` list every problem with its path, a stable code and a message in
 * English and Vietnamese. Codes are zod's (`invalid_type`, `invalid_format`, `too_small` …)
 * or chitieu's: `UNKNOWN_COMPARATOR`, `UNKNOWN_KIND`, and the rule codes of the schemas
 * (`RANGE_WITHOUT_UPPER`, `RANGE_REVERSED`, `UPPER_WITHOUT_RANGE`, `CHANGE_WITHOUT_BASELINE`,
 * `FROM_AFTER_DUE`, `DUE_BEFORE_ISSUE`, `DUPLICATE_ID`, `PERIOD_REVERSED`, `UNKNOWN_TARGET`,
 * `MILESTONE_NOT_BEFORE_TARGET`, `INCOMPLETE_RATIO`, `VALUE_OR_RATIO`, `PER_WITHOUT_RATIO`).
 * The error's `field` is the first issue's path (`objectives[0].targets[2].upper`), and its
 * message names it. Vietnamese messages of zod's own checks come from zod's `vi` locale;
 * zod's global configuration is neither read nor changed.
 *
 * @param schema - any zod schema (those of the model, or an app's own).
 * @param input - the data, e.g. parsed JSON.
 * @param field - a name put in front of every path (`'observations'` gives `observations[3].value`).
 * @example
 * ```ts
 * import { parseWith, TargetSchema, ChitieuError } from 'chitieu';
 *
 * try {
 *   parseWith(TargetSchema, { id: 't', indicator: 'x', comparator: '=>', value: '1', due: '2026-12-31' }, 'target');
 * } catch (error) {
 *   if (error instanceof ChitieuError) {
 *     console.log(error.code); // 'SCHEMA'
 *     console.log(error.field); // 'target.comparator'
 *     console.log(error.issues[0]?.code); // 'UNKNOWN_COMPARATOR'
 *   }
 * }
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, field?: string): z.output<S> {
  const { en, vi } = locales();
  const result = schema.safeParse(input, { error: en });
  if (result.success) return result.data;
  const viResult = schema.safeParse(input, { error: vi });
  const viIssues = viResult.success ? [] : viResult.error.issues;
  const issues = result.error.issues.map((issue, n) => {
    const candidate = viIssues[n];
    const same = candidate !== undefined && candidate.code === issue.code && candidate.path.join('\u0000') === issue.path.join('\u0000');
    return toIssue(issue, same ? candidate : undefined, input);
  });
  const first = issues[0] ?? { path: [], code: 'custom', message: { en: 'invalid input', vi: 'dữ liệu không hợp lệ' } };
  const name = formatPath(first.path, field);
  const more = issues.length - 1;
  throw new ChitieuError('SCHEMA', {
    field: name,
    message: {
      en: `${name}: ${first.message.en}${more > 0 ? ` (and ${more} more ${more === 1 ? 'issue' : 'issues'})` : ''}`,
      vi: `${name}: ${first.message.vi}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`,
    },
    issues,
    cause: result.error,
  });
}
