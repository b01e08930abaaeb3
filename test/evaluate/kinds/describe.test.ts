/**
 * The details of a full numeric result: what it takes for each comparator, progress and the
 * change per year it takes. Every expected value is worked by hand in the comment beside it:
 * a count is the smallest (or largest) whole number whose rate, rounded half-up at the
 * published precision, meets the target (DESIGN.md, "How a target is judged").
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });
const insured = [obs('health-insurance-coverage', '2026', { numerator: '11500', denominator: '12000' })];

describe('what it takes, per comparator (11 500 insured of 12 000, 95.83%)', () => {
  // n / 12 000 × 100 = n / 120, published at 2 places (half-up)
  it('between 90 and 95: at least 10 800, at most 11 400; 100 fewer', () => {
    // ≥ 90 once rounded: n / 120 ≥ 89.995, n ≥ 10 799.4 → 10 800.
    // ≤ 95 once rounded: n / 120 < 95.005, n < 11 400.6 → 11 400. 11 500 − 11 400 = 100 fewer; 11 500 ≥ 10 800: 0 more
    const range = target({ indicator: 'health-insurance-coverage', comparator: 'between', value: '90', upper: '95' });
    const result = evaluateTarget(range, insured, { asOf: '2027-01-01' });
    expect([result.status, result.published]).toEqual(['not-achieved', '95.83']);
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '100', current: '11500', minimum: '10800', maximum: '11400', more: '0', fewer: '100' });
    // no progress toward a range
    expect(result.progress).toBeNull();
  });
  it('exactly 95: 11 400 both ways', () => {
    // ≥ 95: n ≥ 11 399.4 → 11 400; ≤ 95: n < 11 400.6 → 11 400
    const exactly = target({ indicator: 'health-insurance-coverage', comparator: '=', value: '95' });
    expect(evaluateTarget(exactly, insured, { asOf: '2027-01-01' }).whatItTakes).toEqual({ denominator: '12000', per: '100', current: '11500', minimum: '11400', maximum: '11400', more: '0', fewer: '100' });
  });
  it('below 95: at most 11 399', () => {
    // < 95 once rounded: published ≤ 94.99, n / 120 < 94.995, n < 11 399.4 → 11 399; 11 500 − 11 399 = 101
    const under = target({ indicator: 'health-insurance-coverage', comparator: '<', value: '95' });
    expect(evaluateTarget(under, insured, { asOf: '2027-01-01' }).whatItTakes).toEqual({ denominator: '12000', per: '100', current: '11500', minimum: null, maximum: '11399', more: null, fewer: '101' });
  });
  it('a count that is not whole (full-time equivalents): no difference worked', () => {
    // 11 500.5 / 12 000 × 100 = 95.8375 → 95.84 < 96; at least 11 520 (as above); 11 500.5 is no whole count
    const up = target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '96' });
    const result = evaluateTarget(up, [obs('health-insurance-coverage', '2026', { numerator: '11500.5', denominator: '12000' })], { asOf: '2027-01-01' });
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '100', current: '11500.5', minimum: '11520', maximum: null, more: null, fewer: null });
  });
  it('a percentage given as a value, with options.population: the count is unknown', () => {
    // ≥ 96 at 2 places: n / 120 ≥ 95.995, n ≥ 11 519.4 → 11 520
    const up = target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '96' });
    const result = evaluateTarget(up, [obs('health-insurance-coverage', '2026', { value: '95.83' })], { asOf: '2027-01-01', population: 12000 });
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '100', current: null, minimum: '11520', maximum: null, more: null, fewer: null });
  });
  it('a count given as a value: population says nothing of it', () => {
    const seven = target({ kind: 'count', indicator: 'stations-treating-insured-count', comparator: '>=', value: '7' });
    const result = evaluateTarget(seven, [obs('stations-treating-insured-count', '2026', { value: '6' })], { asOf: '2027-01-01', population: 12000 });
    expect([result.status, result.whatItTakes]).toEqual(['not-achieved', null]);
  });
});

describe('progress from a baseline', () => {
  // baseline 2021 (t = 2022), latest 2024 (t = 2025), due 2030-12-31 (t = 2031): 6 years left
  const make = (value: string, base: string) =>
    target({ indicator: 'x-level', comparator: '>=', value, due: '2030-12-31', baseline: { period: '2021', value: base } });
  it('toward 10 000 from 0: 9 990 is 99.9%', () => {
    // 9 990 / 10 000 × 100 = 99.9; it takes (10 000 − 9 990) / 6 = 1.666… → 1.67 a year (0 places + 2)
    const result = evaluateTarget(make('10000', '0'), [obs('x-level', '2024', { value: '9990' })], { asOf: '2025-06-30' });
    expect([result.progress, result.requiredAnnualChange]).toEqual(['99.9', '1.67']);
  });
  it('9 999 of 10 000 would print as 100.0% while not met: no progress shown', () => {
    // 9 999 / 10 000 × 100 = 99.99 → 100.0 at one place, yet 9 999 < 10 000
    const result = evaluateTarget(make('10000', '0'), [obs('x-level', '2024', { value: '9999' })], { asOf: '2025-06-30' });
    expect(result.progress).toBeNull();
  });
  it('a baseline that already meets the target: no progress', () => {
    // baseline 20 ≥ 17; latest 15 < 17
    const result = evaluateTarget(make('17', '20'), [obs('x-level', '2024', { value: '15' })], { asOf: '2025-06-30' });
    expect(result.progress).toBeNull();
    expect(result.baseline).toEqual({ period: '2021', value: '20' });
  });
  it('met already: no change per year asked, progress at least 100', () => {
    // (25 − 10) / (20 − 10) × 100 = 150.0
    const result = evaluateTarget(make('20', '10'), [obs('x-level', '2024', { value: '25' })], { asOf: '2025-06-30' });
    expect([result.progress, result.requiredAnnualChange, result.whatItTakes]).toEqual(['150.0', null, null]);
  });
});

describe('a figure rolled up from the areas below', () => {
  it('two villages: ΣN / ΣD, and how many areas it came from', () => {
    // (5 700 + 5 760) / (6 000 + 6 000) × 100 = 11 460 / 120 = 95.5 → 95.50 ≥ 95
    const areas = [
      { id: AREA, name: { vi: 'Xã' }, level: 'commune' },
      { id: 'v1', name: { vi: 'Thôn 1' }, level: 'village', parent: AREA },
      { id: 'v2', name: { vi: 'Thôn 2' }, level: 'village', parent: AREA },
    ] as const;
    const observed: Observation[] = [
      { indicator: 'health-insurance-coverage', area: 'v1', period: '2026', numerator: '5700', denominator: '6000' },
      { indicator: 'health-insurance-coverage', area: 'v2', period: '2026', numerator: '5760', denominator: '6000' },
    ];
    const result = evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '95' }), observed, { asOf: '2027-01-01', areas: [...areas] });
    expect([result.status, result.published, result.actual, result.rolledUpFrom]).toEqual(['achieved', '95.50', '95.5', 2]);
  });
});
