/**
 * engine/evaluate.ts, checkTarget and checkParsedPlan: every field the engine reads, one at a
 * time as no parser returns it, is refused with the catalogue's message (src/messages/en.ts
 * notParsed, src/evaluate/messages/en.ts objectiveNotParsed, and vi.ts); the same field as
 * TargetSchema/PlanSchema return it is accepted. The targets are made by hand from the field
 * rules of src/model/target.ts (decimals an integer 0–20, comparators `> >= < <= =`, and
 * `between` only for a level, decimal text for values).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { expectChitieuError } from '../../helpers/errors.js';

const asOf = '2027-01-31';
const due = '2026-12-31';
const NOT_PARSED_EN = 'target must be a parsed target: parse it first with parseTarget or TargetSchema.parse (got an object)';
const NOT_PARSED_VI = 'target phải là chỉ tiêu đã được kiểm tra: hãy đọc nó bằng parseTarget hoặc TargetSchema.parse trước (nhận một đối tượng)';

/** A made target of each kind with every field as parsing leaves it. */
const made: Record<string, Record<string, unknown>> = {
  level: { id: 't', kind: 'level', indicator: 'x', comparator: '>=', value: '1', due, decimals: 0 },
  change: { id: 't', kind: 'change', indicator: 'x', change: 'absolute', comparator: '>=', value: '1', due, decimals: 0, baseline: { period: '2025' } },
  share: { id: 't', kind: 'share', indicator: 'x', comparator: '>=', value: '100', due, units: { vi: 'Trạm y tế' }, condition: { indicator: 'doctors', comparator: '>=', value: '4' } },
  boolean: { id: 't', kind: 'boolean', indicator: 'epidemic', expected: false, due },
};
const run = (kind: string, fields: Record<string, unknown>) => () => evaluateTarget({ ...made[kind], ...fields } as never, [], { asOf, area: 'xa' });

describe('a made target with every field as parsing leaves it', () => {
  it.each([
    ['level', {}],
    ['level', { area: 'xa' }],
    ['level', { decimals: 20 }],
    ['level', { decimals: 0 }],
    ['level', { milestoneOf: 'later' }],
    ['level', { baseline: { period: '2021', value: '3', comparator: '>=' } }],
    ['level', { comparator: 'between', upper: '5' }],
    ['change', {}],
    ['share', {}],
    ['boolean', {}],
  ])('a %s target with %o is judged: nothing observed', (kind, fields) => {
    // no observation at all, due and past: no data, whatever the kind
    expect(run(kind, fields)().status).toBe('no-data');
  });
  it('a target another governs is judged too: needs review', () => {
    expect([run('level', { governedBy: 'other' })().status, run('level', { governedBy: 'other' })().reason]).toEqual(['needs-review', 'governed']);
  });
});

describe('one field as no parser returns it', () => {
  it.each([
    ['level', 'an empty area', { area: '' }],
    ['level', 'an area that is a number', { area: 5 }],
    ['level', 'a governing target that is a number', { governedBy: 5 }],
    ['level', 'a governing target that is empty', { governedBy: '' }],
    ['level', 'a milestone of a number', { milestoneOf: 5 }],
    ['level', '21 decimals (20 at most)', { decimals: 21 }],
    ['level', '−1 decimals', { decimals: -1 }],
    ['level', '1.5 decimals', { decimals: 1.5 }],
    ['level', 'decimals as text', { decimals: '2' }],
    ['level', 'a baseline value that is no number', { baseline: { period: '2021', value: 'abc' } }],
    ['level', 'a baseline value that is a number, not text', { baseline: { period: '2021', value: 3 } }],
    ['level', 'a baseline comparator there is none of', { baseline: { period: '2021', comparator: 'about' } }],
    ['level', 'an upper value on a one-sided level', { upper: '5' }],
    ['level', 'a range without its upper value', { comparator: 'between' }],
    ['change', 'a change of a type there is none of', { change: 'doubling' }],
    ['change', 'a change with a comparator there is none of', { comparator: 'about' }],
    ['change', 'a change between two values (a level only)', { comparator: 'between', upper: '5' }],
    ['change', 'a change by a value that is no number', { value: 'ten' }],
    ['share', 'a share with a comparator there is none of', { comparator: 'about' }],
    ['share', 'a share of a value that is no number', { value: 'all' }],
    ['share', 'a share without a condition', { condition: null }],
    ['share', 'a share whose condition names no indicator', { condition: { indicator: '', comparator: '>=', value: '4' } }],
    ['share', 'a share whose condition has a comparator there is none of', { condition: { indicator: 'doctors', comparator: 'about', value: '4' } }],
    ['share', 'a share whose condition value is no number', { condition: { indicator: 'doctors', comparator: '>=', value: 'four' } }],
    ['boolean', 'a yes/no target expecting text', { expected: 'no' }],
    ['boolean', 'a yes/no target expecting nothing', { expected: undefined }],
  ])('a %s target with %s is refused', (kind, _, fields) => {
    const error = expectChitieuError(run(kind, fields), 'INVALID_ARGUMENT', 'target');
    expect(error.message).toBe(NOT_PARSED_EN);
    expect(error.vi).toBe(NOT_PARSED_VI);
  });
});

describe('a plan made by hand', () => {
  const plan = { id: 'p', title: { vi: 'Kế hoạch' }, area: { id: 'xa' }, objectives: [{ id: 'o', horizon: 2030, targets: [made['level']] }] };
  const check = (changed: Record<string, unknown>) => () => checkPlan({ ...plan, ...changed } as never);
  const objective = (changed: Record<string, unknown>) => check({ objectives: [{ ...plan.objectives[0], ...changed }] });
  it('with every field as parsing leaves it is checked: nothing to say but the unknown indicator', () => {
    expect(check({})().map((f) => f.code)).toEqual(['UNKNOWN_INDICATOR']);
  });
  it.each([
    ['no title', { title: undefined }],
    ['a title whose Vietnamese is a number', { title: { vi: 5 } }],
    ['no area', { area: undefined }],
  ])('with %s is refused as not parsed', (_, changed) => {
    const error = expectChitieuError(check(changed), 'INVALID_ARGUMENT', 'plan');
    expect(error.message).toBe('plan must be a parsed plan: parse it first with parsePlan or PlanSchema.parse (got an object)');
  });
  it.each([
    ['missing (undefined)', undefined, 'undefined'],
    ['text', 'o', '"o"'],
  ])('an objective that is %s is refused', (_, value, got) => {
    const error = expectChitieuError(check({ objectives: [value] }), 'INVALID_ARGUMENT', 'plan.objectives[0]');
    expect(error.message).toBe(`plan.objectives[0] must be a parsed objective with targets: parse the plan first with parsePlan (got ${got})`);
  });
  it.each([
    ['whose id is a number', { id: 5 }],
    ['whose horizon is text', { horizon: '2030' }],
    ['without targets', { targets: undefined }],
  ])('an objective %s is refused', (_, changed) => {
    const error = expectChitieuError(objective(changed), 'INVALID_ARGUMENT', 'plan.objectives[0]');
    expect(error.message).toBe('plan.objectives[0] must be a parsed objective with targets: parse the plan first with parsePlan (got an object)');
    expect(error.vi).toBe('plan.objectives[0] phải là mục tiêu đã kiểm tra, có danh sách chỉ tiêu: hãy đọc kế hoạch bằng parsePlan trước (nhận một đối tượng)');
  });
  it('a target of an objective with a field as no parser returns it is named by its place', () => {
    const error = expectChitieuError(objective({ targets: [made['level'], { ...made['level'], decimals: 21 }] }), 'INVALID_ARGUMENT', 'plan.objectives[0].targets[1]');
    expect(error.message).toBe('plan.objectives[0].targets[1] must be a parsed target: parse it first with parseTarget or TargetSchema.parse (got an object)');
  });
});
