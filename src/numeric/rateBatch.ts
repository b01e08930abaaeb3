import { chitieuError } from '../errors.js';
import { toDecimals, toPositive } from './decimal.js';
import { pow10, scaledFromText } from './internal.js';

/** Largest n × per × 10^decimals and d of the fast path, so that every product stays exact. */
const FAST_LIMIT = 1125899906842624; // 2^50

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Throw the error for row `index`, whose numerator or denominator failed the quick check. */
function rejectRow(numerator: unknown, denominator: unknown, index: number): never {
  const rows: readonly [unknown, string, boolean][] = [
    [numerator, `numerators[${index}]`, false],
    [denominator, `denominators[${index}]`, true],
  ];
  for (const [value, field, isDenominator] of rows) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw chitieuError('INVALID_NUMBER', field, {
        en: `${field} must be a finite number (got ${describe(value)})`,
        vi: `${field} phải là một số hữu hạn (nhận ${describe(value)})`,
      });
    }
    if (value < 0) {
      throw chitieuError('NEGATIVE_COUNT', field, {
        en: `${field} must not be negative (got ${value})`,
        vi: `${field} không được âm (nhận ${value})`,
      });
    }
    if (isDenominator && value === 0) {
      throw chitieuError('ZERO_DENOMINATOR', field, {
        en: `${field} must be greater than zero (got 0)`,
        vi: `${field} phải lớn hơn 0 (nhận 0)`,
      });
    }
  }
  /* c8 ignore next */
  throw new TypeError('chitieu internal: rejectRow called for a valid row');
}

/**
 * One row the exact way: every number read through its shortest text (as `toDecimal` does),
 * `n × per × 10^decimals / d` as a fraction of bigints, rounded half-up, then converted to the
 * nearest double by `Number()` of its decimal text (correctly rounded).
 */
function exactRow(numerator: number, denominator: number, per: string, decimals: number, index: number): number {
  const n = scaledFromText(String(numerator));
  const d = scaledFromText(String(denominator));
  const p = scaledFromText(per);
  const shift = n.exponent + p.exponent + decimals - d.exponent;
  let top = n.coefficient * p.coefficient;
  let bottom = d.coefficient;
  if (shift >= 0) top *= pow10(shift);
  else bottom *= pow10(-shift);
  let units = top / bottom;
  if (2n * (top % bottom) >= bottom) units += 1n;
  const value = Number(`${units}e-${decimals}`);
  if (value === Infinity) {
    const field = `numerators[${index}]`;
    throw chitieuError('OUT_OF_RANGE', field, {
      en: `${field} gives a rate too large for a double (${units}e-${decimals})`,
      vi: `${field} cho tỷ suất quá lớn để biểu diễn bằng số double (${units}e-${decimals})`,
    });
  }
  return value;
}

function checkColumn(column: ArrayLike<number>, field: string): number {
  if (typeof column === 'object' && column !== null && typeof column.length === 'number') return column.length;
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be an array or typed array of numbers`,
    vi: `${field} phải là một mảng hoặc mảng định kiểu (typed array) các số`,
  });
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
 * exactly with bigints. Numbers are read through their shortest text, as {@link toDecimal}
 * reads them (`0.1` is one tenth).
 *
 * @param numerators - counts, `≥ 0`, finite (fractional estimates allowed).
 * @param denominators - populations, `> 0`, finite; same length as `numerators`.
 * @param options - `per` (a positive finite number) and `decimals` (0 to 20).
 * @throws {@link ChitieuError} `LENGTH_MISMATCH` (field `denominators`); per row
 *   `INVALID_NUMBER`, `NEGATIVE_COUNT`, `ZERO_DENOMINATOR` naming the cell
 *   (`denominators[3]`); `OUT_OF_RANGE` (`numerators[i]`) when a rate exceeds the largest
 *   double; `ZERO_DENOMINATOR` / `NEGATIVE_COUNT` / `INVALID_NUMBER` (field `per`) and
 *   `INVALID_ARGUMENT` for a non-number `per` or a column that is not array-like; the
 *   errors of {@link toDecimals} for `decimals`.
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
    throw chitieuError('LENGTH_MISMATCH', 'denominators', {
      en: `denominators has ${denominators.length} rows but numerators has ${length}`,
      vi: `denominators có ${denominators.length} dòng nhưng numerators có ${length}`,
    });
  }
  if (typeof options !== 'object' || options === null || typeof options.per !== 'number') {
    throw chitieuError('INVALID_ARGUMENT', 'per', {
      en: 'options.per must be a number',
      vi: 'options.per phải là một số',
    });
  }
  const per = options.per;
  const perText = toPositive(per, 'per').toString();
  const decimals = toDecimals(options.decimals, 'decimals');
  const power = 10 ** decimals; // exact: 10^k is a double for k ≤ 22
  const scale = per * power;
  // exact when per is a whole number and per × 10^k ≤ 2^50 (then n × scale below is exact too)
  const fast = Number.isInteger(per) && scale <= FAST_LIMIT;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const n = numerators[i] as number;
    const d = denominators[i] as number;
    if (!(typeof n === 'number' && typeof d === 'number' && n >= 0 && d > 0 && n < Infinity && d < Infinity)) {
      rejectRow(n, d, i);
    }
    const big = n * scale + 0; // `+ 0` turns a -0 numerator into 0
    if (fast && big <= FAST_LIMIT && d <= FAST_LIMIT && Math.floor(n) === n && Math.floor(d) === d) {
      // half-up is ⌊big/d + ½⌋ = ⌊(2·big + d) / 2d⌋. big and d are whole numbers ≤ 2^50, so
      // top ≤ 3·2^50, twice and units × twice (≤ top + twice) are exact doubles. The
      // remainder check fixes a quotient that rounded up onto the next whole number. (Below
      // 2^53 that cannot happen: a quotient m − δ of whole numbers has δ ≥ 1 / twice, more
      // than half an ulp of m; the check is the guard of the exact-remainder method and
      // costs nothing measurable, being always predicted not taken.)
      // No data-dependent branch, unlike `if (2r ≥ d) q += 1`, which mispredicts on half the rows.
      const top = big + big + d;
      const twice = d + d;
      let units = Math.floor(top / twice);
      /* v8 ignore next */
      if (top - units * twice < 0) units -= 1;
      out[i] = units / power; // correctly rounded: the double nearest units / 10^decimals
    } else {
      out[i] = exactRow(n, d, perText, decimals, i);
    }
  }
  return out;
}
