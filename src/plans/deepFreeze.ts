/**
 * Internal: freeze a plan literal and everything in it, so that no caller can change a
 * shipped plan in place. Not part of the public API.
 *
 * @internal
 * @module
 */

/** Freeze `value` and every object and array inside it; returns `value`. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
