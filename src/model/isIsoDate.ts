/**
 * Internal: whether text is a day {@link IsoDateSchema} accepts, for rules that span fields.
 * Not part of the public API.
 *
 * zod runs a schema's `superRefine` even when a date field has failed its own checks (which
 * do not stop the parse), and then the field holds its raw text (`'2027-13-01'`). Such a field
 * already has its own issue, so a rule comparing it adds none: it compares only days that
 * exist.
 *
 * @internal
 * @module
 */
import { isExistingDay } from '../isoDay.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is `YYYY-MM-DD` and that day exists. */
export function isIsoDate(text: string): boolean {
  return ISO_DAY.test(text) && isExistingDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}
