import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, normalQuantile } from '../../src/stats/index.js';
import { budgetMs } from '../helpers/budget.js';
import { expectChitieuError, reference, relativeError, R_TOLERANCE } from './helpers.js';

describe('chiSquareQuantile', () => {
  it('matches R qchisq on every fixture row (fixtures/make-fixtures.R, R 4.2.2)', () => {
    expect(reference.qchisq.length).toBeGreaterThan(300);
    for (const row of reference.qchisq) {
      const actual = chiSquareQuantile(row.p, row.df);
      const where = `p = ${row.p}, df = ${row.df}`;
      expect(relativeError(actual, row.q), where).toBeLessThanOrEqual(R_TOLERANCE);
      // R's own upper-tail inversion at the same probability, where given
      if (row.qUpperTail !== undefined) {
        expect(relativeError(actual, row.qUpperTail), where).toBeLessThanOrEqual(R_TOLERANCE);
      }
    }
  });

  it('inverts χ²(2), an exponential with mean 2, in closed form', () => {
    // P(X ≤ x) = 1 − e^(−x/2)  ⇒  x = −2·ln(1 − p)
    // p = 0.5: x = 2·ln 2
    expect(relativeError(chiSquareQuantile(0.5, 2), 2 * Math.LN2)).toBeLessThan(1e-14);
    // p = 0.9: x = −2·ln(0.1) = 2·ln 10 (1 − 0.9 is 0.09999999999999998 in doubles)
    expect(relativeError(chiSquareQuantile(0.9, 2), -2 * Math.log(1 - 0.9))).toBeLessThan(1e-14);
    // p = 1e-12: x = −2·log1p(−1e-12) ≈ 2e-12
    expect(relativeError(chiSquareQuantile(1e-12, 2), -2 * Math.log1p(-1e-12))).toBeLessThan(1e-14);
  });

  it('inverts χ²(1) = Z² through the normal quantile', () => {
    // P(Z² ≤ x) = 2Φ(√x) − 1 = p  ⇒  x = Φ⁻¹((1 + p)/2)²
    for (const p of [0.1, 0.5, 0.9, 0.95, 0.99]) {
      const z = normalQuantile((1 + p) / 2);
      expect(relativeError(chiSquareQuantile(p, 1), z * z), `p = ${p}`).toBeLessThan(1e-13);
    }
  });

  it('increases with p and with df', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 0.1, max: 1e5, noNaN: true }),
        (a, b, df) => {
          const [p, q] = a < b ? [a, b] : [b, a];
          fc.pre(q - p > 1e-9);
          const low = chiSquareQuantile(p, df);
          const high = chiSquareQuantile(q, df);
          return low > 0 && low < high && Number.isFinite(high);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        (p, df) => chiSquareQuantile(p, df) < chiSquareQuantile(p, df * 1.01),
      ),
    );
  });

  it('rejects p outside (0, 1), df ≤ 0 and non-finite input', () => {
    expectChitieuError(() => chiSquareQuantile(0, 3), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => chiSquareQuantile(1, 3), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => chiSquareQuantile(Number.NaN, 3), 'INVALID_NUMBER', 'p');
    expectChitieuError(() => chiSquareQuantile(0.5, 0), 'OUT_OF_RANGE', 'df');
    expectChitieuError(() => chiSquareQuantile(0.5, -2), 'OUT_OF_RANGE', 'df');
    expectChitieuError(() => chiSquareQuantile(0.5, Number.POSITIVE_INFINITY), 'INVALID_NUMBER', 'df');
    expectChitieuError(() => chiSquareQuantile(0.5, Number.NaN), 'INVALID_NUMBER', 'df');
    // the documented ceiling: df ≤ 1e10 (the fixture grid includes df = 1e10 itself)
    const tooLarge = expectChitieuError(() => chiSquareQuantile(0.5, 1.0000001e10), 'OUT_OF_RANGE', 'df');
    // the message shows the value given
    expect(tooLarge.message).toContain('got 10000001000');
    expect(tooLarge.vi).toContain('nhận 10000001000');
  });

  // issue 11: degrees of freedom between about 1.1e9 and 1.5e9 gave 9.8e17 for 1.4e9
  it('stays near df for very large df (Wilson–Hilferty, whose error there is about 1e-10)', () => {
    for (const df of [1.05e9, 1.1e9, 1.3e9, 1.4e9, 1.5e9, 1.6e9]) {
      for (const p of [0.025, 0.1, 0.5, 0.9, 0.975]) {
        // Wilson–Hilferty: df · (1 − 2/(9df) + z·√(2/(9df)))³
        const h = 2 / (9 * df);
        const approximation = df * (1 - h + normalQuantile(p) * Math.sqrt(h)) ** 3;
        expect(relativeError(chiSquareQuantile(p, df), approximation)).toBeLessThan(1e-9);
      }
    }
    // by hand: z = 1.2815515655446004, h = 1.5873e-10: 1.4e9 · 1.0000161456…³ = 1 400 067 813.76
    expect(chiSquareQuantile(0.9, 1.4e9)).toBeCloseTo(1_400_067_813.76, 1);
  });

  // issue 11: chiSquareQuantile(0.025, 1e-310) never returned
  it('returns at once for tiny df, where the quantile underflows to 0 as documented', () => {
    // P(X ≤ x) ≈ (x/2)^(df/2) / Γ(1 + df/2): x = 2 · 0.025^(2e310) underflows to 0
    const started = performance.now();
    expect(chiSquareQuantile(0.025, 1e-310)).toBe(0);
    expect(chiSquareQuantile(0.999, 1e-300)).toBe(0);
    expect(performance.now() - started).toBeLessThan(budgetMs(500));
    // df = 0.1, p = 0.5: x = 2 · (0.5 · Γ(1.05))^20 = 2 · 0.48675…^20 ≈ 1.1148e-6
    expect(relativeError(chiSquareQuantile(0.5, 0.1), 2 * (0.5 * 0.9735042656627757) ** 20)).toBeLessThan(1e-6);
    // df = 1e-17, p = 1 − 2e-15: the upper tail Q = 1 − p (exactly 1.99840144…e-15 in doubles) is
    // (df/2) · E1(x/2) with E1(y) ≈ −γ − ln y, so x = 2 · exp(−γ − Q / 5e-18) ≈ 2.93e-174
    const p = 1 - 2e-15;
    const expected = 2 * Math.exp(-0.5772156649015329 - (1 - p) / 5e-18);
    // Q moves only by Q/400 per unit of ln x here: a 1% error in x is a 2.5e-5 error in Q
    expect(relativeError(chiSquareQuantile(p, 1e-17), expected)).toBeLessThan(2e-2);
  });
});
