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
  // Stryker disable next-line EqualityOperator: at a larger argument of exactly 10 the log-gamma sum and the Stirling form agree to 1e-15, so either gives the same value
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the modified-Lentz guard only acts when 1 + aa·d cancels below 1e-300, which no x < (a + 1)/(a + b + 2) reaches; `<=` differs only at exactly 1e-300
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  // Stryker disable next-line EqualityOperator: the fraction converges in far fewer than 1e5 terms for every a, b a double count allows, so one term more or less changes nothing
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the modified-Lentz guard only acts when 1 + aa·d cancels below 1e-300, which no x < (a + 1)/(a + b + 2) reaches; `<=` differs only at exactly 1e-300
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the modified-Lentz guard only acts when 1 + aa/c cancels below 1e-300, which no x < (a + 1)/(a + b + 2) reaches; `<=` differs only at exactly 1e-300
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the modified-Lentz guard only acts when 1 + aa·d cancels below 1e-300, which no x < (a + 1)/(a + b + 2) reaches; `<=` differs only at exactly 1e-300
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the modified-Lentz guard only acts when 1 + aa/c cancels below 1e-300, which no x < (a + 1)/(a + b + 2) reaches; `<=` differs only at exactly 1e-300
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    // Stryker disable next-line EqualityOperator: a double delta has |delta − 1| either 0 or at least 1.1e-16 > EPSILON, so `<` and `<=` stop at the same step
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return h;
}

/**
 * I_x(a, b) and its complement 1 − I_x(a, b), each computed directly (no subtraction near
 * 1), for 0 ≤ x ≤ 1 (with y = 1 − x given exactly by the caller).
 */
export function incompleteBeta(x: number, y: number, a: number, b: number): { lower: number; upper: number } {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without the guard x = 0 gives log x = −Infinity, exp(−Infinity) = 0 and the same { lower: 0, upper: 1 }
  if (x <= 0) return { lower: 0, upper: 1 };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without the guard y = 0 gives log y = −Infinity, exp(−Infinity) = 0 and the same { lower: 1, upper: 0 }
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
 * Newton steps on the log of the tail probability against log x (lower tail) or log(1 − x)
 * (upper tail): the lower tail behaves like a power of x near 0 and the upper one like a
 * power of 1 − x near 1, and both like exponentials in between, where these steps are
 * (nearly) exact, so a root as small as 1e-150 takes a few steps where Newton on the
 * probability itself only halved x at each one. The steps are kept inside a bracket that
 * every evaluation narrows; bisection when a step leaves it. `converged` is false when the
 * root cannot be represented (the caller then throws rather than return a wrong number).
 */
export function inverseIncompleteBeta(
  p: number,
  a: number,
  b: number,
  tail: 'lower' | 'upper',
): { x: number; y: number; converged: boolean } {
  // above 1/2 the other tail is solved: 1 − p is exact there (Sterbenz) and the other tail's
  // value is computed directly, not as 1 − (a value near 1)
  if (p > 0.5) return inverseIncompleteBeta(1 - p, a, b, tail === 'lower' ? 'upper' : 'lower');
  // the bracket as (x, 1 − x) pairs too: near 1 it is judged on 1 − x
  let low = { x: 0, y: 1 };
  let high = { x: 1, y: 0 };
  // start from the mean
  let x = a / (a + b);
  let y = b / (a + b);
  const logB = logBeta(a, b);
  const logP = Math.log(p);
  // Stryker disable next-line EqualityOperator,UpdateOperator: every input ends the loop by a break (a step of 0 once x is as close as doubles allow) well before 400 iterations, so the cap's form changes nothing
  for (let iteration = 0; iteration < 400; iteration++) {
    const value = incompleteBeta(x, y, a, b);
    const reached = tail === 'lower' ? value.lower : value.upper;
    // Stryker disable next-line ConditionalExpression: without this break an exact hit moves the bracket's end onto x, the next step bisects and Newton comes back to the same root within the stopping rule
    if (reached === p) break;
    // the lower tail rises with x, the upper one falls
    // Stryker disable next-line EqualityOperator: reached = p has broken out above, so `<` and `<=` choose alike
    if (reached < p === (tail === 'lower')) low = { x, y };
    else high = { x, y };
    // Stryker disable next-line ConditionalExpression,EqualityOperator: these logs only set the Newton slope; a slope off by a rounding (or infinite, sending the step to bisection) costs steps, not accuracy, since the tail itself is evaluated by incompleteBeta
    const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, only the Newton slope
    const logY = x <= 0.5 ? Math.log1p(-x) : Math.log(y);
    // d log I/d log x = x·density/I (lower); d log(1 − I)/d log(1 − x) = (1 − x)·density/(1 − I) (upper)
    const logSlope =
      tail === 'lower'
        ? a * logX + (b - 1) * logY - logB - Math.log(reached)
        : (a - 1) * logX + b * logY - logB - Math.log(reached);
    const step = (Math.log(reached) - logP) / Math.exp(logSlope);
    // the new point as x·e^(−step) (lower) or (1 − x)·e^(−step) (upper), and its complement
    // from the change itself, so that whichever of the two is small keeps its digits
    const shrink = Math.expm1(-step);
    let nextX = tail === 'lower' ? x * Math.exp(-step) : x - y * shrink;
    let nextY = tail === 'lower' ? y - x * shrink : y * Math.exp(-step);
    const inside = nextX <= 0.5 ? nextX > low.x && nextX < high.x : nextY < low.y && nextY > high.y;
    if (!inside && high.x <= 0.5) {
      // bisect on the side of the smaller coordinate
      nextX = 0.5 * (low.x + high.x);
      nextY = 1 - nextX;
    } else if (!inside) {
      nextY = 0.5 * (low.y + high.y);
      nextX = 1 - nextY;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the stopping rule only saves iterations: past it Newton moves x by less than 1e-15 relative, so stopping later or earlier (by the other test) returns the same root
    const change = nextX <= 0.5 ? Math.abs(nextX - x) : Math.abs(nextY - y);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: as above, the bracket-width test only ends iterations that no longer move x
    const width = nextX <= 0.5 ? high.x - low.x : low.y - high.y;
    x = nextX;
    y = nextY;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: as above, the stopping rule only saves iterations
    if (change <= 1e-15 * Math.min(x, y) || width <= 1e-16 * Math.min(x, y)) break;
  }
  // a root beyond what doubles can represent (x below 1e-308, or the density underflowing)
  // leaves the solver stuck at the edge: check the answer instead of trusting it. The check
  // allows 1e-6 of p: a stuck solver misses by orders of magnitude, while incompleteBeta itself
  // is only good to about 1e-9 relative with parameters near 10⁷ (7·10⁶ boys and 3·10⁶ girls
  // failed a check at 1e-9 of p though the root agreed with R's qbeta to 2e-12)
  const check = incompleteBeta(x, y, a, b);
  const reached = tail === 'lower' ? check.lower : check.upper;
  // Stryker disable next-line EqualityOperator: equality at exactly 1e-6·p is not reachable by a converged or a stuck solver alike; `<` and `<=` decide the same
  return { x, y, converged: Math.abs(reached - p) <= 1e-6 * p };
}
