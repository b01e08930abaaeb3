/**
 * The regularized incomplete beta function and its inverse (internal; the public faces are
 * `studentTQuantile` and the sex-ratio interval).
 *
 * @module
 */
import { logGamma, stirlingError } from './gamma.js';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * log B(a, b). When the larger argument is 10 or more, log Γ(b) − log Γ(a + b) is taken from
 * Stirling's series as −a·log b − (a + b − ½)·log1p(a/b) + a + (Stirling errors), which
 * avoids subtracting two large, nearly equal log-gammas (b = 5·10⁵ for a t with 10⁶ degrees
 * of freedom).
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const ratio =
    -small * Math.log(large) -
    (small + large - 0.5) * Math.log1p(small / large) +
    small +
    stirlingError(large) -
    stirlingError(small + large);
  return logGamma(small) + ratio;
}

/** The continued fraction of I_x(a, b) (modified Lentz), valid for x < (a + 1)/(a + b + 2). */
function fraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return h;
}

/**
 * I_x(a, b) and its complement 1 − I_x(a, b), each computed directly (no subtraction near
 * 1), for 0 ≤ x ≤ 1 (with y = 1 − x given exactly by the caller).
 */
export function incompleteBeta(x: number, y: number, a: number, b: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  // the log of the value near 1 comes from log1p of the small one, so that a·log x keeps its
  // digits when a is huge (a t with 10⁹ degrees of freedom)
  const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = x <= 0.5 ? Math.log1p(-x) : Math.log(y);
  const logFront = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logFront) * fraction(x, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (Math.exp(logFront) * fraction(y, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/**
 * The x with I_x(a, b) = p (when `tail` is 'lower') or 1 − I_x(a, b) = p ('upper'),
 * returned as the pair (x, 1 − x) so that a value near 1 keeps its precision in 1 − x.
 * Newton steps on the distribution, kept inside a bracket that every evaluation narrows;
 * bisection when a step leaves it. `converged` is false when the root cannot be represented
 * (the caller then throws rather than return a wrong number).
 */
export function inverseIncompleteBeta(
  p: number,
  a: number,
  b: number,
  tail: 'lower' | 'upper',
): { x: number; y: number; converged: boolean } {
  let low = 0;
  let high = 1;
  // start from the mean
  let x = a / (a + b);
  let y = b / (a + b);
  const logB = logBeta(a, b);
  for (let iteration = 0; iteration < 400; iteration++) {
    const value = incompleteBeta(x, y, a, b);
    const f = tail === 'lower' ? value.lower - p : value.upper - p;
    if (f === 0) break;
    // the lower tail rises with x, the upper one falls
    if (f < 0 === (tail === 'lower')) low = x;
    else high = x;
    const density = Math.exp((a - 1) * (x <= 0.5 ? Math.log(x) : Math.log1p(-y)) + (b - 1) * (x <= 0.5 ? Math.log1p(-x) : Math.log(y)) - logB);
    const slope = tail === 'lower' ? density : -density;
    let next = x - f / slope;
    if (!(next > low && next < high) || !Number.isFinite(next)) next = 0.5 * (low + high);
    const step = Math.abs(next - x);
    x = next;
    y = 1 - next;
    if (step <= 1e-15 * Math.min(x, y) || high - low <= 1e-16 * Math.min(x, y)) break;
  }
  // a root beyond what doubles can represent (x below 1e-308, or the density underflowing)
  // leaves the solver stuck at the edge: check the answer instead of trusting it
  const check = incompleteBeta(x, y, a, b);
  const reached = tail === 'lower' ? check.lower : check.upper;
  return { x, y, converged: Math.abs(reached - p) <= 1e-9 * p };
}
