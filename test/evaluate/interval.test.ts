/**
 * The `interval` option: each figure's interval and whether the verdict is statistically
 * clear. Reference limits computed independently with Python (scipy.stats.norm.ppf(0.975) and
 * the textbook formulas: Wilson's score interval; Byar's approximation as published, x for the
 * lower limit and x + 1 for the upper), as noted beside each.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import type { ObservationInput } from '../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

const target = (input: Partial<TargetInput> & Record<string, unknown>) => TargetSchema.parse({ id: 't', due: '2026-12-31', area: 'xa', ...input } as TargetInput);
const at = (indicator: string, fields: Partial<ObservationInput>): ObservationInput[] => [{ indicator, area: 'xa', period: '2026', ...fields } as ObservationInput];
const asOf = '2027-01-31';

describe('the interval of a figure, and whether the verdict is clear', () => {
  const coverage = target({ indicator: 'health-insurance-coverage', comparator: '>', value: '95' });
  it('a small commune: 96 of 100 insured is above 95%, but its Wilson interval 90.16–98.43% straddles 95', () => {
    // Wilson 95%: 90.16292856411208 – 98.43366960084523 (Python, see the module note)
    const result = evaluateTarget(coverage, at('health-insurance-coverage', { numerator: 96, denominator: 100 }), { asOf, interval: true });
    expect([result.status, result.published]).toEqual(['achieved', '96.00']);
    expect(result.interval).toMatchObject({ method: 'wilson', level: 0.95, rating: 'amber', clear: false });
    expect(result.interval?.lower).toBeCloseTo(90.16292856411208, 9);
    expect(result.interval?.upper).toBeCloseTo(98.43366960084523, 9);
    expect(result.explanation.en).toContain('95% interval 90.16–98.43%: cannot be told apart from the target');
    expect(result.explanation.vi).toContain('khoảng tin cậy 95%: 90,16–98,43%, chưa phân biệt được với chỉ tiêu');
  });
  it('a province: 95 600 of 100 000, Wilson 95.47–95.73%, wholly above 95: green, clear', () => {
    const result = evaluateTarget(coverage, at('health-insurance-coverage', { numerator: 95600, denominator: 100000 }), { asOf, interval: 0.95 });
    expect(result.interval).toMatchObject({ rating: 'green', clear: true });
    expect(result.interval?.lower).toBeCloseTo(95.47112181128952, 9);
    expect(result.interval?.upper).toBeCloseTo(95.72537491284292, 9);
    expect(result.explanation.en).not.toContain('cannot be told apart');
  });
  it('doctors per 10 000 from 18 of 12 000: Byar 8.89–23.71 straddles 17.5', () => {
    // Byar as published for 18 events: 10.6625 – 28.4492 events; per 10 000 of 12 000: 8.8854 – 23.7077
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
    const result = evaluateTarget(doctors, at('doctors-per-10k', { numerator: 18, denominator: 12000 }), { asOf, interval: true });
    expect([result.status, result.interval?.method, result.interval?.rating]).toEqual(['not-achieved', 'byar', 'amber']);
    expect(result.interval?.lower).toBeCloseTo(8.885412301532247, 6);
    expect(result.interval?.upper).toBeCloseTo(23.707699927021803, 6);
  });
  it('the sex ratio at birth: 25 270 boys, 22 500 girls, 112.3, interval 110.3–114.3 straddles “không quá 111,1”', () => {
    // Wilson on the share of boys, turned into boys per 100 girls: 110.31146328 – 114.34700714
    const ratio = target({ indicator: 'sex-ratio-at-birth', comparator: '<=', value: '111.1' });
    const result = evaluateTarget(ratio, at('sex-ratio-at-birth', { numerator: 25270, denominator: 22500 }), { asOf, interval: true });
    expect([result.status, result.published, result.interval?.rating]).toEqual(['not-achieved', '112.3', 'amber']);
    expect(result.interval?.lower).toBeCloseTo(110.31146328049695, 6);
    expect(result.interval?.upper).toBeCloseTo(114.34700713685899, 6);
  });
  it('a survey estimate keeps the interval it is published with', () => {
    // stunting 14.8% (13.9–15.7) against “dưới 15,5%”: the estimate is below, the interval is not all below
    const stunting = target({ indicator: 'stunting-under-5', comparator: '<', value: '15.5' });
    const result = evaluateTarget(stunting, at('stunting-under-5', { value: '14.8', lower: '13.9', upper: '15.7', level: 0.95 }), { asOf, interval: true });
    expect([result.status, result.interval]).toEqual(['achieved', { lower: 13.9, upper: 15.7, level: 0.95, method: 'published', rating: 'amber', clear: false }]);
  });
  it('nothing without the option, or for a figure given without counts or interval', () => {
    const plain = evaluateTarget(coverage, at('health-insurance-coverage', { numerator: 96, denominator: 100 }), { asOf });
    expect(plain.interval).toBeNull();
    const value = evaluateTarget(coverage, at('health-insurance-coverage', { value: '96' }), { asOf, interval: true });
    expect(value.interval).toBeNull();
  });
  it('refuses a level outside (0, 1), and an interval reversed', () => {
    expectChitieuError(() => evaluateTarget(coverage, [], { asOf, interval: 1 }), 'INVALID_ARGUMENT', 'options.interval');
    expectChitieuError(() => evaluateTarget(coverage, at('health-insurance-coverage', { value: '96', lower: '97', upper: '95' }), { asOf }), 'INVALID_ARGUMENT', 'observations[0].upper');
  });
});
