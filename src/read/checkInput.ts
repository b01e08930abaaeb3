/**
 * The reader's checks of its arguments: text must be a string of readable length that is not
 * binary; options, when given, an object with an existing ISO `due` date and a non-empty `id`.
 *
 * @module
 */
import { isExistingDay } from '../isoDay.js';
import { ERRORS, MAX_TEXT_LENGTH } from './messages.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Throw a `ChitieuError` unless `text` is a readable string. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw ERRORS.notString('text', describe(text));
  if (text.length > MAX_TEXT_LENGTH) throw ERRORS.tooLong(text.length);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) throw ERRORS.binary();
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control += 1;
  }
  if (control > 16 && control * 100 > text.length) throw ERRORS.binary();
}

/** Throw a `ChitieuError` unless `options` is absent or an object. */
export function checkOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw ERRORS.notObject(describe(options));
  return options as Record<string, unknown>;
}

/** The `due` option, checked. */
export function checkDue(due: unknown): string | undefined {
  if (due === undefined) return undefined;
  if (typeof due !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(due)) throw ERRORS.badDue(typeof due === 'string' ? JSON.stringify(due) : describe(due));
  if (!isExistingDay(Number(due.slice(0, 4)), Number(due.slice(5, 7)), Number(due.slice(8, 10)))) throw ERRORS.badDue(JSON.stringify(due));
  return due;
}

/** The `id` option, checked. */
export function checkId(id: unknown): string | undefined {
  if (id === undefined) return undefined;
  if (typeof id !== 'string' || id.trim() === '') throw ERRORS.badId(typeof id === 'string' ? JSON.stringify(id) : describe(id));
  return id;
}
