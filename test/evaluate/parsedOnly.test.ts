/**
 * The evaluation trusts parsed data and says so to anything else: a plan or target that a
 * parser would not have returned (a comparator that is an object, a value that is not decimal
 * text, a list with holes) and a scorecard changed after the evaluation get INVALID_ARGUMENT
 * naming the place at fault, never a TypeError from inside. Each case changes one field of a
 * parsed plan or of a returned scorecard.
 */
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { checkAlignment } from '../../src/evaluate/checkAlignment.js';
import { checkPlan } from '../../src/evaluate/checkPlan.js';
import { evaluatePlan } from '../../src/evaluate/evaluatePlan.js';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import { renderScorecard } from '../../src/evaluate/renderScorecard.js';
import { parsePlan, type Plan } from '../../src/model/index.js';

function thrown(run: () => unknown): [string, string] | string {
  try {
    run();
    return 'nothing thrown';
  } catch (error) {
    return error instanceof ChitieuError ? [error.code, error.field] : `not a ChitieuError: ${String(error)}`;
  }
}

const plan = parsePlan({
  id: 'p', kind: 'plan', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
  area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
  objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets: [
    { id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '10', due: '2030-12-31' },
    { kind: 'share', id: 'stations', indicator: 'stations-with-doctors', units: { vi: 'Trạm y tế' }, due: '2030-12-31',
      condition: { indicator: 'station-doctors', comparator: '>=', value: '1' }, comparator: '>=', value: '100' },
  ] }],
});

/** The plan with the target at `t` changed by `change`. */
function withTarget(t: number, change: Record<string, unknown>): Plan {
  const objective = plan.objectives[0] as Plan['objectives'][number];
  const targets = objective.targets.map((target, k) => (k === t ? { ...target, ...change } : target));
  return { ...plan, objectives: [{ ...objective, targets }] } as Plan;
}

describe('a plan that parsing would not have returned', () => {
  const cases: [string, Plan, string][] = [
    ['a comparator that is an object', withTarget(0, { comparator: {} }), 'objectives[0].targets[0]'],
    ['a value that is not decimal text', withTarget(0, { value: 'fr' }), 'objectives[0].targets[0]'],
    ['a range without its upper end', withTarget(0, { comparator: 'between' }), 'objectives[0].targets[0]'],
    ['a start that is a number', withTarget(0, { from: 13833 }), 'objectives[0].targets[0]'],
    ['an aim that is a number', withTarget(0, { aim: 66002 }), 'objectives[0].targets[0]'],
    ["a share's condition value that is a period", withTarget(1, { condition: { indicator: 'station-doctors', comparator: '>=', value: '2026-06' } }), 'objectives[0].targets[1]'],
    ['a list of targets with holes', { ...plan, objectives: [{ ...plan.objectives[0], targets: new Array(2) }] } as Plan, 'objectives[0].targets[0]'],
  ];
  it.each(cases)('%s: INVALID_ARGUMENT naming the target, from every function that reads plans', (_, changed, at) => {
    expect(thrown(() => checkPlan(changed))).toEqual(['INVALID_ARGUMENT', `plan.${at}`]);
    expect(thrown(() => checkAlignment(changed, plan))).toEqual(['INVALID_ARGUMENT', `child.${at}`]);
    expect(thrown(() => checkAlignment(plan, changed))).toEqual(['INVALID_ARGUMENT', `parent.${at}`]);
    expect(thrown(() => evaluatePlan(changed, [], { asOf: '2026-12-31' }))).toEqual(['INVALID_ARGUMENT', `plan.${at}`]);
    expect(thrown(() => evaluateTable(changed, [], { asOf: '2026-12-31', rows: ['xa'] }))).toEqual(['INVALID_ARGUMENT', `targets.${at}`]);
  });

  it('a title whose English is not text (NaN would be returned in the scorecard): INVALID_ARGUMENT plan', () => {
    expect(thrown(() => evaluatePlan({ ...plan, title: { vi: 'Kế hoạch', en: Number.NaN } } as never, [], { asOf: '2026-12-31' }))).toEqual(['INVALID_ARGUMENT', 'plan']);
  });

  it('a single target the same way; the parsed plan itself is accepted', () => {
    const target = plan.objectives[0]?.targets[0];
    expect(thrown(() => evaluateTarget({ ...target, comparator: '=>' } as never, [], { asOf: '2026-12-31', area: 'xa' }))).toEqual(['INVALID_ARGUMENT', 'target']);
    expect(thrown(() => evaluateTable([target, undefined] as never, [], { asOf: '2026-12-31', rows: ['xa'] }))).toEqual(['INVALID_ARGUMENT', 'targets[1]']);
    expect(checkPlan(plan)).toEqual([]);
    expect(evaluatePlan(plan, [], { asOf: '2026-12-31' }).results.map((r) => r.status)).toEqual(['no-data', 'no-data']);
  });
});

describe('a scorecard changed after the evaluation', () => {
  const card = evaluatePlan(plan, [{ indicator: 'doctors-per-10k', area: 'xa', period: '2030', value: '12' }], { asOf: '2031-01-15' });
  const result = card.results[0];
  const render = (changed: unknown) => thrown(() => renderScorecard(changed as never, { format: 'text', locale: 'en' }));
  const withResult = (change: Record<string, unknown>) => ({ ...card, results: [{ ...result, ...change }, ...card.results.slice(1)] });

  it('names the field at fault', () => {
    expect(render(withResult({ published: undefined }))).toEqual(['INVALID_ARGUMENT', 'scorecard.results[0].published']);
    expect(render(withResult({ threshold: { comparator: '>=', value: 10 } }))).toEqual(['INVALID_ARGUMENT', 'scorecard.results[0].threshold.value']);
    expect(render(withResult({ explanation: { vi: 'đạt' } }))).toEqual(['INVALID_ARGUMENT', 'scorecard.results[0].explanation.en']);
    expect(render(withResult({ status: 'done' }))).toEqual(['INVALID_ARGUMENT', 'scorecard.results[0].status']);
    expect(render({ ...card, counts: { ...card.counts, achieved: -1 } })).toEqual(['INVALID_ARGUMENT', 'scorecard.counts.achieved']);
    expect(render({ ...card, title: { vi: 'Kế hoạch', en: 7n } })).toEqual(['INVALID_ARGUMENT', 'scorecard.title.en']);
    const table = evaluateTable(plan, [], { asOf: '2026-12-31', rows: ['xa'] });
    expect(render({ ...table, status: ['no-data'] })).toEqual(['INVALID_ARGUMENT', 'scorecard.status']);
    expect(render({ ...table, reason: ['no-such-reason'] })).toEqual(['INVALID_ARGUMENT', 'scorecard.reason[0]']);
  });

  it('says what it got, in both languages; the scorecard as returned renders', () => {
    try {
      renderScorecard(withResult({ gap: 3 }) as never, { format: 'csv', locale: 'vi' });
    } catch (error) {
      expect(error).toBeInstanceOf(ChitieuError);
      expect([(error as ChitieuError).message, (error as ChitieuError).vi]).toEqual([
        'scorecard.results[0].gap is not as evaluatePlan, evaluateAreas or evaluateTable return it (got 3): render a scorecard as it was returned',
        'scorecard.results[0].gap không đúng như kết quả mà evaluatePlan, evaluateAreas hoặc evaluateTable trả về (nhận 3): hãy hiển thị kết quả đúng như khi được trả về',
      ]);
    }
    expect.assertions(3);
    expect(renderScorecard(card, { format: 'text', locale: 'en' })).toContain('doctors');
  });
});
