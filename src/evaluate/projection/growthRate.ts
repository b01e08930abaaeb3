/**
 * The growth-rate projection: constant annual growth from the first figure to the latest
 * (the compound annual growth rate), carried to the due date; zeros and negatives are
 * replaced by 0.001, as the SDG progress methods do. Fractional powers are worked to 60
 * significant digits with decimal.js. Internal.
 *
 * @internal
 * @module
 */
import { Decimal } from '../../numeric/decimal.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import { add, cmp, div, sub, type Q } from '../../numeric/exact/rational.js';
import { toDecimalText } from '../../numeric/exact/text.js';
import { passedBound } from './bounds.js';
import type { Projected, ProjectionRule, Trend } from './types.js';

const FLOOR = new Decimal('0.001');

/** A rational as a decimal.js value (60 digits). */
export function decimalOf(q: Q): Decimal {
  return new Decimal(toDecimalText(q));
}

/** A decimal.js value as a rational (its 60 digits, exactly). */
export function rationalOf(d: Decimal): Q {
  return readDecimal(d.toString()) as Q;
}

/** The curve through the trend: the floored first and latest figures, their ratio and the years between. */
export interface Curve {
  readonly first: Decimal;
  readonly latest: Decimal;
  readonly ratio: Decimal;
  readonly years: Decimal;
}

/** The growth curve through a trend. */
export function curveOf(trend: Trend): Curve {
  const first = Decimal.max(decimalOf(trend.first), FLOOR);
  const latest = Decimal.max(decimalOf(trend.latest), FLOOR);
  return { first, latest, ratio: latest.div(first), years: decimalOf(sub(trend.latestTime, trend.firstTime)) };
}

/** The annual growth factor of a curve, `ratio^(1/years)`. */
export function annualFactor(curve: Curve): Decimal {
  return curve.ratio.pow(new Decimal(1).div(curve.years));
}

/** Carry a curve to the due date, stopping at a bound. */
export function projectCurve(trend: Trend, curve: Curve): Projected {
  const remaining = sub(trend.dueTime, trend.latestTime);
  const growth = annualFactor(curve);
  const growthPercent = rationalOf(growth.minus(1).times(100));
  let value = rationalOf(curve.latest.times(curve.ratio.pow(decimalOf(remaining).div(curve.years))));
  let bound: Projected['bound'];
  const passed = passedBound(trend, value);
  if (passed !== undefined && !curve.ratio.eq(1)) {
    // latest × ratio^((t − latestTime) / years) = bound  ⇔  t = latestTime + years × ln(bound / latest) / ln(ratio)
    const target = Decimal.max(decimalOf(passed), FLOOR);
    const time = add(trend.latestTime, rationalOf(curve.years.times(target.div(curve.latest).ln()).div(curve.ratio.ln())));
    value = passed;
    bound = { value: passed, time };
  }
  const slopePerYear = cmp(remaining, { n: 0, d: 1 }) > 0 ? div(sub(value, trend.latest), remaining) : { n: 0, d: 1 };
  return { value, slopePerYear, growthPercent, bound };
}

/** The growth-rate method. */
export const growthRate: ProjectionRule = {
  id: 'growth-rate',
  project(trend: Trend): Projected {
    return projectCurve(trend, curveOf(trend));
  },
  assess(_trend, projected, _rule, meets) {
    return { onTrack: meets(projected.value), sdg: undefined };
  },
};
