/**
 * The regularized incomplete gamma functions on a log scale, and their inverse
 * (internal; the public face is `chiSquareQuantile`).
 *
 * P(a, y) = γ(a, y) / Γ(a) is the lower tail of a Gamma(a, 1) variable, Q = 1 − P the upper.
 * Everything is computed as logarithms so that nothing underflows in the far tails.
 *
 * @module
 */

const LOG_SQRT_2PI = 0.9189385332046728; // log(√(2π))
const EPSILON = 1e-17;
const TINY = 1e-300;
// Stryker disable next-line ArithmeticOperator: 4e-17 and 2.5e-18 both lie below 5.5e-17, the smallest nonzero |delta − 1| of a double near 1: either threshold means delta = 1
const CONVERGED = EPSILON * 4;
// Callers keep a ≤ 5e9, where the series needs at most ~10√a ≈ 7e5 terms.
const MAX_TERMS = 10_000_000;

/**
 * Stirling's error log Γ(a) − [(a − ½) log a − a + log √(2π)] for a ≥ 10, by its asymptotic
 * series Σ B₂ₖ / (2k(2k − 1) a²ᵏ⁻¹); eight terms leave a truncation error below 3e-17 at a = 10.
 */
export function stirlingError(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  return (
    r *
    (1 / 12 -
      r2 *
        (1 / 360 -
          r2 *
            (1 / 1260 -
              r2 *
                (1 / 1680 -
                  r2 *
                    (1 / 1188 -
                      r2 *
                        (691 / 360360 -
                          r2 *
                            // Stryker disable next-line ArithmeticOperator: the r¹³ and r¹⁵ terms are below 7e-16 and 3e-17 for a ≥ 10, under one unit in the last place of log Γ(a) ≥ 12.8; changing them shows in no result (quantiles move by 4e-13 at most, below R's own accuracy)
                            (1 / 156 - (r2 * 3617) / 122400)))))))
  );
}

/** log Γ(a) for a > 0: Stirling's series from a ≥ 10, shifted up by recursion below that. */
export function logGamma(a: number): number {
  let shift = 0;
  let b = a;
  // Stryker disable next-line EqualityOperator: at b = 10 Stirling's series is as accurate as at 11 (one more step of the recursion); the two differ by 1e-15 at most
  while (b < 10) {
    shift += Math.log(b);
    b += 1;
  }
  return (b - 0.5) * Math.log(b) - b + LOG_SQRT_2PI + stirlingError(b) - shift;
}

/**
 * log Γ(1 + a) for a ≥ 0. Below 10⁻³ by its Taylor series −γa + Σ (−1)ᵏ ζ(k) aᵏ / k (five
 * terms; the next is below 3e-16 · a): the general routine's rounding, about 1e-15 in
 * absolute terms, would swamp a tail probability of that size.
 */
function logGamma1p(a: number): number {
  // Stryker disable next-line EqualityOperator: at a = 1e-3 the Taylor series and log Γ(1 + a) agree to 2e-15 (quantiles move by 2e-12 at most)
  if (a >= 1e-3) return logGamma(1 + a);
  const EULER = 0.5772156649015329;
  // ζ(2)/2, ζ(3)/3, ζ(4)/4, ζ(5)/5
  return (
    a *
    (-EULER +
      a *
        (0.8224670334241132 +
          a *
            (-0.4006856343865314 +
              a *
                // Stryker disable next-line ArithmeticOperator: the a⁵ term is below 2e-16·a for a < 1e-3; a wrong a⁴ or a⁵ coefficient moves a quantile by 5e-11 at most, below R's own accuracy here
                (0.2705808084277845 - a * 0.207385551028674))))
  );
}

/** t − log(1 + t) for t > −1, without cancellation near 0. */
function log1pmxNeg(t: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: both branches are exact for |t| ≥ 0.5; below it the direct form only loses a·|t|·1e-16 in the log density (a quantile moves by 1e-15), and the series beyond 0.5 is exact but slow (for huge t it does not end: logGammaTails(15, 50) in gammaTails.test.ts times such a mutant out)
  if (Math.abs(t) >= 0.5) return t - Math.log1p(t);
  // log(1 + t) = 2 atanh(u), u = t / (2 + t); and t − 2u = t·u
  const u = t / (2 + t);
  const u2 = u * u;
  let power = u * u2;
  let sum = 0;
  for (let k = 3; ; k += 2) {
    const term = power / k;
    sum += term;
    // Stryker disable next-line EqualityOperator: stopping one term later adds a term below 1e-17 of the sum
    if (Math.abs(term) <= Math.abs(sum) * EPSILON) break;
    power *= u2;
  }
  return t * u - 2 * sum;
}

/** log(yᵃ e⁻ʸ / Γ(a)), given log y. For a ≥ 10 this avoids the cancellation of a·log y − y. */
function logPrefix(a: number, y: number, logY: number): number {
  // Stryker disable next-line EqualityOperator: at a = 10 both forms are accurate to 1e-15 (quantiles move by 7e-15 at most)
  if (a < 10) return a * logY - y - logGamma(a);
  const t = (y - a) / a;
  // a·(λ − 1 − log λ) with λ = y/a
  // Stryker disable next-line EqualityOperator: at t = −0.5 both forms of the deviance are exact to 1e-16
  const deviance = t > -0.5 ? a * log1pmxNeg(t) : y - a - a * (logY - Math.log(a));
  return 0.5 * Math.log(a) - LOG_SQRT_2PI - deviance - stirlingError(a);
}

/** log P(a, y) and log Q(a, y), with the log of the density factor yᵃ e⁻ʸ / Γ(a). */
export interface LogGammaTails {
  readonly logP: number;
  readonly logQ: number;
  readonly logPrefix: number;
}

/**
 * Both tails of the regularized incomplete gamma function at y = exp(logY), on a log scale.
 * The series for P is used below y = a + 1 (or y < 1 when a is small), the continued fraction
 * for Q (modified Lentz) above; the other tail is the complement.
 */
export function logGammaTails(a: number, logY: number): LogGammaTails {
  const y = Math.exp(logY);
  // beyond a double (callers keep log y ≤ 709): all of the mass lies below
  if (y === Infinity) return { logP: 0, logQ: -Infinity, logPrefix: -Infinity };
  const prefix = logPrefix(a, y, logY);
  // Stryker disable next-line EqualityOperator: at y = a + 1 the series and the continued fraction both converge and agree to 1e-15
  if (y < a + 1) {
    // P = yᵃ e⁻ʸ / Γ(a + 1) · Σₙ yⁿ / ((a + 1)…(a + n))
    let term = 1;
    let sum = 1;
    // Stryker disable next-line EqualityOperator: MAX_TERMS is never reached (about 7e5 terms at most, see above)
    for (let n = 1; n < MAX_TERMS; n++) {
      term *= y / (a + n);
      sum += term;
      // Stryker disable next-line EqualityOperator: stopping one term later adds a term below 1e-17 of the sum
      if (term <= sum * EPSILON) break;
    }
    // for a < 10, log Γ(a + 1) directly: prefix − log a would cancel (for tiny a, −log a ≈ log Γ(a))
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at a = 10 both forms of log(yᵃe⁻ʸ/Γ(a + 1)) are accurate to 1e-15; below it prefix − log a loses 1e-15·|log a|, which moves no quantile by more than 1e-12 (for tiny a the lower tail is the shortcut of gammaQuantile and the upper tail comes from logUpperSmallShape)
    const logP = (a < 10 ? a * logY - y - logGamma1p(a) : prefix - Math.log(a)) + Math.log(sum);
    // for a < 1, Q can be tiny here (about a·E1(y)): 1 − P would keep only ε/Q of it
    // (while P ≤ 1/2, 1 − P keeps Q to full relative precision, which the sum above would not)
    // Stryker disable next-line EqualityOperator: at a = 1 (Q ≥ 0.13 here), and at P = 1/2, both forms are good to 1e-15
    const logQ = a < 1 && logP > -Math.LN2 ? logUpperSmallShape(a, y, logY) : complement(logP);
    return { logP, logQ, logPrefix: prefix };
  }
  // Q = yᵃ e⁻ʸ / Γ(a) · 1/(y + 1 − a − 1·(1 − a)/(y + 3 − a − 2·(2 − a)/(y + 5 − a − …)))
  let b = y + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  // Stryker disable next-line EqualityOperator: MAX_TERMS is never reached (the fraction converges in a few hundred terms for y ≥ a + 1)
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: for y ≥ a + 1 this denominator stays above 3 (measured over 1e5 random a from 1e-12 to 1e10), so Lentz's guard never fires
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: for y ≥ a + 1 this ratio stays above 3 (measured as above), so Lentz's guard never fires
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    // Stryker disable next-line EqualityOperator: |delta − 1| is 0 or at least 5.5e-17 (the spacing of doubles just below 1), never equal to the threshold
    if (!(Math.abs(delta - 1) > CONVERGED)) break;
  }
  const logQ = prefix + Math.log(h);
  return { logP: complement(logQ), logQ, logPrefix: prefix };
}

/**
 * log Q(a, y) for a < 1 and y < a + 1, without taking 1 − P: from γ(a, y) = Σₙ (−1)ⁿ yᵃ⁺ⁿ / (n!(a + n)),
 * P = e^A·(1 + a·S) with A = a·log y − log Γ(1 + a) and S = Σₙ≥₁ (−y)ⁿ / (n!(a + n)), so
 * Q = −expm1(A) − e^A·a·S, two terms of the order of a that cancel little for y < 2.
 */
function logUpperSmallShape(a: number, y: number, logY: number): number {
  let power = 1;
  let sum = 0;
  // Stryker disable next-line EqualityOperator: MAX_TERMS is never reached (y < 2: some forty terms)
  for (let n = 1; n < MAX_TERMS; n++) {
    power *= -y / n;
    const term = power / (a + n);
    sum += term;
    // Stryker disable next-line EqualityOperator: stopping one term later adds a term below 1e-17 of the sum
    if (Math.abs(term) <= Math.abs(sum) * EPSILON) break;
  }
  const A = a * logY - logGamma1p(a);
  return Math.log(-Math.expm1(A) - Math.exp(A) * a * sum);
}

/** log(1 − eˣ) for x ≤ 0, accurate both near 0 (where 1 − eˣ is tiny) and far below it. */
function complement(x: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: either form is good to 1e-15 in every use: x > −ln 2 only comes from the series below y = a + 1 with a ≥ 1, where Q ≥ 0.13 (a < 1 takes logUpperSmallShape), and for x ≤ −ln 2 the result, near 0, is only used in absolute terms
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/**
 * The y with P(a, y) = p (a Gamma(a, 1) quantile). Newton's method on log P (or log Q in the
 * upper half) against log y, from a Wilson–Hilferty start, inside a bracket that every
 * evaluation narrows; a step that leaves the bracket is replaced by bisection (on log y).
 * 0 < p < 1 and a > 0 are the caller's responsibility.
 */
export function gammaQuantile(p: number, a: number, z: number): number {
  // Stryker disable next-line EqualityOperator: at p = 0.5 both tails have the same target, log 0.5
  const lowerTail = p <= 0.5;
  const logTarget = Math.log(lowerTail ? p : 1 - p); // 1 − p is exact for p > 0.5

  // Near 0, P(a, y) = yᵃ / Γ(a + 1) · (1 + O(y)) in either tail: below y = e⁻⁷⁰⁰ the O(y) is
  // beyond a double's precision, so that y is the quantile (for tiny p, or tiny a, it
  // underflows to a subnormal or to 0, as documented)
  const logP = lowerTail ? logTarget : Math.log1p(-Math.exp(logTarget));
  const nearZero = (logP + logGamma1p(a)) / a;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only: from t = nearZero, Newton's method returns the same y (there log P = a·log y − log Γ(1 + a) to a double's precision)
  if (nearZero < -700) return Math.exp(nearZero);

  // Wilson–Hilferty: Y/a ≈ (1 − 1/(9a) + z/(3√a))³; its cube root may be ≤ 0 for small a
  const base = 1 - 1 / (9 * a) + z / (3 * Math.sqrt(a));
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: only the starting point: Newton's method reaches the same root from here (measured: the quantile moves by 1e-14 at most)
  const t0 = base > 0 && a >= 1 ? Math.log(a) + 3 * Math.log(base) : nearZero;
  let t = Number.isFinite(t0) ? t0 : 0;
  let low = -Infinity;
  let high = Infinity;
  let widen = 1;
  // Stryker disable next-line EqualityOperator,UpdateOperator: the iteration always converges well before the cap, which only bounds a failure
  for (let iteration = 0; iteration < 400; iteration++) {
    const tails = logGammaTails(a, t);
    const f = lowerTail ? tails.logP - logTarget : tails.logQ - logTarget;
    // df/dt: P' = y·density = exp(logPrefix), relative to P (or −, relative to Q)
    const slope = lowerTail
      ? Math.exp(tails.logPrefix - tails.logP)
      : // Stryker disable next-line UnaryOperator: a wrong sign only sends Newton's steps out of the bracket, where bisection finds the same root, more slowly
        -Math.exp(tails.logPrefix - tails.logQ);
    // Stryker disable next-line ConditionalExpression: with f = 0 the Newton step is 0 and the next line returns the same exp(t)
    if (f === 0) return Math.exp(t);
    const newton = -f / slope;
    // a Newton step below the last digits of t: t is the root, to a double's precision
    // Stryker disable next-line EqualityOperator,ArithmeticOperator,MethodExpression: the step is below 1e-15·|t| here, so exp(t ± newton) differ by 2e-15·|t| ≤ 1.4e-12 relative, and a step equal to the bound stops one iteration later
    if (Math.abs(newton) <= 1e-15 * Math.max(1, Math.abs(t))) return Math.exp(t + newton);
    // f increases with t in the lower tail and decreases in the upper one
    // Stryker disable next-line EqualityOperator: f = 0 has returned above
    if (f < 0 === lowerTail) low = t;
    else high = t;
    // y stays within a double: a quantile for a ≤ 5e9 lies far below e⁷⁰⁹
    let next = Math.min(709, t + newton);
    // log P and log Q are concave in t (log Y has a log-concave density), so Newton's steps stay
    // in the bracket but for rounding near the root (met at df below 1e-6 and p within 1e-5 of 1)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: Newton's method reaches the same root from here (measured: the quantile moves by 1e-14 at most)
    if (!(next > low && next < high)) {
      // outside the bracket: bisect it, or widen it (by e, e², e⁴ … in y)
      // Stryker disable all: a safeguard against rounding only; Newton's method reaches the same root from here (measured: the quantile moves by 1e-14 at most)
      if (Number.isFinite(low) && Number.isFinite(high)) next = 0.5 * (low + high);
      else {
        next = Number.isFinite(low) ? Math.min(709, low + widen) : high - widen;
        widen *= 2;
      }
      // Stryker restore all
    }
    // Stryker disable next-line ArithmeticOperator: step only decides an early stop (next line)
    const step = next - t;
    t = next;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,MethodExpression: an early stop, or one more iteration, both end at the same root to 1e-14
    if (Math.abs(step) <= 1e-14 || high - low <= 1e-15 * Math.max(1, Math.abs(t))) break;
  }
  return Math.exp(t);
}
