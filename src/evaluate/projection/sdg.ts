/**
 * The SDG progress method (UN Statistics Division, as Open SDG applies it after ESCAP): the
 * ratio of the actual compound annual growth rate, from the first figure to the latest, to
 * the rate required to reach the target by the due date from the first figure:
 * `R = CAGR_actual / CAGR_required`. A target already met is on track while the projection
 * keeps it met; otherwise R ≥ 0.95 is on track, 0.60 ≤ R < 0.95 needs acceleration,
 * 0 ≤ R < 0.60 is limited progress, R < 0 deterioration. Zeros are replaced by 0.001. The
 * projection shown is the growth curve's. Internal.
 *
 * @internal
 * @module
 */
import { Decimal } from '../../numeric/decimal.js';
import { cmp, sub } from '../../numeric/exact/rational.js';
import { nearestBound, published } from '../engine/rule.js';
import type { SdgCategory } from '../types.js';
import { annualFactor, curveOf, decimalOf, projectCurve, rationalOf } from './growthRate.js';
import type { ProjectionRule } from './types.js';

const FLOOR = new Decimal('0.001');
const ON_TRACK = new Decimal('0.95');
const FAIR = new Decimal('0.6');

/** The category of a growth ratio. */
export function categoryOf(ratio: Decimal): SdgCategory {
  if (ratio.gte(ON_TRACK)) return 'on-track';
  if (ratio.gte(FAIR)) return 'acceleration-needed';
  if (ratio.gte(0)) return 'limited-progress';
  return 'deterioration';
}

/** The SDG method. */
export const sdg: ProjectionRule = {
  id: 'sdg',
  project(trend) {
    return projectCurve(trend, curveOf(trend));
  },
  assess(trend, projected, rule, meets) {
    if (meets(trend.latest)) {
      const kept = meets(projected.value);
      return { onTrack: kept, sdg: { ratio: undefined, category: kept ? 'on-track' : 'deterioration' } };
    }
    const curve = curveOf(trend);
    const actual = annualFactor(curve).minus(1);
    // the bound nearest the latest figure as published, as `meets` reads it: unrounded, a figure
    // published outside a range may lie inside it, and would be its own goal
    const latest = published(rule, trend.latest);
    const bound = nearestBound(rule, latest);
    const goal = Decimal.max(decimalOf(bound), FLOOR);
    const required = goal.div(curve.first).pow(new Decimal(1).div(decimalOf(sub(trend.dueTime, trend.firstTime)))).minus(1);
    // the way the latest figure has still to move (none when it sits on a strict bound)
    const towards = cmp(bound, latest);
    if (required.isZero()) {
      // the first figure was on the target and the latest, not meeting it, has left it: the
      // growth from the one to the other can only be away from the target (or none at all)
      return { onTrack: false, sdg: { ratio: undefined, category: actual.isZero() ? 'limited-progress' : 'deterioration' } };
    }
    // Stryker disable next-line EqualityOperator: towards is not 0 where `towards > 0` is read, so `>=` reads the same
    if (towards !== 0 && required.isPositive() !== towards > 0) {
      // the first figure lay past the goal (it met the target, or overshot a range) and the
      // latest lies short of it on the other side: growth "required" from the first would point
      // away from where the figure now has to go, and a ratio to it would call a figure moving
      // away from the target on track. No ratio, then: growth that still points the way the
      // figure must go is limited progress, growth the other way deterioration.
      // Stryker disable next-line EqualityOperator: towards is not 0 here (the branch asks it), so `>=` reads as `>`
      return { onTrack: false, sdg: { ratio: undefined, category: actual.isZero() || actual.isPositive() !== towards > 0 ? 'deterioration' : 'limited-progress' } };
    }
    const ratio = actual.div(required);
    const category = categoryOf(ratio);
    return { onTrack: category === 'on-track', sdg: { ratio: rationalOf(ratio), category } };
  },
};
