/**
 * Whether a plan draft parses, and if not, its problems worded in both languages: the model's
 * own wording where the model gives it (its rules across fields, its checks of single fields),
 * else a wording from the problem's code. The schema is run without zod's locales (their
 * messages are generic English), so `chitieu/read` does not carry them. Internal.
 *
 * @internal
 * @module
 */
import { textOf, type BilingualText } from '../errors.js';
import { checkVi } from '../model/messages/index.js';
import { PlanSchema, type Plan, type PlanInput } from '../model/plan.js';
import { PROBLEM } from './messages/index.js';

/** One problem of a draft: where it is, and what is wrong. */
export interface DraftIssue {
  readonly path: readonly (string | number)[];
  readonly message: BilingualText;
}

/** A parsed draft, or its problems. */
export type DraftCheck = { readonly success: true; readonly data: Plan } | { readonly success: false; readonly issues: readonly DraftIssue[] };

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly params?: unknown;
}

/** A problem in both languages: the model's rule (its Vietnamese in `params.vi`), its check, or the code's wording. */
function wordingOf(issue: RawIssue): BilingualText {
  const vi = issue.code === 'custom' ? (issue.params as { vi?: unknown } | undefined)?.vi : undefined;
  if (typeof vi === 'string') return { en: issue.message, vi };
  const checked = checkVi(issue.message);
  if (checked !== undefined) return { en: issue.message, vi: checked };
  return textOf(PROBLEM, { code: issue.code });
}

/** Parse a plan draft as `parsePlan` would, keeping its problems in both languages. */
export function checkDraft(plan: PlanInput): DraftCheck {
  const parsed = PlanSchema.safeParse(plan);
  if (parsed.success) return { success: true, data: parsed.data };
  const issues = (parsed.error.issues as readonly RawIssue[]).map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: wordingOf(issue),
  }));
  return { success: false, issues };
}
