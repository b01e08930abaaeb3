/**
 * Maintain targets beyond the common cases of evaluateTarget.test.ts: the first year still
 * open (judged "so far"), where the first year comes from, the smallest gap over the years
 * and what it takes. Every expected value is worked by hand in the comment beside it, from
 * DESIGN.md ("How a target is judged", 5: a figure for every reporting period from the start
 * to the date judged).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({ id: 'keep', kind: 'maintain', area: AREA, due: '2030-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });

describe('maintain: the first year not yet complete is judged so far', () => {
  // from 2026-01-01, judged on 2026-07-01: no complete year yet (2026 ends 2026-12-31)
  const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2026-01-01' });
  it('a first-quarter figure of 100 holds: on-track, so far', () => {
    const result = evaluateTarget(keep, [obs('ehr-coverage', '2026-Q1', { value: '100' })], { asOf: '2026-07-01' });
    // ehr-coverage is a percentage: 2 places, 100 → '100.00'
    expect([result.status, result.reason, result.published, result.period, result.periods]).toEqual(['on-track', 'so-far', '100.00', '2026-Q1', []]);
  });
  it('99.5 does not hold: off-track, so far; the latest figure of the year decides', () => {
    const low = evaluateTarget(keep, [obs('ehr-coverage', '2026-Q1', { value: '99.5' })], { asOf: '2026-07-01' });
    expect([low.status, low.reason, low.published]).toEqual(['off-track', 'so-far', '99.50']);
    // Q1 = 99.5 then Q2 = 100: the latest (Q2, ends 2026-06-30) is judged: 100.00 ≥ 100
    const later = evaluateTarget(keep, [obs('ehr-coverage', '2026-Q1', { value: '99.5' }), obs('ehr-coverage', '2026-Q2', { value: '100' })], { asOf: '2026-07-01' });
    expect([later.status, later.period]).toEqual(['on-track', '2026-Q2']);
  });
  it('the latest figure so far cannot be read: needs-review, naming its period', () => {
    const result = evaluateTarget(keep, [obs('ehr-coverage', '2026-Q1', { numerator: '3', denominator: '0' })], { asOf: '2026-07-01' });
    expect([result.status, result.reason, result.period, result.published]).toEqual(['needs-review', 'zero-denominator', '2026-Q1', null]);
  });
  it('a figure from before the start does not count: no observation in the period', () => {
    // 2025 ends before 2026-01-01: outside the period, so nothing to judge
    const result = evaluateTarget(keep, [obs('ehr-coverage', '2025', { value: '100' })], { asOf: '2026-07-01' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'no-observation', null]);
  });
  it('an indicator outside the catalog with no figure: perhaps misspelt', () => {
    const odd = target({ indicator: 'ehr-coverge', comparator: '>=', value: '100', from: '2026-01-01' });
    const result = evaluateTarget(odd, [], { asOf: '2026-07-01' });
    expect([result.status, result.reason]).toEqual(['no-data', 'unknown-indicator']);
  });
});

describe('maintain: the first year', () => {
  it('without `from`, the baseline period starts it', () => {
    // baseline 2024: years 2024 and 2025 are judged on 2026-01-01; 2024 = 90 fails
    const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '95', baseline: { period: '2024' } });
    const series = [obs('ehr-coverage', '2023', { value: '50' }), obs('ehr-coverage', '2024', { value: '90' }), obs('ehr-coverage', '2025', { value: '96' })];
    const result = evaluateTarget(keep, series, { asOf: '2026-01-01' });
    expect([result.status, result.failedPeriod, result.periods?.map((p) => p.period)]).toEqual(['off-track', '2024', ['2024', '2025']]);
  });
  it('without `from` or a baseline, the due year starts it', () => {
    // due 2030: no year from 2030 is complete on 2027-01-01, so the figures so far in 2030: none
    const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '95' });
    const result = evaluateTarget(keep, [obs('ehr-coverage', '2026', { value: '96' })], { asOf: '2027-01-01' });
    expect([result.status, result.reason]).toEqual(['no-data', 'no-observation']);
  });
});

describe('maintain: gap and what it takes', () => {
  const keep = target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '96', from: '2021-01-01', due: '2022-12-31' });
  it('the gap is the smallest over the years judged', () => {
    // 97.00 − 96 = 1 and 96.50 − 96 = 0.5: the smaller, 0.5
    const held = evaluateTarget(keep, [obs('health-insurance-coverage', '2021', { value: '97' }), obs('health-insurance-coverage', '2022', { value: '96.5' })], { asOf: '2023-01-01' });
    expect([held.status, held.gap, held.whatItTakes]).toEqual(['achieved', '0.5', null]);
    // the same years the other way round: still 0.5
    const swapped = evaluateTarget(keep, [obs('health-insurance-coverage', '2021', { value: '96.5' }), obs('health-insurance-coverage', '2022', { value: '97' })], { asOf: '2023-01-01' });
    expect(swapped.gap).toBe('0.5');
  });
  it('what it takes is worked on the latest year’s counts', () => {
    // 2021: 11 400 / 12 000 × 100 = 95.00 (gap −1); 2022: 11 500 / 12 000 × 100 = 95.8333… → 95.83 (gap −0.17).
    // Smallest gap −1. Published ≥ 96 at 2 places needs n / 120 ≥ 95.995, n ≥ 11 519.4: 11 520
    // (11 519 / 120 = 95.9916… → 95.99); 11 520 − 11 500 = 20 more
    const series = [
      obs('health-insurance-coverage', '2021', { numerator: '11400', denominator: '12000' }),
      obs('health-insurance-coverage', '2022', { numerator: '11500', denominator: '12000' }),
    ];
    const result = evaluateTarget(keep, series, { asOf: '2023-01-01' });
    expect([result.status, result.failedPeriod, result.gap, result.published]).toEqual(['not-achieved', '2021', '-1', '95.83']);
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '100', current: '11500', minimum: '11520', maximum: null, more: '20', fewer: null });
    expect(result.threshold).toEqual({ comparator: '>=', value: '96', upper: null, level: '96' });
  });
});

describe('maintain: a year that cannot be read', () => {
  it('needs-review, naming the year, whatever the other years say', () => {
    // 2021 = 100 holds, 2022 has a zero denominator: the verdict cannot be given
    const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2021-01-01', due: '2022-12-31' });
    const observed = [obs('ehr-coverage', '2021', { value: '100' }), obs('ehr-coverage', '2022', { numerator: '3', denominator: '0' })];
    const result = evaluateTarget(keep, observed, { asOf: '2023-01-01' });
    expect([result.status, result.reason, result.period, result.published]).toEqual(['needs-review', 'zero-denominator', '2022', null]);
  });
});
