/**
 * Internal: whether `value` is a whole number. `Number.isInteger` is false for anything that
 * is not a number (it does not convert), so no `typeof` check is needed before it.
 *
 * @internal
 */
export function isWhole(value: unknown): value is number {
  return Number.isInteger(value);
}
