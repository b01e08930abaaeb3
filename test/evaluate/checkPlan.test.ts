/**
 * checkPlan on small hand-built plans, and on the encoded Thống Nhất plan
 * (002_da0a84197d806a79.txt), which contradicts itself twice (see test/fixtures/seeds/README.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/evaluate/checkPlan.js';
import { parsePlan, type Plan } from '../../src/model/index.js';

function planWith(targets: unknown[], horizon = 2030): Plan {
  return parsePlan({
    id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
    area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon, text: { vi: 'Mục tiêu' }, targets }],
  });
}

const t = (id: string, comparator: string, value: string, due = '2030-12-31', extra: Record<string, unknown> = {}) => ({
  id, indicator: 'life-expectancy', comparator, value, due, ...extra,
});

describe('checkPlan', () => {
  it('flags a label against a value: Thống Nhất appendix row 3 (76,5 against 77,67)', () => {
    // “Tuổi thọ trung bình đạt 76,5 tuổi …	năm	76	77,67”: 76.5 ≠ 77.67, so an error
    const findings = checkPlan(planWith([
      t('le-value', '>=', '77.67', '2030-12-31', { text: { vi: '77,67' } }),
      t('le-label', '>=', '76.5', '2030-12-31', { text: { vi: 'Tuổi thọ trung bình đạt 76,5 tuổi' } }),
    ]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'CONFLICTING_TARGETS', severity: 'error', targets: ['le-value', 'le-label'] });
    expect(findings[0]?.message.en).toBe(
      "targets 'le-value' (>= 77.67) and 'le-label' (>= 76.5) for indicator 'life-expectancy' in 'xa', due in 2030, set different thresholds",
    );
    expect(findings[0]?.message.vi).toBe(
      "chỉ tiêu 'le-value' (>= 77.67) và 'le-label' (>= 76.5) cho chỉ số 'life-expectancy' tại 'xa', đến hạn năm 2030, đặt ngưỡng khác nhau",
    );
  });

  it('flags strict against inclusive at the same value as a warning: “trên 20%” against “≥ 20”', () => {
    const findings = checkPlan(planWith([t('text', '>', '20'), t('appendix', '>=', '20')]));
    expect(findings.map((f) => [f.code, f.severity, f.targets])).toEqual([['CONFLICTING_TARGETS', 'warning', ['text', 'appendix']]]);
  });

  it('compares values exactly, not as floats or as text', () => {
    // '20' and '20.0' are the same decimal: no finding
    expect(checkPlan(planWith([t('a', '>', '20'), t('b', '>', '20.0')]))).toEqual([]);
    // 0.1 + 0.2 as a double is 0.30000000000000004; as written, 0.3 and 0.30000000000000004 differ
    expect(checkPlan(planWith([t('a', '>=', '0.3'), t('b', '>=', '0.30000000000000004')]))).toHaveLength(1);
  });

  it('groups by year of the due date, area and what is measured', () => {
    // same year, different day: compared
    expect(checkPlan(planWith([t('a', '>=', '76', '2030-06-30'), t('b', '>=', '77', '2030-12-31')]))).toHaveLength(1);
    // different years: a milestone and its target, not a conflict
    expect(checkPlan(planWith([t('a', '>=', '76', '2027-12-31'), t('b', '>=', '77', '2030-12-31')]))).toEqual([]);
    // different areas
    expect(checkPlan(planWith([t('a', '>=', '76'), t('b', '>=', '77', '2030-12-31', { area: 'thon-1' })]))).toEqual([]);
    // a change is not compared with a level
    expect(checkPlan(planWith([t('a', '>=', '76'), { ...t('b', '>=', '1.5'), kind: 'change', change: 'absolute', baseline: { period: '2025' } }]))).toEqual([]);
  });

  it('compares level, maintain and count targets with each other; ranges by both bounds', () => {
    expect(checkPlan(planWith([t('a', '>=', '100'), { ...t('b', '>=', '100'), kind: 'maintain' }]))).toEqual([]);
    expect(checkPlan(planWith([t('a', 'between', '4', '2027-12-31', { upper: '5' }), t('b', 'between', '4', '2027-12-31', { upper: '6' })]))).toHaveLength(1);
    expect(checkPlan(planWith([t('a', 'between', '4', '2027-12-31', { upper: '5' }), t('b', '>=', '4', '2027-12-31')]))).toHaveLength(1);
  });

  it('flags yes/no targets that expect different answers', () => {
    const epidemic = (id: string, expected: boolean) => ({ kind: 'boolean', id, indicator: 'major-epidemic', expected, due: '2026-12-31' });
    expect(checkPlan(planWith([epidemic('a', false), epidemic('b', false)]))).toEqual([]);
    expect(checkPlan(planWith([epidemic('a', false), epidemic('b', true)]))[0]).toMatchObject({ code: 'CONFLICTING_TARGETS', severity: 'error' });
  });

  it('reports every disagreeing pair once', () => {
    // three different values: pairs (a,b), (a,c), (b,c)
    const findings = checkPlan(planWith([t('a', '>=', '1'), t('b', '>=', '2'), t('c', '>=', '3')]));
    expect(findings.map((f) => f.targets)).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
  });

  it('warns about a target due after its objective’s horizon', () => {
    const findings = checkPlan(planWith([t('a', '>', '80', '2045-12-31')], 2030));
    expect(findings).toEqual([{
      code: 'DUE_AFTER_HORIZON', severity: 'warning', targets: ['a'],
      message: {
        en: "target 'a' falls due in 2045, after the horizon of its objective 'o' (2030)",
        vi: "chỉ tiêu 'a' đến hạn năm 2045, sau mốc của mục tiêu 'o' (2030)",
      },
    }]);
  });

  const encoded = resolve(import.meta.dirname, '../../src/plans/thong-nhat-2026.ts');
  it.runIf(existsSync(encoded))('finds exactly the two contradictions of the encoded Thống Nhất plan', async () => {
    const { thongNhat2026 } = (await import(/* @vite-ignore */ pathToFileURL(encoded).href)) as { thongNhat2026: Plan };
    const findings = checkPlan(thongNhat2026);
    // appendix row 3: label 76,5 against value 77,67 (error); row 7 “≥ 20” against the text “trên 20%” (warning)
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['CONFLICTING_TARGETS', 'error'],
      ['CONFLICTING_TARGETS', 'warning'],
    ]);
    const indicators = findings.map((f) => f.targets.map((id) => thongNhat2026.objectives.flatMap((o) => o.targets).find((x) => x.id === id)?.indicator));
    expect(indicators).toEqual([
      ['life-expectancy', 'life-expectancy'],
      ['insured-visits-at-commune-stations', 'insured-visits-at-commune-stations'],
    ]);
  });
});
