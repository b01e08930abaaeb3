/**
 * Shares of stations whose figures come only from their parts (sub-stations, villages),
 * beyond share.test.ts: the periods such parts have make the trend, and a share is of units as
 * soon as any unit has a figure of its own or through its parts, else the share's own
 * indicator is read. Every expected value is worked by hand beside it (DESIGN.md, "How a target
 * is judged", 6: a unit without rows of its own is the sum of its parts).
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
    condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: '2030-12-31',
    ...input,
  } as unknown as TargetInput);
const unit = (station: string, value: string, period: string, parent = AREA): Observation => ({ indicator: 'station-doctors', area: station, parent, period, value });
const area = (id: string, level: Area['level'], parent?: string): Area => ({ id, name: { vi: id }, level, ...(parent === undefined ? {} : { parent }) }) as Area;
const EARLY = { asOf: '2026-06-30' };

describe('share: a trend through the parts of stations', () => {
  it('without options.areas: a station seen only through a part two levels down starts the trend', () => {
    // s1 → s1a → s1a1 (4 doctors in 2021 and 2025); s1 and s1a are seen by their beds only. s2 has 2025 only.
    // 2021: s1 = 4 ≥ 4, s2 no figure: 1 of 2 = 50%; 2025: s1 4, s2 4: 2 of 2 = 100%.
    // From 2021 (t = 2022) to 2025 (t = 2026): 12.5 a year, at 100% already, a share stops at 100: on track
    const observed: Observation[] = [
      { indicator: 'station-beds', area: 's1', parent: AREA, period: '2025', value: '3' },
      { indicator: 'station-beds', area: 's1a', parent: 's1', period: '2025', value: '3' },
      unit('s1a1', '4', '2021', 's1a'), unit('s1a1', '4', '2025', 's1a'),
      unit('s2', '4', '2025'),
    ];
    const result = evaluateTarget(target({}), observed, EARLY);
    expect([result.status, result.reason, result.published, result.baseline, result.projection?.value]).toEqual(['on-track', 'projected', '100.0', { period: '2021', value: '50' }, '100.0']);
  });
  it('with options.areas: a station whose only figures are its village’s', () => {
    // s1's village s1a: 4 in 2021 and 2025; s2: 3 in 2025. 2021: 1 of 2 (s2 missing) = 50%;
    // 2025: s1 4 ≥ 4, s2 3 < 4: 1 of 2 = 50%. Flat at 50.0 < 100: off track
    const areas = [area(AREA, 'commune'), area('s1', 'facility', AREA), area('s2', 'facility', AREA), area('s1a', 'village', 's1')];
    const observed = [unit('s1a', '4', '2021', 's1'), unit('s1a', '4', '2025', 's1'), unit('s2', '3', '2025')];
    const result = evaluateTarget(target({}), observed, { ...EARLY, areas });
    expect([result.status, result.reason, result.published, result.baseline, result.projection?.value]).toEqual(['off-track', 'projected', '50.0', { period: '2021', value: '50' }, '50.0']);
  });
});

describe('share: units or the share’s own indicator', () => {
  const areas = [area(AREA, 'commune'), area('s1', 'facility', AREA), area('s2', 'facility', AREA), area('s1a', 'village', 's1'), area('s2a', 'village', 's2')];
  const due = target({ due: '2026-12-31' });
  it('every station has figures only through its village: still a share of units', () => {
    // s1 = s1a = 4 ≥ 4; s2 = s2a = 3 < 4: 1 of 2 = 50.0 < 100
    const result = evaluateTarget(due, [unit('s1a', '4', '2026', 's1'), unit('s2a', '3', '2026', 's2')], { asOf: '2027-01-31', areas });
    expect([result.status, result.published, result.units]).toEqual(['not-achieved', '50.0', { total: 2, observed: 2, meeting: 1, missing: [] }]);
  });
  it('no station has a figure of any kind: the share of 75% published for the commune', () => {
    const result = evaluateTarget(due, [{ indicator: 'stations-with-doctors', area: AREA, period: '2026', value: '75' }], { asOf: '2027-01-31', areas });
    expect([result.status, result.published, result.units]).toEqual(['not-achieved', '75.0', null]);
  });
});

describe('share: a period seen only in part of a station’s parts', () => {
  it('the latest period has no share at all: the trend ends at the last period with one', () => {
    // s1 (own figures): 2021 zero denominator, 2022 = 4, 2024 = 4. s2 (seen by its beds) is the sum of
    // s2a and s2b: 2021 2 + 2, 2022 1 + 2 = 3, 2024 2 + 2 = 4; s2a alone has 2025, so s2 has no 2025 figure
    // and neither has s1: no share for 2025. 2021 cannot be read, so the trend runs from 2022:
    // 1 of 2 = 50% (t = 2023) to 2024: 2 of 2 = 100% (t = 2025), at 100% already: on track
    const observed: Observation[] = [
      { indicator: 'station-doctors', area: 's1', parent: AREA, period: '2021', numerator: '1', denominator: '0' },
      unit('s1', '4', '2022'), unit('s1', '4', '2024'),
      { indicator: 'station-beds', area: 's2', parent: AREA, period: '2024', value: '5' },
      unit('s2a', '2', '2021', 's2'), unit('s2a', '1', '2022', 's2'), unit('s2a', '2', '2024', 's2'), unit('s2a', '2', '2025', 's2'),
      unit('s2b', '2', '2021', 's2'), unit('s2b', '2', '2022', 's2'), unit('s2b', '2', '2024', 's2'),
    ];
    const result = evaluateTarget(target({}), observed, EARLY);
    expect([result.status, result.reason, result.published, result.period, result.baseline, result.projection?.value]).toEqual(['on-track', 'projected', '100.0', '2024', { period: '2022', value: '50' }, '100.0']);
  });
});
