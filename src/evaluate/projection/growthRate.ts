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

/**
 * The farthest power of ten a projected figure may reach, either way. A constant growth rate
 * carries a figure far (from 0, read as 0.001, to 1,000 in a month is a factor of 10⁶ a
 * month), beyond the range of figures chitieu reads, and is still exact; past this it is not
 * a projection anyone can use, and its bigints would cost more than the rest of the evaluation.
 */
export const MAX_PROJECTED_EXPONENT = 10_000;

/** Thrown (inside the evaluation) by a projection whose figure goes past {@link MAX_PROJECTED_EXPONENT}. */
export class BeyondRange extends Error {}

/** A decimal.js value as a rational (its 60 digits, exactly); {@link BeyondRange} past `10^±MAX_PROJECTED_EXPONENT`. */
export function rationalOf(d: Decimal): Q {
  if (!d.isFinite() || (!d.isZero() && Math.abs(d.e) > MAX_PROJECTED_EXPONENT)) throw new BeyondRange();
  const read = readDecimal(d.toString());
  // Stryker disable next-line ConditionalExpression: the way below gives the same rational (in bigints); this is the short way, for figures in the range read from text
  if (typeof read !== 'string') return read;
  // outside the range of figures read from text: the coefficient's digits over a power of ten
  const [mantissa, exponent] = d.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('-', '').replace('.', '');
  const shift = Number(exponent) - (digits.length - 1);
  const coefficient = d.isNegative() ? -BigInt(digits) : BigInt(digits);
  // Stryker disable next-line EqualityOperator: at shift 0 both ways give the coefficient over 1
  return shift >= 0 ? { n: coefficient * 10n ** BigInt(shift), d: 1n } : { n: coefficient, d: 10n ** BigInt(-shift) };
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
  // Stryker disable next-line BooleanLiteral: the engine's bounds are 0 and 100; a curve with ratio 1 stays at its latest figure (0.001 at the least), within them, and passes neither
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
