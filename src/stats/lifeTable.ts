import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { chiangTable, inInputOrder } from './internal/chiang.js';
import { normalQuantile } from './normalQuantile.js';
import { requireFiniteResults, requireLevel, requireOptions } from './internal/validate.js';

/**
 * Options of {@link lifeTable}: deaths and population by age band, in any order.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { lifeTable, type LifeTableOptions } from 'chitieu';
 *
 * const options: LifeTableOptions = { startAges: [0, 1, 5], deaths: [10, 2, 300], population: [1000, 4000, 5000] };
 * console.log(lifeTable(options).rows.length); // 3
 * ```
 */
export interface LifeTableOptions {
  /**
   * The first age of each band, whole years (`[0, 1, 5, 10, …, 80]`); any edges, in any
   * order. Each band runs to the next start age; the oldest band is open (80+).
   */
  readonly startAges: readonly number[];
  /** Deaths in each band (≥ 0; may be fractional, e.g. a yearly average). */
  readonly deaths: readonly (number | string | bigint | Decimal)[];
  /** Population (person-years at risk; the mid-year population for one year) of each band, > 0. */
  readonly population: readonly (number | string | bigint | Decimal)[];
  /**
   * Optional: the last whole age of each band (`4` for “0–4”), `null` for the open band.
   * When given, a gap between bands (a band missing from the data) or an overlap throws
   * `INVALID_AGE_BANDS` instead of silently widening the band before it.
   */
  readonly endAges?: readonly (number | null)[];
  /** Confidence level of the intervals, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /** a₀: the fraction of the first year lived by infants who die, when the first band starts at 0. Default 0.1. */
  readonly a0?: number;
}

/**
 * Warnings a life-table row can carry. `'wide-band'`: a closed band wider than 20 years
 * (Chiang's assumption that deaths fall evenly through the band weakens, and a missing band
 * looks like this). `'wide-interval'`: the 95% interval of eₓ is wider than 20 years, the
 * point at which PHE's Fingertips suppresses the figure.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { LifeTableFlag } from 'chitieu';
 *
 * const flag: LifeTableFlag = 'wide-interval';
 * console.log(flag); // 'wide-interval'
 * ```
 */
export type LifeTableFlag = 'wide-band' | 'wide-interval';

/**
 * One band of a {@link LifeTable}, with the classic columns under descriptive names.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { lifeTable, type LifeTableRow } from 'chitieu';
 *
 * const [first]: readonly LifeTableRow[] = lifeTable({ startAges: [0, 1], deaths: [5, 200], population: [1000, 20000] }).rows;
 * console.log(first?.survivors); // 100000
 * ```
 */
export interface LifeTableRow {
  /** The first age of the band. */
  readonly startAge: number;
  /** The band's width in years; `null` for the open last band. */
  readonly width: number | null;
  /** Deaths, as read. */
  readonly deaths: number;
  /** Population, as read. */
  readonly population: number;
  /** mₓ: deaths / population. */
  readonly deathRate: number;
  /** aₓ: fraction of the band lived by those who die in it (a₀ for the first year, else 0.5). */
  readonly fractionLived: number;
  /** qₓ: probability of dying in the band, nmₓ / (1 + n(1 − aₓ)mₓ); 1 for the open band. */
  readonly probabilityOfDying: number;
  /** lₓ: survivors to the start of the band, of 100,000 born. */
  readonly survivors: number;
  /** dₓ: table deaths in the band, lₓ − lₓ₊ₙ. */
  readonly tableDeaths: number;
  /** Lₓ: years lived in the band, n(lₓ₊ₙ + aₓdₓ); lₓ / mₓ for the open band. */
  readonly yearsLived: number;
  /** Tₓ: years lived from the start of the band on. */
  readonly yearsRemaining: number;
  /** eₓ: life expectancy at the start of the band, Tₓ / lₓ. */
  readonly expectancy: number;
  /** Standard error of eₓ (Chiang, with Silcocks' term for the open band). */
  readonly standardError: number;
  /** Lower limit of eₓ at the table's level. */
  readonly lower: number;
  /** Upper limit of eₓ at the table's level. */
  readonly upper: number;
  /** Warnings (see {@link LifeTableFlag}); empty for most rows. */
  readonly flags: readonly LifeTableFlag[];
}

/**
 * The result of {@link lifeTable}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { lifeTable, type LifeTable } from 'chitieu';
 *
 * const table: LifeTable = lifeTable({ startAges: [0, 1], deaths: [5, 200], population: [1000, 20000] });
 * console.log(table.level); // 0.95
 * ```
 */
export interface LifeTable {
  /** One row per band, in the order of `startAges` as given. */
  readonly rows: readonly LifeTableRow[];
  /** The confidence level of the intervals. */
  readonly level: number;
  /** The a₀ used. */
  readonly a0: number;
  /** Total population of all bands. */
  readonly population: number;
  /**
   * `'small-population'` when the total population is below 5,000, the size below which PHE
   * suppresses life expectancy (Eayres & Williams 2004); otherwise empty.
   */
  readonly flags: readonly 'small-population'[];
}

/**
 * An abridged life table by Chiang's method (Chiang II), with confidence intervals for life
 * expectancy at every band by Chiang's variance with Silcocks' term for the open last band:
 * the method of ONS and of PHE's Fingertips (`phe_life_expectancy`), without its
 * requirement of exactly 20 bands.
 *
 * For each band of width n: mₓ = Dₓ/Pₓ, qₓ = n·mₓ / (1 + n(1 − aₓ)mₓ) with aₓ = a₀ for the
 * first year of life (default 0.1) and 0.5 elsewhere; lₓ₊ₙ = lₓ(1 − qₓ) from l₀ = 100,000;
 * Lₓ = n(lₓ₊ₙ + aₓdₓ), and for the open band Lₓ = lₓ/mₓ; eₓ = Tₓ/lₓ. The variance of eₓ is
 * Σⱼ≥ₓ lⱼ²[(1 − aⱼ)nⱼ + eⱼ₊ₙ]²·qⱼ²(1 − qⱼ)/Dⱼ / lₓ², plus lω²/(Dω·mω²) / lₓ² for the open
 * band ω (Silcocks et al. 2001); limits are eₓ ± z·SE with z = qnorm((1 + level)/2).
 *
 * Accuracy: doubles; agrees with PHEindicatormethods' 20-band reference table (e₀ = 80.1696,
 * 95% 79.8827–80.4565) to better than 1e-8 in every row.
 *
 * Bad data is an error, never a silent number: a band with no population, deaths above the
 * population, a probability of dying that would reach 1 (merge the band with a neighbour),
 * an open band with no deaths, a repeated start age, and (with `endAges`) a gap or an
 * overlap. Bands wider than 20 years and intervals wider than 20 years are flagged.
 *
 * @category Statistics
 * @param options - start ages, deaths, population, and optionally `endAges`, `level`, `a0`.
 * @returns the table, rows in the order of `startAges`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (an array missing or empty, `options`),
 *   `LENGTH_MISMATCH` (`deaths`, `population`, `endAges`), `OUT_OF_RANGE` (`startAges[i]`
 *   not a whole number ≥ 0, `deaths[i]` giving a probability of dying ≥ 1, `a0`, `level`),
 *   `INVALID_AGE_BANDS` (a repeated start age; a gap, overlap or misplaced open band in
 *   `endAges`), `NEGATIVE_COUNT` / `INVALID_NUMBER` (`deaths[i]`, `population[i]`),
 *   `ZERO_DENOMINATOR` (`population[i]` = 0, or no deaths in the open band),
 *   `NUMERATOR_EXCEEDS_DENOMINATOR` (`deaths[i]` above `population[i]`).
 * @example
 * ```ts
 * import { lifeTable } from 'chitieu';
 *
 * // PHEindicatormethods' test table: 20 bands, 0, 1–4, 5–9, …, 85–89, 90+
 * const table = lifeTable({
 *   startAges: [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
 *   deaths: [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937],
 *   population: [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416,
 *     46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936],
 * });
 * const [birth] = table.rows;
 * console.log([birth?.expectancy.toFixed(4), birth?.lower.toFixed(4), birth?.upper.toFixed(4)]); // [ '80.1696', '79.8827', '80.4565' ]
 * ```
 */
export function lifeTable(options: LifeTableOptions): LifeTable {
  requireOptions(options);
  const level = requireLevel(options.level ?? 0.95, 'level');
  const bands = chiangTable(options);
  requireFiniteResults(bands.flatMap((band) => [band.e, band.varE]), 'population');
  const z = normalQuantile(0.5 * (1 + level));
  const z95 = normalQuantile(0.975);
  const rows = inInputOrder(bands, (band): LifeTableRow => {
    const standardError = Math.sqrt(band.varE);
    const flags: LifeTableFlag[] = [];
    if ((band.width ?? 0) > 20) flags.push('wide-band');
    if (2 * z95 * standardError > 20) flags.push('wide-interval');
    return {
      startAge: band.startAge,
      width: band.width,
      deaths: band.deaths,
      population: band.population,
      deathRate: band.m,
      fractionLived: band.a,
      probabilityOfDying: band.q,
      survivors: band.l,
      tableDeaths: band.d,
      yearsLived: band.L,
      yearsRemaining: band.T,
      expectancy: band.e,
      standardError,
      lower: band.e - z * standardError,
      upper: band.e + z * standardError,
      flags,
    };
  });
  const population = bands.reduce((sum, band) => sum + band.population, 0);
  return frozen({
    rows,
    level,
    a0: options.a0 ?? 0.1,
    population,
    flags: population < 5000 ? ['small-population'] : [],
  });
}
