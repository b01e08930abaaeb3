import { Decimal, toDecimal, toDecimals, type Num } from './decimal.js';

/**
 * Round to `decimals` places, halves away from zero (“làm tròn nửa lên”): the rule by which
 * statistical offices publish figures. `2.25 → 2.3`, `-2.25 → -2.3`, `17.45 → 17.5`.
 *
 * Exact on the decimal value: the number `2.675` is read as the double nearest to it
 * (`2.67499999…`) only if you pass a `number`; pass the string `'2.675'` or a `Decimal`
 * when the digits matter. Numbers are converted through their shortest round-trip text,
 * so `roundHalfUp(2.675, 2)` is `2.68` as a person would expect.
 *
 * @category Numeric
 * @param value - the value to round.
 * @param decimals - places to keep, a whole number from 0 to 20.
 * @throws {@link ChitieuError} `INVALID_NUMBER`, `NOT_AN_INTEGER`, `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { roundHalfUp } from 'chitieu';
 *
 * console.log(roundHalfUp('2.25', 1).toString());  // '2.3'
 * console.log(roundHalfUp('-2.25', 1).toString()); // '-2.3'
 * console.log(roundHalfUp(17.449, 1).toString());  // '17.4'
 * console.log(roundHalfUp(95, 2).toFixed(2));      // '95.00'
 * ```
 */
export function roundHalfUp(value: Num, decimals: number): Decimal {
  const places = toDecimals(decimals, 'decimals');
  return toDecimal(value, 'value').toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}
