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
  // Stryker disable next-line StringLiteral: a qualitative target's line always ends at its reason (qualitative, governed or a conflict), before any goal clause (engine/explain.ts)
  goal: () => '',
  bounds: () => undefined,
};
