import type { Decimal } from 'decimal.js';
import { frozen } from '../freeze.js';
import { fail } from '../errors.js';
import { NOT_PROPORTION, ZERO } from '../messages/index.js';
import { chiangTable, inInputOrder, readCounts, tailSums, type ChiangBand } from './internal/chiang.js';
import { normalQuantile } from './normalQuantile.js';
import {
  requireArray,
  requireFiniteNumber,
  requireFiniteResults,
  requireLevel,
  requireOptions,
} from './internal/validate.js';

/**
 * Options of {@link healthyLifeExpectancy}: the life table's inputs and the share of each
 * band in good health.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { healthyLifeExpectancy, type HealthyLifeExpectancyOptions } from 'chitieu';
 *
 * const options: HealthyLifeExpectancyOptions = {
 *   startAges: [0, 1, 5], deaths: [10, 2, 300], population: [1000, 4000, 5000], healthyShare: [1, 0.95, 0.8],
 * };
 * console.log(healthyLifeExpectancy(options).flags); // [ 'mortality-variance-only' ]
 * ```
 */
export interface HealthyLifeExpectancyOptions {
  /** The first age of each band, as for {@link lifeTable}. */
  readonly startAges: readonly number[];
  /** Deaths in each band. */
  readonly deaths: readonly (number | string | bigint | Decimal)[];
  /** Population of each band. */
  readonly population: readonly (number | string | bigint | Decimal)[];
  /**
   * The proportion of each band in good health (or free of disability), from 0 to 1, e.g.
   * from a survey; for a prevalence of ill health p, pass 1 − p.
   */
  readonly healthyShare: readonly number[];
  /**
   * Optional: the survey's respondents in each band. With them the standard error includes
   * the sampling variance of the shares, π(1 − π)/N; without them only the variance from the
   * deaths, and the result is flagged `'mortality-variance-only'`.
   */
  readonly sampleSizes?: readonly (number | string | bigint | Decimal)[];
  /** The last age of each band, as for {@link lifeTable}. */
  readonly endAges?: readonly (number | null)[];
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /** a₀ of the life table. Default 0.1. */
  readonly a0?: number;
}

/**
 * Healthy life expectancy from the start of one band.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { healthyLifeExpectancy, type HealthyLifeExpectancyRow } from 'chitieu';
 *
 * const rows: readonly HealthyLifeExpectancyRow[] = healthyLifeExpectancy({
 *   startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0.5],
 * }).rows;
 * console.log(rows[1]?.expectancy); // 10
 * ```
 */
export interface HealthyLifeExpectancyRow {
  /** The first age of the band. */
  readonly startAge: number;
  /** The share in good health, as given. */
  readonly healthyShare: number;
  /** Healthy years lived in the band: Lₓ × share. */
  readonly healthyYearsLived: number;
  /** Healthy life expectancy at the start of the band. */
  readonly expectancy: number;
  /** Its standard error. */
  readonly standardError: number;
  /** Lower limit at the level. */
  readonly lower: number;
  /** Upper limit at the level. */
  readonly upper: number;
  /** Life expectancy at the same age, from the same table. */
  readonly lifeExpectancy: number;
}

/**
 * The result of {@link healthyLifeExpectancy}: the figure at the youngest band's start (at
 * birth when the bands start at 0), and every band's row.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { healthyLifeExpectancy, type HealthyLifeExpectancy } from 'chitieu';
 *
 * const result: HealthyLifeExpectancy = healthyLifeExpectancy({
 *   startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0.5],
 * });
 * console.log(result.flags); // [ 'mortality-variance-only' ]
 * ```
 */
export interface HealthyLifeExpectancy {
  /** The age the headline figure is for: the smallest start age. */
  readonly startAge: number;
  /** Healthy life expectancy at `startAge`. */
  readonly expectancy: number;
  /** Its standard error. */
  readonly standardError: number;
  /** Lower limit at the level. */
  readonly lower: number;
  /** Upper limit at the level. */
  readonly upper: number;
  /** Life expectancy at `startAge`. */
  readonly lifeExpectancy: number;
  /** One row per band, in the order of `startAges`. */
  readonly rows: readonly HealthyLifeExpectancyRow[];
  /** The confidence level. */
  readonly level: number;
  /** `'mortality-variance-only'` when no `sampleSizes` were given. */
  readonly flags: readonly 'mortality-variance-only'[];
}

/**
 * Healthy life expectancy by Sullivan's method: the life table's years lived in each band,
 * Lₓ, weighted by the share of the band in good health πₓ; HLEₓ = Σⱼ≥ₓ πⱼLⱼ / lₓ. This is
 * how “số năm sống khỏe mạnh” and WHO-style healthy life years are computed from a life
 * table and a health survey.
 *
 * The standard error has two parts (Jagger et al., EHEMU practical guide to the Sullivan
 * method; Mathers 1991): the survey's sampling variance Σⱼ Lⱼ²·πⱼ(1 − πⱼ)/Nⱼ / lₓ², given
 * `sampleSizes`, and the variance from the deaths, Chiang's formula with (1 − aⱼ)nⱼ
 * weighted by πⱼ: Σⱼ lⱼ²[πⱼ(1 − aⱼ)nⱼ + HLEⱼ₊ₙ]²·Var(qⱼ) / lₓ², with Silcocks' term
 * lω²πω²/(Dω·mω²) for the open band. Limits are HLE ± z·SE. With every share 1 the result is
 * the life table's own expectancy and standard error.
 *
 * @category Statistics
 * @param options - the life table's inputs, `healthyShare`, and optionally `sampleSizes`,
 *   `endAges`, `level`, `a0`.
 * @returns the headline figure at the youngest age and a row per band.
 * @throws {@link ChitieuError} everything {@link lifeTable} throws, and `OUT_OF_RANGE`
 *   (`healthyShare[i]` outside 0–1), `INVALID_NUMBER` / `INVALID_ARGUMENT`
 *   (`healthyShare[i]`), `LENGTH_MISMATCH` (`healthyShare`, `sampleSizes`),
 *   `ZERO_DENOMINATOR` / `NEGATIVE_COUNT` (`sampleSizes[i]`), `OUT_OF_RANGE` (`sampleSizes`:
 *   a sample size so near 0 that the survey's variance overflows a double).
 * @example
 * ```ts
 * import { healthyLifeExpectancy } from 'chitieu';
 *
 * // a two-band province: 0–59 and 60+, 90% and 50% in good health
 * const result = healthyLifeExpectancy({
 *   startAges: [0, 60], deaths: [100, 500], population: [50000, 10000], healthyShare: [0.9, 0.5],
 *   sampleSizes: [4000, 1500],
 * });
 * console.log([result.lifeExpectancy.toFixed(2), result.expectancy.toFixed(2), result.standardError.toFixed(3)]); // [ '71.99', '57.65', '0.798' ]
 * ```
 */
export function healthyLifeExpectancy(options: HealthyLifeExpectancyOptions): HealthyLifeExpectancy {
  requireOptions(options);
  const level = requireLevel(options.level ?? 0.95, 'level');
  const bands = chiangTable(options);
  requireFiniteResults(bands.flatMap((band) => [band.e, band.varE]), 'population');
  const n = bands.length;
  const shares = requireArray(options.healthyShare, 'healthyShare', { of: n, as: 'startAges' }).map((value, i) => {
    const share = requireFiniteNumber(value, `healthyShare[${i}]`);
    if (share < 0 || share > 1) {
      throw fail(NOT_PROPORTION, `healthyShare[${i}]`, { value: share });
    }
    return share;
  });
  const sizes =
    options.sampleSizes === undefined
      ? undefined
      : readCounts(options.sampleSizes, 'sampleSizes', n).map((size, i) => {
          if (size === 0) {
            throw fail(ZERO, `sampleSizes[${i}]`, {});
          }
          return size;
        });

  const z = normalQuantile(0.5 * (1 + level));
  const healthyYears = bands.map((band) => (shares[band.input] as number) * band.L);
  const H = tailSums(healthyYears).map((tail, k) => tail / (bands[k] as ChiangBand).l);
  // the variance from the deaths: Chiang's terms with (1 − a)n weighted by the share
  const mortality = tailSums(
    bands.map((band, k) => {
      const share = shares[band.input] as number;
      const weight = band.width === null ? share : share * (1 - band.a) * band.width + (H[k + 1] as number);
      return band.l * band.l * weight * weight * band.varQ;
    }),
  );
  // the survey's sampling variance, L²π(1 − π)/N
  const sampling = tailSums(
    bands.map((band) => {
      if (sizes === undefined) return 0;
      const share = shares[band.input] as number;
      return (band.L * band.L * share * (1 - share)) / (sizes[band.input] as number);
    }),
  );
  const variances = bands.map((band, k) => ((mortality[k] as number) + (sampling[k] as number)) / (band.l * band.l));
  // H ≤ e and the deaths' part ≤ l²·Var(e) are finite once the life table is: only the survey's
  // part can overflow, with a sample size near 0
  requireFiniteResults(variances, 'sampleSizes');
  const rows = inInputOrder(bands, (band, k): HealthyLifeExpectancyRow => {
    const standardError = Math.sqrt(variances[k] as number);
    const expectancy = H[k] as number;
    return {
      startAge: band.startAge,
      healthyShare: shares[band.input] as number,
      healthyYearsLived: healthyYears[k] as number,
      expectancy,
      standardError,
      lower: expectancy - z * standardError,
      upper: expectancy + z * standardError,
      lifeExpectancy: band.e,
    };
  });
  const first = rows[(bands[0] as (typeof bands)[number]).input] as HealthyLifeExpectancyRow;
  return frozen({
    startAge: first.startAge,
    expectancy: first.expectancy,
    standardError: first.standardError,
    lower: first.lower,
    upper: first.upper,
    lifeExpectancy: first.lifeExpectancy,
    rows,
    level,
    flags: sizes === undefined ? ['mortality-variance-only'] : [],
  });
}
