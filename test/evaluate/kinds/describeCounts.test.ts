/**
 * What it takes, in counts, beyond describe.test.ts: a change target is measured from its
 * baseline, not in counts at the current denominator, so nothing; with `options.population`
 * the denominator is the population and the current count is not known; a rate given as a
 * plain value without a population has no denominator to work from. Expected counts are worked
 * by hand beside them (the smallest whole count whose rate, rounded half-up at the published
 * places, meets the threshold).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const ratio = (indicator: string, period: string, numerator: string, denominator: string, per: string): Observation => ({ indicator, area: AREA, period, numerator, denominator, per });
const DUE = { asOf: '2027-01-31' };

describe('what it takes', () => {
  it('a change is not worked in counts', () => {
    // 2020: 60 / 100 × 100 = 60.00; 2026: 61.00; a change of +1.00 < +2: not achieved, nothing in counts
    const change = target({ kind: 'change', change: 'absolute', indicator: 'clinic-share', comparator: '>=', value: '2', baseline: { period: '2020' } });
    const result = evaluateTarget(change, [ratio('clinic-share', '2020', '60', '100', '100'), ratio('clinic-share', '2026', '61', '100', '100')], DUE);
    expect([result.status, result.change, result.whatItTakes]).toEqual(['not-achieved', '1', null]);
  });
  it('with a population: counts at the population, the current count unknown', () => {
    // 15 / 10 000 × 10 000 = 15.0 < 17.5 (per 10 000: 1 place). At a population of 12 000: 20 gives
    // 16.7, 21 gives 17.5: at least 21; the current count at 12 000 people is not known
    const result = evaluateTarget(target({ indicator: 'clinic-rate', comparator: '>=', value: '17.5' }), [ratio('clinic-rate', '2026', '15', '10000', '10000')], { ...DUE, population: 12000 });
    expect([result.status, result.published, result.whatItTakes]).toEqual(['not-achieved', '15.0', { denominator: '12000', per: '10000', current: null, minimum: '21', maximum: null, more: null, fewer: null }]);
  });
  it('a rate given as a value without a population: nothing to work from', () => {
    // doctors-per-10k is a rate per 10 000; 15 < 17.5 as a plain value, no counts, no population
    const result = evaluateTarget(target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' }), [{ indicator: 'doctors-per-10k', area: AREA, period: '2026', value: '15' }], DUE);
    expect([result.status, result.whatItTakes]).toEqual(['not-achieved', null]);
  });
});
