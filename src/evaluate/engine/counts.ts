/**
 * Counting results by status. Internal.
 *
 * @internal
 * @module
 */
import type { StatusCounts, TargetStatus } from '../types.js';

/** Count statuses (of results, or a table's column), frozen. */
export function countStatuses(results: readonly ({ readonly status: TargetStatus } | TargetStatus)[]): StatusCounts {
  // counted in locals: a keyed update of an object per item is slow
  let achieved = 0;
  let notAchieved = 0;
  let onTrack = 0;
  let offTrack = 0;
  let noData = 0;
  let needsReview = 0;
  for (const item of results) {
    switch (typeof item === 'string' ? item : item.status) {
      case 'achieved':
        achieved++;
        break;
      case 'not-achieved':
        notAchieved++;
        break;
      case 'on-track':
        onTrack++;
        break;
      case 'off-track':
        offTrack++;
        break;
      case 'no-data':
        noData++;
        break;
      case 'needs-review':
        needsReview++;
        break;
    }
  }
  return Object.freeze({ achieved, 'not-achieved': notAchieved, 'on-track': onTrack, 'off-track': offTrack, 'no-data': noData, 'needs-review': needsReview });
}
