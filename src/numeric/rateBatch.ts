import { fail } from '../errors.js';
import { NEGATIVE, NOT_A_NUMBER, NOT_FINITE, ZERO } from '../messages/index.js';
import { toOptions } from './internal.js';
import { COLUMN_LENGTHS, NOT_A_COLUMN, RATE_TOO_LARGE } from './messages/index.js';
import { readNum, toDecimals, toPositive } from './decimal.js';
import { div, fromDouble, halfUpSmall, mul, roundUnits, unitsText, type Q } from './exact/index.js';

/** Largest n × per × 10^decimals and d of the fast path, so that every product stays exact. */
const FAST_LIMIT = 1125899906842624; // 2^50

/** Throw the error for row `index`, whose numerator or denominator failed the quick check. */
function rejectRow(numerator: unknown, denominator: unknown, index: number): never {
  const rows: readonly [unknown, string, boolean][] = [
    [numerator, `numerators[${index}]`, false],
    [denominator, `denominators[${index}]`, true],
  ];
  for (const [value, field, isDenominator] of rows) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw fail(NOT_FINITE, field, { value });
    }
    if (value < 0) {
      throw fail(NEGATIVE, field, { value });
    }
    // Stryker disable next-line ConditionalExpression: only a zero denominator gets here, the rows before it having thrown (a valid numerator, a denominator that is a finite number, not negative and not above 0)
    if (isDenominator && value === 0) {
      throw fail(ZERO, field, {});
    }
  }
  /* c8 ignore next */
  throw new TypeError('chitieu internal: rejectRow called for a valid row');
}

/**
 * One row the exact way: every number read through its shortest text (as `toDecimal` does),
 * `n × per / d` exactly, rounded half-up to `decimals` places, then converted to the nearest
 * double by `Number()` of its decimal text (correctly rounded).
 */
function exactRow(numerator: number, denominator: number, per: Q, decimals: number, index: number): number {
  const n = fromDouble(numerator) as Q; // finite, checked by the caller
  const d = fromDouble(denominator) as Q;
  const units = roundUnits(div(mul(n, per), d), decimals);
  const value = Number(unitsText(units, decimals));
  if (value === Infinity) {
    const field = `numerators[${index}]`;
    throw fail(RATE_TOO_LARGE, field, { units: String(units), decimals });
  }
  return value;
}

/** The largest column rateBatch takes: the longest a typed array can be made on every engine. */
const MAX_ROWS = 2 ** 31 - 1;

function checkColumn(column: ArrayLike<number>, field: string): number {
  const length = typeof column === 'object' && column !== null ? (column as { length?: unknown }).length : undefined;
  if (typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 && length <= MAX_ROWS) return length;
  throw fail(NOT_A_COLUMN, field, { value: column });
}

/**
 * Published rates for a whole table at once: row `i` is `numerators[i] × per /
 * denominators[i]` rounded half-up to `decimals` places, returned as the double nearest to
 * that exact decimal — the same value as
 * `roundHalfUp(ratePer(numerators[i], denominators[i], per), decimals).toNumber()`.
 *
 * Built for large tables: as fast as the hand-written
 * `Math.round(n / d * per * 10 ** decimals) / 10 ** decimals` loop, but without its errors on
 * rows that land exactly on a half (`per10k(3, 40 000) = 0.75` publishes as `0.8`; the
 * float loop prints `0.7`). Whole counts use integer arithmetic in doubles with an exact
 * remainder correction; rows with fractional values, or products beyond 2^50, are computed
 * exactly with bigints. Numbers are read through their shortest text, as every chitieu function
 * reads them (`0.1` is one tenth).
 *
 * @category Numeric
 * @param numerators - counts, `≥ 0`, finite (fractional estimates allowed).
 * @param denominators - populations, `> 0`, finite; same length as `numerators`.
 * @param options - `per` (a positive finite number) and `decimals` (0 to 20).
 * @throws {@link ChitieuError} `LENGTH_MISMATCH` (field `denominators`); per row
 *   `INVALID_NUMBER`, `NEGATIVE_COUNT`, `ZERO_DENOMINATOR` naming the cell
 *   (`denominators[3]`); `OUT_OF_RANGE` (`numerators[i]`) when a rate exceeds the largest
 *   double; `ZERO_DENOMINATOR` / `NEGATIVE_COUNT` / `INVALID_NUMBER` (field `per`) and
 *   `INVALID_ARGUMENT` for a non-number `per` or a column that is not array-like; the
 *   `INVALID_NUMBER` / `NOT_AN_INTEGER` / `OUT_OF_RANGE` for `decimals` (a whole number from 0 to 20).
 * @example
 * ```ts
 * import { rateBatch } from 'chitieu';
 *
 * const doctors = [21, 3, 59];
 * const people = [12000, 40000, 12000];
 * console.log(rateBatch(doctors, people, { per: 10000, decimals: 1 })); // Float64Array(3) [ 17.5, 0.8, 49.2 ]
 * ```
 */
export function rateBatch(
  numerators: ArrayLike<number>,
  denominators: ArrayLike<number>,
  options: { per: number; decimals: number },
): Float64Array {
  const length = checkColumn(numerators, 'numerators');
  if (checkColumn(denominators, 'denominators') !== length) {
    throw fail(COLUMN_LENGTHS, 'denominators', { length: denominators.length, other: 'numerators', expected: length });
  }
  const checked = toOptions(options, 'options');
  const per: unknown = checked.per;
  if (typeof per !== 'number') throw fail(NOT_A_NUMBER, 'per', { value: per });
  toPositive(per, 'per');
  // Stryker disable next-line StringLiteral: per is a positive finite number here (checked just above), so readNum never names it in an error
  const perExact = readNum(per, 'per');
  const decimals = toDecimals(checked.decimals, 'decimals');
  const power = 10 ** decimals; // exact: 10^k is a double for k ≤ 22
  const scale = per * power;
  // exact when per is a whole number and per × 10^k ≤ 2^50 (then n × scale below is exact too)
  const fast =
    Number.isInteger(per) &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with a whole per above the limit, only a zero numerator passes big ≤ 2^50 below (any other whole n makes big larger, a fractional n fails the floor test), and 0 is 0 both ways
    scale <= FAST_LIMIT;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const n = numerators[i] as number;
    const d = denominators[i] as number;
    if (!(typeof n === 'number' && typeof d === 'number' && n >= 0 && d > 0 && n < Infinity && d < Infinity)) {
      rejectRow(n, d, i);
    }
    // Stryker disable next-line ArithmeticOperator: halfUpSmall(-0, d) is floor(d / 2d) = 0 all the same; the `+ 0` only spares the reader that thought
    const big = n * scale + 0; // `+ 0` turns a -0 numerator into 0
    if (
      fast &&
      big <= FAST_LIMIT &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: halfUpSmall(big, d) with big ≤ 2^50 is exact for a whole d of any size: below 2^52, 2·big + d and 2d are exact; above, big / d < ¼ rounds to 0 both ways
      d <= FAST_LIMIT &&
      Math.floor(n) === n &&
      Math.floor(d) === d
    ) {
      // half-up of big / d in safe integers (2·big + d ≤ 3·2^50 stays exact), as the kernel rounds
      const units = halfUpSmall(big, d);
      out[i] = units / power; // correctly rounded: the double nearest units / 10^decimals
    } else {
      out[i] = exactRow(n, d, perExact, decimals, i);
    }
  }
  return out;
}
