import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, normalQuantile } from '../../src/stats/index.js';
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
    expectChitieuError(() => chiSquareQuantile(0.5, 1.0000001e10), 'OUT_OF_RANGE', 'df');
  });
});
