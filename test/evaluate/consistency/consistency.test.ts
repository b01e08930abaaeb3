/**
 * checkPlan and checkAlignment, case by case as their comments define them: the messages'
 * threshold text (`>= 20`, `4–5`, a yes/no target's expected answer), a target without `area`
 * being for the plan's area, ranges bounding both ways, `<`/`<=` mirroring `>`/`>=`, a child due
 * later needing a stronger threshold, and targets that bound different directions or measure
 * different things not compared. Messages in both languages (src/evaluate/messages).
 */
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../../src/evaluate/checkAlignment.js';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { parsePlan, type Plan } from '../../../src/model/index.js';
import { expectChitieuError } from '../../helpers/errors.js';

function planWith(id: string, targets: unknown[]): Plan {
  return parsePlan({
    id, kind: 'plan', title: { vi: id }, issuer: { name: { vi: id }, level: 'commune' },
    area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
  });
}
const t = (id: string, comparator: string, value: string, due = '2027-12-31', extra: Record<string, unknown> = {}) => ({
  id, indicator: 'station-doctors', comparator, value, due, ...extra,
});

describe('checkPlan', () => {
  it('a range is shown by its two ends', () => {
    const [finding, ...rest] = checkPlan(planWith('p', [t('a', 'between', '4', '2027-12-31', { upper: '5' }), t('b', 'between', '4', '2027-12-31', { upper: '6' })]));
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      code: 'CONFLICTING_TARGETS', severity: 'error', targets: ['a', 'b'],
      message: {
        en: "targets 'a' (4–5) and 'b' (4–6) for indicator 'station-doctors' in 'xa', due in 2027, set different thresholds",
        vi: "chỉ tiêu 'a' (4–5) và 'b' (4–6) cho chỉ số 'station-doctors' tại 'xa', đến hạn năm 2027, đặt ngưỡng khác nhau",
      },
    });
  });
  it('a yes/no target is shown by the answer it expects', () => {
    const epidemic = (id: string, expected: boolean) => ({ kind: 'boolean', id, indicator: 'major-epidemic', expected, due: '2026-12-31' });
    const [finding] = checkPlan(planWith('p', [epidemic('a', false), epidemic('b', true)]));
    expect(finding?.message).toEqual({
      en: "targets 'a' (false) and 'b' (true) for indicator 'major-epidemic' in 'xa', due in 2026, set different thresholds",
      vi: "chỉ tiêu 'a' (false) và 'b' (true) cho chỉ số 'major-epidemic' tại 'xa', đến hạn năm 2026, đặt ngưỡng khác nhau",
    });
  });
  it("a target without area is for the plan's area; one naming another area is compared there", () => {
    // 'a' has no area (so 'xa'), 'b' names 'xa': the same figure
    expect(checkPlan(planWith('p', [t('a', '>=', '4'), t('b', '>=', '5', '2027-12-31', { area: 'xa' })])).map((f) => f.targets)).toEqual([['a', 'b']]);
    const [finding] = checkPlan(planWith('p', [t('a', '>=', '4', '2027-12-31', { area: 'thon-1' }), t('b', '>=', '5', '2027-12-31', { area: 'thon-1' })]));
    expect(finding?.message.en).toBe("targets 'a' (>= 4) and 'b' (>= 5) for indicator 'station-doctors' in 'thon-1', due in 2027, set different thresholds");
  });
  it('options that are not an object: the value in both languages', () => {
    const error = expectChitieuError(() => checkPlan(planWith('p', []), 5 as never), 'INVALID_ARGUMENT', 'options');
    expect([error.message, error.vi]).toEqual(['options must be an object (got 5)', 'options phải là một đối tượng (nhận 5)']);
  });
});

describe('checkPlan: the ids a misspelt indicator may be meant for', () => {
  const visits = {
    id: 'home-visits-per-1000', name: { vi: 'Lượt thăm nhà/1.000 dân', en: 'Home visits per 1,000' }, measure: 'rate',
    unit: { vi: 'lượt/1.000 dân', en: 'visits per 1,000' }, multiplier: 1000, polarity: 'higher-is-better', decimals: 1, references: [],
  };
  const suggestion = (indicators: unknown) =>
    checkPlan(planWith('p', [{ id: 'v', indicator: 'home-visit-per-1000', comparator: '>=', value: '1', due: '2030-12-31' }]), { indicators } as never)[0]?.message.en.match(/did you mean '([^']+)'\?/)?.[1];
  it("a Map's ids are suggested as a record's are; a function's cannot be listed", () => {
    // 'home-visit-per-1000' is 'home-visits-per-1000' without its 's': one edit
    expect(suggestion(new Map([[visits.id, visits]]))).toBe('home-visits-per-1000');
    expect(suggestion({ [visits.id]: visits })).toBe('home-visits-per-1000');
    expect(suggestion((id: string) => (id === visits.id ? visits : undefined))).toBeUndefined();
  });
});

describe('checkAlignment', () => {
  const parentOf = (...targets: unknown[]) => planWith('parent', targets);
  const flagged = (child: unknown[], parent: Plan) => checkAlignment(planWith('child', child), parent).map((f) => [...f.targets]);

  it('a range bounds both ways: a child bounding only one of them asks less', () => {
    // parent 4–6 by 2027: '>= 4' leaves the top open, '<= 6' the bottom
    const parent = parentOf(t('p', 'between', '4', '2027-12-31', { upper: '6' }));
    expect(flagged([t('c', '>=', '4')], parent)).toEqual([['c', 'p']]);
    expect(flagged([t('c', '<=', '6')], parent)).toEqual([['c', 'p']]);
    expect(flagged([t('c', 'between', '4', '2027-12-31', { upper: '6' })], parent)).toEqual([]);
    const [finding] = checkAlignment(planWith('child', [t('c', 'between', '3', '2027-12-31', { upper: '6' })]), parent);
    expect(finding?.message).toEqual({
      en: "target 'c' (3–6, 2027) of 'child' asks less than 'p' (4–6, 2027) of 'parent'",
      vi: "chỉ tiêu 'c' (3–6, 2027) của 'child' thấp hơn yêu cầu 'p' (4–6, 2027) của 'parent'",
    });
  });
  it('“at most”: a higher value asks less, a lower or equal one does not', () => {
    const parent = parentOf(t('p', '<=', '10'));
    expect(flagged([t('c', '<=', '12')], parent)).toEqual([['c', 'p']]);
    expect(flagged([t('c', '<=', '10')], parent)).toEqual([]);
    expect(flagged([t('c', '<', '10')], parent)).toEqual([]);
    expect(flagged([t('c', '<=', '8')], parent)).toEqual([]);
  });
  it('“at most”, the child due later: only a stronger threshold is enough', () => {
    const parent = parentOf(t('p', '<=', '10', '2026-12-31'));
    // 8 < 10, and < 10 is stricter than <= 10: stronger
    expect(flagged([t('c', '<=', '8', '2027-12-31')], parent)).toEqual([]);
    expect(flagged([t('c', '<', '10', '2027-12-31')], parent)).toEqual([]);
    // the same threshold a year later reaches no more than the parent, later
    const [finding] = checkAlignment(planWith('child', [t('c', '<=', '10', '2027-12-31')]), parent);
    expect([finding?.targets, finding?.message.vi]).toEqual([['c', 'p'], "chỉ tiêu 'c' (<= 10, 2027) của 'child' không cao hơn 'p' (<= 10, 2026) của 'parent' mà đến hạn muộn hơn"]);
  });
  it('a range due later that is higher at one end and looser at the other is not stronger', () => {
    // parent 4–6 by 2026; child 5–7 by 2027: more at the bottom, less at the top
    const parent = parentOf(t('p', 'between', '4', '2026-12-31', { upper: '6' }));
    expect(flagged([t('c', 'between', '5', '2027-12-31', { upper: '7' })], parent)).toEqual([['c', 'p']]);
    // 5–6 by 2027 meets the parent at the top and asks more at the bottom: stronger
    expect(flagged([t('c', 'between', '5', '2027-12-31', { upper: '6' })], parent)).toEqual([]);
  });
  it('targets that bound different directions are not ranked', () => {
    // a parent “at least 4” and a child “at most 6”, and the mirror: no common direction
    expect(flagged([t('c', '<=', '6')], parentOf(t('p', '>=', '4')))).toEqual([]);
    expect(flagged([t('c', '>=', '4')], parentOf(t('p', '<=', '6')))).toEqual([]);
  });
  it('targets that measure different things are not compared; nor are yes/no and qualitative ones', () => {
    // a change of the indicator against its level: different quantities
    const change = { ...t('c', '>=', '1'), kind: 'change', change: 'absolute', baseline: { period: '2025' } };
    expect(flagged([change], parentOf(t('p', '>=', '4')))).toEqual([]);
    const epidemic = (id: string) => ({ kind: 'boolean', id, indicator: 'major-epidemic', expected: false, due: '2027-12-31' });
    const aim = (id: string) => ({ kind: 'qualitative', id, indicator: 'health-system', text: { vi: 'Y tế công bằng' }, due: '2027-12-31' });
    expect(flagged([epidemic('c1'), aim('c2'), t('c3', '>=', '3')], parentOf(epidemic('p1'), aim('p2'), t('p3', '>=', '4')))).toEqual([['c3', 'p3']]);
  });
});
