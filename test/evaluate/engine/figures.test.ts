/**
 * engine/figures.ts: which row is a target's figure (a stock's figure dated at the period's last
 * day, a flow's only for the period itself), what a part of the period says, and figures and
 * trends summed from the areas below an area without its own (rates as Σ numerators /
 * Σ denominators at one multiplier, counts summed, nothing when the parts cannot be summed).
 * doctors-per-10k is a stock rate per 10 000 published at 1 place (src/catalog/indicators.ts);
 * an indicator the catalog does not know is read as a flow. Values worked by hand beside each.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Area } from '../../../src/model/area.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', due: '2026-12-31', area: 'xa', ...input } as unknown as TargetInput);
const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
const asOf = '2027-01-31';
const row = (indicator: string, area: string, period: string, fields: Partial<Observation>, parent?: string): Observation =>
  ({ indicator, area, period, ...fields, ...(parent === undefined ? {} : { parent }) }) as Observation;
const commune = (id: string, parent?: string): Area => ({ id, name: { vi: id }, level: parent === undefined ? 'district' : 'commune', ...(parent === undefined ? {} : { parent }) }) as Area;

describe('the figure of the target’s year', () => {
  it('a stock is read at the year’s last day: a fourth-quarter figure stands for 2026', () => {
    // 2026-Q4 ends 2026-12-31: 16 per 10 000 → 16.0 < 17.5
    const result = evaluateTarget(doctors, [row('doctors-per-10k', 'xa', '2026-Q4', { value: '16' })], { asOf });
    expect([result.status, result.published, result.period]).toEqual(['not-achieved', '16.0', '2026-Q4']);
  });
  it('of several figures dated at the last day, the one starting latest (December before the fourth quarter)', () => {
    // rows ending 2026-12-31 are ordered by first day: 2026-Q4 (10-01), 2026-12 (12-01); December: 18.0 ≥ 17.5
    const observations = [row('doctors-per-10k', 'xa', '2026-12', { value: '18' }), row('doctors-per-10k', 'xa', '2026-Q4', { value: '16' })];
    const result = evaluateTarget(doctors, observations, { asOf });
    expect([result.status, result.published, result.period]).toEqual(['achieved', '18.0', '2026-12']);
  });
  it('a flow’s fourth quarter is only part of its year', () => {
    // 'x' is not in the catalog: a flow. 2026-Q4 lies inside 2026 but is not 2026
    const visits = target({ indicator: 'x', comparator: '>=', value: '10', decimals: 0 });
    const result = evaluateTarget(visits, [row('x', 'xa', '2026-Q4', { value: '12' })], { asOf });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'partial-period', null]);
    // wording 'partial-period', then the latest figure as context, then the goal
    expect(result.explanation.en).toBe('x: only figures for part of 2026, which do not stand in for the whole period; latest figure 12 (2026-Q4); target at least 10 by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe('x: chỉ có số liệu một phần kỳ 2026, không thay được số liệu cả kỳ; số liệu gần nhất 12 (kỳ 2026-Q4); chỉ tiêu ít nhất 10 đến 31/12/2026: chưa có số liệu.');
  });
});

describe('a figure summed from the areas below', () => {
  const doctorsOf = (area: string, fields: Partial<Observation>) => row('doctors-per-10k', area, '2026', fields, 'xa');
  it('rates: Σ numerators / Σ denominators, with the counts kept for what it takes', () => {
    // (10 + 8) / (6 000 + 6 000) × 10 000 = 15.0 < 17.5; 21 / 12 000 × 10 000 = 17.5, so 21 − 18 = 3 more
    const result = evaluateTarget(doctors, [doctorsOf('a', { numerator: '10', denominator: '6000' }), doctorsOf('b', { numerator: '8', denominator: '6000' })], { asOf });
    expect([result.published, result.rolledUpFrom]).toEqual(['15.0', 2]);
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '10000', current: '18', minimum: '21', maximum: null, more: '3', fewer: null });
  });
  it('a part that cannot be read is the answer: the zero denominator', () => {
    const result = evaluateTarget(doctors, [doctorsOf('a', { numerator: '3', denominator: '0' }), doctorsOf('b', { numerator: '8', denominator: '6000' })], { asOf });
    expect([result.status, result.reason, result.period]).toEqual(['needs-review', 'zero-denominator', '2026']);
  });
  it('nothing when the parts mix counts and values, or multipliers', () => {
    const mixed = evaluateTarget(doctors, [doctorsOf('a', { numerator: '10', denominator: '6000' }), doctorsOf('b', { value: '13.3' })], { asOf });
    expect([mixed.status, mixed.published, mixed.rolledUpFrom]).toEqual(['no-data', null, null]);
    // 10 per 10 000 of 6 000 and 8 per 1 000 of 6 000: not one multiplier
    const per = evaluateTarget(doctors, [doctorsOf('a', { numerator: '10', denominator: '6000' }), doctorsOf('b', { numerator: '8', denominator: '6000', per: '1000' })], { asOf });
    expect([per.status, per.published]).toEqual(['no-data', null]);
  });
  it('values of a rate are not summed; values of a count are, but not with counts', () => {
    // 16 + 12 per 10 000 is no rate of the commune
    const rate = evaluateTarget(doctors, [doctorsOf('a', { value: '16' }), doctorsOf('b', { value: '12' })], { asOf });
    expect([rate.status, rate.published]).toEqual(['no-data', null]);
    // station-doctors is a count: 3 + 2 = 5 ≥ 4
    const stationDoctors = target({ indicator: 'station-doctors', comparator: '>=', value: '4' });
    const count = (area: string, fields: Partial<Observation>) => row('station-doctors', area, '2026', fields, 'xa');
    const summed = evaluateTarget(stationDoctors, [count('a', { value: '3' }), count('b', { value: '2' })], { asOf });
    expect([summed.status, summed.published, summed.rolledUpFrom]).toEqual(['achieved', '5', 2]);
    // a value and a ratio of counts (1 of 2, per 100 = 50) do not add up
    const ratio = evaluateTarget(stationDoctors, [count('a', { value: '3' }), count('b', { numerator: '1', denominator: '2', per: '100' })], { asOf });
    expect([ratio.status, ratio.published]).toEqual(['no-data', null]);
  });
  it('only the areas of the tree: a part without observations is not another area’s', () => {
    // xa = a + b by options.areas; b has no figure, so xa has none (z, observed, is not below xa)
    const observations = [row('doctors-per-10k', 'a', '2026', { numerator: '10', denominator: '6000' }), row('doctors-per-10k', 'z', '2026', { numerator: '8', denominator: '6000' })];
    const result = evaluateTarget(doctors, observations, { asOf, areas: [commune('xa'), commune('a', 'xa'), commune('b', 'xa')] });
    expect([result.status, result.published]).toEqual(['no-data', null]);
  });
  it('a yes/no part given a number is a value of the wrong type', () => {
    const epidemic = target({ kind: 'boolean', indicator: 'major-epidemic', expected: false });
    const result = evaluateTarget(epidemic, [row('major-epidemic', 'a', '2026', { value: '1' }, 'xa')], { asOf });
    expect([result.status, result.reason, result.period]).toEqual(['needs-review', 'value-type', '2026']);
  });
});

describe('a trend summed from the areas below', () => {
  // a count of 'x' (a flow), asked on 2026-03-31 for 2026-12-31
  const cases = target({ kind: 'count', indicator: 'x', comparator: '>=', value: '100' });
  const x = (area: string, period: string, value: string) => row('x', area, period, { value }, 'xa');
  it('through the years every part has, each summed; other lengths left out', () => {
    // a: 2023 = 10, 2024 = 20, 2025 = 30 and a quarter 2025-Q4 = 5; b: 2024 = 20, 2025 = 30
    // xa: 2023 has no b (left out), 2024 = 40, 2025 = 60; the quarter is not a year
    // linear from 2024 (40, the projection's `from`) to 2025 (60): 20 a year, one more year to 2026-12-31: 80 < 100, off track
    const observations = [x('a', '2023', '10'), x('a', '2024', '20'), x('a', '2025', '30'), x('a', '2025-Q4', '5'), x('b', '2024', '20'), x('b', '2025', '30')];
    const result = evaluateTarget(cases, observations, { asOf: '2026-03-31' });
    expect([result.status, result.projection?.value, result.projection?.from]).toEqual(['off-track', '80', '2024']);
    expect(result.projection?.slopePerYear).toBe('20.00');
  });
  it('read down to 33 levels below the area, not further', () => {
    // a chain L0 ⊃ L1 ⊃ … ⊃ L34 (options.areas), the figures in one area only: 2024 = 40, 2025 = 60
    // each level sums its one part; trends are followed down to depth 33 (L33), not to L34
    const chain = Array.from({ length: 35 }, (_, i) => commune(`L${i}`, i === 0 ? undefined : `L${i - 1}`));
    const at = (leaf: string) => [row('x', leaf, '2024', { value: '40' }), row('x', leaf, '2025', { value: '60' })];
    const chained = target({ kind: 'count', indicator: 'x', comparator: '>=', value: '100', area: 'L0' });
    const deepest = evaluateTarget(chained, at('L33'), { asOf: '2026-03-31', areas: chain });
    expect([deepest.status, deepest.projection?.value]).toEqual(['off-track', '80']); // as above
    const beyond = evaluateTarget(chained, at('L34'), { asOf: '2026-03-31', areas: chain });
    expect([beyond.status, beyond.projection]).toEqual(['no-data', null]);
  });
});
