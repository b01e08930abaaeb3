/**
 * The linear projection: the straight line through the first figure (the baseline, or the
 * earliest figure) and the latest, extended to the due date, on exact values. Internal.
 *
 * @internal
 * @module
 */
import { add, div, mul, sub, type Q } from '../../numeric/exact/rational.js';
import { passedBound } from './bounds.js';
import type { Projected, ProjectionRule, Trend } from './types.js';

/** The line through the trend's two figures. */
function slopeOf(trend: Trend): Q {
  return div(sub(trend.latest, trend.first), sub(trend.latestTime, trend.firstTime));
}

/** The linear method. */
export const linear: ProjectionRule = {
  id: 'linear',
  project(trend: Trend): Projected {
    const slope = slopeOf(trend);
    const value = add(trend.latest, mul(slope, sub(trend.dueTime, trend.latestTime)));
    const bound = passedBound(trend, value);
    if (bound === undefined) return { value, slopePerYear: slope, growthPercent: undefined, bound: undefined };
    // the line reaches the bound at latestTime + (bound − latest) / slope
    const time = add(trend.latestTime, div(sub(bound, trend.latest), slope));
    return { value: bound, slopePerYear: slope, growthPercent: undefined, bound: { value: bound, time } };
  },
  assess(_trend, projected, _rule, meets) {
    return { onTrack: meets(projected.value), sdg: undefined };
  },
};
