/**
 * The exact kernel as the evaluation uses it (see src/numeric/exact). Internal.
 *
 * @internal
 * @module
 */
export { add, cmp, div, int, isZero, mul, neg, sign, sub, type Q } from '../../numeric/exact/rational.js';
export { fixedText, toDecimalText } from '../../numeric/exact/text.js';
export { roundQ, stepQ } from '../../numeric/exact/round.js';
export { placesOf, plainPlaces } from '../../numeric/exact/parse.js';
import { big, type Q } from '../../numeric/exact/rational.js';
import { readDecimal } from '../../numeric/exact/parse.js';

/** The rational of decimal text, or `undefined`. */
export function parseQ(text: string): Q | undefined {
  const read = readDecimal(text);
  return typeof read === 'string' ? undefined : read;
}

/** A whole number as text. */
export function integerText(n: number | bigint): string {
  return n.toString();
}

/** `a` in the bigint form. */
export function toBig(a: Q): { readonly n: bigint; readonly d: bigint } {
  return big(a);
}
