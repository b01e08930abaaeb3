import { fail } from '../errors.js';
import { DF_TOO_LARGE, TAIL_BEYOND_DOUBLE } from './messages/index.js';
import { inverseIncompleteBeta } from './internal/beta.js';
import { normalQuantile } from './normalQuantile.js';
import { requireOpenUnit, requirePositive } from './internal/validate.js';

/** The largest degrees of freedom accepted. */
const MAX_DF = 1e10;
/** From here on the Cornish–Fisher expansion is used (its next term is below 1e-16 relative). */
const LARGE_DF = 1e5;

/**
 * The Cornish–Fisher expansion of t in powers of 1/df around the normal quantile z (Hill
 * 1970; Abramowitz & Stegun 26.7.5), to the 1/df⁴ term.
 */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  const r = 1 / df;
  return z + r * (g1 + r * (g2 + r * (g3 + r * g4)));
}

/**
 * Student's t quantile: the `t` with `P(T ≤ t) = p` for `T ~ t(df)`, the same as R's
 * `qt(p, df)`. Used for the interval of a mean from a sample.
 *
 * Computed by inverting the regularized incomplete beta function, P(|T| > t) =
 * I_{df/(df + t²)}(df/2, 1/2), solving for t²/(df + t²) with the smaller of it and its
 * complement kept to full precision, so that no digits are lost near p = 0.5 or in the tails
 * (Newton steps on the log of the tail inside a bisection bracket, the answer checked against
 * the distribution); from df = 10⁵ on, by the
 * Cornish–Fisher expansion around the normal quantile. Against R 4.2's `qt` on chitieu's
 * fixture grid (df from 1 to 10¹⁰, p from 1e-10 to 1 − 1e-6) the largest relative
 * difference is below 1e-11.
 *
 * @category Statistics
 * @param p - a probability strictly between 0 and 1.
 * @param df - degrees of freedom, greater than 0 and at most 10¹⁰ (need not be an integer).
 * @returns the quantile; negative for `p < 0.5`, 0 for `p = 0.5`.
 * @throws {@link ChitieuError} `OUT_OF_RANGE` (field `p`) unless 0 < p < 1 (and when p is so
 *   far in the tail for a small df that t² overflows a double, |t| beyond about 1e154, e.g.
 *   p = 1e-300 with df = 1, where R's `qt` still returns −3.2e299), `OUT_OF_RANGE`
 *   (field `df`) unless 0 < df ≤ 10¹⁰, `INVALID_NUMBER` for NaN or ±Infinity,
 *   `INVALID_ARGUMENT` for a non-number.
 * @example
 * ```ts
 * import { studentTQuantile } from 'chitieu';
 *
 * // the t of a two-sided 95% interval from 8 values (7 degrees of freedom)
 * console.log(studentTQuantile(0.975, 7).toFixed(6)); // '2.364624'
 * // with 1 degree of freedom t is Cauchy: qt(0.75, 1) = tan(π/4) = 1
 * console.log(studentTQuantile(0.75, 1).toFixed(12)); // '1.000000000000'
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  requireOpenUnit(p, 'p');
  requirePositive(df, 'df');
  if (df > MAX_DF) {
    throw fail(DF_TOO_LARGE, 'df', { value: df });
  }
  if (p === 0.5) return 0;
  // Stryker disable next-line EqualityOperator: p = 0.5 has returned above, so `<` and `<=` choose alike
  const tail = p < 0.5 ? p : 1 - p; // exact for p > 0.5
  const twoSided = 2 * tail;
  // Stryker disable next-line EqualityOperator: at df = 1e5 exactly the incomplete-beta route and Cornish–Fisher agree with R's qt to 2e-13, so `>` gives the same value within the tests' reach
  if (df >= LARGE_DF) return cornishFisher(normalQuantile(p), df);
  // y = t²/(df + t²) solves 1 − I_y(1/2, df/2) = twoSided; the solver keeps whichever of y and
  // 1 − y is the smaller to full precision, so t² = df·y/(1 − y) keeps its digits either way
  // Stryker disable next-line StringLiteral: the solver treats every tail other than 'lower' as the upper one, so '' solves the same equation
  const solution = inverseIncompleteBeta(twoSided, 0.5, df / 2, 'upper');
  const tSquared = (df * solution.x) / solution.y;
  const converged = solution.converged;
  const t = Math.sqrt(tSquared);
  if (!converged || !Number.isFinite(t)) {
    throw fail(TAIL_BEYOND_DOUBLE, 'p', { value: p, df });
  }
  // Stryker disable next-line EqualityOperator: p = 0.5 has returned above, so `<` and `<=` choose alike
  return p < 0.5 ? -t : t;
}
