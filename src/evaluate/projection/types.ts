/**
 * What a projection method is: how it carries a trend to the due date, and how it judges
 * whether the target is on track. Internal.
 *
 * @internal
 * @module
 */
import type { Q } from '../../numeric/exact/rational.js';
import type { Rule } from '../engine/rule.js';
import type { ProjectionMethod, SdgCategory } from '../types.js';

/** A trend: its first and latest figures (exact), the due date, and the bounds a figure stays within. */
export interface Trend {
  readonly firstTime: Q;
  readonly first: Q;
  readonly latestTime: Q;
  readonly latest: Q;
  readonly dueTime: Q;
  /** The least and greatest value the figure can take (0, 100 for a share), where there is one. */
  readonly lower: Q | undefined;
  readonly upper: Q | undefined;
}

/** A trend carried to the due date. */
export interface Projected {
  /** The projected level at the due date, unrounded (to 60 digits for growth curves), stopped at a bound. */
  readonly value: Q;
  /** Change per year: the line's slope, or along a curve the average change from the latest figure to the due date. */
  readonly slopePerYear: Q;
  /** Annual growth in percent, for growth curves. */
  readonly growthPercent: Q | undefined;
  /** Where the projection stops at a bound, and when it gets there. */
  readonly bound: { readonly value: Q; readonly time: Q } | undefined;
}

/** A method's judgement before the due date. */
export interface Assessment {
  readonly onTrack: boolean;
  /** The SDG assessment, for the `sdg` method. */
  readonly sdg: { readonly ratio: Q | undefined; readonly category: SdgCategory } | undefined;
}

/** A projection method: one module each, listed in the registry. */
export interface ProjectionRule {
  readonly id: ProjectionMethod;
  /** Carry the trend to the due date. */
  project(trend: Trend): Projected;
  /** Judge the trend against the rule; `meets` says whether a level (published as the rule says) meets it. */
  assess(trend: Trend, projected: Projected, rule: Rule, meets: (level: Q) => boolean): Assessment;
}
