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
    const [card] = evaluateAreas([stations], observations, { asOf: '2027-01-01', areas: ['xa'] });
    const result = card?.results[0];
    expect([result?.status, result?.published, result?.units]).toEqual(['not-achieved', '90.0', { observed: 20, meeting: 18 }]);
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
    const [card] = evaluateAreas([up], observations, { asOf: '2027-01-01', areas: ['a'], compare: 'exact' });
    const result = card?.results[0];
    const third = '33.' + '3'.repeat(58); // 60 significant digits
    expect([result?.status, result?.change]).toEqual(['achieved', third]);
    expect(result?.explanation.en).toContain(`a change of +${third}%`);
    expect(result?.explanation.vi).toContain(`thay đổi +${third.replace('.', ',')}%`);
  });
});

describe('indexObservations', () => {
  it('lists series in the order they first appear, each sorted by period', () => {
    const index = indexObservations([
      { indicator: 'b', area: 'x', period: '2026', value: '1' },
      { indicator: 'a', area: 'y', period: '2026', value: '2' },
      { indicator: 'b', area: 'x', period: '2025', value: '3' },
      { indicator: 'a', area: 'x', period: '2024', value: '4' },
    ]);
    expect([...index.byArea.keys()]).toEqual(['b\u0000x', 'a\u0000y', 'a\u0000x']);
    expect(index.byArea.get('b\u0000x')?.map((entry) => entry.observation.period)).toEqual(['2025', '2026']);
  });
  it('byArea and byParent read like maps: get, has, size, keys, values, entries, forEach', () => {
    const index = indexObservations([
      { indicator: 'u', area: 's1', parent: 'xa', period: '2026', value: '4' },
      { indicator: 'u', area: 's2', parent: 'xa', period: '2026', value: '5' },
    ]);
    // two series by area (u/s1, u/s2), one by parent (u/xa) holding both
    expect([index.byArea.size, index.byParent.size]).toEqual([2, 1]);
    expect([index.byArea.has('u\u0000s2'), index.byArea.has('u\u0000xa'), index.byArea.has('u')]).toEqual([true, false, false]);
    expect(index.byParent.get('u\u0000xa')?.map((entry) => entry.observation.area)).toEqual(['s1', 's2']);
    expect(index.byArea.get('v\u0000s1')).toBeUndefined();
    expect([...index.byParent.keys()]).toEqual(['u\u0000xa']);
    expect([...index.byArea.values()].map((list) => list.length)).toEqual([1, 1]);
    expect(new Map(index.byArea).get('u\u0000s1')?.[0]?.end).toBe('2026-12-31');
    const seen: string[] = [];
    index.byArea.forEach((list, key) => seen.push(`${key.replace('\u0000', '/')}:${list.length}`));
    expect(seen).toEqual(['u/s1:1', 'u/s2:1']);
    expect([...index.byArea.entries()].map(([key]) => key)).toEqual(['u\u0000s1', 'u\u0000s2']);
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
    expectChitieuError(() => evaluateAreas([doctors], handMade, { asOf: '2027-01-31', areas: ['xa-a'] }), 'INVALID_ARGUMENT', 'observations');
    // the same observation through indexObservations: 21 / 12 000 × 10 000 = 17.5 ≥ 17.5, achieved
    const [card] = evaluateAreas([doctors], indexObservations([observation]), { asOf: '2027-01-31', areas: ['xa-a'] });
    expect(card?.results[0]?.status).toBe('achieved');
  });
});

describe('the index keeps its own list', () => {
  it('an observation pushed onto the array afterwards is not in it', () => {
    const observations: Observation[] = [{ indicator: 'x', area: 'a', period: '2025', value: '1' }];
    const index = indexObservations(observations);
    observations.push({ indicator: 'x', area: 'a', period: '2026', value: '2' });
    expect([index.size, index.byArea.get('x\u0000a')?.length]).toEqual([1, 1]);
  });
});

describe('explanations shared between areas', () => {
  const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
  const rate = (area: string, period: string, numerator: string): Observation => ({ indicator: 'doctors-per-10k', area, period, numerator, denominator: '12000' });
  it('areas with the same figures read the same frozen line; a different projection reads its own', () => {
    // per 10 000 of 12 000: 12 → 10.0, 6 → 5.0, 18 → 15.0; asked on 2026-03-31, before the due date
    const observations = [rate('a', '2024', '12'), rate('a', '2025', '18'), rate('b', '2024', '6'), rate('b', '2025', '18'), rate('c', '2024', '12'), rate('c', '2025', '18')];
    // a: 10.0 → 15.0, slope 5.0/yr, projected to 31/12/2026: 15.0 + 5.0 × 1 = 20.0
    // b:  5.0 → 15.0, slope 10.0/yr, projected 25.0; c: as a
    const cards = evaluateAreas([doctors], observations, { asOf: '2026-03-31', areas: ['a', 'b', 'c'] });
    const [a, b, c] = cards.map((card) => card.results[0]);
    expect([a?.projection?.value, b?.projection?.value, c?.projection?.value]).toEqual(['20.0', '25.0', '20.0']);
    expect(a?.explanation).toBe(c?.explanation);
    expect(Object.isFrozen(a?.explanation)).toBe(true);
    expect(a?.explanation).not.toBe(b?.explanation);
    expect(b?.explanation.en).toContain('projected 25.0 by 2026-12-31');
    expect(a?.explanation.en).toContain('projected 20.0 by 2026-12-31');
  });
  it('the same change from another baseline and figure is another line', () => {
    const up = TargetSchema.parse({ id: 'up', kind: 'change', indicator: 'x', change: 'points', comparator: '>=', value: '2', baseline: { period: '2021' }, due: '2026-12-31' });
    const value = (area: string, period: string, v: string): Observation => ({ indicator: 'x', area, period, value: v });
    // a: 30 → 33, b: 40 → 43, c: 30 → 33 — each a change of +3 points
    const observations = [value('a', '2021', '30'), value('a', '2026', '33'), value('b', '2021', '40'), value('b', '2026', '43'), value('c', '2021', '30'), value('c', '2026', '33')];
    const [a, b, c] = evaluateAreas([up], observations, { asOf: '2027-01-01', areas: ['a', 'b', 'c'] }).map((card) => card.results[0]);
    expect([a?.change, b?.change, c?.change]).toEqual(['3', '3', '3']);
    expect(a?.explanation).toBe(c?.explanation);
    expect(a?.explanation).not.toBe(b?.explanation);
    expect(b?.explanation.en).toContain('a change of +3 points from 40 (2021)');
  });
});
