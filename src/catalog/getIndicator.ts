import type { Indicator } from '../model/indicator.js';
import { indicators } from './indicators.js';


/**
 * The catalog entry with this id, or `undefined` when the catalog has none (apps may define
 * indicators of their own).
 *
 * @category Catalog
 * @param id - An indicator id such as `'doctors-per-10k'`.
 * @returns The frozen catalog entry, or `undefined`.
 * @example
 * ```ts
 * import { getIndicator } from 'chitieu';
 *
 * console.log(getIndicator('beds-per-10k')?.decimals); // 1
 * console.log(getIndicator('no-such-indicator')); // undefined
 * ```
 */
export function getIndicator(id: string): Indicator | undefined {
  for (const indicator of indicators) if (indicator.id === id) return indicator;
  return undefined;
}
