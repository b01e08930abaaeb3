/**
 * Phrases of the explanations that no other test prints: a higher aim, more than five units
 * without a figure, and a target the plan says another one governs. Each expected line is the
 * catalog's name of the indicator followed by the wording's phrases of src/evaluate/wording
 * (en.ts, vi.ts), put together word for word; the figures are worked by hand beside them.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../src/evaluate/evaluatePlan.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Area } from '../../../src/model/area.js';
import { PlanSchema } from '../../../src/model/plan.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);

describe('wording: a higher aim', () => {
  it('“ít nhất 4 bác sĩ, phấn đấu 5” (Thống Nhất): judged on 4, the aim shown after the goal', () => {
    // 4 ≥ 4: achieved; the aim 5 is only worded
    const station = target({ indicator: 'station-doctors', comparator: '>=', value: '4', aim: '5' });
    const result = evaluateTarget(station, [{ indicator: 'station-doctors', area: AREA, period: '2026', value: '4' }], { asOf: '2027-01-01' });
    expect(result.explanation.en).toBe('Doctors working at a commune health station: 4 (2026); target at least 4 by 2026-12-31; striving for 5: achieved.');
    expect(result.explanation.vi).toBe('Số bác sĩ làm việc tại trạm y tế xã: 4 (kỳ 2026); chỉ tiêu ít nhất 4 đến 31/12/2026; phấn đấu 5: đạt.');
  });
});

describe('wording: units without a figure', () => {
  const stations = target({
    kind: 'share', indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, decimals: 1,
    condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100',
  });
  const areas = (count: number): Area[] => [
    { id: AREA, name: { vi: AREA }, level: 'commune' } as Area,
    ...Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, name: { vi: `s${i + 1}` }, level: 'facility', parent: AREA }) as Area),
  ];
  const s1 = [{ indicator: 'station-doctors', area: 's1', parent: AREA, period: '2026', value: '4' }];
  it('seven of eight stations without a figure: the first five named, “and 2 more”', () => {
    // s1 = 4 ≥ 4: 1 of 8 = 12.5% < 100; s2…s8 have no figure: 7 missing, 5 named, 7 − 5 = 2 more
    const result = evaluateTarget(stations, s1, { asOf: '2027-01-01', areas: areas(8) });
    expect([result.status, result.published]).toEqual(['not-achieved', '12.5']);
    expect(result.explanation.en).toBe(
      'Share of commune health stations with (the stated number of) doctors: 12.5% (2026) (1 of 8 units; no figure: s2, s3, s4, s5, s6 and 2 more); target at least 100% by 2026-12-31: not achieved.',
    );
    expect(result.explanation.vi).toBe(
      'Tỷ lệ trạm y tế xã có bác sĩ (đạt số bác sĩ theo chỉ tiêu): 12,5% (kỳ 2026) (1/8 đơn vị đạt; chưa có số liệu: s2, s3, s4, s5, s6 và 2 đơn vị khác); chỉ tiêu ít nhất 100% đến 31/12/2026: không đạt.',
    );
  });
  it('five stations without a figure: all five named, no “more”', () => {
    // 1 of 6 = 16.666… → 16.7
    const result = evaluateTarget(stations, s1, { asOf: '2027-01-01', areas: areas(6) });
    expect(result.explanation.en).toBe(
      'Share of commune health stations with (the stated number of) doctors: 16.7% (2026) (1 of 6 units; no figure: s2, s3, s4, s5, s6); target at least 100% by 2026-12-31: not achieved.',
    );
    expect(result.explanation.vi).toBe(
      'Tỷ lệ trạm y tế xã có bác sĩ (đạt số bác sĩ theo chỉ tiêu): 16,7% (kỳ 2026) (1/6 đơn vị đạt; chưa có số liệu: s2, s3, s4, s5, s6); chỉ tiêu ít nhất 100% đến 31/12/2026: không đạt.',
    );
  });
});

describe('wording: a target another one governs', () => {
  it('Thống Nhất appendix row 3: the label 76,5 gives way to the value 77,67', () => {
    const plan = PlanSchema.parse({
      id: 'demo', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
      area: { id: AREA, name: { vi: 'Xã' }, level: 'commune' }, period: { from: 2026, to: 2026 },
      objectives: [{
        id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu' },
        targets: [
          { id: 'le', indicator: 'life-expectancy', comparator: '>=', value: '77.67', due: '2026-12-31' },
          { id: 'le-label', indicator: 'life-expectancy', comparator: '>=', value: '76.5', due: '2026-12-31', governedBy: 'le' },
        ],
      }],
    });
    const { results } = evaluatePlan(plan, [{ indicator: 'life-expectancy', area: AREA, period: '2026', value: '77' }], { asOf: '2027-01-01' });
    const label = results.find((result) => result.target === 'le-label');
    // 77 < 77.67: 'le' is not achieved; the governed label is left to a person whatever its figure
    expect(results.find((result) => result.target === 'le')?.status).toBe('not-achieved');
    expect([label?.status, label?.reason, label?.governedBy]).toEqual(['needs-review', 'governed', 'le']);
    expect(label?.explanation.en).toBe('Life expectancy at birth: the plan applies target le in place of this one (the document contradicts itself): needs review.');
    expect(label?.explanation.vi).toBe('Tuổi thọ trung bình (tính từ lúc sinh): kế hoạch áp dụng chỉ tiêu le thay cho chỉ tiêu này (văn bản tự mâu thuẫn): cần xem xét.');
  });
});
