import { chitieuError } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import { getIndicator } from './getIndicator.js';

/**
 * The catalog entry with this id; throws when the catalog has none.
 *
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
  const indicator = typeof id === 'string' ? getIndicator(id) : undefined;
  if (indicator === undefined) {
    const shown = typeof id === 'string' ? `'${id}'` : String(id);
    throw chitieuError('INVALID_ARGUMENT', 'id', {
      en: `id must be an indicator id in the catalog (got ${shown})`,
      vi: `id phải là mã chỉ số có trong danh mục (nhận ${shown})`,
    });
  }
  return indicator;
}
