import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { NON_EMPTY_STRING, NOT_AN_OBJECT } from '../messages/index.js';
import { AREA_INSIDE, AREA_LISTED_TWICE, AREA_TWICE, DENOMINATORS_ZERO, MISSING_AREA, NOT_AREA_LIST, NOT_PARENT_MAP, NOT_ROWS, PARENT_CYCLE, UNEXPECTED_AREA } from './messages/index.js';
import { Decimal, toNonNegative, toPositive, type Num } from '../numeric/decimal.js';
import { ratePer } from '../numeric/ratePer.js';

/**
 * One area's counts in {@link aggregateRates}.
 *
 * @category Population
 * @example
 * ```ts
 * import type { AreaCounts } from 'chitieu';
 *
 * const row: AreaCounts = { area: 'Xã A', numerator: 12, denominator: '8000' };
 * console.log(row.area); // 'Xã A'
 * ```
 */
export interface AreaCounts {
  /** The area's id or name (a commune, a district). Must be unique among the rows. */
  readonly area: string;
  /** The area's numerator (doctors, beds, events). */
  readonly numerator: Num;
  /** The area's denominator (its population). */
  readonly denominator: Num;
}

/**
 * Options of {@link aggregateRates}.
 *
 * @category Population
 * @example
 * ```ts
 * import { aggregateRates, type AggregateRatesOptions } from 'chitieu';
 *
 * const options: AggregateRatesOptions = {
 *   per: 10000,
 *   areas: ['Xã A', 'Xã B'],
 *   parentOf: { 'Xã A': 'Huyện X', 'Xã B': 'Huyện X' },
 * };
 * const rows = [
 *   { area: 'Xã A', numerator: 12, denominator: 8000 },
 *   { area: 'Xã B', numerator: 9, denominator: 4000 },
 * ];
 * console.log(aggregateRates(rows, options).rate.toString()); // '17.5'
 * ```
 */
export interface AggregateRatesOptions {
  /** The multiplier: 100, 1 000, 10 000 … */
  readonly per: Num;
  /**
   * The areas the total must cover, exactly: each must have a row (`MISSING_AREA`) and every
   * row must be one of them (`INVALID_ARGUMENT`).
   */
  readonly areas?: readonly string[];
  /**
   * The area hierarchy, child → parent (`{ 'Xã A': 'Huyện X' }`). With it, a row whose
   * parent, grandparent … is also a row is rejected (`OVERLAPPING_AREAS`): a district and one
   * of its own communes would count the commune twice.
   */
  readonly parentOf?: Readonly<Record<string, string>>;
}

/**
 * The result of {@link aggregateRates}.
 *
 * @category Population
 * @example
 * ```ts
 * import { aggregateRates, type AggregateRate } from 'chitieu';
 *
 * const total: AggregateRate = aggregateRates(
 *   [{ area: 'Xã A', numerator: 3, denominator: 1000 }],
 *   { per: 100 },
 * );
 * console.log(total.areas); // [ 'Xã A' ]
 * console.log(total.rate.toString()); // '0.3'
 * ```
 */
export interface AggregateRate {
  /** Σ numerators. */
  readonly numerator: Decimal;
  /** Σ denominators. */
  readonly denominator: Decimal;
  /** Σ numerators / Σ denominators × per, unrounded. */
  readonly rate: Decimal;
  /** The areas summed, in the order of the rows. */
  readonly areas: string[];
}

function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The rate of a group of areas (a province from its districts, a district from its
 * communes): `Σ numerators / Σ denominators × per`, NEVER the average of the areas' rates,
 * which would weigh a commune of 4 000 people like one of 8 000 (the rule DHIS2 and Akvo
 * follow too). Two communes with 12 doctors for 8 000 people and 9 for 4 000 have
 * 21 / 12 000 × 10 000 = 17.5 doctors per 10 000, not the mean 18.75 of their rates 15 and
 * 22.5.
 *
 * The rows are checked so that no one is counted twice or left out: an area appears at
 * most once; with `areas`, exactly the expected areas appear; with `parentOf`, no row is
 * inside another row's area. A single area may have a zero denominator; the total may not.
 *
 * @category Population
 * @param rows - one row per area: `{ area, numerator, denominator }`.
 * @param options - `per`, and optionally the expected `areas` and the hierarchy `parentOf`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `rows` (empty or not a list),
 *   `rows[i].area` (not a non-empty string, or not among `areas`), `areas[k]` (repeated) or
 *   `parentOf` (a cycle); `OVERLAPPING_AREAS` naming `rows[i].area` (the same area twice, or
 *   an area inside another row's area); `MISSING_AREA` naming `areas[k]`; `NEGATIVE_COUNT`
 *   / `INVALID_NUMBER` naming `rows[i].numerator` or `rows[i].denominator`;
 *   `ZERO_DENOMINATOR` naming `rows` when the denominators sum to zero, or `per`.
 * @example
 * ```ts
 * import { aggregateRates } from 'chitieu';
 *
 * const total = aggregateRates(
 *   [
 *     { area: 'Xã A', numerator: 12, denominator: 8000 }, // 15 per 10 000
 *     { area: 'Xã B', numerator: 9, denominator: 4000 },  // 22.5 per 10 000
 *   ],
 *   { per: 10000 },
 * );
 * console.log(total.rate.toString());        // '17.5'
 * console.log(total.denominator.toString()); // '12000'
 * ```
 */
export function aggregateRates(rows: readonly AreaCounts[], options: AggregateRatesOptions): AggregateRate {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw fail(NOT_ROWS, 'rows', { value: rows });
  }
  if (typeof options !== 'object' || options === null) {
    throw fail(NOT_AN_OBJECT, 'options', { value: options });
  }
  const per = toPositive(options.per, 'per');

  const seen = new Map<string, number>();
  let numerator = new Decimal(0);
  let denominator = new Decimal(0);
  rows.forEach((row: AreaCounts, i: number) => {
    const area = row?.area;
    if (typeof area !== 'string' || area.trim() === '') {
      throw fail(NON_EMPTY_STRING, `rows[${i}].area`, { value: area });
    }
    const first = seen.get(area);
    if (first !== undefined) {
      throw fail(AREA_TWICE, `rows[${i}].area`, { area, first });
    }
    seen.set(area, i);
    numerator = numerator.plus(toNonNegative(row.numerator, `rows[${i}].numerator`));
    denominator = denominator.plus(toNonNegative(row.denominator, `rows[${i}].denominator`));
  });

  if (options.areas !== undefined) {
    if (!Array.isArray(options.areas)) {
      throw fail(NOT_AREA_LIST, 'areas', { value: options.areas });
    }
    const expected = new Map<string, number>();
    options.areas.forEach((area: string, k: number) => {
      if (typeof area !== 'string' || expected.has(area)) {
        throw fail(AREA_LISTED_TWICE, `areas[${k}]`, { value: area });
      }
      expected.set(area, k);
    });
    rows.forEach((row: AreaCounts, i: number) => {
      if (!expected.has(row.area)) {
        throw fail(UNEXPECTED_AREA, `rows[${i}].area`, { area: row.area });
      }
    });
    for (const [area, k] of expected) {
      if (!seen.has(area)) {
        throw fail(MISSING_AREA, `areas[${k}]`, { area });
      }
    }
  }

  if (options.parentOf !== undefined) {
    const parentOf = options.parentOf;
    if (typeof parentOf !== 'object' || parentOf === null) {
      throw fail(NOT_PARENT_MAP, 'parentOf', { value: parentOf });
    }
    rows.forEach((row: AreaCounts, i: number) => {
      const path = [row.area];
      for (let parent = own(parentOf, row.area); parent !== undefined; parent = own(parentOf, parent)) {
        if (path.includes(parent)) {
          throw fail(PARENT_CYCLE, 'parentOf', { path: [...path, parent] });
        }
        path.push(parent);
        const j = seen.get(parent);
        if (j !== undefined) {
          throw fail(AREA_INSIDE, `rows[${i}].area`, { area: row.area, parent, row: j });
        }
      }
    });
  }

  if (denominator.isZero()) {
    throw fail(DENOMINATORS_ZERO, 'rows', {});
  }
  return frozen({
    numerator,
    denominator,
    rate: ratePer(numerator, denominator, per),
    areas: rows.map((row) => row.area),
  });
}
