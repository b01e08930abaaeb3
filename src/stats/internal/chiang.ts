/**
 * The abridged life table by Chiang's method (Chiang II) with Silcocks' variance for the
 * open last band, shared by `lifeTable` and `healthyLifeExpectancy` (internal).
 *
 * @module
 */
import { fail } from '../../errors.js';
import { AGE_REPEATED, BAND_GAP, BAND_OVERLAP, EXCEEDS, NOT_AGE, NOT_OPEN_UNIT, OLDEST_OPEN, ONLY_OLDEST_OPEN, ZERO } from '../../messages/index.js';
import { CERTAIN_DEATH, OPEN_BAND_NO_DEATHS } from '../messages/index.js';
import { requireArray, requireFiniteNumber, toNonNegativeDouble } from './validate.js';

/** The radix l₀ of the tables. */
export const RADIX = 100_000;

/** A band's table, in ascending age order. */
export interface ChiangBand {
  /** Index of the band in the caller's arrays. */
  readonly input: number;
  readonly startAge: number;
  /** Width in years; `null` for the open last band. */
  readonly width: number | null;
  readonly deaths: number;
  readonly population: number;
  /** mₓ = deaths / population. */
  readonly m: number;
  /** aₓ, the fraction of the band lived by those who die in it. */
  readonly a: number;
  /** qₓ, the probability of dying in the band (1 for the open band). */
  readonly q: number;
  /** lₓ, survivors to the start of the band out of {@link RADIX}. */
  readonly l: number;
  /** dₓ, table deaths in the band. */
  readonly d: number;
  /** Lₓ, person-years lived in the band. */
  readonly L: number;
  /** Tₓ, person-years lived from the start of the band on. */
  readonly T: number;
  /** eₓ = Tₓ / lₓ. */
  readonly e: number;
  /** The variance of qₓ, q²(1 − q)/D (0 with no deaths); for the open band Var(1/M) = 1/(D·M²). */
  readonly varQ: number;
  /** Var(eₓ). */
  readonly varE: number;
}

/** Inputs shared by the life-table functions. */
export interface ChiangInput {
  readonly startAges: unknown;
  readonly deaths: unknown;
  readonly population: unknown;
  readonly endAges?: unknown;
  readonly a0?: unknown;
}

/** Validate and sort the bands; return them in ascending age with their input index. */
function readBands(input: ChiangInput): { order: number[]; starts: number[]; widths: (number | null)[] } {
  const starts = requireArray(input.startAges, 'startAges').map((value, i) => {
    const field = `startAges[${i}]`;
    const age = requireFiniteNumber(value, field);
    if (age < 0 || !Number.isInteger(age)) {
      throw fail(NOT_AGE, field, { value: age });
    }
    return age;
  });
  const order = starts.map((_, i) => i).sort((x, y) => (starts[x] as number) - (starts[y] as number));
  const widths: (number | null)[] = order.map((i, k) => (k + 1 < order.length ? (starts[order[k + 1] as number] as number) - (starts[i] as number) : null));
  // a band of width 0 is a start age given twice; the error names its second occurrence
  widths.forEach((width, k) => {
    if (width === 0) {
      throw fail(AGE_REPEATED, `startAges[${order[k + 1] as number}]`, { age: starts[order[k] as number] as number });
    }
  });
  if (input.endAges !== undefined) {
    const ends = requireArray(input.endAges, 'endAges', { of: starts.length, as: 'startAges' });
    order.forEach((i, k) => {
      const field = `endAges[${i}]`;
      const end = ends[i];
      const last = k === order.length - 1;
      if (end === null) {
        if (!last) throw fail(ONLY_OLDEST_OPEN, field, {});
        return;
      }
      const value = requireFiniteNumber(end, field);
      if (last) throw fail(OLDEST_OPEN, field, {});
      const next = starts[order[k + 1] as number] as number;
      if (value + 1 < next) {
        throw fail(BAND_GAP, field, { start: starts[i] as number, end: value, next });
      }
      // here value = next − 1 ≥ start, since the start ages are distinct whole numbers
      if (value + 1 > next) {
        throw fail(BAND_OVERLAP, field, { start: starts[i] as number, end: value, next });
      }
    });
  }
  return { order, starts, widths };
}

/** Sums from each term to the last, Σⱼ≥ₖ termsⱼ, added from the last term back. */
export function tailSums(terms: readonly number[]): number[] {
  const sums = terms.slice();
  for (let k = sums.length - 2; k >= 0; k--) sums[k] = (sums[k] as number) + (sums[k + 1] as number);
  return sums;
}

/**
 * `row(band, k)` for every band (k its index in age order), in the caller's order of the bands
 * (by `input`), not by age.
 */
export function inInputOrder<T>(bands: readonly ChiangBand[], row: (band: ChiangBand, k: number) => T): T[] {
  return bands
    .map((band, k) => ({ input: band.input, value: row(band, k) }))
    .sort((x, y) => x.input - y.input)
    .map((entry) => entry.value);
}

/** Read `values` (one per band) as non-negative doubles. */
export function readCounts(values: unknown, field: string, count: number): number[] {
  return requireArray(values, field, { of: count, as: 'startAges' }).map((value, i) => toNonNegativeDouble(value, `${field}[${i}]`));
}

/**
 * The life table in ascending age order. Throws for a band whose population is 0, whose
 * deaths exceed its population, whose probability of dying would reach 1, and for an open
 * band without deaths.
 */
export function chiangTable(input: ChiangInput): ChiangBand[] {
  const { order, starts, widths } = readBands(input);
  const n = starts.length;
  const deaths = readCounts(input.deaths, 'deaths', n);
  const population = readCounts(input.population, 'population', n);
  const a0 = input.a0 === undefined ? 0.1 : requireFiniteNumber(input.a0, 'a0');
  if (!(a0 > 0 && a0 < 1)) {
    throw fail(NOT_OPEN_UNIT, 'a0', { value: a0 });
  }

  // forward pass: m, a, q, l
  const partial = order.map((i, k) => {
    const D = deaths[i] as number;
    const P = population[i] as number;
    const width = widths[k] as number | null;
    if (P === 0) {
      throw fail(ZERO, `population[${i}]`, {});
    }
    if (D > P) {
      throw fail(EXCEEDS, `deaths[${i}]`, { value: D, other: `population[${i}]`, limit: P });
    }
    const m = D / P;
    const a = starts[i] === 0 ? a0 : 0.5; // only the youngest band can start at 0
    if (width === null) {
      if (D === 0) {
        throw fail(OPEN_BAND_NO_DEATHS, `deaths[${i}]`, {});
      }
      return { i, width, D, P, m, a, q: 1 };
    }
    if (width * a * m >= 1) {
      throw fail(CERTAIN_DEATH, `deaths[${i}]`, { width, age: starts[i] as number, rate: m });
    }
    const q = (width * m) / (1 + width * (1 - a) * m);
    return { i, width, D, P, m, a, q };
  });
  const l: number[] = [];
  partial.forEach((band, k) => l.push(k === 0 ? RADIX : (l[k - 1] as number) * (1 - (partial[k - 1] as { q: number }).q)));
  const L = partial.map((band, k) => {
    const here = l[k] as number;
    if (band.width === null) return here / band.m;
    const next = l[k + 1] as number;
    return band.width * (next + band.a * (here - next));
  });
  const T = tailSums(L);
  const e = T.map((t, k) => t / (l[k] as number));

  // backward pass: the variance of eₓ, Σ_{j ≥ x} Wⱼ / lₓ²
  const varQ = partial.map((band) => {
    if (band.width === null) return 1 / (band.D * band.m * band.m);
    return band.D === 0 ? 0 : (band.q * band.q * (1 - band.q)) / band.D;
  });
  const weightSums = tailSums(
    partial.map((band, k) => {
      const lk = l[k] as number;
      return band.width === null
        ? lk * lk * (varQ[k] as number)
        : lk * lk * ((1 - band.a) * band.width + (e[k + 1] as number)) ** 2 * (varQ[k] as number);
    }),
  );
  return partial.map((band, k) => {
    const lk = l[k] as number;
    return {
      input: band.i,
      startAge: starts[band.i] as number,
      width: band.width,
      deaths: band.D,
      population: band.P,
      m: band.m,
      a: band.a,
      q: band.q,
      l: lk,
      d: k + 1 < n ? lk - (l[k + 1] as number) : lk,
      L: L[k] as number,
      T: T[k] as number,
      e: e[k] as number,
      varQ: varQ[k] as number,
      varE: (weightSums[k] as number) / (lk * lk),
    };
  });
}
