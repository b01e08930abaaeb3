/**
 * The three projection methods and the bounds a projection stops at. The SDG method is the UN
 * Statistics Division's (as Open SDG applies it after ESCAP; /work/shared/REFERENCES.md):
 * CAGR = (latest / first)^(1 / years) − 1, the required rate (goal / first)^(1 / years to the
 * due date) − 1, R = actual / required; on track from 0.95, acceleration needed from 0.60,
 * limited progress from 0, deterioration below; zeros read as 0.001. Each ratio is checked
 * against R (the expression quoted beside it); lines are worked as fractions by hand.
 * Times: a yearly figure for 2021 is at 2022.0 (the end of its period), due 2030-12-31 at 2031.0.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { growthRate, rationalOf, BeyondRange } from '../../../src/evaluate/projection/growthRate.js';
import { linear } from '../../../src/evaluate/projection/linear.js';
import { categoryOf } from '../../../src/evaluate/projection/sdg.js';
import type { Trend } from '../../../src/evaluate/projection/types.js';
import type { ProjectionMethod } from '../../../src/evaluate/types.js';
import { Decimal } from '../../../src/numeric/decimal.js';
import { cmp, type Q } from '../../../src/numeric/exact/rational.js';
import { toDecimalText } from '../../../src/numeric/exact/text.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'cao-minh';
const judge = (input: Record<string, unknown>, figures: [string, string][], asOf: string, projection: ProjectionMethod) =>
  evaluateTarget(
    TargetSchema.parse({ id: 't', area: AREA, due: '2030-12-31', ...input } as TargetInput),
    figures.map(([period, value]) => ({ indicator: input['indicator'] as string, area: AREA, period, value })),
    { asOf, projection },
  );

describe('sdg: the ratio of actual to required growth and its category', () => {
  // baseline 2021 = 50 (t = 2022), a 2023 figure (t = 2024), target ≥ 80 by 2031.0
  const target = { indicator: 'x-level', comparator: '>=', value: '80', baseline: { period: '2021', value: '50' } };
  const sdgOf = (latest: string) => {
    const result = judge(target, [['2023', latest]], '2024-06-30', 'sdg');
    return [result.status, result.projection?.sdg?.ratio, result.projection?.sdg?.category];
  };
  it('60: on track', () => {
    // R: a <- function(f, l, y) (l/f)^(1/y) - 1; a(50, 60, 2) / a(50, 80, 9) = 1.78035109…
    expect(sdgOf('60')).toEqual(['on-track', '1.78', 'on-track']);
  });
  it('55: acceleration needed', () => {
    // a(50, 55, 2) / a(50, 80, 9) = 0.910438…
    expect(sdgOf('55')).toEqual(['off-track', '0.91', 'acceleration-needed']);
  });
  it('52: limited progress', () => {
    // a(50, 52, 2) / a(50, 80, 9) = 0.369405…
    expect(sdgOf('52')).toEqual(['off-track', '0.37', 'limited-progress']);
  });
  it('48: deterioration', () => {
    // a(50, 48, 2) / a(50, 80, 9) = −0.376870…
    expect(sdgOf('48')).toEqual(['off-track', '-0.38', 'deterioration']);
  });
  it('0 is read as 0.001', () => {
    // a(50, 0.001, 2) / a(50, 80, 9) = −18.569720…
    expect(sdgOf('0')).toEqual(['off-track', '-18.57', 'deterioration']);
  });
  it('the projection shown is the growth curve, in the explanation too', () => {
    const result = judge(target, [['2023', '60']], '2024-06-30', 'sdg');
    // R 60 * 1.2^(7/2) = 113.5757… → 114; growth (1.2^(1/2) − 1) × 100 = 9.5445…% → 9.54
    expect([result.projection?.value, result.projection?.growthRate, result.projection?.bound]).toEqual(['114', '9.54', null]);
    expect(result.explanation.en).toBe(
      'x-level: 60 (2023); target at least 80 by 2030-12-31; projected 114 by 2030-12-31 (SDG method); ratio of actual to required growth 1.78: on track: on track.',
    );
  });
  it('a range: the required growth runs to its nearer end', () => {
    // between 10 and 20, from 40 (2021) to 30 (2023): the nearer end is 20;
    // a(40, 30, 2) / a(40, 20, 9) = 1.807407… (both negative): on track
    const result = judge({ indicator: 'x-level', comparator: 'between', value: '10', upper: '20', baseline: { period: '2021', value: '40' } }, [['2023', '30']], '2024-06-30', 'sdg');
    expect([result.status, result.projection?.sdg]).toEqual(['on-track', { ratio: '1.81', category: 'on-track' }]);
  });
  it('already met: on track while the projection keeps it met, no ratio', () => {
    // ≥ 55 met by 60 and rising: on track
    const kept = judge({ ...target, value: '55' }, [['2023', '60']], '2024-06-30', 'sdg');
    expect([kept.status, kept.projection?.sdg]).toEqual(['on-track', { ratio: null, category: 'on-track' }]);
    // ≤ 55 met by 52 but rising from 50: R 52 * 1.04^(7/2) = 59.6513… → 60 > 55 by 2031: deterioration
    const lost = judge({ ...target, comparator: '<=', value: '55' }, [['2023', '52']], '2024-06-30', 'sdg');
    expect([lost.status, lost.projection?.value, lost.projection?.sdg]).toEqual(['off-track', '60', { ratio: null, category: 'deterioration' }]);
  });
  it('from a first figure on the target, no growth is required: moving away is deterioration, standing still limited progress', () => {
    // ≥ 80 from 80 (2021) to 70 (2023): required (80/80)^(1/9) − 1 = 0, no ratio
    const away = judge({ ...target, baseline: { period: '2021', value: '80' } }, [['2023', '70']], '2024-06-30', 'sdg');
    expect([away.status, away.projection?.sdg]).toEqual(['off-track', { ratio: null, category: 'deterioration' }]);
    // ≤ 0 at four places: 0.0004 then 0.0008 (not ≤ 0) all read as 0.001: neither growth nor any required
    const still = judge({ indicator: 'x-level', comparator: '<=', value: '0', decimals: 4, baseline: { period: '2021', value: '0.0004' } }, [['2023', '0.0008']], '2024-06-30', 'sdg');
    expect([still.status, still.projection?.sdg]).toEqual(['off-track', { ratio: null, category: 'limited-progress' }]);
  });
  it('the cut-offs: 0.95 and 0.60 belong to the better category, 0 to limited progress', () => {
    const categories = ['2', '0.95', '0.9499', '0.6', '0.5999', '0', '-0.0001'].map((r) => categoryOf(new Decimal(r)));
    expect(categories).toEqual(['on-track', 'on-track', 'acceleration-needed', 'acceleration-needed', 'limited-progress', 'limited-progress', 'deterioration']);
  });
});

describe('bounds: a share stops at 100% and at 0%, and says when', () => {
  // health-insurance-coverage is a share of people (2 places): baseline 2021 = 25 (t = 2022), 2022 = 50 (t = 2023), ≥ 99 by 2031.0
  const coverage = { indicator: 'health-insurance-coverage', comparator: '>=', value: '99', baseline: { period: '2021', value: '25' } };
  it('linear: 25 a year from 50 reaches 100 at 2023 + 50/25 = 2025.0, the end of 2024', () => {
    const result = judge(coverage, [['2022', '50']], '2023-06-30', 'linear');
    expect([result.status, result.projection?.value, result.projection?.bound]).toEqual(['on-track', '100.00', { value: '100', reached: '2024-12-31' }]);
    expect(result.explanation.en).toContain('(linear, reaching 100% in 2024)');
  });
  it('growth rate: doubling a year from 50 reaches 100 one year on, at 2024.0', () => {
    const result = judge(coverage, [['2022', '50']], '2023-06-30', 'growth-rate');
    // average change to the due date: (100 − 50) / (2031 − 2023) = 6.25
    expect([result.projection?.value, result.projection?.growthRate, result.projection?.slopePerYear, result.projection?.bound]).toEqual(['100.00', '100.0000', '6.2500', { value: '100', reached: '2023-12-31' }]);
  });
  it('a share at 100% already, still rising, stops there at once', () => {
    // 98 (2021, t = 2022) to 100 (2022, t = 2023): the line passes 100 at once, at 2023.0
    const result = judge({ ...coverage, baseline: { period: '2021', value: '98' } }, [['2022', '100']], '2023-06-30', 'linear');
    expect(result.projection?.bound).toEqual({ value: '100', reached: '2022-12-31' });
  });
  it('administrative coverage above 100% is the data’s: not cut', () => {
    // 98 to 102: 4 a year, 102 + 8 × 4 = 134 at 2031.0
    const result = judge({ ...coverage, baseline: { period: '2021', value: '98' } }, [['2022', '102']], '2023-06-30', 'linear');
    expect([result.projection?.value, result.projection?.bound]).toEqual(['134.00', null]);
  });
  it('reaching 100 exactly on the due date is not passing it', () => {
    // 92 (2021, t = 2022) to 93 (2022, t = 2023): 93 + 7 × 1 = 100 at 2030.0, due 2029-12-31
    const result = judge({ ...coverage, due: '2029-12-31', baseline: { period: '2021', value: '92' } }, [['2022', '93']], '2023-06-30', 'linear');
    expect([result.projection?.value, result.projection?.bound]).toEqual(['100.00', null]);
  });
  it('reaching 0 exactly on the due date is not passing it', () => {
    // 20 (t = 2022) to 10 (t = 2024): −5 a year, 10 − 2 × 5 = 0 at 2026.0, due 2025-12-31
    const result = judge({ indicator: 'stunting-under-5', comparator: '<=', value: '5', due: '2025-12-31', baseline: { period: '2021', value: '20' } }, [['2023', '10']], '2024-06-30', 'linear');
    expect([result.status, result.projection?.value, result.projection?.bound]).toEqual(['on-track', '0.0', null]);
  });
  it('linear: a falling share stops at 0', () => {
    // 20 (t = 2022) to 10 (t = 2024): −5 a year, reaches 0 at 2024 + 10/5 = 2026.0, the end of 2025
    const result = judge({ indicator: 'stunting-under-5', comparator: '<=', value: '5', baseline: { period: '2021', value: '20' } }, [['2023', '10']], '2024-06-30', 'linear');
    expect([result.status, result.projection?.value, result.projection?.bound]).toEqual(['on-track', '0.0', { value: '0', reached: '2025-12-31' }]);
  });
});

describe('the methods on a bare trend', () => {
  const q = (n: number, d = 1): Q => ({ n, d });
  const trend = (fields: Partial<Trend>): Trend => ({ firstTime: q(2020), first: q(10), latestTime: q(2022), latest: q(40), dueTime: q(2023), lower: undefined, upper: undefined, ...fields });
  const text = (value: Q | undefined) => (value === undefined ? undefined : toDecimalText(value));
  it('growth: 10 to 40 in two years is ×2 a year; one more year gives 80', () => {
    const projected = growthRate.project(trend({}));
    expect([text(projected.value), text(projected.growthPercent), text(projected.slopePerYear), projected.bound]).toEqual(['80', '100', '40', undefined]);
  });
  it('growth with the due date at the latest figure: the figure itself, no change a year', () => {
    const projected = growthRate.project(trend({ dueTime: q(2022) }));
    expect([text(projected.value), text(projected.slopePerYear)]).toEqual(['40', '0']);
    // a rational's denominator is positive: 0 a year is 0/1, not 0/0
    expect(Number(projected.slopePerYear.d)).toBeGreaterThan(0);
  });
  it('a bound counts only when the latest figure is within it: a figure already below 0 is not cut', () => {
    // −5 (t = 2020) to −10 (t = 2022): −2.5 a year, −12.5 at 2023; the bound 0 was already passed
    const below = linear.project(trend({ first: q(-5), latest: q(-10), lower: q(0) }));
    expect([text(below.value), below.bound]).toEqual(['-12.5', undefined]);
    // 4 to 2 over two years: −1 a year, 1 at 2023, above 0
    const above = linear.project(trend({ first: q(4), latest: q(2), lower: q(0) }));
    expect([text(above.value), above.bound]).toEqual(['1', undefined]);
    // 4 to 0 (on the bound): −2 a year, −2 at 2023 → stops at 0 at once, at 2022
    const on = linear.project(trend({ first: q(4), latest: q(0), lower: q(0) }));
    expect([text(on.value), text(on.bound?.value), text(on.bound?.time)]).toEqual(['0', '0', '2022']);
  });
  it('a decimal past the range read from text, either sign, as the exact rational', () => {
    // −1.5 × 10⁵⁰⁰ = −15 × 10⁴⁹⁹; 2.5 × 10⁻⁵⁰⁰ = 25 / 10⁵⁰¹
    expect(cmp(rationalOf(new Decimal('-1.5e500')), { n: -15n * 10n ** 499n, d: 1n })).toBe(0);
    expect(cmp(rationalOf(new Decimal('2.5e-500')), { n: 25n, d: 10n ** 501n })).toBe(0);
    // 10^10000 is the farthest a projection may reach; 10^10001 is beyond it, and so is 10^−10001
    expect(cmp(rationalOf(new Decimal('1e10000')), { n: 10n ** 10000n, d: 1n })).toBe(0);
    expect(() => rationalOf(new Decimal('1e10001'))).toThrow(BeyondRange);
    expect(() => rationalOf(new Decimal('1e-10001'))).toThrow(BeyondRange);
    expect(cmp(rationalOf(new Decimal(0)), q(0))).toBe(0);
  });
});
