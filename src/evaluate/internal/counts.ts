import type { TargetResult, TargetStatus } from '../types.js';

/** Count results by status (internal). */
export function countStatuses(results: readonly TargetResult[]): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = {
    achieved: 0,
    'not-achieved': 0,
    'on-track': 0,
    'off-track': 0,
    'no-data': 0,
    'needs-review': 0,
  };
  for (const result of results) counts[result.status]++;
  return counts;
}

