/**
 * Internal leaf: freeze a result before it is returned, so that a caller cannot change what
 * another part of an app was given. Plain objects and arrays are frozen all the way down;
 * class instances (a `Decimal`, whose methods make new values) and typed arrays (which
 * cannot be frozen) are left as they are.
 *
 * @internal
 * @module
 */

function plain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null || Array.isArray(value);
}

/** Freeze `value` and every plain object and array inside it; returns `value`. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && plain(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
}
