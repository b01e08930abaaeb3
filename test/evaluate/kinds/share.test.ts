/**
 * Shares of units beyond the common cases of evaluateTarget.test.ts: the units of
 * `options.areas`, a unit whose figure is its parts', a trend of shares before the due date,
 * and the latest share as context. Every expected value is worked by hand in the comment
 * beside it, from DESIGN.md ("How a target is judged", 6: every unit of the area counts, a
 * unit without a figure does not meet the condition and is named; compared exactly).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Area } from '../../../src/model/area.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({
    id: 'stations', kind: 'share', area: AREA, indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, decimals: 1,
    condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: '2026-12-31',
    ...input,
  } as unknown as TargetInput);
const unit = (station: string, value: string, period = '2026', parent = AREA): Observation => ({ indicator: 'station-doctors', area: station, parent, period, value });
const area = (id: string, level: Area['level'], parent?: string): Area => ({ id, name: { vi: id }, level, ...(parent === undefined ? {} : { parent }) }) as Area;

describe('share: the units of options.areas', () => {
  const areas = [area(AREA, 'commune'), area('s1', 'facility', AREA), area('s2', 'facility', AREA), area('s3', 'facility', AREA)];
  it('a station without a figure counts and is named: 2 of 3', () => {
    // s1 = 4 ≥ 4, s2 = 5 ≥ 4, s3 no figure: 2 / 3 × 100 = 66.666… → 66.7 < 100
    const result = evaluateTarget(target({}), [unit('s1', '4'), unit('s2', '5')], { asOf: '2027-01-01', areas });
    expect([result.status, result.published, result.units]).toEqual(['not-achieved', '66.7', { total: 3, observed: 2, meeting: 2, missing: ['s3'] }]);
    // 3 of 3 needed: 1 more
    expect(result.whatItTakes).toEqual({ denominator: '3', per: '100', current: '2', minimum: '3', maximum: null, more: '1', fewer: null });
  });
  it('a station with no rows of its own is the sum of its parts', () => {
    // s3 has two sub-stations with 2 doctors each: 2 + 2 = 4 ≥ 4; so 3 of 3 = 100.0
    const parts = [...areas, area('s3a', 'village', 's3'), area('s3b', 'village', 's3')];
    const observed = [unit('s1', '4'), unit('s2', '5'), unit('s3a', '2', '2026', 's3'), unit('s3b', '2', '2026', 's3')];
    const result = evaluateTarget(target({}), observed, { asOf: '2027-01-01', areas: parts });
    expect([result.status, result.published, result.units]).toEqual(['achieved', '100.0', { total: 3, observed: 3, meeting: 3, missing: [] }]);
    // 2 + 1 = 3 < 4: 2 of 3
    const short = evaluateTarget(target({}), [unit('s1', '4'), unit('s2', '5'), unit('s3a', '2', '2026', 's3'), unit('s3b', '1', '2026', 's3')], { asOf: '2027-01-01', areas: parts });
    expect([short.status, short.published]).toEqual(['not-achieved', '66.7']);
  });
});

describe('share: parts two levels down', () => {
  it('a station whose only figures are those of the parts of its part', () => {
    // s1 → s1a (no figures) → s1a1 = 4, s1a2 = 1: s1 = 4 + 1 = 5 ≥ 4; s2 = 3 < 4: 1 of 2 = 50.0
    const areas = [area(AREA, 'commune'), area('s1', 'facility', AREA), area('s2', 'facility', AREA), area('s1a', 'village', 's1'), area('s1a1', 'village', 's1a'), area('s1a2', 'village', 's1a')];
    const observed = [unit('s1a1', '4', '2026', 's1a'), unit('s1a2', '1', '2026', 's1a'), unit('s2', '3')];
    const result = evaluateTarget(target({}), observed, { asOf: '2027-01-01', areas });
    expect([result.published, result.units]).toEqual(['50.0', { total: 2, observed: 2, meeting: 1, missing: [] }]);
  });
});

describe('share: before the due date, a trend of shares', () => {
  it('1 of 4 stations in 2021, 2 of 4 in 2025: a line to 81.25 by 2030', () => {
    // 2021 (t = 2022): 1/4 = 25%; 2025 (t = 2026): 2/4 = 50%. Slope (50 − 25)/4 = 6.25 a year;
    // at 2030-12-31 (t = 2031): 50 + 5 × 6.25 = 81.25 → 81.3 < 100: off track.
    // Progress (50 − 25)/(100 − 25) × 100 = 33.33… → 33.3; it takes (100 − 50)/5 = 10 a year
    const observed = [
      unit('s1', '4', '2021'), unit('s2', '3', '2021'), unit('s3', '3', '2021'), unit('s4', '3', '2021'),
      unit('s1', '4', '2025'), unit('s2', '4', '2025'), unit('s3', '3', '2025'), unit('s4', '3', '2025'),
    ];
    const result = evaluateTarget(target({ due: '2030-12-31' }), observed, { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.published, result.period]).toEqual(['off-track', 'projected', '50.0', '2025']);
    expect(result.projection).toMatchObject({ method: 'linear', value: '81.3', slopePerYear: '6.250', from: '2021', to: '2030-12-31' });
    expect([result.baseline, result.progress, result.requiredAnnualChange]).toEqual([{ period: '2021', value: '25' }, '33.3', '10.000']);
  });
  it('one period of unit figures: no trend yet', () => {
    const result = evaluateTarget(target({ due: '2030-12-31' }), [unit('s1', '4', '2025'), unit('s2', '3', '2025')], { asOf: '2026-06-30' });
    // 1 of 2 = 50.0, shown but not projected
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'no-trend', '50.0']);
  });
});

describe('share: once due, no figure for the period', () => {
  it('the latest share is shown as context, never judged', () => {
    // only 2025 figures: 1 of 2 = 50%, shown at 1 place
    const result = evaluateTarget(target({}), [unit('s1', '4', '2025'), unit('s2', '3', '2025')], { asOf: '2027-01-01' });
    expect([result.status, result.reason, result.published, result.context]).toEqual(['no-data', 'no-figure-for-period', null, { period: '2025', published: '50.0' }]);
  });
});

describe('share: where the trend starts', () => {
  // four stations; a share is meeting / 4 × 100
  const year = (period: string, ...doctors: string[]) => doctors.map((value, i) => unit(`s${i + 1}`, value, period));
  it('a baseline period: the share of units in it, not the earliest', () => {
    // 2021: 1 of 4 = 25%; 2023: 1 of 4 = 25%; 2025: 2 of 4 = 50%.
    // From the baseline 2023 (t = 2024): slope (50 − 25)/2 = 12.5 a year; at t = 2031: 50 + 5 × 12.5 = 112.5,
    // stopped at 100 (a share is never projected past 100%): on track.
    // From the earliest, 2021 (t = 2022), it would be (50 − 25)/4 = 6.25 a year and 81.25: off track.
    const observed = [...year('2021', '4', '3', '3', '3'), ...year('2023', '4', '3', '3', '3'), ...year('2025', '4', '4', '3', '3')];
    const fromBaseline = evaluateTarget(target({ due: '2030-12-31', baseline: { period: '2023' } }), observed, { asOf: '2026-06-30' });
    expect([fromBaseline.status, fromBaseline.baseline, fromBaseline.projection?.value]).toEqual(['on-track', { period: '2023', value: '25' }, '100.0']);
    // a baseline period without unit figures (2019) gives no baseline: the earliest again
    const noFigures = evaluateTarget(target({ due: '2030-12-31', baseline: { period: '2019' } }), observed, { asOf: '2026-06-30' });
    expect([noFigures.status, noFigures.baseline, noFigures.projection?.value]).toEqual(['off-track', { period: '2021', value: '25' }, '81.3']);
    const fromEarliest = evaluateTarget(target({ due: '2030-12-31' }), observed, { asOf: '2026-06-30' });
    expect([fromEarliest.status, fromEarliest.baseline, fromEarliest.projection?.value]).toEqual(['off-track', { period: '2021', value: '25' }, '81.3']);
  });
  it('a unit figure that cannot be read in the earliest period: the earliest readable period instead', () => {
    // 2021: s1 has a zero denominator; 2022: 1 of 4 = 25%; 2025: 2 of 4 = 50%.
    // From 2022 (t = 2023): slope 25/3 a year; at t = 2031: 50 + 5 × 25/3 = 91.666… → 91.7: off track
    const observed = [
      { indicator: 'station-doctors', area: 's1', parent: AREA, period: '2021', numerator: '1', denominator: '0' } as Observation,
      ...year('2021', '4', '3', '3', '3').slice(1),
      ...year('2022', '4', '3', '3', '3'),
      ...year('2025', '4', '4', '3', '3'),
    ];
    const result = evaluateTarget(target({ due: '2030-12-31' }), observed, { asOf: '2026-06-30' });
    expect([result.status, result.baseline, result.projection?.value]).toEqual(['off-track', { period: '2022', value: '25' }, '91.7']);
  });
});

describe('share: units seen under the area, without options.areas', () => {
  it('a station seen only through its sub-stations counts with their sum', () => {
    // s1 is seen under the area (its beds) and has no doctor figures of its own; its
    // sub-stations have 2 + 2 = 4 ≥ 4. s2 has 3 < 4. So 1 of 2 = 50.0
    const observed: Observation[] = [
      { indicator: 'station-beds', area: 's1', parent: AREA, period: '2026', value: '10' },
      unit('s1a', '2', '2026', 's1'),
      unit('s1b', '2', '2026', 's1'),
      unit('s2', '3'),
    ];
    const result = evaluateTarget(target({}), observed, { asOf: '2027-01-01' });
    expect([result.published, result.units]).toEqual(['50.0', { total: 2, observed: 2, meeting: 1, missing: [] }]);
  });
  it('a station with no doctor figures at all, of its own or its parts, is not a unit of this share', () => {
    // s1 is seen only through its beds: the share is s2's alone, 3 < 4: 0 of 1 = 0.0
    const observed: Observation[] = [{ indicator: 'station-beds', area: 's1', parent: AREA, period: '2026', value: '10' }, unit('s2', '3')];
    const result = evaluateTarget(target({}), observed, { asOf: '2027-01-01' });
    expect([result.published, result.units]).toEqual(['0.0', { total: 1, observed: 1, meeting: 0, missing: [] }]);
  });
});

describe('share: the latest period over all units', () => {
  it('the latest share is of the latest period any unit has, whatever order the units come in', () => {
    // s1 has only 2025 (4 ≥ 4); s2 has 2021 (3) and 2025 (4). Latest period 2025: 2 of 2 = 100.0
    // (2021 would be 0 of 1 observed, 1 missing: 0.0). Due 2026 without 2026 figures: context only
    const observed = [unit('s1', '4', '2025'), unit('s2', '3', '2021'), unit('s2', '4', '2025')];
    const result = evaluateTarget(target({}), observed, { asOf: '2027-01-01' });
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'no-figure-for-period', { period: '2025', published: '100.0' }]);
  });
});
