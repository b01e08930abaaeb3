/**
 * The arguments of {@link requiredNumerator} and {@link maximumNumerator}, read once. Internal.
 *
 * @internal
 * @module
 */
import { readNum, toDecimals } from './decimal.js';
import { isZero, sign, type Q } from './exact/index.js';
import { fail } from '../errors.js';
import { NEGATIVE, ZERO } from '../messages/index.js';
import { notOneOf, toOptions } from './internal.js';

/** The exact inputs of a count at a published precision. */
export interface CountInputs {
  readonly denominator: Q;
  readonly per: Q;
  readonly threshold: Q;
  readonly decimals: number;
}

function positive(value: unknown, field: string): Q {
  const q = readNum(value, field);
  if (sign(q) < 0) {
    throw fail(NEGATIVE, field, { value });
  }
  if (isZero(q)) {
    throw fail(ZERO, field, {});
  }
  return q;
}

/** Check and read the options, with `comparators` the comparators the function accepts. */
export function readCountInputs(
  options: { denominator: unknown; per: unknown; comparator: unknown; threshold: unknown; decimals: number },
  comparators: readonly string[],
): CountInputs {
  const checked = toOptions(options, 'options');
  const denominator = positive(checked.denominator, 'denominator');
  const per = positive(checked.per, 'per');
  if (typeof checked.comparator !== 'string' || !comparators.includes(checked.comparator)) notOneOf('comparator', checked.comparator, comparators);
  const threshold = readNum(checked.threshold, 'threshold');
  const decimals = toDecimals(checked.decimals, 'decimals');
  return { denominator, per, threshold, decimals };
}
