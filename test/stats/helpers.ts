import { readFileSync } from 'node:fs';
import type { ErrorCode } from '../../src/errors.js';
import { expectChitieuError } from '../helpers/errors.js';
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
  readonly qt: readonly { readonly p: number; readonly df: number; readonly q: number }[];
  readonly trend: readonly {
    readonly x: readonly number[];
    readonly n: readonly number[];
    readonly score: readonly number[];
    readonly statistic: number;
    readonly p: number;
  }[];
  readonly means: readonly { readonly values: readonly number[]; readonly level: number; readonly lower: number; readonly upper: number }[];
  readonly sexRatio: readonly {
    readonly boys: number;
    readonly girls: number;
    readonly level: number;
    readonly wilsonLower: number;
    readonly wilsonUpper: number;
    readonly exactLower: number;
    readonly exactUpper: number;
  }[];
}

export const reference: RReference = JSON.parse(
  readFileSync(new URL('./fixtures/r-reference.json', import.meta.url), 'utf8'),
) as RReference;

/** Values no numeric input accepts: each throws INVALID_NUMBER. */
export const NOT_NUMBERS: readonly unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  'abc',
  '1,5',
  '',
  {},
  [],
  [5],
  true,
  new Date(0),
];

/** Finite values beyond a double's range: each throws OUT_OF_RANGE. */
export const BEYOND_DOUBLE: readonly unknown[] = ['1e400', '-1e400', '1e-400', 10n ** 400n];

/** Expect `run(value)` to throw `code` on `field` for every value. */
export function expectEachRejected(values: readonly unknown[], run: (value: unknown) => unknown, code: ErrorCode, field: string): void {
  for (const value of values) {
    try {
      expectChitieuError(() => run(value), code, field);
    } catch (error) {
      throw new Error(`${String(value)}: ${(error as Error).message}`);
    }
  }
}
