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
                  r2 * (1 / 1188 - r2 * (691 / 360360 - r2 * (1 / 156 - (r2 * 3617) / 122400)))))))
  );
}

/** log Γ(a) for a > 0: Stirling's series from a ≥ 10, shifted up by recursion below that. */
export function logGamma(a: number): number {
  let shift = 0;
  let b = a;
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
  if (a >= 1e-3) return logGamma(1 + a);
  const EULER = 0.5772156649015329;
  // ζ(2)/2, ζ(3)/3, ζ(4)/4, ζ(5)/5
  return a * (-EULER + a * (0.8224670334241132 + a * (-0.4006856343865314 + a * (0.2705808084277845 - a * 0.2073855510286740))));
}

/** t − log(1 + t) for t > −1, without cancellation near 0. */
function log1pmxNeg(t: number): number {
  if (Math.abs(t) >= 0.5) return t - Math.log1p(t);
  // log(1 + t) = 2 atanh(u), u = t / (2 + t); and t − 2u = t·u
  const u = t / (2 + t);
  const u2 = u * u;
  let power = u * u2;
  let sum = 0;
  for (let k = 3; ; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * EPSILON) break;
    power *= u2;
  }
  return t * u - 2 * sum;
}

/** log(yᵃ e⁻ʸ / Γ(a)), given log y. For a ≥ 10 this avoids the cancellation of a·log y − y. */
function logPrefix(a: number, y: number, logY: number): number {
  if (a < 10) return a * logY - y - logGamma(a);
  const t = (y - a) / a;
  // a·(λ − 1 − log λ) with λ = y/a
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
  if (y < a + 1) {
    // P = yᵃ e⁻ʸ / Γ(a + 1) · Σₙ yⁿ / ((a + 1)…(a + n))
    let term = 1;
    let sum = 1;
    for (let n = 1; n < MAX_TERMS; n++) {
      term *= y / (a + n);
      sum += term;
      if (term <= sum * EPSILON) break;
    }
    // for a < 10, log Γ(a + 1) directly: prefix − log a would cancel (for tiny a, −log a ≈ log Γ(a))
    const logP = (a < 10 ? a * logY - y - logGamma1p(a) : prefix - Math.log(a)) + Math.log(sum);
    // for a < 1, Q can be tiny here (about a·E1(y)): 1 − P would keep only ε/Q of it
    const logQ = a < 1 && logP > -Math.LN2 ? logUpperSmallShape(a, y, logY) : complement(logP);
    return { logP, logQ, logPrefix: prefix };
  }
  // Q = yᵃ e⁻ʸ / Γ(a) · 1/(y + 1 − a − 1·(1 − a)/(y + 3 − a − 2·(2 − a)/(y + 5 − a − …)))
  let b = y + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (!(Math.abs(delta - 1) > EPSILON * 4)) break;
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
  for (let n = 1; n < MAX_TERMS; n++) {
    power *= -y / n;
    const term = power / (a + n);
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * EPSILON) break;
  }
  const A = a * logY - logGamma1p(a);
  return Math.log(-Math.expm1(A) - Math.exp(A) * a * sum);
}

/** log(1 − eˣ) for x ≤ 0, accurate both near 0 (where 1 − eˣ is tiny) and far below it. */
function complement(x: number): number {
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/**
 * The y with P(a, y) = p (a Gamma(a, 1) quantile). Newton's method on log P (or log Q in the
 * upper half) against log y, from a Wilson–Hilferty start, inside a bracket that every
 * evaluation narrows; a step that leaves the bracket is replaced by bisection (on log y).
 * 0 < p < 1 and a > 0 are the caller's responsibility.
 */
export function gammaQuantile(p: number, a: number, z: number): number {
  const lowerTail = p <= 0.5;
  const logTarget = Math.log(lowerTail ? p : 1 - p); // 1 − p is exact for p > 0.5

  // Near 0, P(a, y) = yᵃ / Γ(a + 1) · (1 + O(y)) in either tail: below y = e⁻⁷⁰⁰ the O(y) is
  // beyond a double's precision, so that y is the quantile (for tiny p, or tiny a, it
  // underflows to a subnormal or to 0, as documented)
  const logP = lowerTail ? logTarget : Math.log1p(-Math.exp(logTarget));
  const nearZero = (logP + logGamma1p(a)) / a;
  if (nearZero < -700) return Math.exp(nearZero);

  // Wilson–Hilferty: Y/a ≈ (1 − 1/(9a) + z/(3√a))³; its cube root may be ≤ 0 for small a
  const base = 1 - 1 / (9 * a) + z / (3 * Math.sqrt(a));
  const t0 = base > 0 && a >= 1 ? Math.log(a) + 3 * Math.log(base) : nearZero;
  let t = Number.isFinite(t0) ? t0 : 0;
  let low = -Infinity;
  let high = Infinity;
  let widen = 1;
  for (let iteration = 0; iteration < 400; iteration++) {
    const tails = logGammaTails(a, t);
    const f = lowerTail ? tails.logP - logTarget : tails.logQ - logTarget;
    // df/dt: P' = y·density = exp(logPrefix), relative to P (or −, relative to Q)
    const slope = lowerTail
      ? Math.exp(tails.logPrefix - tails.logP)
      : -Math.exp(tails.logPrefix - tails.logQ);
    if (f === 0) return Math.exp(t);
    const newton = -f / slope;
    // a Newton step below the last digits of t: t is the root, to a double's precision
    if (Math.abs(newton) <= 1e-15 * Math.max(1, Math.abs(t))) return Math.exp(t + newton);
    // f increases with t in the lower tail and decreases in the upper one
    if (f < 0 === lowerTail) low = t;
    else high = t;
    // y stays within a double: a quantile for a ≤ 5e9 lies far below e⁷⁰⁹
    let next = Math.min(709, t + newton);
    if (!(next > low && next < high)) {
      // outside the bracket: bisect it, or widen it (by e, e², e⁴ … in y)
      if (Number.isFinite(low) && Number.isFinite(high)) next = 0.5 * (low + high);
      else {
        next = Number.isFinite(low) ? Math.min(709, low + widen) : high - widen;
        widen *= 2;
      }
    }
    const step = next - t;
    t = next;
    if (Math.abs(step) <= 1e-14 || high - low <= 1e-15 * Math.max(1, Math.abs(t))) break;
  }
  return Math.exp(t);
}
