import type { TargetResult, TargetStatus } from '../types.js';

/** Zero of each status, in the order results list them (internal). */
export function noStatuses(): Record<TargetStatus, number> {
  return { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 };
}

/** Count results by status (internal). */
export function countStatuses(results: readonly TargetResult[]): Record<TargetStatus, number> {
  const counts = noStatuses();
  for (const result of results) counts[result.status]++;
  return counts;
}
