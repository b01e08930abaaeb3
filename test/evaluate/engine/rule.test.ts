/**
 * engine/rule.ts nearestBound, through the level a range target must move to: the bound
 * nearer the figure as published. A figure inside the range unrounded but outside it as
 * published (bounds with more places than the figure is published with) must move to the
 * bound, in what it takes a year and in the SDG method's required growth alike.
 * SDG ratio (the module note of src/evaluate/projection/sdg.ts): CAGR actual / CAGR required,
 * worked in Python beside the test.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { TargetSchema } from '../../../src/model/target.js';

describe('the bound a range target must move to', () => {
  // “từ 4,02 đến 4,98”, the figure published at 1 place; 2024 = 3, 2025 = 4.03, published 4.0 < 4.02
  const range = TargetSchema.parse({ id: 't', indicator: 'x', comparator: 'between', value: '4.02', upper: '4.98', decimals: 1, due: '2026-12-31', area: 'xa' });
  const first = { indicator: 'x', area: 'xa', period: '2024', value: '3' };
  const observations = [first, { indicator: 'x', area: 'xa', period: '2025', value: '4.03' }];
  it('is the lower bound for a figure published below it, though unrounded inside', () => {
    const result = evaluateTarget(range, observations, { asOf: '2026-03-31', projection: 'sdg' });
    expect([result.published, result.period]).toEqual(['4.0', '2025']);
    // a year a year: (4.02 − 4.0) / (2027 − 2026) = 0.02, at 1 + 2 places
    expect(result.requiredAnnualChange).toBe('0.020');
    // first 3 at the end of 2024 (2025.0), latest 4.03 at 2026.0, due at 2027.0:
    // actual = 4.03 / 3 − 1 = 0.343333…; required = (4.02 / 3)^(1/2) − 1 = 0.157583690279…
    // ratio = 2.17873647… → 2.18 (Python: a = 4.03/3 - 1; r = (4.02/3) ** 0.5 - 1; a / r)
    expect(result.projection?.sdg).toEqual({ ratio: '2.18', category: 'on-track' });
  });
  it('is the upper bound for a figure above it', () => {
    // 2025 = 5.46 → 5.5 > 4.98; a year: (4.98 − 5.5) / (2027 − 2026) = −0.52, at 1 + 2 places
    const above = [first, { indicator: 'x', area: 'xa', period: '2025', value: '5.46' }];
    const result = evaluateTarget(range, above, { asOf: '2026-03-31' });
    expect([result.published, result.requiredAnnualChange]).toEqual(['5.5', '-0.520']);
  });
});
