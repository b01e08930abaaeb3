/**
 * progress, requiredAnnualChange and the baseline: a figure never reads 100% beside a verdict
 * of "not met", a baseline that already meets the target gives no progress, and a declared
 * baseline period without its observation is a missing baseline, not the earliest figure.
 * Every expected value is worked by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../src/model/target.js';

const AREA = 'cao-minh';
const target = (input: Partial<TargetInput> & Record<string, unknown>) =>
  TargetSchema.parse({ id: 't', due: '2026-12-31', area: AREA, ...input } as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });

describe('strict comparators: progress toward the first published level that meets', () => {
  // Cao Minh: "trên 95%", baseline 93.76, 11 400 / 12 000 × 100 = 95 exactly → published '95.00'
  const insurance = target({
    indicator: 'health-insurance-coverage', comparator: '>', value: '95', baseline: { period: '2025', value: '93.76' },
  });
  const observed = [obs('health-insurance-coverage', '2026', { numerator: '11400', denominator: '12000' })];
  it('95.00 against "> 95" is not met and its progress is under 100', () => {
    const result = evaluateTarget(insurance, observed, { asOf: '2027-01-15' });
    expect([result.status, result.published]).toEqual(['not-achieved', '95.00']);
    // the first 2-place figure above 95 is 95.01: (95.00 − 93.76) / (95.01 − 93.76) × 100
    // = 1.24 / 1.25 × 100 = 99.2 (was 100.0: (95 − 93.76) / (95 − 93.76))
    expect(result.progress).toBe('99.2');
  });
  it('compare exact: 95 exactly is not above 95, and 100.0 would contradict it: null', () => {
    // exact: (95 − 93.76) / (95 − 93.76) × 100 = 100.0 while not met → progress null
    const result = evaluateTarget(insurance, observed, { asOf: '2027-01-15', compare: 'exact' });
    expect([result.status, result.progress]).toEqual(['not-achieved', null]);
  });
  it('a met strict target reads 100 or more: 95.02 from 93.76 is 100.8', () => {
    // 11 402 / 12 000 × 100 = 95.01666… → '95.02' > 95: (95.02 − 93.76)/(95.01 − 93.76) = 1.26/1.25 = 100.8
    const result = evaluateTarget(insurance, [obs('health-insurance-coverage', '2026', { numerator: '11402', denominator: '12000' })], { asOf: '2027-01-15' });
    expect([result.status, result.progress]).toEqual(['achieved', '100.8']);
  });
  it('"> 20" at 20.00 before the due date: a positive required change, progress under 100', () => {
    // baseline 2021 = 18, 2026 = 20.00 (2 places, catalog), due 2030-12-31, asOf 2027-06-30.
    // Times at the end of each period: 2027.0 and 2031.0, so 4 years remain.
    const visits = target({
      indicator: 'health-insurance-coverage', comparator: '>', value: '20', due: '2030-12-31', baseline: { period: '2021', value: '18' },
    });
    const result = evaluateTarget(visits, [obs('health-insurance-coverage', '2026', { value: '20.00' })], { asOf: '2027-06-30' });
    // (20.01 − 20.00) / 4 = 0.0025, at 2 + 2 places (was 0.0000: (20 − 20) / 4)
    expect(result.requiredAnnualChange).toBe('0.0025');
    // (20 − 18) / (20.01 − 18) × 100 = 200 / 2.01 = 99.502… → 99.5
    expect(result.progress).toBe('99.5');
    // slope (20 − 18) / (2027 − 2022) = 0.4 a year; 20 + 4 × 0.4 = 21.60 > 20: on track
    expect([result.status, result.projection?.value]).toEqual(['on-track', '21.60']);
  });
  it('"< 15" at 15.0 (a decreasing target): a negative required change, progress under 100', () => {
    // stunting published with 1 place; baseline 2021 = 20; the first 1-place figure below 15 is 14.9
    const stunting = target({
      indicator: 'stunting-under-5', comparator: '<', value: '15', due: '2030-12-31', baseline: { period: '2021', value: '20' },
    });
    const result = evaluateTarget(stunting, [obs('stunting-under-5', '2026', { value: '15' })], { asOf: '2027-06-30' });
    // (14.9 − 15.0) / 4 = −0.025, at 1 + 2 places
    expect(result.requiredAnnualChange).toBe('-0.025');
    // (15 − 20) / (14.9 − 20) × 100 = 5 / 5.1 × 100 = 98.039… → 98.0
    expect(result.progress).toBe('98.0');
  });
});

describe('a baseline that already meets the target gives no progress', () => {
  const make = () =>
    target({ indicator: 'health-insurance-coverage', comparator: '>', value: '98', baseline: { period: '2025', value: '98.10' } });
  it('not met now: progress null, not (97.60 − 98.10)/(98 − 98.10) × 100 = 500', () => {
    // 97.60 is not above 98: not achieved; 98.10 > 98 already, so no progress to measure
    const result = evaluateTarget(make(), [obs('health-insurance-coverage', '2026', { value: '97.60' })], { asOf: '2027-01-15' });
    expect([result.status, result.progress, result.baseline]).toEqual(['not-achieved', null, { period: '2025', value: '98.1' }]);
  });
  it('met now: progress null, not a negative (98.50 − 98.10)/(98 − 98.10) × 100 = −400', () => {
    const result = evaluateTarget(make(), [obs('health-insurance-coverage', '2026', { value: '98.50' })], { asOf: '2027-01-15' });
    expect([result.status, result.progress]).toEqual(['achieved', null]);
  });
});

describe('a declared baseline period without its value or observation is not a baseline', () => {
  // x-level (outside the catalog, 0 places): 2023 = 10, 2026 = 13; target ≥ 20 by 2030-12-31
  const series = [obs('x-level', '2023', { value: '10' }), obs('x-level', '2026', { value: '13' })];
  it('the line runs from the earliest figure instead', () => {
    const declared = target({ indicator: 'x-level', comparator: '>=', value: '20', due: '2030-12-31', baseline: { period: '2021-2025' } });
    const result = evaluateTarget(declared, series, { asOf: '2027-06-30' });
    // no value and no observation for 2021-2025: the trend is 2023 (t = 2024) → 2026 (t = 2027),
    // 1 a year; at t = 2031: 13 + 4 = 17 < 20
    expect(result.baseline).toEqual({ period: '2023', value: '10' });
    expect([result.status, result.reason, result.projection?.value, result.projection?.from]).toEqual(['off-track', 'projected', '17', '2023']);
    // (13 − 10) / (20 − 10) × 100 = 30.0; the required change: (20 − 13) / (2031 − 2027) = 1.75
    expect([result.progress, result.requiredAnnualChange]).toEqual(['30.0', '1.75']);
  });
  it('once due, the verdict stands on the figure; progress runs from the earliest figure', () => {
    const declared = target({ indicator: 'x-level', comparator: '>=', value: '12', baseline: { period: '2021-2025' } });
    // 13 ≥ 12 on the 2026 figure: achieved; (13 − 10) / (12 − 10) × 100 = 150.0
    const result = evaluateTarget(declared, series, { asOf: '2027-01-15' });
    expect([result.status, result.baseline, result.progress]).toEqual(['achieved', { period: '2023', value: '10' }, '150.0']);
  });
  it('one figure and a baseline period without a value: no trend yet', () => {
    const declared = target({ indicator: 'x-level', comparator: '>=', value: '20', due: '2030-12-31', baseline: { period: '2021-2025' } });
    const result = evaluateTarget(declared, [obs('x-level', '2026', { value: '13' })], { asOf: '2027-06-30' });
    expect([result.status, result.reason, result.published, result.projection]).toEqual(['no-data', 'no-trend', '13', null]);
    expect(result.explanation.en).toContain('no trend yet');
  });
  it('a target that declares no baseline projects from its earliest observation', () => {
    const undeclared = target({ indicator: 'x-level', comparator: '>=', value: '20', due: '2030-12-31' });
    const result = evaluateTarget(undeclared, series, { asOf: '2027-06-30' });
    expect(result.baseline).toEqual({ period: '2023', value: '10' });
    // slope (13 − 10) / 3 = 1 a year; 13 + 4 = 17 < 20: off track, projected
    expect([result.status, result.reason, result.projection?.value]).toEqual(['off-track', 'projected', '17']);
    // (13 − 10) / (20 − 10) × 100 = 30.0
    expect(result.progress).toBe('30.0');
  });
});
