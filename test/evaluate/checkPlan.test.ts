/**
 * checkPlan on small hand-built plans, and on the encoded Thống Nhất plan
 * (002_da0a84197d806a79.txt), which contradicts itself twice (see test/fixtures/seeds/README.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { checkPlan } from '../../src/evaluate/checkPlan.js';
import { parsePlan, type Indicator, type Plan } from '../../src/model/index.js';
import { plans } from '../../src/plans/index.js';

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

/** The code, field and message of what `run` throws (a ChitieuError), or of nothing. */
function thrown(run: () => unknown): { code: string; field: string; en: string; vi: string } | string {
  try {
    run();
    return 'nothing thrown';
  } catch (error) {
    return error instanceof ChitieuError ? { code: error.code, field: error.field, en: error.message, vi: error.vi } : `not a ChitieuError: ${String(error)}`;
  }
}

describe('checkPlan: what is not a parsed plan', () => {
  it('rejects a missing or wrong-typed plan with INVALID_ARGUMENT naming plan, not a TypeError', () => {
    expect(thrown(() => checkPlan(null as never))).toEqual({
      code: 'INVALID_ARGUMENT', field: 'plan',
      en: 'plan must be a parsed plan: parse it first with parsePlan or PlanSchema.parse (got null)',
      vi: 'plan phải là kế hoạch đã được kiểm tra: hãy đọc nó bằng parsePlan hoặc PlanSchema.parse trước (nhận null)',
    });
    for (const value of [undefined, {}, [], 'plan', 42]) {
      expect(thrown(() => checkPlan(value as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'plan' });
    }
    expect(thrown(() => checkPlan({} as never))).toMatchObject({ en: expect.stringContaining('(got an object)') as string, vi: expect.stringContaining('(nhận một đối tượng)') as string });
  });

  it('names the objective or target at fault in a plan that was never parsed', () => {
    const input = {
      id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
      area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
      objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets: [t('a', '>=', '76')] }],
    };
    // the input form: the target has no kind until parsePlan gives it its default, 'level'
    expect(thrown(() => checkPlan(input as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'plan.objectives[0].targets[0]' });
    // an objective without its list of targets
    expect(thrown(() => checkPlan({ ...input, objectives: [{ id: 'o', horizon: 2030 }] } as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'plan.objectives[0]' });
    // once parsed, the same plan is accepted
    expect(checkPlan(parsePlan(input))).toEqual([]);
  });

  it('rejects options that are not an object, and indicators that are not a lookup', () => {
    const plan = planWith([t('a', '>=', '76')]);
    expect(thrown(() => checkPlan(plan, null as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'options' });
    expect(thrown(() => checkPlan(plan, 'indicators' as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'options' });
    expect(thrown(() => checkPlan(plan, { indicators: 5 } as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'options.indicators' });
  });
});

describe('checkPlan: indicators outside the catalog', () => {
  const target = (id: string, indicator: string) => ({ id, indicator, comparator: '>=', value: '1', due: '2030-12-31' });
  const unknown = (plan: Plan, options?: Parameters<typeof checkPlan>[1]) => checkPlan(plan, options).filter((f) => f.code === 'UNKNOWN_INDICATOR');
  // an app's own indicator, as an app would define it
  const visits: Indicator = {
    id: 'home-visits-per-1000', name: { vi: 'Lượt thăm nhà/1.000 dân', en: 'Home visits per 1,000' },
    measure: 'rate', unit: { vi: 'lượt/1.000 dân', en: 'visits per 1,000' }, multiplier: 1000,
    polarity: 'higher-is-better', decimals: 1, references: [],
  } as Indicator;

  it('warns about a misspelt id and suggests the catalog id one letter away', () => {
    // 'doctor-per-10k' is 'doctors-per-10k' without its 's': one edit
    const findings = checkPlan(planWith([target('doctors', 'doctor-per-10k')]));
    expect(findings).toEqual([{
      code: 'UNKNOWN_INDICATOR', severity: 'warning', targets: ['doctors'],
      message: {
        en: "target 'doctors' names indicator 'doctor-per-10k', which the catalog does not define: did you mean 'doctors-per-10k'? " +
          'This is only a warning: an app may define indicators of its own, and checkPlan knows those passed as options.indicators.',
        vi: "chỉ tiêu 'doctors' dùng chỉ số 'doctor-per-10k', không có trong danh mục: có phải là 'doctors-per-10k'? " +
          'Đây chỉ là cảnh báo: ứng dụng có thể tự định nghĩa chỉ số, và checkPlan nhận biết các chỉ số được truyền qua options.indicators.',
      },
    }]);
  });

  it('suggests for swapped letters, a dropped ending and a different case; not for an id far from every one', () => {
    const suggested = (indicator: string) => {
      const [finding] = unknown(planWith([target('x', indicator)]));
      return finding?.message.en.match(/did you mean '([^']+)'\?/)?.[1] ?? (finding === undefined ? 'no finding' : 'no suggestion');
    };
    // 'nu' for 'un': one swap of neighbours
    expect(suggested('stnuting-under-5')).toBe('stunting-under-5');
    // 16 letters allow 5 edits (a third); '-rate' is 5 letters more
    expect(suggested('infant-mortality')).toBe('infant-mortality-rate');
    // ids are matched exactly, so a capital makes an unknown id; the suggestion differs only in case
    expect(suggested('Doctors-per-10k')).toBe('doctors-per-10k');
    // 3 letters allow 1 edit, and every catalog id is more than 4 letters longer
    expect(suggested('xyz')).toBe('no suggestion');
    expect(unknown(planWith([target('x', 'xyz')]))[0]?.message.en).toContain("names indicator 'xyz', which the catalog does not define. This is only a warning");
    // a catalog id is known
    expect(suggested('doctors-per-10k')).toBe('no finding');
  });

  it('knows the indicators passed as options.indicators (Map, record or function), and suggests among them', () => {
    const plan = planWith([target('visits', 'home-visits-per-1000')]);
    expect(unknown(plan).map((f) => f.targets)).toEqual([['visits']]);
    expect(unknown(plan, { indicators: new Map([[visits.id, visits]]) })).toEqual([]);
    expect(unknown(plan, { indicators: { [visits.id]: visits } })).toEqual([]);
    expect(unknown(plan, { indicators: (id) => (id === visits.id ? visits : undefined) })).toEqual([]);
    // 'home-visit-per-1000' is the app's id without its 's'
    const [finding] = unknown(planWith([target('visits', 'home-visit-per-1000')]), { indicators: { [visits.id]: visits } });
    expect(finding?.message.en).toContain("did you mean 'home-visits-per-1000'?");
    // a Map's keys that are not strings are not ids
    expect(unknown(plan, { indicators: new Map<unknown, Indicator>([[1, visits]]) as never }).map((f) => f.targets)).toEqual([['visits']]);
  });

  it("checks a share's per-unit condition as well as its own indicator", () => {
    const share = (indicator: string, condition: string) => ({
      kind: 'share', id: 's', indicator, due: '2030-12-31', units: { vi: 'Trạm y tế' },
      condition: { indicator: condition, comparator: '>=', value: '4' }, comparator: '>=', value: '100',
    });
    expect(unknown(planWith([share('stations-with-doctors', 'station-doctors')]))).toEqual([]);
    const findings = unknown(planWith([share('stations-with-doctors', 'station-doctor')]));
    expect(findings.map((f) => f.targets)).toEqual([['s']]);
    expect(findings[0]?.message.en).toContain("target 's' counts its units by indicator 'station-doctor', which the catalog does not define: did you mean 'station-doctors'?");
    expect(findings[0]?.message.vi).toContain("chỉ tiêu 's' xét từng đơn vị theo chỉ số 'station-doctor', không có trong danh mục: có phải là 'station-doctors'?");
    // both unknown: one finding for each, the target's own indicator first
    expect(unknown(planWith([share('stations-with-4-doctors', 'doctors-at-station')])).map((f) => f.message.en.slice(0, 40))).toEqual([
      "target 's' names indicator 'stations-wit",
      "target 's' counts its units by indicator",
    ]);
  });

  it('finds no unknown indicator in the five shipped plans, whose ids are all in the catalog', () => {
    expect(plans.map((plan) => [plan.id, unknown(plan).length])).toEqual([
      ['cao-minh-2026', 0], ['xuan-hung-2026', 0], ['thong-nhat-2026', 0], ['district-141-2023', 0], ['ninh-binh-health-2026', 0],
    ]);
  });
});
