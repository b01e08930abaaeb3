/**
 * evaluateAreas and indexObservations on larger groups: many units under one parent, exact
 * comparison of a relative change, and the order of the index. Worked by hand beside each value.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAreas } from '../../src/evaluate/evaluateAreas.js';
import { indexObservations } from '../../src/evaluate/indexObservations.js';
import type { Observation } from '../../src/model/observation.js';
import { TargetSchema } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('share of units with many units', () => {
  const stations = TargetSchema.parse({
    id: 'share', kind: 'share', indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, decimals: 1, due: '2026-12-31',
    condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100',
  });
  const unit = (station: number, value: string): Observation => ({ indicator: 'station-doctors', area: `s${station}`, parent: 'xa', period: '2026', value });
  it('20 stations, two reported twice: the later report counts, each station once', () => {
    // s0…s19 with 5 doctors (meet ≥ 4); then s3 and s17 again with 2 (the later wins): 18 of 20 = 90.0%
    const observations = [...Array.from({ length: 20 }, (_, i) => unit(i, '5')), unit(3, '2'), unit(17, '2')];
    const [card] = evaluateAreas([stations], observations, { asOf: '2027-01-01', rows: ['xa'] });
    const result = card?.results[0];
    expect([result?.status, result?.published, result?.units]).toEqual(['not-achieved', '90.0', { total: 20, observed: 20, meeting: 18, missing: [] }]);
    expect(result?.whatItTakes).toMatchObject({ denominator: '20', current: '18', minimum: '20', more: '2' });
  });
});

describe("compare: 'exact' with a relative change", () => {
  it('a change that does not terminate is written in full in the explanation', () => {
    // baseline 2021 = 30, 2026 = 40: (40 − 30) / 30 × 100 = 33.333…%, exact (60 significant digits)
    const up = TargetSchema.parse({ id: 'up', kind: 'change', indicator: 'x', change: 'relative', comparator: '>=', value: '10', baseline: { period: '2021' }, due: '2026-12-31' });
    const observations: Observation[] = [
      { indicator: 'x', area: 'a', period: '2021', value: '30' },
      { indicator: 'x', area: 'a', period: '2026', value: '40' },
    ];
    const [card] = evaluateAreas([up], observations, { asOf: '2027-01-01', rows: ['a'], compare: 'exact' });
    const result = card?.results[0];
    const third = '33.' + '3'.repeat(58); // 60 significant digits
    expect([result?.status, result?.change]).toEqual(['achieved', third]);
    expect(result?.explanation.en).toContain(`a change of +${third}%`);
    expect(result?.explanation.vi).toContain(`thay đổi +${third.replace('.', ',')}%`);
  });
});

describe('indexObservations', () => {
  it('lists areas, indicators and periods in the order they first appear', () => {
    const index = indexObservations([
      { indicator: 'b', area: 'x', period: '2026', value: '1' },
      { indicator: 'a', area: 'y', period: '2026', value: 2 },
      { indicator: 'b', area: 'x', period: '2025', value: '3' },
      { indicator: 'a', area: 'x', period: '2024', numerator: 4, denominator: 5, per: 100 },
    ]);
    expect([index.kind, index.size]).toEqual(['chitieu/observation-index', 4]);
    expect([index.areas, index.indicators, index.periods]).toEqual([['x', 'y'], ['b', 'a'], ['2026', '2025', '2024']]);
    expect([Object.isFrozen(index), Object.isFrozen(index.areas)]).toEqual([true, true]);
  });
  it('judges as the list it was built from', () => {
    const target = TargetSchema.parse({ id: 't', indicator: 'b', comparator: '>=', value: '2', due: '2026-12-31', decimals: 0 });
    const list: Observation[] = [
      { indicator: 'b', area: 'x', period: '2026', value: '1' },
      { indicator: 'b', area: 'x', period: '2025', value: '3' },
    ];
    const [fromList] = evaluateAreas([target], list, { asOf: '2027-01-31', rows: ['x'] });
    const [fromIndex] = evaluateAreas([target], indexObservations(list), { asOf: '2027-01-31', rows: ['x'] });
    expect(fromIndex).toEqual(fromList);
    // 2026 = 1 < 2: not achieved, on the 2026 figure though 2025's came later in the list
    expect([fromList?.results[0]?.status, fromList?.results[0]?.period]).toEqual(['not-achieved', '2026']);
  });
});

describe('an index not built by indexObservations', () => {
  it('is refused with INVALID_ARGUMENT naming observations, rather than read half-way', () => {
    const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
    const observation = { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: '21', denominator: '12000' };
    const handMade = {
      kind: 'chitieu/observation-index' as const,
      size: 1,
      byArea: new Map([['doctors-per-10k\u0000xa-a', [{ observation, start: '2026-01-01', end: '2026-12-31' }]]]),
      byParent: new Map(),
    };
    expectChitieuError(() => evaluateAreas([doctors], handMade as never, { asOf: '2027-01-31', rows: ['xa-a'] }), 'INVALID_ARGUMENT', 'observations');
    // the same observation through indexObservations: 21 / 12 000 × 10 000 = 17.5 ≥ 17.5, achieved
    const [card] = evaluateAreas([doctors], indexObservations([observation]), { asOf: '2027-01-31', rows: ['xa-a'] });
    expect(card?.results[0]?.status).toBe('achieved');
  });
});

describe('the index keeps nothing of the caller', () => {
  it('an observation pushed onto the array, or changed, afterwards is not in it', () => {
    const observations: Observation[] = [{ indicator: 'x', area: 'a', period: '2026', value: '1' }];
    const index = indexObservations(observations);
    observations.push({ indicator: 'x', area: 'a', period: '2026', value: '2' });
    (observations[0] as { value: string }).value = '3';
    const target = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '1', due: '2026-12-31', decimals: 0 });
    const [card] = evaluateAreas([target], index, { asOf: '2027-01-31', rows: ['a'] });
    expect([index.size, card?.results[0]?.published]).toEqual([1, '1']);
  });
});

describe('explanations of areas with the same figures', () => {
  const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
  const rate = (area: string, period: string, numerator: string): Observation => ({ indicator: 'doctors-per-10k', area, period, numerator, denominator: '12000' });
  it('read the same line; a different projection reads its own', () => {
    // per 10 000 of 12 000: 12 → 10.0, 6 → 5.0, 18 → 15.0; asked on 2026-03-31, before the due date
    const observations = [rate('a', '2024', '12'), rate('a', '2025', '18'), rate('b', '2024', '6'), rate('b', '2025', '18'), rate('c', '2024', '12'), rate('c', '2025', '18')];
    // a: 10.0 → 15.0, slope 5.0/yr, projected to 31/12/2026: 15.0 + 5.0 × 1 = 20.0
    // b:  5.0 → 15.0, slope 10.0/yr, projected 25.0; c: as a
    const cards = evaluateAreas([doctors], observations, { asOf: '2026-03-31', rows: ['a', 'b', 'c'] });
    const [a, b, c] = cards.map((card) => card.results[0]);
    expect([a?.projection?.value, b?.projection?.value, c?.projection?.value]).toEqual(['20.0', '25.0', '20.0']);
    expect(a?.explanation).toEqual(c?.explanation);
    expect(Object.isFrozen(a?.explanation)).toBe(true);
    expect(a?.explanation).not.toEqual(b?.explanation);
    expect(b?.explanation.en).toContain('projected 25.0 by 2026-12-31');
    expect(a?.explanation.en).toContain('projected 20.0 by 2026-12-31');
  });
  it('the same change from another baseline and figure is another line', () => {
    const up = TargetSchema.parse({ id: 'up', kind: 'change', indicator: 'x', change: 'points', comparator: '>=', value: '2', baseline: { period: '2021' }, due: '2026-12-31' });
    const value = (area: string, period: string, v: string): Observation => ({ indicator: 'x', area, period, value: v });
    // a: 30 → 33, b: 40 → 43, c: 30 → 33 — each a change of +3 points
    const observations = [value('a', '2021', '30'), value('a', '2026', '33'), value('b', '2021', '40'), value('b', '2026', '43'), value('c', '2021', '30'), value('c', '2026', '33')];
    const [a, b, c] = evaluateAreas([up], observations, { asOf: '2027-01-01', rows: ['a', 'b', 'c'] }).map((card) => card.results[0]);
    expect([a?.change, b?.change, c?.change]).toEqual(['3', '3', '3']);
    expect(a?.explanation).toEqual(c?.explanation);
    expect(a?.explanation).not.toEqual(b?.explanation);
    expect(b?.explanation.en).toContain('a change of +3 points from 40 (2021)');
  });
});
