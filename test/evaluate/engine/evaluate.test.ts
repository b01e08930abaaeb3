/**
 * engine/evaluate.ts: what it refuses (a target or an objective that was not parsed, with the
 * catalogue's message: src/messages/en.ts notParsed, src/evaluate/messages/en.ts
 * objectiveNotParsed, and vi.ts), the multiplier of an indicator that gives none (100 for a
 * percentage, none for a rate), and a target another one governs (not judged, nor described: no threshold).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { evaluateAreas } from '../../../src/evaluate/evaluateAreas.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { IndicatorSchema } from '../../../src/model/indicator.js';
import { TargetSchema } from '../../../src/model/target.js';
import { expectChitieuError } from '../../helpers/errors.js';

const asOf = '2027-01-31';

describe('what was not parsed', () => {
  it('a target of a kind there is none of', () => {
    const made = { id: 't', kind: 'ratio', indicator: 'x', comparator: '>=', value: '1', due: '2026-12-31' };
    const error = expectChitieuError(() => evaluateTarget(made as never, [], { asOf, area: 'xa' }), 'INVALID_ARGUMENT', 'target');
    expect(error.message).toBe('target must be a parsed target: parse it first with parseTarget or TargetSchema.parse (got an object)');
    expect(error.vi).toBe('target phải là chỉ tiêu đã được kiểm tra: hãy đọc nó bằng parseTarget hoặc TargetSchema.parse trước (nhận một đối tượng)');
  });
  describe('a target made by hand, one field as no parser returns it', () => {
    // the same target with every field as TargetSchema.parse returns it is judged
    const made = { id: 't', kind: 'level', indicator: 'x', comparator: '>=', value: '1', due: '2026-12-31', decimals: 0 };
    const run = (fields: Record<string, unknown>) => () => evaluateTarget({ ...made, ...fields } as never, [], { asOf, area: 'xa' });
    it('the made target itself is judged', () => {
      expect(run({})().status).toBe('no-data');
    });
    it.each([
      ['an empty id', { id: '' }],
      ['an id that is a number', { id: 5 }],
      ['a due date in a list', { due: ['2026-12-31'] }],
      ['a due date with more after it', { due: '2026-12-31x' }],
      ['a due date with more before it', { due: 'x2026-12-31' }],
      ['a baseline that is null', { baseline: null }],
      ['a baseline whose period is a number', { baseline: { period: 2021 } }],
    ])('%s is refused as not parsed', (_, fields) => {
      const error = expectChitieuError(run(fields), 'INVALID_ARGUMENT', 'target');
      expect(error.message).toBe('target must be a parsed target: parse it first with parseTarget or TargetSchema.parse (got an object)');
    });
  });
  it('an objective of a plan that is null', () => {
    const plan = { id: 'p', title: { vi: 'Kế hoạch' }, area: { id: 'xa' }, objectives: [null] };
    const error = expectChitieuError(() => checkPlan(plan as never), 'INVALID_ARGUMENT', 'plan.objectives[0]');
    expect(error.message).toBe('plan.objectives[0] must be a parsed objective with targets: parse the plan first with parsePlan (got null)');
    expect(error.vi).toBe('plan.objectives[0] phải là mục tiêu đã kiểm tra, có danh sách chỉ tiêu: hãy đọc kế hoạch bằng parsePlan trước (nhận null)');
  });
});

describe('an indicator given without a multiplier', () => {
  const indicator = (id: string, measure: string) =>
    IndicatorSchema.parse({ id, name: { vi: id, en: id }, measure, unit: { vi: 'đơn vị', en: 'unit' }, polarity: 'higher-is-better', decimals: 1 });
  const observed = (id: string) => [{ indicator: id, area: 'xa', period: '2026', numerator: '3', denominator: '4' }];
  it('a percentage is per 100: 3 of 4 is 75.0%', () => {
    const share = TargetSchema.parse({ id: 't', indicator: 'my-share', comparator: '>=', value: '70', due: '2026-12-31', area: 'xa' });
    const result = evaluateTarget(share, observed('my-share'), { asOf, indicators: { 'my-share': indicator('my-share', 'percent') } });
    expect([result.status, result.published]).toEqual(['achieved', '75.0']); // 3 / 4 × 100 = 75
  });
  it('a rate has no multiplier to guess', () => {
    const rate = TargetSchema.parse({ id: 't', indicator: 'my-rate', comparator: '>=', value: '70', due: '2026-12-31', area: 'xa' });
    const result = evaluateTarget(rate, observed('my-rate'), { asOf, indicators: { 'my-rate': indicator('my-rate', 'rate') } });
    expect([result.status, result.reason, result.period]).toEqual(['needs-review', 'no-multiplier', '2026']);
  });
});

describe('a target another one governs', () => {
  it('is not judged: needs review, naming the target that applies', () => {
    const governed = TargetSchema.parse({ id: 'text', indicator: 'x', comparator: '>=', value: '5', due: '2026-12-31', governedBy: 'appendix', decimals: 0 });
    const observations = [{ indicator: 'x', area: 'xa', period: '2026', value: '9' }];
    const [result] = evaluateAreas([governed], observations, { asOf, rows: ['xa'] })[0]?.results ?? [];
    expect([result?.status, result?.reason, result?.published, result?.decimals, result?.period, result?.governedBy]).toEqual(['needs-review', 'governed', null, null, null, 'appendix']);
    expect(result?.explanation.en).toBe('x: the plan applies target appendix in place of this one (the document contradicts itself): needs review.');
    expect(result?.explanation.vi).toBe('x: kế hoạch áp dụng chỉ tiêu appendix thay cho chỉ tiêu này (văn bản tự mâu thuẫn): cần xem xét.');
    const single = evaluateTarget(governed, observations, { asOf, area: 'xa' });
    expect([single.status, single.reason]).toEqual(['needs-review', 'governed']);
  });
  it('a governed yes/no target is not described either: no threshold, no answer', () => {
    // “no major epidemic”, governed by another target; the year had none (false), which would meet it
    const governed = TargetSchema.parse({ id: 'text', kind: 'boolean', indicator: 'major-epidemic', expected: false, due: '2026-12-31', governedBy: 'appendix' });
    const result = evaluateTarget(governed, [{ indicator: 'major-epidemic', area: 'xa', period: '2026', value: false }], { asOf, area: 'xa' });
    expect([result.status, result.reason, result.threshold, result.actual, result.governedBy]).toEqual(['needs-review', 'governed', null, null, 'appendix']);
  });
});
