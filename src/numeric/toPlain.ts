import { fail } from '../errors.js';
import { frozen } from '../freeze.js';
import { CIRCULAR, NOT_PLAIN, TOO_DEEP } from './messages/index.js';

/** Deeper than any result of chitieu: past it, a value is refused rather than walked. */
const MAX_DEPTH = 64;
import { Decimal } from './decimal.js';

/**
 * What {@link toPlain} makes of a value of type `T`: every `Decimal` and `bigint` a decimal
 * string, every typed array a `number[]`, objects and arrays the same shape, read-only.
 *
 * @category Numeric
 * @example
 * ```ts
 * import { toPlain, type Plain, type Decimal } from 'chitieu';
 *
 * const rate: Plain<{ value: Decimal; count: bigint }> = { value: '17.5', count: '21' };
 * console.log(rate.count); // '21'
 * ```
 */
export type Plain<T> = T extends Decimal
  ? string
  : T extends bigint
    ? string
    : T extends ArrayLike<number> & { readonly BYTES_PER_ELEMENT: number }
      ? readonly number[]
      : T extends readonly (infer U)[]
        ? readonly Plain<U>[]
        : T extends object
          ? { readonly [K in keyof T]: Plain<T[K]> }
          : T;

function plainOf(value: unknown, field: string, ancestors: Set<object>): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) throw fail(NOT_PLAIN, field, { value });
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') throw fail(NOT_PLAIN, field, { value });
  if (Decimal.isDecimal(value)) {
    if (!(value as Decimal).isFinite()) throw fail(NOT_PLAIN, field, { value });
    return (value as Decimal).toString();
  }
  if (ArrayBuffer.isView(value)) {
    const numbers = Array.from(value as unknown as ArrayLike<unknown>);
    numbers.forEach((item, i) => plainOf(item, `${field}[${i}]`, ancestors));
    return numbers;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) throw fail(NOT_PLAIN, field, { value });
  if (ancestors.has(value)) throw fail(CIRCULAR, field, {});
  if (ancestors.size >= MAX_DEPTH) throw fail(TOO_DEEP, field, { max: MAX_DEPTH });
  ancestors.add(value);
  const out = Array.isArray(value)
    ? value.map((item, i) => plainOf(item, `${field}[${i}]`, ancestors))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainOf(item, `${field}.${key}`, ancestors)]));
  ancestors.delete(value);
  return out;
}

/**
 * A result as plain data, for moving it between threads (`postMessage`, `structuredClone`)
 * and over the wire (`JSON.stringify`): every `Decimal` becomes its exact decimal text
 * (`'17.5'`, read back with `new Decimal(text)` or passed to any chitieu function as a
 * `Num`), every `bigint` its decimal text (`BigInt(text)` reads it back), every typed array
 * (`rateBatch`'s `Float64Array`) a `number[]`; objects and arrays keep their shape. A
 * `Decimal` cannot be sent by `structuredClone` (a `DataCloneError`), a `bigint` makes
 * `JSON.stringify` throw, and a `Float64Array` turns into `{ "0": 33.33 }` in JSON: this is
 * what an app sends instead. The result is frozen; the input is not changed. Anything else
 * (NaN or ±Infinity, a function, a `Map`, an object that refers to itself) is an
 * `INVALID_ARGUMENT` error naming where it is (`value.rows[2].ex`).
 *
 * @category Numeric
 * @param value - any result of chitieu (or anything built of plain objects, arrays,
 *   numbers, strings, booleans, `null`, `Decimal`s, `bigint`s and typed arrays).
 * @example
 * ```ts
 * import { per10k, requiredNumerator, rateBatch, toPlain } from 'chitieu';
 *
 * const sent = JSON.stringify(toPlain({
 *   rate: per10k(21, 12000),
 *   needed: requiredNumerator({ denominator: 12000, per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 }),
 *   rates: rateBatch([21, 33], [12000, 40000], { per: 10000, decimals: 1 }),
 * }));
 * console.log(sent); // '{"rate":"17.5","needed":"21","rates":[17.5,8.3]}'
 * console.log(structuredClone(toPlain(per10k(1, 3))).slice(0, 8)); // '3333.333'
 * ```
 */
export function toPlain<T>(value: T): Plain<T> {
  return frozen(plainOf(value, 'value', new Set())) as Plain<T>;
}
