/**
 * Qualitative aims (“xây dựng nền y tế công bằng …”): a person must judge them. Internal.
 *
 * @internal
 * @module
 */
import type { KindRule } from './types.js';

/** The qualitative kind. */
export const qualitative: KindRule = {
  id: 'qualitative',
  judge: () => ({ status: 'needs-review', reason: 'qualitative', published: null, decimals: null, period: null }),
  describe: () => undefined,
  goal: () => '',
  bounds: () => undefined,
};
