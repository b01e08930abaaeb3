/**
 * The reader's messages in English, one export per message id (see `index.ts`): the errors it
 * throws for bad arguments, and the questions it asks about its drafts. Numbers in a question
 * are the draft's decimal strings (`'1.5'`). Internal.
 *
 * @internal
 * @module
 */
import { describeValue, type BilingualText } from '../../errors.js';

const got = (value: unknown): string => `(got ${describeValue(value, 'en')})`;

/** How an assumed comparator is shown. */
const SIGN = { '>=': '≥', '<=': '≤' } as const;

// --- errors ----------------------------------------------------------------------------------

export const textTooLong = (p: { field: string; length: number; max: number }): string =>
  `${p.field} is too long to read (${p.length} characters; at most ${p.max})`;
export const textBinary = (p: { field: string }): string =>
  `${p.field} looks like binary data (it contains NUL or other control characters), not a document`;
export const dueNotADay = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an ISO date YYYY-MM-DD that exists ${got(p.value)}`;

// --- questions about a target ----------------------------------------------------------------

export const indicatorUnknown = (p: { near?: string }): string =>
  `Which indicator is this? No catalog indicator fits${p.near === undefined ? '' : ` (the words suggest ${p.near}, whose unit does not fit the figure)`}.`;
export const indicatorAmbiguous = (p: { first: string; second: string }): string =>
  `Which indicator is this: ${p.first} or ${p.second}? The words fit both equally.`;
export const comparatorAssumed = (p: { comparator: '>=' | '<=' }): string => `The figure stands alone; read as ${SIGN[p.comparator]}. Is that right?`;
export const valueAssumed = (p: { value: string }): string => `The text gives no figure; read as ${p.value}%. Is that right?`;
export const dueMissing = (): string => 'By when? The sentence names no date and the context gives none.';
export const dueAssumed = (p: { due: string }): string => `The sentence names no due date; taken as ${p.due}. Is that right?`;
export const changeType = (p: { value: string }): string =>
  `Is the change of ${p.value}% in percentage points or in percent of the baseline? The plan does not say.`;
export const baselineMissing = (): string => 'A change from when? The text names no baseline year.';
export const rangeFloor = (p: { lower: string; upper: string }): string =>
  `“At least from ${p.lower} - ${p.upper}”: read as a floor of the lower figure, the upper recorded as an aspiration. Is that right?`;
export const approximate = (): string => 'The figure is approximate (“khoảng”); which threshold is meant?';
export const noThreshold = (): string => 'No figure to judge against: kept as a qualitative aim. Is there a threshold?';

// --- questions about a plan ------------------------------------------------------------------

export const planNumber = (): string => 'The document number is blank or missing.';
export const planDate = (p: { text?: string }): string => `The date of issue is incomplete or missing${p.text === undefined ? '' : ` (“${p.text}”)`}.`;
export const planIssuer = (p: { issuer?: string }): string => `Who issues the plan? ${p.issuer === undefined ? 'No issuing body found.' : `Read as “${p.issuer}”.`}`;
export const planArea = (): string => 'Which area does the plan cover? The text names none.';
export const planPeriod = (p: { from: number; to: number }): string => `The years the plan covers were inferred (${p.from}–${p.to}).`;
export const planTitle = (): string => 'No title found.';
export const planInvalid = (p: { field: string; issue: BilingualText }): string => `The draft does not pass parsePlan yet: ${p.field}: ${p.issue.en}`;
export const planInvalidMore = (p: { more: number }): string =>
  `The draft does not pass parsePlan yet: ${p.more} more ${p.more === 1 ? 'problem' : 'problems'}; parsePlan(draft.plan) names them all.`;
export const targetLeftOut = (p: { reason: 'no-indicator' | 'result'; line: number }): string =>
  `Kept out of the plan: ${p.reason === 'result' ? 'a result without an indicator or a year' : 'no indicator'} (line ${p.line}).`;

// --- a draft's problems, by their code, where the model gives no wording ------------------------

const PROBLEMS: Readonly<Record<string, string>> = {
  invalid_type: 'has the wrong type',
  too_small: 'is too small, too short or empty',
  too_big: 'is too large or too long',
  invalid_value: 'is not one of the values allowed',
  invalid_union: 'is not one of the forms allowed',
  invalid_format: 'is not in the expected format',
  unrecognized_keys: 'holds a key the plan does not have',
  not_multiple_of: 'is not a multiple of the step allowed',
};
export const problem = (p: { code: string }): string => (Object.hasOwn(PROBLEMS, p.code) ? PROBLEMS[p.code] : undefined) ?? 'is not valid';
