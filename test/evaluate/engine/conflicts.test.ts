/**
 * engine/conflicts.ts: targets asking the same figure an equality. Two '=' targets of one value
 * (however written) ask the same; of two values they conflict — checkPlan reports it, and a
 * scorecard will not say đạt and không đạt for the one figure (evaluateAreas). Messages are
 * the catalogue's (src/evaluate/messages/en.ts, vi.ts; src/evaluate/wording/en.ts, vi.ts).
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
