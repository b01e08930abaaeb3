/**
 * Shares of units at their edges, beyond share.test.ts and shareParts.test.ts: which station is
 * a unit (its parts read down to 33 levels, a station with figures of its own read from them
 * alone), which figures a unit has for the period (a stock's figure dated at the year's last
 * day; a figure not known to be a count is never summed from parts), which period is the latest
 * when several end on the same day (the shortest), and the periods for which no share can be
 * formed at all. Every expected value is worked by hand beside it from DESIGN.md ("How a target
 * is judged", 6): a share is meeting / units × 100; a unit without a figure for the period does
 * not meet the condition and is named; a unit without rows of its own is the sum of its parts.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Area } from '../../../src/model/area.js';
import type { Indicator } from '../../../src/model/indicator.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({
    id: 'stations', kind: 'share', area: AREA, indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, decimals: 1,
    condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: '2026-12-31',
    ...input,
  } as unknown as TargetInput);
// station-doctors is in the catalog: a count, a stock
const unit = (station: string, value: string, period = '2026', parent = AREA): Observation => ({ indicator: 'station-doctors', area: station, parent, period, value });
const beds = (station: string, parent: string): Observation => ({ indicator: 'station-beds', area: station, parent, period: '2026', value: '1' });
const area = (id: string, level: Area['level'], parent?: string): Area => ({ id, name: { vi: id }, level, ...(parent === undefined ? {} : { parent }) }) as Area;
const DUE = { asOf: '2027-01-31' };
const EARLY = { asOf: '2026-06-30' };

/** s1 seen by its beds, with a chain of `levels` areas below it (c1 under s1, c2 under c1, …), each seen by its beds. */
function chain(levels: number): Observation[] {
  const observed = [beds('s1', AREA)];
  for (let level = 1; level <= levels; level++) observed.push(beds(`c${level}`, level === 1 ? 's1' : `c${level - 1}`));
  return observed;
}

describe('share: a station seen only through parts far below it', () => {
  it('a figure 33 levels below the station still makes it a unit', () => {
    // c33 (under c32, … under s1) has 4 doctors: s1 = 4 ≥ 4; s2 = 3 < 4: 1 of 2 = 50.0
    const result = evaluateTarget(target({}), [...chain(32), unit('c33', '4', '2026', 'c32'), unit('s2', '3')], DUE);
    expect([result.published, result.units]).toEqual(['50.0', { total: 2, observed: 2, meeting: 1, missing: [] }]);
  });
  it('a figure 34 levels below is past the depth read: the station is not a unit', () => {
    // only s2 is a unit: 3 < 4, 0 of 1 = 0.0
    const result = evaluateTarget(target({}), [...chain(33), unit('c34', '4', '2026', 'c33'), unit('s2', '3')], DUE);
    expect([result.published, result.units]).toEqual(['0.0', { total: 1, observed: 1, meeting: 0, missing: [] }]);
  });
});

describe('share: which figure a unit has for the period', () => {
  const areas = [area(AREA, 'commune'), area('s1', 'facility', AREA), area('s2', 'facility', AREA), area('s1a', 'village', 's1'), area('s1b', 'village', 's1')];
  it('a station with figures of its own is read from them alone, not from its parts', () => {
    // s1 has its own 2025 figure only; its villages' 2026 figures (2 + 2 = 4) are not read for it,
    // so s1 has no 2026 figure and is named. s2 = 4 ≥ 4: 1 of 2 = 50.0
    const observed = [unit('s1', '4', '2025'), unit('s1a', '2', '2026', 's1'), unit('s1b', '2', '2026', 's1'), unit('s2', '4')];
    const result = evaluateTarget(target({}), observed, { ...DUE, areas });
    expect([result.status, result.published, result.units]).toEqual(['not-achieved', '50.0', { total: 2, observed: 1, meeting: 1, missing: ['s1'] }]);
  });
  it('doctors are a stock: a station counted in the year’s second half has a figure for the year', () => {
    // 2026-H2 ends on 2026-12-31, the year's last day: s1 = 4 ≥ 4; s2 = 4 ≥ 4: 2 of 2 = 100.0
    const result = evaluateTarget(target({}), [unit('s1', '4', '2026-H2'), unit('s2', '4')], DUE);
    expect([result.status, result.published, result.units]).toEqual(['achieved', '100.0', { total: 2, observed: 2, meeting: 2, missing: [] }]);
  });
  it('a unit figure that is not a count is never summed from the parts', () => {
    // share of stations with at least 80% of children vaccinated: s1's villages have 50% and 40%,
    // which do not add up to 90% for s1, so s1 has no figure and is named; s2 = 85 ≥ 80: 1 of 2 = 50.0
    const vaccinated: Indicator = {
      id: 'station-vaccinated', name: { vi: 'Tỷ lệ tiêm chủng tại trạm', en: 'Vaccinated at the station' }, measure: 'percent', multiplier: 100,
      unit: { vi: '%', en: '%' }, polarity: 'higher-is-better', decimals: 1, references: [], nature: 'stock',
    };
    const percent = (station: string, value: string, parent = AREA): Observation => ({ indicator: 'station-vaccinated', area: station, parent, period: '2026', value });
    const result = evaluateTarget(
      target({ condition: { indicator: 'station-vaccinated', comparator: '>=', value: '80' } }),
      [percent('s1a', '50', 's1'), percent('s1b', '40', 's1'), percent('s2', '85')],
      { ...DUE, areas, indicators: { 'station-vaccinated': vaccinated } },
    );
    expect([result.published, result.units]).toEqual(['50.0', { total: 2, observed: 1, meeting: 1, missing: ['s1'] }]);
  });
});

describe('share: periods that end on the same day', () => {
  // due 2026 without 2026 figures: the latest share is context
  it('the latest is the shortest of them, whichever station has it: 2025-H2 before 2025', () => {
    // s1: 2025-H2 = 4; s2: 2025 = 3. Both end 2025-12-31; 2025-H2 starts later, so it is the period
    // shown. Doctors are a stock: s2's 2025 figure is dated at 2025-H2's last day and counts for it.
    // 4 ≥ 4, 3 < 4: 1 of 2 = 50.0
    const first = evaluateTarget(target({}), [unit('s1', '4', '2025-H2'), unit('s2', '3', '2025')], DUE);
    expect([first.status, first.reason, first.context]).toEqual(['no-data', 'no-figure-for-period', { period: '2025-H2', published: '50.0' }]);
    // the other way round: s1 2025 = 3, s2 2025-H2 = 4: still 2025-H2, 1 of 2 = 50.0
    const second = evaluateTarget(target({}), [unit('s1', '3', '2025'), unit('s2', '4', '2025-H2')], DUE);
    expect([second.status, second.reason, second.context]).toEqual(['no-data', 'no-figure-for-period', { period: '2025-H2', published: '50.0' }]);
  });
  it('a trend runs between the shortest periods at either end', () => {
    // s1: 2021-H2 = 4, 2025 = 4; s2: 2021 = 3, 2025-H2 = 4. First end 2021-12-31: 2021-H2 (later start);
    // s1 4 ≥ 4, s2 3 < 4: 1 of 2 = 50%. Last end 2025-12-31: 2025-H2; 4 and 4: 2 of 2 = 100%.
    // 50 → 100 in four years, already at 100 by 2025: projected 100.0 (a share stops at 100), on track
    const observed = [unit('s1', '4', '2021-H2'), unit('s1', '4', '2025'), unit('s2', '3', '2021'), unit('s2', '4', '2025-H2')];
    const result = evaluateTarget(target({ due: '2030-12-31' }), observed, EARLY);
    expect([result.status, result.period, result.baseline, result.projection?.value]).toEqual(['on-track', '2025-H2', { period: '2021-H2', value: '50' }, '100.0']);
    // the other way round (s1 has the years, s2 the halves): the same periods
    const swapped = [unit('s1', '3', '2021'), unit('s1', '4', '2025-H2'), unit('s2', '4', '2021-H2'), unit('s2', '4', '2025')];
    const other = evaluateTarget(target({ due: '2030-12-31' }), swapped, EARLY);
    expect([other.status, other.period, other.baseline, other.projection?.value]).toEqual(['on-track', '2025-H2', { period: '2021-H2', value: '50' }, '100.0']);
  });
  it('a trend starts at the earliest period of any station and ends at the latest of any', () => {
    // s1: 2023 = 4, 2024 = 4; s2: 2021 = 3, 2025-Q2 = 4. 2021: s1 missing, s2 3 < 4: 0 of 2 = 0%
    // (t = 2022). 2025-Q2 ends last (2025-06-30); s1's 2024 figure does not end on that day: missing,
    // s2 4 ≥ 4: 1 of 2 = 50% (t = 2025-07-01, 3.5 years on). Slope 50 / 3.5 = 14.29 a year;
    // at 2030-12-31 (5.5 years on): 50 + 5.5 × 100/7 = 128.6, stopped at 100: on track
    const observed = [unit('s1', '4', '2023'), unit('s1', '4', '2024'), unit('s2', '3', '2021'), unit('s2', '4', '2025-Q2')];
    const result = evaluateTarget(target({ due: '2030-12-31' }), observed, EARLY);
    expect([result.status, result.published, result.period, result.baseline, result.projection?.value]).toEqual(['on-track', '50.0', '2025-Q2', { period: '2021', value: '0' }, '100.0']);
  });
});

describe('share: periods for which no share can be formed', () => {
  // s1 has figures of its own for 2022 and 2024. s2 is seen by its beds and is the sum of its
  // villages s2a (2022 = 2, 2024 = 2, 2025 = 2) and s2b (2022 = 1, 2024 = 2).
  // 2022: s1 4 ≥ 4, s2 2 + 1 = 3 < 4: 1 of 2 = 50%. 2024: s1 4, s2 2 + 2 = 4: 2 of 2 = 100%.
  // 2025: s1 has no figure, s2b has none so s2 has none: no station has a figure, no share.
  const latestMissing: Observation[] = [
    unit('s1', '4', '2022'), unit('s1', '4', '2024'),
    { indicator: 'station-beds', area: 's2', parent: AREA, period: '2024', value: '5' },
    unit('s2a', '2', '2022', 's2'), unit('s2a', '2', '2024', 's2'), unit('s2a', '2', '2025', 's2'),
    unit('s2b', '1', '2022', 's2'), unit('s2b', '2', '2024', 's2'),
  ];
  it('the latest period without a share: the trend ends at the latest period with one', () => {
    // 2022 (t = 2023) 50% to 2024 (t = 2025) 100%: at 100 already, projected 100.0: on track
    const result = evaluateTarget(target({ due: '2030-12-31' }), latestMissing, EARLY);
    expect([result.status, result.reason, result.published, result.period, result.baseline, result.projection?.value]).toEqual(['on-track', 'projected', '100.0', '2024', { period: '2022', value: '50' }, '100.0']);
  });
  it('once due, the latest share shown is of the latest period with one', () => {
    // no 2026 figures: context 2024, 100.0
    const result = evaluateTarget(target({}), latestMissing, { asOf: '2027-06-30' });
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'no-figure-for-period', { period: '2024', published: '100.0' }]);
  });
  it('the earliest period without a share: the trend starts at the earliest period with one', () => {
    // s1 is seen by its beds and is the sum of s1a (2021 = 4, 2023 = 2, 2025 = 2) and s1b (2023 = 2,
    // 2025 = 2); s2 has 2023 = 3, 2025 = 4. 2021: s1b has none, s2 has none: no share.
    // 2023: s1 2 + 2 = 4 ≥ 4, s2 3 < 4: 50% (t = 2024); 2025: 4 and 4: 100% (t = 2026): on track
    const observed: Observation[] = [
      { indicator: 'station-beds', area: 's1', parent: AREA, period: '2024', value: '5' },
      unit('s1a', '4', '2021', 's1'), unit('s1a', '2', '2023', 's1'), unit('s1a', '2', '2025', 's1'),
      unit('s1b', '2', '2023', 's1'), unit('s1b', '2', '2025', 's1'),
      unit('s2', '3', '2023'), unit('s2', '4', '2025'),
    ];
    const result = evaluateTarget(target({ due: '2030-12-31' }), observed, EARLY);
    expect([result.status, result.reason, result.published, result.period, result.baseline, result.projection?.value]).toEqual(['on-track', 'projected', '100.0', '2025', { period: '2023', value: '50' }, '100.0']);
  });
  it('no period with a share at all: no data', () => {
    // s1 is the sum of s1a (2021 only) and s1b (2022 only): never both, so never a figure
    const observed: Observation[] = [{ indicator: 'station-beds', area: 's1', parent: AREA, period: '2024', value: '5' }, unit('s1a', '4', '2021', 's1'), unit('s1b', '4', '2022', 's1')];
    const early = evaluateTarget(target({ due: '2030-12-31' }), observed, EARLY);
    expect([early.status, early.reason, early.published, early.context]).toEqual(['no-data', 'no-observation', null, null]);
    const due = evaluateTarget(target({}), observed, DUE);
    expect([due.status, due.reason, due.published, due.context]).toEqual(['no-data', 'no-observation', null, null]);
  });
});
