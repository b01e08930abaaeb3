/**
 * engine/conflicts.ts: targets asking the same figure an equality. Two '=' targets of one value
 * (however written) ask the same; of two values they conflict — checkPlan reports it, and a
 * scorecard will not say đạt and không đạt for the one figure (evaluateAreas). Messages are
 * the catalogue's (src/evaluate/messages/en.ts, vi.ts; src/evaluate/wording/en.ts, vi.ts).
 * Then the other pairs checkPlan tells apart: strict against inclusive at one value is a
 * warning ('edge') only for '>' with '>=' or '<' with '<=' at the same value; anything else
 * that differs is an error; yes/no targets disagree when they expect different answers.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/evaluate/checkPlan.js';
import { evaluateAreas } from '../../../src/evaluate/evaluateAreas.js';
import { parsePlan, type Plan } from '../../../src/model/index.js';
import { TargetSchema } from '../../../src/model/target.js';

function planWith(targets: unknown[]): Plan {
  return parsePlan({
    id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
    area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
  });
}
const equal = (id: string, value: string) => ({ id, indicator: 'life-expectancy', comparator: '=', value, due: '2030-12-31' });

describe('equalities in checkPlan', () => {
  it('"= 20" and "= 20.0" ask the same: no finding', () => {
    expect(checkPlan(planWith([equal('a', '20'), equal('b', '20.0')]))).toEqual([]);
  });
  it('"= 20" and "= 21" set different thresholds: an error', () => {
    const findings = checkPlan(planWith([equal('a', '20'), equal('b', '21')]));
    expect(findings.map((f) => [f.code, f.severity, f.targets])).toEqual([['CONFLICTING_TARGETS', 'error', ['a', 'b']]]);
    expect(findings[0]?.message.en).toBe("targets 'a' (= 20) and 'b' (= 21) for indicator 'life-expectancy' in 'xa', due in 2030, set different thresholds");
    expect(findings[0]?.message.vi).toBe("chỉ tiêu 'a' (= 20) và 'b' (= 21) cho chỉ số 'life-expectancy' tại 'xa', đến hạn năm 2030, đặt ngưỡng khác nhau");
  });
});

describe('equalities in a scorecard', () => {
  const target = (id: string, value: string) => TargetSchema.parse({ id, indicator: 'x', comparator: '=', value, due: '2026-12-31', decimals: 0 });
  const observations = [{ indicator: 'x', area: 'xa', period: '2026', value: '20' }];
  it('"= 20" and "= 20.0" are both met by 20', () => {
    const [card] = evaluateAreas([target('a', '20'), target('b', '20.0')], observations, { asOf: '2027-01-31', rows: ['xa'] });
    expect(card?.results.map((r) => [r.status, r.reason])).toEqual([['achieved', null], ['achieved', null]]);
  });
  it('"= 20" met and "= 21" not: neither verdict stands, each names the other', () => {
    const [card] = evaluateAreas([target('a', '20'), target('b', '21')], observations, { asOf: '2027-01-31', rows: ['xa'] });
    expect(card?.results.map((r) => [r.status, r.reason, r.conflictsWith])).toEqual([['needs-review', 'conflict', 'b'], ['needs-review', 'conflict', 'a']]);
    expect(card?.results[0]?.explanation.en).toBe('x: conflicts with target b of the plan for the same indicator, area and year, and the plan does not say which applies: needs review.');
    expect(card?.results[0]?.explanation.vi).toBe('x: mâu thuẫn với chỉ tiêu b của kế hoạch cho cùng chỉ số, địa bàn và năm, mà kế hoạch không nói chỉ tiêu nào được áp dụng: cần xem xét.');
  });
});

describe('targets that ask the same', () => {
  it('judged on different figures, keep their own verdicts', () => {
    // one year, two due dates: doctors (a stock) at 2026-06-30 and at 2026-12-31, both “ít nhất 17,5”
    // June: 21 / 12 000 × 10 000 = 17.5 ≥ 17.5; December: 18 / 12 000 × 10 000 = 15.0 < 17.5
    const at = (id: string, due: string) => TargetSchema.parse({ id, indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due });
    const observations = [
      { indicator: 'doctors-per-10k', area: 'xa', period: '2026-06', numerator: '21', denominator: '12000' },
      { indicator: 'doctors-per-10k', area: 'xa', period: '2026-12', numerator: '18', denominator: '12000' },
    ];
    const [card] = evaluateAreas([at('june', '2026-06-30'), at('december', '2026-12-31')], observations, { asOf: '2027-01-31', rows: ['xa'] });
    expect(card?.results.map((r) => [r.status, r.period, r.conflictsWith])).toEqual([['achieved', '2026-06', null], ['not-achieved', '2026-12', null]]);
  });
});

describe('which differences are only at the edge', () => {
  const t = (id: string, comparator: string, value: string, extra: Record<string, unknown> = {}) => ({ id, indicator: 'life-expectancy', comparator, value, due: '2030-12-31', ...extra });
  const severities = (targets: unknown[]) => checkPlan(planWith(targets)).map((f) => [f.severity, f.targets]);
  it('"dưới 20" against "không quá 20": a warning', () => {
    expect(severities([t('a', '<', '20'), t('b', '<=', '20')])).toEqual([['warning', ['a', 'b']]]);
  });
  it('strict against inclusive at different values: an error', () => {
    // '>' 20 and '>=' 21: the lower bounds differ, not only their strictness
    expect(severities([t('a', '>', '20'), t('b', '>=', '21')])).toEqual([['error', ['a', 'b']]]);
  });
  it('a range sharing a bound with a one-sided target: an error', () => {
    // '>=' 20 against 20–30, and '<=' 30 against 20–30: same bound, but a range is not a one-sided target
    expect(severities([t('a', '>=', '20'), t('b', 'between', '20', { upper: '30' })])).toEqual([['error', ['a', 'b']]]);
    expect(severities([t('a', '<=', '30'), t('b', 'between', '20', { upper: '30' })])).toEqual([['error', ['a', 'b']]]);
    const [finding] = checkPlan(planWith([t('a', '<=', '30'), t('b', 'between', '20', { upper: '30' })]));
    expect(finding?.message.en).toBe("targets 'a' (<= 30) and 'b' (20–30) for indicator 'life-expectancy' in 'xa', due in 2030, set different thresholds");
  });
  it('yes/no targets: "no epidemic" against "an epidemic" is an error; the same answer twice is none', () => {
    const yesNo = (id: string, expected: boolean) => ({ id, kind: 'boolean', indicator: 'major-epidemic', expected, due: '2030-12-31' });
    const findings = checkPlan(planWith([yesNo('a', false), yesNo('b', true)]));
    expect(findings.map((f) => [f.code, f.severity, f.targets])).toEqual([['CONFLICTING_TARGETS', 'error', ['a', 'b']]]);
    expect(findings[0]?.message.en).toBe("targets 'a' (false) and 'b' (true) for indicator 'major-epidemic' in 'xa', due in 2030, set different thresholds");
    expect(checkPlan(planWith([yesNo('a', false), yesNo('c', false)]))).toEqual([]);
  });
  it('an indicator and an area whose ids run together are not confused', () => {
    // indicator 'x1' in area 'a', and indicator 'x' in area '1a': written one after the other both read 'x1a'
    const x1 = { id: 'p', indicator: 'x1', area: 'a', comparator: '>=', value: '20', due: '2030-12-31' };
    const x = { id: 'q', indicator: 'x', area: '1a', comparator: '>=', value: '30', due: '2030-12-31' };
    // (both ids are unknown to the catalog: checkPlan warns of that, and of nothing else)
    expect(checkPlan(planWith([x1, x])).map((f) => [f.code, f.targets])).toEqual([['UNKNOWN_INDICATOR', ['p']], ['UNKNOWN_INDICATOR', ['q']]]);
  });
});
