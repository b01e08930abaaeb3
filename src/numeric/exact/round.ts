/**
 * Half-up rounding of exact rationals: halves away from zero, the rule statistical offices
 * publish by (`roundHalfUp`). Internal.
 *
 * @internal
 * @module
 */
import { floorDivSmall, POW10 } from './integers.js';
import { big, type Q } from './rational.js';

/** Below this, `2x + y` of two such whole numbers is still exact. */
const HALF_SAFE = 2 ** 51;

/**
 * `⌊top / d + ½⌋` for whole numbers `0 ≤ top < 2^51`, `0 < d < 2^51`: the half-up rounding
 * of a non-negative ratio in safe integers (`2 top + d` and `2 d` stay exact).
 */
export function halfUpSmall(top: number, d: number): number {
  return floorDivSmall(2 * top + d, 2 * d);
}

/** The bound below which {@link halfUpSmall} is exact. */
export const HALF_UP_LIMIT = HALF_SAFE;

/** `a` rounded half away from zero to `decimals` places, as a whole number of `10^-decimals` units. */
export function roundUnits(a: Q, decimals: number): number | bigint {
  if (typeof a.n === 'number' && decimals <= 15) {
    const negative = a.n < 0;
    const top = (negative ? -a.n : a.n) * (POW10[decimals] as number);
    const d = a.d as number;
    if (top < HALF_SAFE && d < HALF_SAFE) {
      const units = halfUpSmall(top, d);
      return negative && units !== 0 ? -units : units;
    }
  }
  const p = big(a);
  const negative = p.n < 0n;
  const top = (negative ? -p.n : p.n) * 10n ** BigInt(decimals);
  const units = (2n * top + p.d) / (2n * p.d);
  return negative ? -units : units;
}

/** `units × 10^-decimals` as a rational. */
export function fromUnits(units: number | bigint, decimals: number): Q {
  if (typeof units === 'number' && decimals <= 15) return { n: units === 0 ? 0 : units, d: POW10[decimals] as number };
  return { n: BigInt(units), d: 10n ** BigInt(decimals) };
}

/** `a` rounded half away from zero to `decimals` places. */
export function roundQ(a: Q, decimals: number): Q {
  return fromUnits(roundUnits(a, decimals), decimals);
}

/** One published step, `10^-decimals`. */
export function stepQ(decimals: number): Q {
  return fromUnits(1, decimals);
}
