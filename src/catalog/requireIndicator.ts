import { fail } from '../errors.js';
import { nearest } from '../messages/nearest.js';
import { UNKNOWN_INDICATOR } from './messages/index.js';
import { indicators } from './indicators.js';
import type { Indicator } from '../model/indicator.js';
import { getIndicator } from './getIndicator.js';

/**
 * The catalog entry with this id; throws when the catalog has none.
 *
 * @category Catalog
 * @param id - An indicator id such as `'health-insurance-coverage'`.
 * @returns The frozen catalog entry.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `id`) for an id not in the catalog.
 * @example
 * ```ts
 * import { requireIndicator } from 'chitieu';
 *
 * console.log(requireIndicator('health-insurance-coverage').polarity); // 'higher-is-better'
 * try {
 *   requireIndicator('no-such-indicator');
 * } catch (error) {
 *   console.log((error as { code: string }).code); // 'INVALID_ARGUMENT'
 * }
 * ```
 */
export function requireIndicator(id: string): Indicator {
  // getIndicator compares ids with ===, so a value that is not a string finds nothing
  const indicator = getIndicator(id);
  if (indicator === undefined) {
    // the message leaves out a suggestion that is undefined
    const suggestion = typeof id === 'string' ? nearest(id, indicators.map((known) => known.id)) : undefined;
    throw fail(UNKNOWN_INDICATOR, 'id', { value: id, suggestion });
  }
  return indicator;
}
