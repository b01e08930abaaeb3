import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poissonInterval } from '../../src/stats/index.js';
import { fingertipsMethod, poissonLimits } from '../../src/stats/internal/poissonLimits.js';
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

  it("method 'byar-epitools' matches epitools pois.byar on every fixture row, negative bounds included", () => {
    expect(reference.byar.length).toBe(65);
    for (const row of reference.byar) {
      const { lower, upper } = poissonInterval(row.x, { level: row.level, method: 'byar-epitools' });
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

  it('byar-epitools, x = 0 at 95% worked by hand: a negative lower bound, as epitools gives', () => {
    // a = x + 0.5 = 0.5 (epitools uses x + 0.5 in both bounds); z = 1.959964
    // 1 − 1/(9a) = 0.777778; (z/3)·√(1/a) = 0.653321 × 1.414214 = 0.923936
    // lower = 0.5 × (0.777778 − 0.923936)³ = 0.5 × (−0.146158)³ = 0.5 × −0.00312226 = −0.00156113
    // upper = 0.5 × (0.777778 + 0.923936)³ = 0.5 × 1.701714³ = 2.463936
    const { lower, upper } = poissonInterval(0, { method: 'byar-epitools' });
    expect(lower.toFixed(8)).toBe('-0.00156113');
    expect(upper.toFixed(6)).toBe('2.463936');
  });

  it('byar-epitools has no ceiling below Number.MAX_SAFE_INTEGER', () => {
    // a closed form: for x = 5e9, a = 5e9 + 0.5 and the bounds are a·(1 − 1/(9a) ∓ (z/3)/√a)³
    // ≈ x ∓ z·√x, i.e. 5e9 ∓ 1.96 × 70 711 ≈ 5e9 ∓ 138 590
    const { lower, upper } = poissonInterval(5e9, { method: 'byar-epitools' });
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

  it('byar-epitools: lower ≤ upper and nesting for every count and level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), level, level, (x, a, b) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        fc.pre(large - small > 1e-9);
        const inner = poissonInterval(x, { level: small, method: 'byar-epitools' });
        const outer = poissonInterval(x, { level: large, method: 'byar-epitools' });
        return outer.lower <= inner.lower && inner.lower <= inner.upper && inner.upper <= outer.upper;
      }),
    );
  });

  it('byar-epitools: contains x for x ≥ 1 at levels from 0.5 to 0.999', () => {
    // outside this domain epitools' formula need not contain x (see the TSDoc): below a level
    // of about 0.153 the interval for x = 1 lies above 1, and x = 0 never contains 0 below 0.901
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (x, l) => {
          const { lower, upper } = poissonInterval(x, { level: l, method: 'byar-epitools' });
          return 0 < lower && lower <= x && x <= upper;
        },
      ),
    );
    // the documented exceptions, from R: pois.byar(0, conf.level = 0.8)$lower = 0.0026180846
    expect(poissonInterval(0, { level: 0.8, method: 'byar-epitools' }).lower.toFixed(10)).toBe('0.0026180846');
  });

  // PHEindicatormethods 2.1.0, tests/testthat/testdata_Byars_Wilson.xlsx (sheet testdata_B_W,
  // rows 'Byars'): the published Byar limits (x for the lower, x + 1 for the upper), 15+ digits.
  const PHE_BYARS = [
    { x: 65, level: 0.95, lower: 50.163187710459454, upper: 82.849138545939837 },
    { x: 1045, level: 0.95, lower: 982.59320180733255, upper: 1110.3312129856499 },
    { x: 1, level: 0.95, lower: 1.3072132901504351e-2, upper: 5.5637555824752605 },
    { x: 65, level: 0.998, lower: 42.880261471480203, upper: 94.000290844318016 },
    { x: 1045, level: 0.998, lower: 947.94070356103737, upper: 1148.8061609880331 },
    { x: 10, level: 0.998, lower: 2.916318374695686, upper: 24.193724927880535 },
    // x = 1 at 99.8%: PHE's spreadsheet leaves the (negative) lower bound empty
    { x: 1, level: 0.998, lower: undefined, upper: 9.362180217908362 },
  ] as const;

  it("method 'byar' is Byar's approximation as published: PHEindicatormethods' reference values", () => {
    for (const row of PHE_BYARS) {
      const { lower, upper } = poissonInterval(row.x, { level: row.level, method: 'byar' });
      const where = `x = ${row.x} at ${row.level}`;
      if (row.lower !== undefined) expect(relativeError(lower, row.lower), where).toBeLessThan(1e-12);
      expect(relativeError(upper, row.upper), where).toBeLessThan(1e-12);
    }
  });

  it("method 'byar': 222 events on 3,215 person-years → 6026.57–7875.73 per 100,000 (PHE rate spreadsheet)", () => {
    // PHEindicatormethods 2.1.0, tests/testthat/testdata_Rate.xlsx, Area7: 6026.5748776526743 and
    // 7875.7293708718507 per 100,000 at 95%
    const { lower, upper } = poissonInterval(222, { method: 'byar' });
    expect(relativeError((lower / 3215) * 100000, 6026.5748776526743)).toBeLessThan(1e-12);
    expect(relativeError((upper / 3215) * 100000, 7875.7293708718507)).toBeLessThan(1e-12);
  });

  it("method 'byar': x = 0 has lower bound 0; x = 1 at 99.8% a negative lower bound, not clamped", () => {
    // x = 0: upper = 1 · (1 − 1/9 + z/3)³ with z = 1.959964: (0.888889 + 0.653321)³ = 1.542210³ = 2.378412 × 1.542210 = 3.668011
    const zero = poissonInterval(0, { method: 'byar' });
    expect(zero.lower).toBe(0);
    expect(zero.upper.toFixed(5)).toBe('3.66801');
    // x = 1 at 99.8%: z = qnorm(0.999) = 3.090232; 1 − 1/9 − 3.090232/3 = −0.141189; cubed −0.0028145
    expect(poissonInterval(1, { level: 0.998, method: 'byar' }).lower.toFixed(7)).toBe('-0.0028145');
  });

  it("method 'byar' nests as the level grows and contains x for x ≥ 1 at 0.5 to 0.99", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (x, l) => {
        const inner = poissonInterval(x, { level: l * 0.99, method: 'byar' });
        const outer = poissonInterval(x, { level: l, method: 'byar' });
        return 0 < outer.lower && outer.lower <= inner.lower && inner.lower <= x && x <= inner.upper && inner.upper <= outer.upper;
      }),
    );
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
    // null is an 'object' to typeof, but not an options object
    expectChitieuError(() => poissonInterval(3, null as unknown as { level: number }), 'INVALID_ARGUMENT', 'options');
  });

  it('names the offending value, and the allowed methods, in both languages', () => {
    const notObject = expectChitieuError(() => poissonInterval(3, 0.95 as unknown as { level: number }), 'INVALID_ARGUMENT', 'options');
    expect(notObject.message).toContain('got 0.95');
    expect(notObject.vi).toContain('nhận 0.95');
    const method = expectChitieuError(() => poissonInterval(3, { method: 'wald' as unknown as 'exact' }), 'INVALID_ARGUMENT', 'options.method');
    expect(method.message).toContain("'exact', 'byar', 'byar-epitools'");
    expect(method.message).toContain('wald');
    expect(method.vi).toContain("'exact', 'byar', 'byar-epitools'");
    const tooLarge = expectChitieuError(() => poissonInterval(5e9), 'OUT_OF_RANGE', 'count');
    expect(tooLarge.message).toContain('got 5000000000');
    expect(tooLarge.vi).toContain('nhận 5000000000');
  });

  it("labels every method's interval with scale 'count'", () => {
    for (const method of ['exact', 'byar', 'byar-epitools'] as const) {
      expect(poissonInterval(4, { method }).scale, method).toBe('count');
    }
  });
});

describe('poissonLimits (internal, shared by the rate functions)', () => {
  it("byar: the lower limit of x = 0 is 0, where the formula has no value; the upper uses x + 1", () => {
    // x = 0: upper = 1 · (1 − 1/9 + z/3)³ with z = 1.959964: 1.542210³ = 3.66801 (as for poissonInterval)
    const { lower, upper } = poissonLimits(0, 0.95, 'byar', 'events');
    expect(lower).toBe(0);
    expect(upper.toFixed(5)).toBe('3.66801');
  });

  it('exact limits name the caller\'s field and the value beyond 5e9', () => {
    const error = expectChitieuError(() => poissonLimits(5e9, 0.95, 'exact', 'events'), 'OUT_OF_RANGE', 'events');
    expect(error.message).toContain('got 5000000000');
    expect(error.vi).toContain('nhận 5000000000');
  });

  it("Fingertips' rule: exact below 10 events, Byar from 10 on", () => {
    // PHE Fingertips technical guidance: exact (Poisson) limits for fewer than 10 events, Byar's method otherwise
    expect(fingertipsMethod(9)).toBe('exact');
    expect(fingertipsMethod(9.5)).toBe('exact');
    expect(fingertipsMethod(10)).toBe('byar');
    expect(fingertipsMethod(11)).toBe('byar');
  });
});
