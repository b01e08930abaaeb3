/**
 * Shares of units counted over a period (a flow: visits in the year), beyond share.test.ts,
 * whose stations' doctors are a stock. For a flow only periods of the target's length make a
 * trend, and figures for part of the target's period never stand in for it (DESIGN.md, "How a
 * target is judged"); and two share targets are the same quantity only under the same
 * condition. The condition's indicator `station-visits` is not in the catalog, so it is read as
 * a flow. Every expected value is worked by hand in the comment beside it: a share is
 * meeting / units × 100, here with at least 1 000 visits.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { parsePlan, type Plan } from '../../../src/model/index.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({
    id: 'busy', kind: 'share', area: AREA, indicator: 'stations-busy', units: { vi: 'trạm y tế' }, decimals: 1,
    condition: { indicator: 'station-visits', comparator: '>=', value: '1000' }, comparator: '>=', value: '100', due: '2026-12-31',
    ...input,
  } as unknown as TargetInput);
const visits = (station: string, value: string, period: string): Observation => ({ indicator: 'station-visits', area: station, parent: AREA, period, value });
const DUE = { asOf: '2027-01-31' };
const EARLY = { asOf: '2026-06-30' };

describe('share of a flow, once due: figures for part of the year only', () => {
  it('first quarters only: part of 2026, which does not stand in for it', () => {
    // 2026-Q1 starts on the period's first day, 2026-01-01, and ends inside it. Latest share:
    // 300 < 1 000, 200 < 1 000: 0 of 2 = 0.0
    const result = evaluateTarget(target({}), [visits('s1', '300', '2026-Q1'), visits('s2', '200', '2026-Q1')], DUE);
    expect([result.status, result.reason, result.published, result.context]).toEqual(['no-data', 'partial-period', null, { period: '2026-Q1', published: '0.0' }]);
    expect(result.explanation.en).toBe(
      'stations-busy: only figures for part of 2026, which do not stand in for the whole period; latest figure 0.0% (2026-Q1); target at least 100% by 2026-12-31: no data.',
    );
    expect(result.explanation.vi).toBe(
      'stations-busy: chỉ có số liệu một phần kỳ 2026, không thay được số liệu cả kỳ; số liệu gần nhất 0,0% (kỳ 2026-Q1); chỉ tiêu ít nhất 100% đến 31/12/2026: chưa có số liệu.',
    );
  });
  it('second halves only: they end on the last day of the period, 2026-12-31, and are still a part', () => {
    // 2026-H2 is 07-01…12-31; 1 200 ≥ 1 000, 200 < 1 000: 1 of 2 = 50.0
    const result = evaluateTarget(target({}), [visits('s1', '1200', '2026-H2'), visits('s2', '200', '2026-H2')], DUE);
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'partial-period', { period: '2026-H2', published: '50.0' }]);
  });
  it('one station has last year, the other a quarter of this year: the quarter is a part of 2026', () => {
    // periods seen: 2025 (outside 2026) and 2026-Q1 (inside): some part of 2026 exists.
    // Latest period 2026-Q1: s1 has no figure for it, s2 200 < 1 000: 0 of 1 observed, s1 missing: 0.0
    const result = evaluateTarget(target({}), [visits('s1', '1300', '2025'), visits('s2', '200', '2026-Q1')], DUE);
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'partial-period', { period: '2026-Q1', published: '0.0' }]);
  });
  it('last year only: no figure for 2026, and no part of it either', () => {
    // 2025: 1 300 ≥ 1 000, 200 < 1 000: 1 of 2 = 50.0
    const result = evaluateTarget(target({}), [visits('s1', '1300', '2025'), visits('s2', '200', '2025')], DUE);
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'no-figure-for-period', { period: '2025', published: '50.0' }]);
    expect(result.explanation.en).toBe('stations-busy: no figure for 2026; latest figure 50.0% (2025); target at least 100% by 2026-12-31: no data.');
  });
});

describe('share of a flow, before the due date: a trend of yearly shares only', () => {
  const ahead = target({ due: '2030-12-31' });
  it('quarters before the first year and after the last are left out of the trend', () => {
    // Four stations. Yearly: 2021 s1 1 000 (meets), s2–s4 900: 1 of 4 = 25%; 2025 s1, s2 1 000, s3, s4 900:
    // 2 of 4 = 50%. s1's first figure is 2021-Q1 and s4's last 2026-Q1: quarters, not years, so the trend
    // runs from 2021 (t = 2022) to 2025 (t = 2026): slope (50 − 25)/4 = 6.25 a year; at 2030-12-31
    // (t = 2031): 50 + 5 × 6.25 = 81.25 → 81.3 < 100: off track
    const observed = [
      visits('s1', '1000', '2021-Q1'), visits('s1', '1000', '2021'), visits('s2', '900', '2021'), visits('s3', '900', '2021'), visits('s4', '900', '2021'),
      visits('s1', '1000', '2025'), visits('s2', '1000', '2025'), visits('s3', '900', '2025'), visits('s4', '900', '2025'),
      visits('s4', '5000', '2026-Q1'),
    ];
    const result = evaluateTarget(ahead, observed, EARLY);
    expect([result.status, result.reason, result.published, result.period, result.baseline]).toEqual(['off-track', 'projected', '50.0', '2025', { period: '2021', value: '25' }]);
    expect(result.projection).toMatchObject({ method: 'linear', value: '81.3', slopePerYear: '6.250', from: '2021', to: '2030-12-31' });
  });
  it('a year that cannot be read at the start: the earliest readable year, never a quarter', () => {
    // 2021: s1 has a zero denominator. 2022-Q1: 2 of 2 = 100% (a quarter, left out). 2022: s1 1 000, s2 900:
    // 1 of 2 = 50%; 2025: 1 000 and 1 000: 2 of 2 = 100%. From 2022 (t = 2023) to 2025 (t = 2026): slope
    // 50/3 a year, at 100% by 2025 already, and a share stops at 100: 100.0, on track
    const observed = [
      { indicator: 'station-visits', area: 's1', parent: AREA, period: '2021', numerator: '1', denominator: '0' } as Observation,
      visits('s2', '900', '2021'),
      visits('s1', '1000', '2022-Q1'), visits('s2', '1000', '2022-Q1'),
      visits('s1', '1000', '2022'), visits('s2', '900', '2022'),
      visits('s1', '1000', '2025'), visits('s2', '1000', '2025'),
    ];
    const result = evaluateTarget(ahead, observed, EARLY);
    expect([result.status, result.reason, result.published, result.baseline, result.projection?.value]).toEqual(['on-track', 'projected', '100.0', { period: '2022', value: '50' }, '100.0']);
  });
  it('quarters only: no yearly share, so no trend; the latest quarter is context', () => {
    // 2026-Q1: 1 000 ≥ 1 000, 900 < 1 000: 1 of 2 = 50.0
    const result = evaluateTarget(ahead, [visits('s1', '1000', '2026-Q1'), visits('s2', '900', '2026-Q1')], EARLY);
    expect([result.status, result.reason, result.published, result.context]).toEqual(['no-data', 'no-trend', null, { period: '2026-Q1', published: '50.0' }]);
  });
});

describe('share: two targets ask of the same figure only under the same condition', () => {
  const plan = (targets: unknown[]): Plan =>
    parsePlan({
      id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
      area: { id: AREA, name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
      objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
    });
  const stations = (id: string, doctors: string, value: string) => ({
    id, kind: 'share', indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, due: '2030-12-31',
    condition: { indicator: 'station-doctors', comparator: '>=', value: doctors }, comparator: '>=', value,
  });
  it('the same condition, 100% against 80% of stations: they conflict', () => {
    const findings = checkPlan(plan([stations('all', '4', '100'), stations('most', '4', '80')]));
    expect(findings.map((f) => [f.code, f.targets])).toEqual([['CONFLICTING_TARGETS', ['all', 'most']]]);
  });
  it('the same condition written 4 and 4.0: still the same figure', () => {
    const findings = checkPlan(plan([stations('all', '4', '100'), stations('most', '4.0', '80')]));
    expect(findings.map((f) => [f.code, f.targets])).toEqual([['CONFLICTING_TARGETS', ['all', 'most']]]);
  });
  it('at least 4 doctors in every station and at least 5 in 80%: two different figures, no conflict', () => {
    expect(checkPlan(plan([stations('four', '4', '100'), stations('five', '5', '80')]))).toEqual([]);
  });
});
