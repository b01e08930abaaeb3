/**
 * The SDG method when the first figure already lay past the goal: it met the target (or
 * overshot a range) and the latest figure has left it on the other side. The method's required
 * rate, (goal / first)^(1 / years) − 1, then points away from where the figure has to go, and
 * the ratio of the actual rate to it would call a figure moving away from the target "on
 * track". Such a trend gets no ratio: growth the way the figure must go is limited progress,
 * growth the other way deterioration, and neither is on track.
 *
 * Times as in projection.test.ts: a yearly figure for 2021 is at 2022.0, one for 2023 at 2024.0,
 * a due date of 2030-12-31 at 2031.0 (nine years after the first figure).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'cao-minh';
const judge = (input: Record<string, unknown>, figures: [string, string][]) =>
  evaluateTarget(
    TargetSchema.parse({ id: 't', area: AREA, due: '2030-12-31', ...input } as TargetInput),
    figures.map(([period, value]) => ({ indicator: input['indicator'] as string, area: AREA, period, value })),
    { asOf: '2024-06-30', projection: 'sdg' },
  );

describe('sdg: a first figure past the goal', () => {
  it('stunting below 15.5%: 14 in 2021, 17 in 2023, rising away from the target, is deterioration, not on track', () => {
    // the required rate from the first figure, (15.5 / 14)^(1/9) − 1 = +0.0114, is a rise, and the
    // actual rate (17 / 14)^(1/2) − 1 = +0.1019 is a rise too: their ratio, 8.9, would read "on
    // track" while stunting has gone from under the target to over it and keeps growing
    const result = judge({ indicator: 'stunting-under-5', comparator: '<', value: '15.5' }, [['2021', '14'], ['2023', '17']]);
    expect([result.status, result.published, result.projection?.sdg]).toEqual(['off-track', '17.0', { ratio: null, category: 'deterioration' }]);
    // 17 × (17 / 14)^(7 / 2) = 33.54 (python3: 17*(17/14)**3.5), published at one place as the indicator is
    expect(result.projection?.value).toBe('33.5');
    expect(result.explanation.en).toContain('deterioration');
    expect(result.explanation.vi).toContain('xấu đi');
  });
  it('a range 10–20 overshot: 5 in 2021, 25 in 2023 is deterioration, not on track', () => {
    // the nearest bound of 25 is 20; required (20 / 5)^(1/9) − 1 = +0.1665, actual (25 / 5)^(1/2) − 1 = +1.236:
    // a ratio of 7.4 would read "on track" for a figure that has passed the whole range and goes on rising
    const result = judge({ indicator: 'x-level', comparator: 'between', value: '10', upper: '20' }, [['2021', '5'], ['2023', '25']]);
    expect([result.status, result.projection?.sdg]).toEqual(['off-track', { ratio: null, category: 'deterioration' }]);
  });
  it('a range 4.02–4.98 at one place: 4.5, then 4.03 (published 4.0, below it) is deterioration', () => {
    // published 4.0 < 4.02, so the figure must rise to 4.02; from 4.5 the required rate (4.02 / 4.5)^(1/9) − 1 = −0.0125
    // is a fall, and so is the actual (4.03 / 4.5)^(1/2) − 1 = −0.0537: the figure fell out of the range
    const result = judge({ indicator: 'x-level', comparator: 'between', value: '4.02', upper: '4.98', decimals: 1 }, [['2021', '4.5'], ['2023', '4.03']]);
    expect([result.status, result.published, result.projection?.sdg]).toEqual(['off-track', '4.0', { ratio: null, category: 'deterioration' }]);
  });
  it('the same range: 4.03, then 4.04 (published 4.0) rises the way it must: limited progress, no ratio', () => {
    // required (4.02 / 4.03)^(1/9) − 1 = −0.00028 is a fall, the actual (4.04 / 4.03)^(1/2) − 1 = +0.0012 a rise, towards 4.02
    const result = judge({ indicator: 'x-level', comparator: 'between', value: '4.02', upper: '4.98', decimals: 1 }, [['2021', '4.03'], ['2023', '4.04']]);
    expect([result.status, result.published, result.projection?.sdg]).toEqual(['off-track', '4.0', { ratio: null, category: 'limited-progress' }]);
  });
  it('a first figure short of the goal keeps its ratio: ≥ 80 from 50 to 60 is on track at 1.78', () => {
    // as in projection.test.ts: ((60/50)^(1/2) − 1) / ((80/50)^(1/9) − 1) = 0.09545 / 0.05361 = 1.78
    const result = judge({ indicator: 'x-level', comparator: '>=', value: '80' }, [['2021', '50'], ['2023', '60']]);
    expect([result.status, result.projection?.sdg]).toEqual(['on-track', { ratio: '1.78', category: 'on-track' }]);
  });
});
