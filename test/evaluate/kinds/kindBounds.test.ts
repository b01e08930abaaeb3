/**
 * What each kind of target asks of a figure, as the consistency checks read it (checkPlan's
 * conflicts, checkAlignment), and how its goal is worded: a level, a count and a maintained
 * level all bound the value itself, so they conflict when they ask different values of one
 * figure; a change bounds a change of its own type, and a change the plan leaves open bounds
 * nothing; a range includes both its ends; a range's goal names both ends with the unit; a
 * qualitative aim has no goal clause; an open change shows its threshold without a level. The
 * values are those of the targets written in each test.
 */
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../../src/evaluate/checkAlignment.js';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { parsePlan, type Plan } from '../../../src/model/index.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

function planWith(id: string, targets: unknown[]): Plan {
  return parsePlan({
    id, kind: 'plan', title: { vi: id }, issuer: { name: { vi: id }, level: 'commune' },
    area: { id, name: { vi: id }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
  });
}
const conflicts = (targets: unknown[]) => checkPlan(planWith('p', targets)).filter((f) => f.code === 'CONFLICTING_TARGETS').map((f) => [...f.targets]);
const DUE = '2030-12-31';

describe('the value bounded by levels, counts and maintained levels', () => {
  it('a level and a maintained level of one figure with different values conflict', () => {
    // at least 90 against at least 80, both of the value of coverage in 2030
    expect(conflicts([
      { id: 'level', indicator: 'coverage', comparator: '>=', value: '90', due: DUE },
      { id: 'kept', kind: 'maintain', indicator: 'coverage', comparator: '>=', value: '80', due: DUE },
    ])).toEqual([['level', 'kept']]);
  });
  it('a count and a level of one figure with different values conflict', () => {
    // at least 7 stations against at least 6
    expect(conflicts([
      { id: 'count', kind: 'count', indicator: 'stations', comparator: '>=', value: '7', due: DUE },
      { id: 'level', indicator: 'stations', comparator: '>=', value: '6', due: DUE },
    ])).toEqual([['count', 'level']]);
  });
  it('two maintained levels, two counts with different values conflict', () => {
    expect(conflicts([
      { id: 'kept-100', kind: 'maintain', indicator: 'coverage', comparator: '>=', value: '100', due: DUE },
      { id: 'kept-80', kind: 'maintain', indicator: 'coverage', comparator: '>=', value: '80', due: DUE },
    ])).toEqual([['kept-100', 'kept-80']]);
    expect(conflicts([
      { id: 'seven', kind: 'count', indicator: 'stations', comparator: '>=', value: '7', due: DUE },
      { id: 'six', kind: 'count', indicator: 'stations', comparator: '>=', value: '6', due: DUE },
    ])).toEqual([['seven', 'six']]);
  });
});

describe('changes', () => {
  const changeTarget = (id: string, change: string, value: string) => ({ id, kind: 'change', indicator: 'height', change, comparator: '>=', value, due: DUE, baseline: { period: '2025' } });
  it('two absolute changes of one figure with different values conflict', () => {
    // at least +2 against at least +3
    expect(conflicts([changeTarget('two', 'absolute', '2'), changeTarget('three', 'absolute', '3')])).toEqual([['two', 'three']]);
  });
  it('an absolute change and a relative one are different quantities: no conflict', () => {
    // +2 cm and +10% bound different figures
    expect(conflicts([changeTarget('cm', 'absolute', '2'), changeTarget('percent', 'relative', '10')])).toEqual([]);
  });
  it('changes the plan leaves open bound nothing: no conflict', () => {
    expect(conflicts([changeTarget('ten', 'unspecified', '10'), changeTarget('twenty', 'unspecified', '20')])).toEqual([]);
  });
  it('an open change is shown with its threshold and no level', () => {
    const target = TargetSchema.parse(changeTarget('open', 'unspecified', '10') as unknown as TargetInput);
    const result = evaluateTarget(target, [], { asOf: '2026-06-30', area: 'xa' });
    expect([result.status, result.reason, result.threshold]).toEqual(['needs-review', 'change-unspecified', { comparator: '>=', value: '10', upper: null, level: null }]);
  });
});

describe('a range includes both its ends', () => {
  const parent = planWith('parent', [
    { id: 'parent/coverage', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' },
    { id: 'parent/stunting', indicator: 'stunting-under-5', comparator: '<', value: '15.5', due: '2026-12-31' },
  ]);
  it('95–100 asks less than “above 95”: 95 itself is in the range', () => {
    const child = planWith('child', [{ id: 'child/coverage', indicator: 'health-insurance-coverage', comparator: 'between', value: '95', upper: '100', due: '2026-12-31' }]);
    expect(checkAlignment(child, parent).map((f) => [f.code, [...f.targets]])).toEqual([['LESS_AMBITIOUS_THAN_PARENT', ['child/coverage', 'parent/coverage']]]);
  });
  it('10–15.5 asks less than “below 15.5”: 15.5 itself is in the range', () => {
    const child = planWith('child', [{ id: 'child/stunting', indicator: 'stunting-under-5', comparator: 'between', value: '10', upper: '15.5', due: '2026-12-31' }]);
    expect(checkAlignment(child, parent).map((f) => [f.code, [...f.targets]])).toEqual([['LESS_AMBITIOUS_THAN_PARENT', ['child/stunting', 'parent/stunting']]]);
  });
});

describe('goals in the explanation', () => {
  it('a range names both ends with the unit', () => {
    // health-insurance-coverage is a percentage: both ends are followed by %
    const target = TargetSchema.parse({ id: 'r', indicator: 'health-insurance-coverage', comparator: 'between', value: '90', upper: '95', due: '2026-12-31' } as unknown as TargetInput);
    const result = evaluateTarget(target, [], { asOf: '2026-06-30', area: 'xa' });
    expect(result.explanation.en).toContain('target between 90% and 95% by 2026-12-31');
    expect(result.explanation.vi).toContain('từ 90% đến 95%');
  });
  it('a qualitative aim has no goal clause', () => {
    const target = TargetSchema.parse({ id: 'q', kind: 'qualitative', indicator: 'equity', text: { vi: 'Xây dựng nền y tế công bằng' }, due: '2026-12-31' } as unknown as TargetInput);
    const result = evaluateTarget(target, [], { asOf: '2026-06-30', area: 'xa' });
    expect(result.status).toBe('needs-review');
    expect(result.explanation.en).not.toContain('target');
    expect(result.explanation.en).not.toContain('2026-12-31');
  });
});
