/**
 * How a figure is printed when compared exactly (`compare: 'exact'`), and what it takes when
 * the denominator is `options.population`. DESIGN.md, "How a target is judged": compared
 * exactly, a figure is printed with as many places as it takes to give the same verdict as the
 * exact one and not to read as the threshold itself, up to 20, else in full; a count is the
 * smallest (or largest) whole number whose figure, rounded half-up at the published precision,
 * meets the target. Every expected value is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { IndicatorSchema } from '../../../src/model/indicator.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });
const EXACT = { asOf: '2027-01-01', compare: 'exact' } as const;

describe('compared exactly: the places printed', () => {
  const coverage = target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '95' });
  const at = (value: string) => {
    const result = evaluateTarget(coverage, [obs('health-insurance-coverage', '2026', { value })], EXACT);
    return [result.status, result.published, result.decimals];
  };
  it('95.1234 at least 95: 95.12 at the indicator’s 2 places already tells it', () => {
    // 95.12 ≥ 95 as 95.1234 is, and 95.12 is not the threshold
    expect(at('95.1234')).toEqual(['achieved', '95.12', 2]);
  });
  it('95.004: 95.00 would read as the threshold itself, so 95.004', () => {
    expect(at('95.004')).toEqual(['achieved', '95.004', 3]);
  });
  it('95 + 10⁻²⁰ + 10⁻²⁵: 20 places are the most printed, and they tell it', () => {
    // at 19 places 95.0000000000000000000 reads as 95; at 20, 95.00000000000000000001 (the 21st digit
    // is 0, half-up keeps it) does not, and is ≥ 95 as the figure is
    expect(at('95.0000000000000000000100001')).toEqual(['achieved', '95.00000000000000000001', 20]);
  });
  it('a range 4–5 at 1 place: 4.56 prints 4.6; 4.96 would print 5.0, the upper bound, so 4.96', () => {
    const range = target({ indicator: 'rng', comparator: 'between', value: '4', upper: '5', decimals: 1 });
    const inside = evaluateTarget(range, [obs('rng', '2026', { value: '4.56' })], EXACT);
    expect([inside.status, inside.published, inside.decimals]).toEqual(['achieved', '4.6', 1]);
    const edge = evaluateTarget(range, [obs('rng', '2026', { value: '4.96' })], EXACT);
    expect([edge.status, edge.published, edge.decimals]).toEqual(['achieved', '4.96', 2]);
  });
  it('a change of at least 1.5 from 150: 151.54 prints 151.5, a figure and not the threshold, which is a change', () => {
    // 151.54 − 150 = 1.54 ≥ 1.5: achieved. At the target's 1 place, 151.5 gives a change of 1.5 ≥ 1.5, the
    // same verdict; the figure 151.5 is not what the target names (a change of 1.5), so 1 place is enough
    const taller = target({ kind: 'change', indicator: 'height', change: 'absolute', comparator: '>=', value: '1.5', baseline: { period: '2021', value: '150' }, decimals: 1 });
    const result = evaluateTarget(taller, [obs('height', '2026', { value: '151.54' })], EXACT);
    expect([result.status, result.published, result.decimals, result.change]).toEqual(['achieved', '151.5', 1, '1.54']);
  });
});

describe('what it takes out of options.population', () => {
  it('sex ratio at birth at most 109 (a ratio per 100), 1 000 girls: at most 1 090 boys; no current count to take from', () => {
    // n / 1 000 × 100 published at 1 place ≤ 109: n / 10 < 109.05, n < 1 090.5 → 1 090.
    // The figure 112 is a value, not a count: `current`, `fewer` unknown
    const ratio = target({ indicator: 'sex-ratio-at-birth', comparator: '<=', value: '109' });
    const result = evaluateTarget(ratio, [obs('sex-ratio-at-birth', '2026', { value: '112' })], { asOf: '2027-01-01', population: 1000 });
    expect([result.status, result.published]).toEqual(['not-achieved', '112.0']);
    expect(result.whatItTakes).toEqual({ denominator: '1000', per: '100', current: null, minimum: null, maximum: '1090', more: null, fewer: null });
  });
  it('below 0%: no count of people meets it, not even 0, so no maximum and nothing fewer', () => {
    // < 0 at 2 places: published at most -0.01, and n / 12 000 × 100 ≥ 0 for every count n ≥ 0
    const never = target({ indicator: 'health-insurance-coverage', comparator: '<', value: '0' });
    const result = evaluateTarget(never, [obs('health-insurance-coverage', '2026', { numerator: '11400', denominator: '12000' })], { asOf: '2027-01-01' });
    expect([result.status, result.published]).toEqual(['not-achieved', '95.00']);
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '100', current: '11400', minimum: null, maximum: null, more: null, fewer: null });
  });
  it('a mean, even with a multiplier: an average is no count of people, so nothing to take', () => {
    // only rates, percentages and ratios turn into counts of the population
    const indicators = { 'mean-visits': IndicatorSchema.parse({ id: 'mean-visits', name: { vi: 'Số lượt khám bình quân', en: 'Mean visits' }, measure: 'mean', unit: { vi: 'lượt', en: 'visits' }, polarity: 'higher-is-better', decimals: 1, multiplier: 100 }) };
    const visits = target({ indicator: 'mean-visits', comparator: '>=', value: '3' });
    const result = evaluateTarget(visits, [obs('mean-visits', '2026', { value: '2.5' })], { asOf: '2027-01-01', population: 1000, indicators });
    expect([result.status, result.published, result.whatItTakes]).toEqual(['not-achieved', '2.5', null]);
    // the indicator given is the one read: its English name heads the line
    expect(result.explanation.en).toBe('Mean visits: 2.5 (2026); target at least 3 by 2026-12-31: not achieved.');
  });
  it('an indicator not in the catalog: no multiplier known, so no count', () => {
    const unknown = target({ indicator: 'visits-x', comparator: '>=', value: '95', decimals: 0 });
    const result = evaluateTarget(unknown, [obs('visits-x', '2026', { value: '90' })], { asOf: '2027-01-01', population: 1000 });
    expect([result.status, result.whatItTakes]).toEqual(['not-achieved', null]);
  });
});
