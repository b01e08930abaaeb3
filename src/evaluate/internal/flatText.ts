/**
 * Internal: `text`, stored as one piece. Engines keep a concatenation as a tree of its parts
 * until a character is read; a string kept in many results (an explanation, a 60-digit figure)
 * is smaller and quicker to read flat. Reading one character makes V8 copy it into a flat
 * string.
 *
 * @internal
 * @module
 */

const READ = { last: 0 };

/** `text`, made flat (the same string). */
export function flatText(text: string): string {
  READ.last = text.charCodeAt(0);
  return text;
}
