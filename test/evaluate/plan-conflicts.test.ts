/**
 * evaluatePlan with two targets of one plan asking different thresholds of the same figure
 * (same indicator, area and year): verdicts that would contradict each other (đạt against
 * không đạt) are held back, verdicts that agree are given; and the error of a target that names
 * no area when the observations hold several, its list of areas cut at ten, word for word.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluate/evaluatePlan.js';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import { PlanSchema } from '../../src/model/plan.js';
import { TargetSchema } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

const plan = PlanSchema.parse({
  id: 'demo-2026',
  kind: 'plan',
  title: { vi: 'Kế hoạch y tế xã, năm 2026' },
  issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
  area: { id: 'cao-minh', name: { vi: 'Xã Cao Minh' }, level: 'commune' },
  period: { from: 2026, to: 2026 },
  objectives: [
    {
      id: 'o1', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu 1' },
      targets: [
        { id: 'low', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
        { id: 'high', indicator: 'doctors-per-10k', comparator: '>=', value: '20', due: '2026-12-31' },
      ],
    },
  ],
});
const doctors = (value: string) => [{ indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', value }];

describe('targets of one plan that ask different thresholds of one figure', () => {
  it('18 meets “at least 17.5” but not “at least 20”: neither verdict is given, each names the other', () => {
    const card = evaluatePlan(plan, doctors('18'), { asOf: '2027-01-31' });
    expect(card.results.map((r) => [r.target, r.status, r.reason, r.conflictsWith])).toEqual([
      ['low', 'needs-review', 'conflict', 'high'],
      ['high', 'needs-review', 'conflict', 'low'],
    ]);
  });
  it('21 meets both, and 17 neither: the verdicts agree and are given', () => {
    const met = evaluatePlan(plan, doctors('21'), { asOf: '2027-01-31' });
    expect(met.results.map((r) => [r.target, r.status, r.reason])).toEqual([
      ['low', 'achieved', null],
      ['high', 'achieved', null],
    ]);
    const unmet = evaluatePlan(plan, doctors('17'), { asOf: '2027-01-31' });
    expect(unmet.results.map((r) => [r.target, r.status, r.reason])).toEqual([
      ['low', 'not-achieved', null],
      ['high', 'not-achieved', null],
    ]);
  });
});

describe('a target that names no area', () => {
  const nowhere = TargetSchema.parse({ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
  const inAreas = (count: number) => Array.from({ length: count }, (_, i) => ({ indicator: 'doctors-per-10k', area: `xa-${i + 1}`, period: '2026', value: '18' }));
  const refused = (count: number): [string, string] => {
    const error = expectChitieuError(() => evaluateTarget(nowhere, inAreas(count), { asOf: '2027-01-31' }), 'INVALID_ARGUMENT', 'options.area');
    return [error.message, error.vi];
  };
  const listed = (count: number) => inAreas(count).map((o) => `'${o.area}'`).join(', ');

  it('takes the only area the observations hold', () => {
    expect(evaluateTarget(nowhere, inAreas(1), { asOf: '2027-01-31' }).area).toBe('xa-1');
  });
  it('none: says so', () => {
    expect(refused(0)).toEqual([
      "options.area is needed: target 't' names no area and the observations hold none for its indicator",
      "cần options.area: chỉ tiêu 't' không nêu địa bàn và số liệu không có địa bàn nào cho chỉ số của nó",
    ]);
  });
  it('several: lists them, up to ten', () => {
    for (const count of [2, 10]) {
      expect(refused(count)).toEqual([
        `options.area is needed: target 't' names no area and the observations hold several for its indicator: ${listed(count)}`,
        `cần options.area: chỉ tiêu 't' không nêu địa bàn và số liệu có nhiều địa bàn cho chỉ số của nó: ${listed(count)}`,
      ]);
    }
    // eleven: the first ten, and how many in all
    expect(refused(11)).toEqual([
      `options.area is needed: target 't' names no area and the observations hold several for its indicator: ${listed(10)}, … (11 in all)`,
      `cần options.area: chỉ tiêu 't' không nêu địa bàn và số liệu có nhiều địa bàn cho chỉ số của nó: ${listed(10)}, … (tất cả 11)`,
    ]);
  });
});
