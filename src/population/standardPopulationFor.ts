import { fail } from '../errors.js';
import { AGE_REPEATED, EMPTY_ARRAY, LENGTH_MISMATCH, NEGATIVE, NOT_AN_ARRAY, NOT_AN_OBJECT, NOT_FINITE } from '../messages/index.js';
import { NOT_STANDARD_AGE } from './messages/index.js';
import type { StandardPopulation } from './standardPopulations.js';

/** Check a standard population given by the caller: its start ages and a finite, non-negative weight for each. */
function readStandard(standard: unknown): { edges: readonly unknown[]; weights: readonly number[]; name: { en: string; vi: string } | undefined } {
  if (typeof standard !== 'object' || standard === null) throw fail(NOT_AN_OBJECT, 'standard', { value: standard });
  const { startAges: edges, weights, name } = standard as { startAges?: unknown; weights?: unknown; name?: { en?: unknown; vi?: unknown } };
  if (!Array.isArray(edges)) throw fail(NOT_AN_ARRAY, 'standard.startAges', { value: edges });
  if (!Array.isArray(weights)) throw fail(NOT_AN_ARRAY, 'standard.weights', { value: weights });
  if (weights.length !== edges.length) {
    throw fail(LENGTH_MISMATCH, 'standard.weights', { length: weights.length, other: 'standard.startAges', expected: edges.length });
  }
  weights.forEach((weight: unknown, k) => {
    // Number.isFinite is false for anything that is not a number (it does not coerce)
    if (!Number.isFinite(weight)) throw fail(NOT_FINITE, `standard.weights[${k}]`, { value: weight });
    if ((weight as number) < 0) throw fail(NEGATIVE, `standard.weights[${k}]`, { value: weight });
  });
  const named = typeof name === 'object' && name !== null && typeof name.en === 'string' && typeof name.vi === 'string';
  return { edges, weights, name: named ? { en: name.en as string, vi: name.vi as string } : undefined };
}

/**
 * A standard population's weights regrouped to the age bands of the data: each data band
 * (from its start age to the next one, the oldest open) gets the sum of the standard's
 * bands inside it, so Vietnamese data to 80+ can be standardised to ESP 2013 (to 90+) or the
 * WHO standard (to 100+). The weights come back in the order of `startAges`, ready for
 * `directlyStandardisedRate`.
 *
 * Every data start age must be a start age of the standard (a data band cannot split a
 * standard band). Bands of the standard below the youngest data band are left out, so a
 * rate for ages 65+ uses the standard's 65+ weights.
 *
 * @category Population
 * @param standard - a {@link StandardPopulation} such as {@link esp2013} or {@link whoWorldStandard}.
 * @param startAges - the data's band start ages, in any order.
 * @returns one weight per data band, in the order given.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (`startAges` not a non-empty array),
 *   `INVALID_AGE_BANDS` (`startAges[i]` not a start age of the standard, or repeated).
 * @example
 * ```ts
 * import { esp2013, standardPopulationFor, whoWorldStandard } from 'chitieu';
 *
 * // Vietnam's bands 0, 1–4, 5–9, …, 75–79, 80+
 * const starts = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80];
 * console.log(standardPopulationFor(esp2013, starts).at(-1)); // 5000
 * // the WHO standard has no under-1 band: 0 must be followed by 5
 * console.log(standardPopulationFor(whoWorldStandard, [0, 5, 65]).at(-1)); // 8235
 * ```
 */
export function standardPopulationFor(standard: StandardPopulation, startAges: readonly number[]): number[] {
  if (!Array.isArray(startAges) || startAges.length === 0) {
    throw fail(Array.isArray(startAges) ? EMPTY_ARRAY : NOT_AN_ARRAY, 'startAges', { value: startAges });
  }
  const { edges, weights, name } = readStandard(standard);
  const positions = startAges.map((age, i) => {
    const at = edges.indexOf(age);
    if (at < 0) {
      throw fail(NOT_STANDARD_AGE, `startAges[${i}]`, { value: age, standard: name, edges });
    }
    if (startAges.indexOf(age) !== i) throw fail(AGE_REPEATED, `startAges[${i}]`, { age });
    return at;
  });
  const sorted = [...positions].sort((x, y) => x - y);
  return positions.map((at) => {
    const next = sorted[sorted.indexOf(at) + 1] ?? edges.length;
    let sum = 0;
    for (let k = at; k < next; k++) sum += weights[k] as number;
    return sum;
  });
}
