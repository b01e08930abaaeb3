/**
 * The population layer's messages in English, one export per message id (see `index.ts`;
 * the shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';

const got = (value: unknown): string => `(got ${describeValue(value, 'en')})`;

export const notDatedCount = (p: { field: string; value: unknown }): string => `${p.field} must be { date, count } ${got(p.value)}`;
export const geometricZero = (p: { field: string }): string => `${p.field} must be positive for geometric interpolation (got 0)`;
export const negativeLine = (p: { field: string; year: number; value: string }): string =>
  `${p.field}: the straight line through the two counts is negative on 1 July ${p.year} (${p.value}); a population cannot be extrapolated that far`;
export const growthBelowMinusOne = (p: { field: string; value: string }): string =>
  `${p.field} must be greater than -1 with annual compounding (got ${p.value})`;
export const notRows = (p: { field: string; value: unknown }): string =>
  `${p.field} must be a non-empty list of { area, numerator, denominator } ${got(p.value)}`;
// Area names are always strings here, and describeValue words a string in English unless
// told 'vi', so they are quoted with its default locale.
export const areaTwice = (p: { field: string; area: string; first: number }): string =>
  `${p.field} repeats ${describeValue(p.area)} (already rows[${p.first}]); it would be counted twice`;
export const notAreaList = (p: { field: string; value: unknown }): string => `${p.field} must be a list of area names ${got(p.value)}`;
export const areaListedTwice = (p: { field: string; value: unknown }): string => `${p.field} must be an area name listed once ${got(p.value)}`;
export const unexpectedArea = (p: { field: string; area: string }): string =>
  `${p.field} ${describeValue(p.area)} is not one of the expected areas`;
export const missingArea = (p: { field: string; area: string }): string =>
  `${p.field}: area ${describeValue(p.area)} has no row; the total would leave it out`;
export const notParentMap = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an object mapping each area to its parent ${got(p.value)}`;
export const parentCycle = (p: { field: string; path: readonly string[] }): string => `${p.field} has a cycle: ${p.path.join(' → ')}`;
export const areaInside = (p: { field: string; area: string; parent: string; row: number }): string =>
  `${p.field} ${describeValue(p.area)} lies inside ${describeValue(p.parent)} (rows[${p.row}]); it would be counted twice`;
export const denominatorsZero = (p: { field: string }): string => `${p.field}: the denominators sum to zero; no rate can be computed`;
export const notStandardAge = (p: { field: string; value: unknown; standard?: { readonly en: string; readonly vi: string }; edges: readonly unknown[] }): string =>
  `${p.field}: ${describeValue(p.value, 'en')} is not a start age of ${p.standard?.en ?? 'the standard population'} (${p.edges.map((edge) => describeValue(edge, 'en')).join(', ')})`;
