/**
 * engine/conflicts.ts: which pairs of targets ask different things of one figure, and which
 * verdicts contradict. Two targets with one comparator at different values conflict; a
 * qualitative target is never paired with a yes/no one of the same indicator; a pair the plan
 * settles with `governedBy` keeps its verdicts; and a verdict contradicts the other in either
 * order (không đạt then đạt as well as đạt then không đạt). Thresholds are the targets' own;
 * the figures are doctors per 10,000 people, as given.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { evaluateAreas } from '../../../src/evaluate/evaluateAreas.js';
import { evaluatePlan } from '../../../src/evaluate/evaluatePlan.js';
import { parsePlan, type Plan } from '../../../src/model/index.js';
import { TargetSchema } from '../../../src/model/target.js';

function planWith(targets: unknown[]): Plan {
  return parsePlan({
    id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
    area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
  });
}
const doctors = (id: string, comparator: string, value: string, extra: Record<string, unknown> = {}) =>
  ({ id, indicator: 'doctors-per-10k', comparator, value, due: '2026-12-31', ...extra });
const observed = (value: string) => [{ indicator: 'doctors-per-10k', area: 'xa', period: '2026', value }];
const asOf = '2027-01-31';

describe('pairs checkPlan reports', () => {
  const found = (targets: unknown[]) => checkPlan(planWith(targets)).map((f) => [f.code, f.severity, f.targets]);
  it.each([
    ['at least', '>='],
    ['above', '>'],
    ['at most', '<='],
    ['below', '<'],
  ])('“%s 17.5” against “%s 20”: an error (one comparator, two values)', (_, comparator) => {
    expect(found([doctors('a', comparator, '17.5'), doctors('b', comparator, '20')])).toEqual([['CONFLICTING_TARGETS', 'error', ['a', 'b']]]);
  });
  it('“above 20” against “at least 20.0”: only the edge differs, a warning', () => {
    expect(found([doctors('a', '>', '20'), doctors('b', '>=', '20.0')])).toEqual([['CONFLICTING_TARGETS', 'warning', ['a', 'b']]]);
  });
  it('“below 20” against “at most 21”: values differ, an error', () => {
    expect(found([doctors('a', '<', '20'), doctors('b', '<=', '21')])).toEqual([['CONFLICTING_TARGETS', 'error', ['a', 'b']]]);
  });
  it('a range against the same range written otherwise: no finding', () => {
    expect(found([doctors('a', 'between', '17.5', { upper: '20' }), doctors('b', 'between', '17.50', { upper: '20.0' })])).toEqual([]);
  });
  it('a range against one with another upper end: an error', () => {
    expect(found([doctors('a', 'between', '17.5', { upper: '20' }), doctors('b', 'between', '17.5', { upper: '21' })])).toEqual([['CONFLICTING_TARGETS', 'error', ['a', 'b']]]);
  });
  it('a qualitative target and a yes/no one of the same indicator ask no figure in common: no finding', () => {
    const yesNo = { id: 'a', kind: 'boolean', indicator: 'major-epidemic', expected: false, due: '2030-12-31' };
    const aim = { id: 'b', kind: 'qualitative', indicator: 'major-epidemic', due: '2030-12-31', text: { vi: 'Chủ động phòng, chống dịch' } };
    expect(checkPlan(planWith([yesNo, aim]))).toEqual([]);
  });
});

describe('verdicts held back in a scorecard', () => {
  const target = (id: string, value: string) => TargetSchema.parse(doctors(id, '>=', value));
  it('“at least 20” first, not met by 18, and “at least 17.5” met: neither verdict is given', () => {
    const [card] = evaluateAreas([target('high', '20'), target('low', '17.5')], observed('18'), { asOf, rows: ['xa'] });
    expect(card?.results.map((r) => [r.target, r.status, r.reason, r.conflictsWith])).toEqual([
      ['high', 'needs-review', 'conflict', 'low'],
      ['low', 'needs-review', 'conflict', 'high'],
    ]);
  });
  it('the same in a plan: “at least 20” first', () => {
    const card = evaluatePlan(planWith([doctors('high', '>=', '20'), doctors('low', '>=', '17.5')]), observed('18'), { asOf });
    expect(card.results.map((r) => [r.target, r.status, r.conflictsWith])).toEqual([
      ['high', 'needs-review', 'low'],
      ['low', 'needs-review', 'high'],
    ]);
  });
  it('a pair the plan settles with governedBy: the governed one needs review, the other keeps its verdict', () => {
    // 18 < 20: the target that applies is not met; the one it replaces is not judged
    const card = evaluatePlan(planWith([doctors('text', '>=', '17.5', { governedBy: 'appendix' }), doctors('appendix', '>=', '20')]), observed('18'), { asOf });
    expect(card.results.map((r) => [r.target, r.status, r.reason, r.conflictsWith])).toEqual([
      ['text', 'needs-review', 'governed', null],
      ['appendix', 'not-achieved', null, null],
    ]);
  });
});
