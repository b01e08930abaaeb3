import { fail } from '../errors.js';
import { NOT_AN_OBJECT } from '../messages/index.js';
import { PER_REQUIRED } from './messages/index.js';
import type { Indicator } from '../model/indicator.js';
import { toDecimals, toPositive, type Num } from '../numeric/decimal.js';

/**
 * What {@link defaultDecimals} may consult besides the indicator.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { defaultDecimals, type DefaultDecimalsOptions } from 'chitieu';
 *
 * const options: DefaultDecimalsOptions = { per: 10000 };
 * console.log(defaultDecimals(undefined, options)); // 1
 * ```
 */
export interface DefaultDecimalsOptions {
  /** The target, whose own `decimals` wins when set. */
  readonly target?: { readonly decimals?: number | undefined } | undefined;
  /** The multiplier of an indicator outside the catalog: 100 means a percentage. */
  readonly per?: Num | undefined;
}

/**
 * The published precision a value is rounded to before it is compared with a target
 * (DESIGN, “Evaluation”): the target's `decimals`, else the indicator's, else two decimals for
 * a percentage (`per` 100) and one for any other rate per N.
 *
 * @category Catalog
 * @param indicator - The catalog entry (or an app's own indicator), or `undefined` when unknown.
 * @param options - The target and, for an unknown indicator, its multiplier `per`.
 * @returns A whole number of decimal places, 0–20.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `per`) when neither the target, the
 *   indicator nor `per` settles the precision; `NOT_AN_INTEGER` / `OUT_OF_RANGE` for a bad
 *   `target.decimals`; `INVALID_NUMBER` / `ZERO_DENOMINATOR` / `NEGATIVE_COUNT` for a bad `per`.
 * @example
 * ```ts
 * import { defaultDecimals, requireIndicator } from 'chitieu';
 *
 * const doctors = requireIndicator('doctors-per-10k');
 * console.log(defaultDecimals(doctors)); // 1
 * console.log(defaultDecimals(doctors, { target: { decimals: 2 } })); // 2
 * console.log(defaultDecimals(undefined, { per: 100 })); // 2
 * console.log(defaultDecimals(undefined, { per: 1000 })); // 1
 * ```
 */
export function defaultDecimals(
  indicator: Pick<Indicator, 'decimals'> | undefined,
  options: DefaultDecimalsOptions = {},
): number {
  if (typeof options !== 'object' || options === null) throw fail(NOT_AN_OBJECT, 'options', { value: options });
  const target: unknown = options.target;
  if (target !== undefined && (typeof target !== 'object' || target === null)) throw fail(NOT_AN_OBJECT, 'target', { value: target });
  const targetDecimals = (target as { decimals?: number } | undefined)?.decimals;
  if (targetDecimals !== undefined) return toDecimals(targetDecimals, 'target.decimals');
  if (indicator !== undefined) {
    if (typeof indicator !== 'object' || indicator === null) throw fail(NOT_AN_OBJECT, 'indicator', { value: indicator });
    return toDecimals(indicator.decimals, 'indicator.decimals');
  }
  if (options.per === undefined) {
    throw fail(PER_REQUIRED, 'per', {});
  }
  return toPositive(options.per, 'per').equals(100) ? 2 : 1;
}
