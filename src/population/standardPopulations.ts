import type { BilingualText } from '../errors.js';

/**
 * A standard population for direct standardisation: weights by age band, with where they
 * come from. `startAges[i]` is the first age of band i; the last band is open.
 *
 * @category Population
 * @example
 * ```ts
 * import { esp2013, type StandardPopulation } from 'chitieu';
 *
 * const standard: StandardPopulation = esp2013;
 * console.log(standard.weights.reduce((sum, weight) => sum + weight)); // 100000
 * ```
 */
export interface StandardPopulation {
  /** Stable id: `'esp-2013'`, `'who-world-2000-2025'`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: BilingualText;
  /** First age of each band, ascending, from 0. */
  readonly startAges: readonly number[];
  /** The standard population (or weight) of each band. */
  readonly weights: readonly number[];
  /** The publication the weights are copied from. */
  readonly source: string;
}

/**
 * The European Standard Population 2013 (ESP 2013), 20 bands: under 1 (1,000), 1–4 (4,000),
 * 5–9, …, 85–89 and 90+, 100,000 in all. PHE's Fingertips and `PHEindicatormethods` use it
 * with the first two bands merged (0–4: 5,000).
 *
 * Source: Eurostat, *Revision of the European Standard Population: report of Eurostat's
 * task force*, 2013 edition (Methodologies and Working papers, KS-RA-13-028).
 *
 * @category Population
 * @example
 * ```ts
 * import { esp2013 } from 'chitieu';
 *
 * console.log(esp2013.weights.slice(0, 3)); // [ 1000, 4000, 5500 ]
 * ```
 */
export const esp2013: StandardPopulation = Object.freeze({
  id: 'esp-2013',
  name: Object.freeze({ vi: 'Dân số chuẩn châu Âu 2013', en: 'European Standard Population 2013' }),
  startAges: Object.freeze([0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]),
  weights: Object.freeze([1000, 4000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]),
  source: "Eurostat, Revision of the European Standard Population: report of Eurostat's task force, 2013 edition (KS-RA-13-028)",
});

/**
 * The WHO World Standard Population for 2000–2025, 21 five-year bands from 0–4 to 100+, per
 * 100,000 as published (the published figures add up to 100,035 because of rounding; only
 * their proportions matter in a standardised rate).
 *
 * Source: Ahmad OB, Boschi-Pinto C, Lopez AD, Murray CJL, Lozano R, Inoue M. *Age
 * standardization of rates: a new WHO standard.* GPE Discussion Paper Series No. 31, World
 * Health Organization, 2001, Table 4.
 *
 * @category Population
 * @example
 * ```ts
 * import { whoWorldStandard } from 'chitieu';
 *
 * console.log(whoWorldStandard.startAges.at(-1)); // 100
 * ```
 */
export const whoWorldStandard: StandardPopulation = Object.freeze({
  id: 'who-world-2000-2025',
  name: Object.freeze({ vi: 'Dân số chuẩn thế giới của WHO (2000–2025)', en: 'WHO World Standard Population (2000–2025)' }),
  startAges: Object.freeze([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]),
  weights: Object.freeze([8860, 8690, 8600, 8470, 8220, 7930, 7610, 7150, 6590, 6040, 5370, 4550, 3720, 2960, 2210, 1520, 910, 440, 150, 40, 5]),
  source: 'Ahmad OB et al. Age standardization of rates: a new WHO standard. GPE Discussion Paper Series No. 31, WHO, 2001, Table 4',
});
