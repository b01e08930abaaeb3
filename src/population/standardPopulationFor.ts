import { fail } from '../errors.js';
import { AGE_REPEATED, EMPTY_ARRAY, NOT_AN_ARRAY } from '../messages/index.js';
import { NOT_STANDARD_AGE } from './messages/index.js';
import type { StandardPopulation } from './standardPopulations.js';

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
  const edges = standard.startAges;
  const positions = startAges.map((age, i) => {
    const at = edges.indexOf(age);
    if (at < 0) {
      throw fail(NOT_STANDARD_AGE, `startAges[${i}]`, { value: age, standard: standard.name, edges });
    }
    if (startAges.indexOf(age) !== i) throw fail(AGE_REPEATED, `startAges[${i}]`, { age });
    return at;
  });
  const sorted = [...positions].sort((x, y) => x - y);
  return positions.map((at) => {
    const next = sorted[sorted.indexOf(at) + 1] ?? edges.length;
    let sum = 0;
    for (let k = at; k < next; k++) sum += standard.weights[k] as number;
    return sum;
  });
}
