/**
 * Judging a numeric target: the figure printed with as many places as the exact comparison
 * used (DESIGN.md, "How a target is judged", 9), and the published precision. Every expected
 * value is worked by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });
const coverage = (comparator: string, value: string) => target({ indicator: 'health-insurance-coverage', comparator, value });
const exactly = (comparator: string, value: string, figure: Partial<Observation>) =>
  evaluateTarget(coverage(comparator, value), [obs('health-insurance-coverage', '2026', figure)], { asOf: '2027-01-01', compare: 'exact' });

describe('exact comparison prints the places it used', () => {
  it('95.004 > 95: 95.00 would read as not above, so three places', () => {
    // at 2 places 95.00 > 95 is false, the exact verdict true; at 3 places 95.004 > 95
    const result = exactly('>', '95', { value: '95.004' });
    expect([result.status, result.published]).toEqual(['achieved', '95.004']);
  });
  it('95.0004 ≥ 95: 95.00 and 95.000 would read as a tie, so four places', () => {
    // 95.00 ≥ 95 agrees with the verdict but shows the threshold itself while the figure is not it
    const result = exactly('>=', '95', { value: '95.0004' });
    expect([result.status, result.published]).toEqual(['achieved', '95.0004']);
  });
  it('94.996 ≥ 95 is not met: 95.00 would read as met, so three places', () => {
    const result = exactly('>=', '95', { value: '94.996' });
    expect([result.status, result.published]).toEqual(['not-achieved', '94.996']);
  });
  it('a figure equal to the threshold prints at the published places', () => {
    // 11 400 / 12 000 × 100 = 95 exactly: 95.00, a true tie
    const result = exactly('>=', '95', { numerator: '11400', denominator: '12000' });
    expect([result.status, result.published]).toEqual(['achieved', '95.00']);
  });
  it('95.6 is plainly above 95: two places suffice', () => {
    expect(exactly('>', '95', { value: '95.6' }).published).toBe('95.60');
  });
  it('a range: 95.004 is above 95, three places; 94.9996 is within, four (95.00 would read as the bound)', () => {
    const range = (value: string) =>
      evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: 'between', value: '90', upper: '95' }), [obs('health-insurance-coverage', '2026', { value })], { asOf: '2027-01-01', compare: 'exact' });
    // 95.00 would read as within; 95.004 > 95 is not
    expect([range('95.004').status, range('95.004').published]).toEqual(['not-achieved', '95.004']);
    // 94.9996 ≤ 95 is within; 95.00 and 95.000 show the upper bound itself
    expect([range('94.9996').status, range('94.9996').published]).toEqual(['achieved', '94.9996']);
  });
});

describe('exact comparison past 20 places', () => {
  it('1 of 3 (33.333…%) above 33.333333333333333333333 (21 places): printed in full', () => {
    // 1 / 3 × 100 = 33.333… is above the threshold, yet every rounding to 20 places or fewer
    // (33.33…3) is below it: the figure is printed in full, 60 significant digits
    const result = exactly('>', '33.333333333333333333333', { numerator: '1', denominator: '3' });
    const full = `33.${'3'.repeat(58)}`;
    expect([result.status, result.published, result.actual]).toEqual(['achieved', full, full]);
  });
});

describe('once due, without a usable figure for the period', () => {
  const immunization = target({ indicator: 'essential-immunization-coverage', comparator: '>=', value: '95' });
  const run = (observed: Observation[]) => evaluateTarget(immunization, observed, { asOf: '2027-01-01' });
  it('a flow with only a first quarter: part of the period, shown as context', () => {
    // a quarter never stands in for a flow's year (DESIGN.md 1); 96 at 2 places
    const result = run([obs('essential-immunization-coverage', '2026-Q1', { value: '96' })]);
    expect([result.status, result.reason, result.published, result.context]).toEqual(['no-data', 'partial-period', null, { period: '2026-Q1', published: '96.00' }]);
  });
  it('only an earlier year: no figure for the period, the earlier one as context', () => {
    const result = run([obs('essential-immunization-coverage', '2025', { value: '96' })]);
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'no-figure-for-period', { period: '2025', published: '96.00' }]);
  });
  it('an earlier year that cannot be read: no context', () => {
    const result = run([obs('essential-immunization-coverage', '2025', { numerator: '5', denominator: '0' })]);
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'no-figure-for-period', null]);
  });
  it('the period’s own figure cannot be read: needs-review, naming the period', () => {
    const result = run([obs('essential-immunization-coverage', '2026', { numerator: '5', denominator: '0' })]);
    expect([result.status, result.reason, result.period, result.published]).toEqual(['needs-review', 'zero-denominator', '2026', null]);
  });
});

describe('before the due date, without a trend', () => {
  const ahead = (input: Record<string, unknown>) => target({ indicator: 'ehr-coverage', comparator: '>=', value: '90', due: '2030-12-31', ...input });
  it('the latest figure cannot be read: needs-review', () => {
    const result = evaluateTarget(ahead({}), [obs('ehr-coverage', '2024', { value: '50' }), obs('ehr-coverage', '2025', { numerator: '1', denominator: '0' })], { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.period]).toEqual(['needs-review', 'zero-denominator', '2025']);
  });
  it('a change from a zero baseline cannot be relative: needs-review, the figure shown', () => {
    // +10% of 0 is 0 whatever happens: the plan must be read again
    const relative = ahead({ kind: 'change', change: 'relative', value: '10', baseline: { period: '2021', value: '0' } });
    const result = evaluateTarget(relative, [obs('ehr-coverage', '2025', { value: '40' })], { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.published]).toEqual(['needs-review', 'zero-baseline', '40.00']);
    const due = evaluateTarget({ ...relative, due: '2025-12-31' }, [obs('ehr-coverage', '2025', { value: '40' })], { asOf: '2026-06-30' });
    expect([due.status, due.reason, due.published]).toEqual(['needs-review', 'zero-baseline', '40.00']);
  });
  it('a change whose baseline period has no figure: no-data, the figure shown', () => {
    const points = ahead({ kind: 'change', change: 'points', value: '2', baseline: { period: '2021' } });
    const result = evaluateTarget(points, [obs('ehr-coverage', '2024', { value: '40' }), obs('ehr-coverage', '2025', { value: '41' })], { asOf: '2026-06-30' });
    // 2024 is not the baseline: a change is measured from its own baseline only
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'no-baseline', '41.00']);
  });
});

describe('the trend of a flow uses figures of the target’s own period length', () => {
  // essential immunization is a flow: a quarter never stands in for a year (DESIGN.md 1)
  const immunization = target({ indicator: 'essential-immunization-coverage', comparator: '>=', value: '95', due: '2030-12-31' });
  it('yearly figures make the line; quarters before and after are left out', () => {
    // 2021 (t = 2022) = 70, 2025 (t = 2026) = 80: slope 2.5 a year; at t = 2031: 80 + 5 × 2.5 = 92.5 → 92.50 < 95
    const observed = [
      obs('essential-immunization-coverage', '2020-Q4', { value: '10' }),
      obs('essential-immunization-coverage', '2021', { value: '70' }),
      obs('essential-immunization-coverage', '2025', { value: '80' }),
      obs('essential-immunization-coverage', '2026-Q1', { value: '50' }),
    ];
    const result = evaluateTarget(immunization, observed, { asOf: '2026-06-30' });
    expect([result.status, result.period, result.published, result.projection?.value, result.projection?.from]).toEqual(['off-track', '2025', '80.00', '92.50', '2021']);
  });
  it('only quarters: no trend, the latest quarter as context', () => {
    const result = evaluateTarget(immunization, [obs('essential-immunization-coverage', '2026-Q1', { value: '50' })], { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.context]).toEqual(['no-data', 'no-trend', { period: '2026-Q1', published: '50.00' }]);
  });
});
