import { describe, expect, it } from 'vitest';
import { chiSquareQuantile } from '../../src/stats/index.js';
import { logGamma, logGammaTails } from '../../src/stats/internal/gamma.js';
import { budgetMs } from '../helpers/budget.js';
import { relativeError, R_TOLERANCE } from './helpers.js';

// Every expected value below is R 4.2.2 output, printed with sprintf('%.17g', …), or exact.

describe('logGamma', () => {
  it('is log((n − 1)!) at whole numbers, to the last digits', () => {
    // Γ(1) = Γ(2) = 1: log Γ is 0 (the recursion from 1 or 2 up to 10 and Stirling's series at 10 cancel)
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
    // Γ(10) = 9! = 362 880; Γ(11) = 10! = 3 628 800
    expect(relativeError(logGamma(10), Math.log(362_880))).toBeLessThan(1e-15);
    expect(relativeError(logGamma(11), Math.log(3_628_800))).toBeLessThan(1e-15);
  });
});

describe('logGammaTails (internal: log P(a, y) and log Q(a, y))', () => {
  it('matches R pgamma(…, log.p = TRUE) far out in both tails', () => {
    // R: sprintf('%.17g', pgamma(exp(-700), 15, log.p = TRUE)): y/a ≈ 7e-306, where 1 + (y − a)/a is exactly 0
    expect(relativeError(logGammaTails(15, -700).logP, -10527.89927138384)).toBeLessThan(1e-13);
    // R: sprintf('%.17g', pgamma(exp(5), 15, lower.tail = FALSE, log.p = TRUE))
    expect(relativeError(logGammaTails(15, 5).logQ, -103.50606081684269)).toBeLessThan(1e-13);
    // R: sprintf('%.17g', pgamma(exp(50), 15, lower.tail = FALSE, log.p = TRUE)): y/a ≈ 3.5e20
    const started = performance.now();
    expect(relativeError(logGammaTails(15, 50).logQ, -5.184705528587072e21)).toBeLessThan(1e-13);
    expect(performance.now() - started).toBeLessThan(budgetMs(100));
  });

  it('puts all the mass below a y beyond the range of a double', () => {
    // e^710 overflows to Infinity. R: pgamma(Inf, 0.5, log.p = TRUE) = 0,
    // pgamma(Inf, 0.5, lower.tail = FALSE, log.p = TRUE) = -Inf, dgamma(Inf, 0.5, log = TRUE) = -Inf
    const tails = logGammaTails(0.5, 710);
    expect(tails.logP).toBe(0);
    expect(tails.logQ).toBe(Number.NEGATIVE_INFINITY);
    expect(tails.logPrefix).toBe(Number.NEGATIVE_INFINITY);
  });

  it('keeps the upper tail of a tiny shape, about a·E1(y), to full precision below y = a + 1', () => {
    // R: sprintf('%.17g', pgamma(0.26, 1e-8, lower.tail = FALSE, log.p = TRUE))
    expect(relativeError(logGammaTails(1e-8, Math.log(0.26)).logQ, -18.406887570995732)).toBeLessThan(1e-13);
    // R: sprintf('%.17g', pgamma(1, 1e-8, lower.tail = FALSE, log.p = TRUE))
    expect(relativeError(logGammaTails(1e-8, 0).logQ, -19.937612692722354)).toBeLessThan(1e-13);
    // and Q near 1 to full relative precision of log Q when P is tiny:
    // R: sprintf('%.17g', pgamma(exp(-700), 0.5, lower.tail = FALSE, log.p = TRUE)) and the same with lower.tail = TRUE
    expect(relativeError(logGammaTails(0.5, -700).logQ, -1.1204342940937015e-152)).toBeLessThan(1e-13);
    expect(relativeError(logGammaTails(0.5, -700).logP, -349.87921776236476)).toBeLessThan(1e-13);
    // R: sprintf('%.17g', pgamma(1.2, 0.5, lower.tail = FALSE, log.p = TRUE))
    expect(relativeError(logGammaTails(0.5, Math.log(1.2)).logQ, -2.1091979004804928)).toBeLessThan(1e-13);
  });
});

describe('chiSquareQuantile: tiny and small df, far tails', () => {
  // A bug found with these: for df below about 1e-6 the upper tail Q = 1 − p was taken as 1 − P
  // below the mean, which keeps only about 1e-16/Q of it (1.5e-6 relative error at df = 2e-10).
  it('upper tail for tiny df agrees with R to 1e-9', () => {
    const cases = [
      // R: sprintf('%.17g', qchisq(1 - (1 - 1e-10), 2e-10, lower.tail = FALSE))
      { p: 1 - 1e-10, df: 2e-10, q: 0.52947396382291978 },
      // R: sprintf('%.17g', qchisq(1 - (1 - 1e-8), 2e-8, lower.tail = FALSE))
      { p: 1 - 1e-8, df: 2e-8, q: 0.52947401810522909 },
      // R: sprintf('%.17g', qchisq(1 - (1 - 5e-9), 2e-8, lower.tail = FALSE))
      { p: 1 - 5e-9, df: 2e-8, q: 1.1064430187524528 },
      // R: sprintf('%.17g', qchisq(1 - (1 - 1e-5), 2e-6, lower.tail = FALSE))
      { p: 1 - 1e-5, df: 2e-6, q: 5.0979234606448656e-5 },
    ];
    for (const { p, df, q } of cases) {
      expect(relativeError(chiSquareQuantile(p, df), q), `p = ${p}, df = ${df}`).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });

  it('agrees with R where rounding near the root sends a Newton step out of its bracket', () => {
    const cases = [
      // R: sprintf('%.17g', qchisq(1 - 0.9999999999996129, 1.969966073714513e-13, lower.tail = FALSE))
      { p: 0.9999999999996129, df: 1.969966073714513e-13, q: 0.022296599840716917 },
      // R: sprintf('%.17g', qchisq(1 - 0.999999998278857, 7.391384190193792e-10, lower.tail = FALSE))
      { p: 0.999999998278857, df: 7.391384190193792e-10, q: 0.010717502930647523 },
      // R: sprintf('%.17g', qchisq(1 - 0.999993705466536, 8.545841378341411e-7, lower.tail = FALSE))
      { p: 0.999993705466536, df: 8.545841378341411e-7, q: 4.4940818956977608e-7 },
    ];
    for (const { p, df, q } of cases) {
      expect(relativeError(chiSquareQuantile(p, df), q), `p = ${p}, df = ${df}`).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });

  it('df just below 2e-3 (shape below 1e-3, where log Γ(1 + a) is a Taylor series) agrees with R to 1e-10', () => {
    // Here x moves by 1/a ≈ 1000 times any relative change in p, and R's values check back
    // through pchisq to 1e-16 in p (R: pchisq(q, 1.98e-3) / p − 1), so they are good to about 1e-13.
    const cases = [
      // R: sprintf('%.17g', qchisq(0.975, 1.98e-3))
      { p: 0.975, q: 8.7953490350990036e-12 },
      // R: sprintf('%.17g', qchisq(0.9, 1.98e-3))
      { p: 0.9, q: 6.7766402823507687e-47 },
      // R: sprintf('%.17g', qchisq(0.7, 1.98e-3))
      { p: 0.7, q: 3.8377406283452004e-157 },
      // R: sprintf('%.17g', qchisq(0.999, 1.98e-3))
      { p: 0.999, q: 0.52262200511150481 },
    ];
    for (const { p, q } of cases) {
      expect(relativeError(chiSquareQuantile(p, 1.98e-3), q), `p = ${p}`).toBeLessThan(1e-10);
    }
  });

  it('returns yᵃ/Γ(1 + a) = p solved for y once y is below e⁻⁷⁰⁰ (a subnormal quantile)', () => {
    // a = df/2 = 9.627e-4: y = (0.5·Γ(1 + a))^(1/a) ≈ e^−720.6.
    // R: sprintf('%.17g', qchisq(0.5, 1.9254e-3)) = 2.2763043968214498e-313 and the closed form
    // sprintf('%.17g', 2 * exp((log(0.5) + lgamma(1 + 9.627e-4)) / 9.627e-4)) = 2.2763043967720433e-313
    expect(relativeError(chiSquareQuantile(0.5, 1.9254e-3), 2.2763043968214498e-313)).toBeLessThan(1e-9);
    expect(relativeError(chiSquareQuantile(0.5, 1.9254e-3), 2.2763043967720433e-313)).toBeLessThan(1e-9);
  });

  it('lower tail of df = 20 down to p = 1e-300 agrees with R', () => {
    const cases = [
      // R: sprintf('%.17g', qchisq(1e-300, 20)): x/df ≈ 4.5e-31
      { p: 1e-300, q: 9.057457376233535e-30 },
      // R: sprintf('%.17g', qchisq(1e-100, 20))
      { p: 1e-100, q: 9.0574573766064198e-10 },
      // R: sprintf('%.17g', qchisq(1e-50, 20))
      { p: 1e-50, q: 9.0574946662456572e-5 },
      // R: sprintf('%.17g', qchisq(1e-20, 20))
      { p: 1e-20, q: 0.090949726322494331 },
    ];
    for (const { p, q } of cases) {
      expect(relativeError(chiSquareQuantile(p, 20), q), `p = ${p}`).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });
});
