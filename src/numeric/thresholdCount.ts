/**
 * The arithmetic behind {@link requiredNumerator} and {@link maximumNumerator}. Internal.
 *
 * With `x = n × per / denominator ≥ 0` and `y = x × 10^decimals`, the published rate is
 * `⌊y + ½⌋ / 10^decimals` (half-up). A published rate is a whole number `m` of units
 * `10^-decimals`, so
 *   published ≥ M units  ⇔  ⌊y + ½⌋ ≥ M  ⇔  y ≥ M − ½  ⇔  n ≥ (2M − 1) × denominator / (2 × per × 10^decimals)
 *   published ≤ M units  ⇔  ⌊y + ½⌋ ≤ M  ⇔  y < M + ½  ⇔  n < (2M + 1) × denominator / (2 × per × 10^decimals)
 * and every bound is an exact fraction of bigints.
 *
 * @internal
 * @module
 */
import { toDecimal, toDecimals, toPositive, type Num } from './decimal.js';
import { ceilDiv, floorDiv, notOneOf, pow10, scaledFromText, toOptions, type Scaled } from './internal.js';

interface Inputs {
  readonly denominator: Scaled;
  readonly per: Scaled;
  readonly threshold: Scaled;
  readonly decimals: number;
}

export function readInputs(
  options: { denominator: Num; per: Num; comparator: string; threshold: Num; decimals: number },
  comparators: readonly string[],
): Inputs {
  const checked = toOptions(options, 'options');
  const denominator = toPositive(checked.denominator, 'denominator');
  const per = toPositive(checked.per, 'per');
  if (!comparators.includes(checked.comparator)) notOneOf('comparator', checked.comparator, comparators);
  const threshold = toDecimal(checked.threshold, 'threshold');
  const decimals = toDecimals(checked.decimals, 'decimals');
  return {
    denominator: scaledFromText(denominator.toExponential()),
    per: scaledFromText(per.toExponential()),
    threshold: scaledFromText(threshold.toExponential()),
    decimals,
  };
}

/** `threshold × 10^decimals`, rounded up (`ceil`) or down, as a whole number of units. */
export function thresholdUnits(inputs: Inputs, direction: 'up' | 'down'): bigint {
  const { coefficient, exponent } = inputs.threshold;
  const shift = exponent + inputs.decimals;
  if (shift >= 0) return coefficient * pow10(shift);
  return direction === 'up' ? ceilDiv(coefficient, pow10(-shift)) : floorDiv(coefficient, pow10(-shift));
}

/**
 * `(odd / 2) × denominator / (per × 10^decimals)` as a fraction `[numerator, denominator]` of
 * bigints with a positive denominator, for `odd = 2M ∓ 1`.
 */
export function bound(inputs: Inputs, odd: bigint): readonly [bigint, bigint] {
  const { denominator, per, decimals } = inputs;
  const shift = denominator.exponent - per.exponent - decimals;
  let top = odd * denominator.coefficient;
  let bottom = 2n * per.coefficient;
  if (shift >= 0) top *= pow10(shift);
  else bottom *= pow10(-shift);
  return [top, bottom];
}
