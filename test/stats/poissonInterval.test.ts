import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poissonInterval } from '../../src/stats/index.js';
import { expectChitieuError, reference, relativeError, R_TOLERANCE } from './helpers.js';

describe('poissonInterval', () => {
  it("method 'exact' matches R's qchisq interval on every fixture row", () => {
    expect(reference.exact.length).toBe(65);
    for (const row of reference.exact) {
      const { lower, upper } = poissonInterval(row.x, { level: row.level });
      const where = `x = ${row.x} at ${row.level}`;
      if (row.x === 0) expect(lower, where).toBe(0);
      else expect(relativeError(lower, row.lower), where).toBeLessThanOrEqual(R_TOLERANCE);
      expect(relativeError(upper, row.upper), where).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });

  it("method 'byar' matches epitools pois.byar on every fixture row, negative bounds included", () => {
    expect(reference.byar.length).toBe(65);
    for (const row of reference.byar) {
      const { lower, upper } = poissonInterval(row.x, { level: row.level, method: 'byar' });
      const where = `x = ${row.x} at ${row.level}`;
      expect(relativeError(lower, row.lower), where).toBeLessThanOrEqual(R_TOLERANCE);
      expect(relativeError(upper, row.upper), where).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });

  it('exact, small counts in closed form', () => {
    // Hand-worked: Gamma(1, 1) is the unit exponential, P(Y ≤ y) = 1 − e^(−y).
    // x = 0: upper solves P(Gamma(1) ≤ u) = 1 − α/2, so u = −ln(α/2) = −ln(0.025) = 3.688879
    const zero = poissonInterval(0);
    expect(zero.lower).toBe(0);
    expect(relativeError(zero.upper, -Math.log(0.025))).toBeLessThan(1e-14);
    // x = 1: lower solves P(Gamma(1) ≤ l) = α/2, so l = −ln(1 − 0.025) = −ln(0.975) = 0.0253178
    expect(relativeError(poissonInterval(1).lower, -Math.log(0.975))).toBeLessThan(1e-14);
    // x = 0 at 90%: upper = −ln(0.05) = ln 20 = 2.995732
    expect(poissonInterval(0, { level: 0.9 }).upper.toFixed(6)).toBe('2.995732');
  });

  it('byar, x = 0 at 95% worked by hand: a negative lower bound, as epitools gives', () => {
    // a = x + 0.5 = 0.5 (epitools uses x + 0.5 in both bounds); z = 1.959964
    // 1 − 1/(9a) = 0.777778; (z/3)·√(1/a) = 0.653321 × 1.414214 = 0.923936
    // lower = 0.5 × (0.777778 − 0.923936)³ = 0.5 × (−0.146158)³ = 0.5 × −0.00312226 = −0.00156113
    // upper = 0.5 × (0.777778 + 0.923936)³ = 0.5 × 1.701714³ = 2.463936
    const { lower, upper } = poissonInterval(0, { method: 'byar' });
    expect(lower.toFixed(8)).toBe('-0.00156113');
    expect(upper.toFixed(6)).toBe('2.463936');
  });

  it('byar has no ceiling below Number.MAX_SAFE_INTEGER', () => {
    // a closed form: for x = 5e9, a = 5e9 + 0.5 and the bounds are a·(1 − 1/(9a) ∓ (z/3)/√a)³
    // ≈ x ∓ z·√x, i.e. 5e9 ∓ 1.96 × 70 711 ≈ 5e9 ∓ 138 590
    const { lower, upper } = poissonInterval(5e9, { method: 'byar' });
    expect(Math.round(5e9 - lower)).toBeGreaterThan(138_000);
    expect(Math.round(upper - 5e9)).toBeLessThan(139_000);
  });

  it("defaults to level 0.95 and method 'exact'", () => {
    expect(poissonInterval(7)).toEqual(poissonInterval(7, { level: 0.95, method: 'exact' }));
    expect(poissonInterval(7, {})).toEqual(poissonInterval(7, { method: 'exact' }));
  });

  const level = fc.double({ min: 1e-6, max: 1 - 1e-9, noNaN: true });

  it('exact: contains x, lower ≤ upper, and nests as the level grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), level, level, (x, a, b) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        fc.pre(large - small > 1e-9);
        const inner = poissonInterval(x, { level: small });
        const outer = poissonInterval(x, { level: large });
        return (
          0 <= outer.lower &&
          outer.lower <= inner.lower &&
          inner.lower <= x &&
          x <= inner.upper &&
          inner.upper <= outer.upper
        );
      }),
      { numRuns: 200 },
    );
  });

  it('byar: lower ≤ upper and nesting for every count and level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), level, level, (x, a, b) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        fc.pre(large - small > 1e-9);
        const inner = poissonInterval(x, { level: small, method: 'byar' });
        const outer = poissonInterval(x, { level: large, method: 'byar' });
        return outer.lower <= inner.lower && inner.lower <= inner.upper && inner.upper <= outer.upper;
      }),
    );
  });

  it('byar: contains x for x ≥ 1 at levels from 0.5 to 0.999', () => {
    // outside this domain epitools' formula need not contain x (see the TSDoc): below a level
    // of about 0.153 the interval for x = 1 lies above 1, and x = 0 never contains 0 below 0.901
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (x, l) => {
          const { lower, upper } = poissonInterval(x, { level: l, method: 'byar' });
          return 0 < lower && lower <= x && x <= upper;
        },
      ),
    );
    // the documented exceptions, from R: pois.byar(0, conf.level = 0.8)$lower = 0.0026180846
    expect(poissonInterval(0, { level: 0.8, method: 'byar' }).lower.toFixed(10)).toBe('0.0026180846');
  });

  it('rejects bad counts, levels, methods and options', () => {
    expectChitieuError(() => poissonInterval(-1), 'NEGATIVE_COUNT', 'count');
    expectChitieuError(() => poissonInterval(2.5), 'NOT_AN_INTEGER', 'count');
    expectChitieuError(() => poissonInterval(Number.NaN), 'INVALID_NUMBER', 'count');
    // exact intervals need 2x + 2 ≤ 1e10; the fixture grid covers x = 4 999 999 999 itself
    expectChitieuError(() => poissonInterval(5e9), 'OUT_OF_RANGE', 'count');
    expectChitieuError(() => poissonInterval(2 ** 53), 'OUT_OF_RANGE', 'count');
    expectChitieuError(() => poissonInterval(3, { level: 0 }), 'OUT_OF_RANGE', 'options.level');
    expectChitieuError(() => poissonInterval(3, { level: 1 }), 'OUT_OF_RANGE', 'options.level');
    expectChitieuError(() => poissonInterval(3, { level: 95 }), 'OUT_OF_RANGE', 'options.level');
    expectChitieuError(() => poissonInterval(3, { level: Number.NaN }), 'INVALID_NUMBER', 'options.level');
    expectChitieuError(
      () => poissonInterval(3, { method: 'wald' as unknown as 'exact' }),
      'INVALID_ARGUMENT',
      'options.method',
    );
    expectChitieuError(
      () => poissonInterval(3, 0.95 as unknown as { level: number }),
      'INVALID_ARGUMENT',
      'options',
    );
  });
});
