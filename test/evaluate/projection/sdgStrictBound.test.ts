/**
 * projection/sdg.ts: compared exactly (`compare: 'exact'`), a latest figure that sits on a
 * strict bound (20 against “above 20”) does not meet the target, and its goal is the bound
 * itself (no published step beyond it: engine/rule.ts meetingLevel), so it has no way still to
 * go that could point against the growth required: the ratio of actual to required growth is
 * worked as usual. Times are years (the
 * end of 2024 is 2025 exactly: engine/time.ts), worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { TargetSchema } from '../../../src/model/target.js';

describe('the SDG method, a latest figure on a strict bound', () => {
  it('10 in 2024, 20 in 2025, “above 20” by 2030, compared exactly: ratio 8.17, on track', () => {
    // actual growth: 20 / 10 over one year, 100% a year: 1
    // required: from 10 at the end of 2024 to 20 by the end of 2030, six years: 2^(1/6) − 1 = 0.122462
    // ratio 1 / 0.122462 = 8.1659 → 8.17 ≥ 0.95: on track
    const target = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>', value: '20', due: '2030-12-31', area: 'xa', decimals: 0 });
    const observations = [
      { indicator: 'x', area: 'xa', period: '2024', value: '10' },
      { indicator: 'x', area: 'xa', period: '2025', value: '20' },
    ];
    const result = evaluateTarget(target, observations, { asOf: '2026-01-31', projection: 'sdg', compare: 'exact' });
    expect([result.status, result.projection?.sdg]).toEqual(['on-track', { ratio: '8.17', category: 'on-track' }]);
  });
});
