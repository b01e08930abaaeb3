import { readFileSync } from 'node:fs';
export { expectChitieuError } from '../helpers/errors.js';

/** Relative difference |actual − expected| / |expected|. */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** DESIGN.md: stats results agree with R to a relative error of 1e-9 or better. */
export const R_TOLERANCE = 1e-9;

interface IntervalRow {
  readonly x: number;
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** The JSON written by test/stats/fixtures/make-fixtures.R (R and epitools output). */
export interface RReference {
  readonly generator: string;
  readonly r: string;
  readonly epitools: string;
  readonly date: string;
  readonly wilson: readonly (IntervalRow & { readonly n: number })[];
  readonly byar: readonly IntervalRow[];
  readonly exact: readonly IntervalRow[];
  readonly qnorm: readonly { readonly p: number; readonly q: number }[];
  readonly qchisq: readonly {
    readonly p: number;
    readonly df: number;
    readonly q: number;
    readonly qUpperTail?: number;
  }[];
}

export const reference: RReference = JSON.parse(
  readFileSync(new URL('./fixtures/r-reference.json', import.meta.url), 'utf8'),
) as RReference;
