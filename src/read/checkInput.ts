/**
 * The reader's checks of its arguments: text must be a string of readable length that is not
 * binary; options, when given, an object with an existing ISO `due` date and a non-empty `id`.
 *
 * @module
 */
import { fail } from '../errors.js';
import { isExistingDay } from '../isoDay.js';
import { NON_EMPTY_STRING, NOT_A_STRING, NOT_AN_OBJECT } from '../messages/index.js';
import { DUE_NOT_A_DAY, TEXT_BINARY, TEXT_TOO_LONG } from './messages/index.js';

/** The longest text the reader accepts, in UTF-16 code units (about 2 MB of Vietnamese). */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Throw a `ChitieuError` unless `text` is a readable string. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw fail(NOT_A_STRING, 'text', { value: text });
  if (text.length > MAX_TEXT_LENGTH) throw fail(TEXT_TOO_LONG, 'text', { length: text.length, max: MAX_TEXT_LENGTH });
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) throw fail(TEXT_BINARY, 'text', {});
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control += 1;
  }
  if (control > 16 && control * 100 > text.length) throw fail(TEXT_BINARY, 'text', {});
}

/** Throw a `ChitieuError` unless `options` is absent or an object. */
export function checkOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw fail(NOT_AN_OBJECT, 'options', { value: options });
  return options as Record<string, unknown>;
}

/** The `due` option, checked. */
export function checkDue(due: unknown): string | undefined {
  if (due === undefined) return undefined;
  if (typeof due !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(due) || !isExistingDay(Number(due.slice(0, 4)), Number(due.slice(5, 7)), Number(due.slice(8, 10)))) {
    throw fail(DUE_NOT_A_DAY, 'options.due', { value: due });
  }
  return due;
}

/** The `id` option, checked. */
export function checkId(id: unknown): string | undefined {
  if (id === undefined) return undefined;
  if (typeof id !== 'string' || id.trim() === '') throw fail(NON_EMPTY_STRING, 'options.id', { value: id });
  return id;
}
