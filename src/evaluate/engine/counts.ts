/**
 * Counting results by status. Internal.
 *
 * @internal
 * @module
 */
import type { StatusCounts, TargetStatus } from '../types.js';

/** Zero of each status, in the order results list them. */
export function noStatuses(): Record<TargetStatus, number> {
  return { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 };
}

/** Count results by status, frozen. */
export function countStatuses(results: readonly { readonly status: TargetStatus }[]): StatusCounts {
  const counts = noStatuses();
  for (const result of results) counts[result.status]++;
  return Object.freeze(counts);
}
