import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFile as locateSeed, targetFinder } from './support.js';
import { PlanSchema } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { thongNhat2026 } from '../../src/plans/thong-nhat-2026.js';

const { path: seedPath } = locateSeed('002_da0a84197d806a79.txt');

const targets: Target[] = thongNhat2026.objectives.flatMap((objective) => objective.targets);

const target = targetFinder(thongNhat2026);

/** The fields the table checks, whatever the target's kind. */
function shape(t: Target): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: t.kind, indicator: t.indicator, due: t.due };
  if ('comparator' in t) out.comparator = t.comparator;
  if ('value' in t) out.value = t.value;
  if (t.kind === 'level' && t.upper !== undefined) out.upper = t.upper;
  if (t.kind === 'level' && t.aim !== undefined) out.aim = t.aim;
  if (t.governedBy !== undefined) out.governedBy = t.governedBy;
  if (t.kind === 'change') out.change = t.change;
  if (t.kind === 'share') out.condition = t.condition;
  if (t.kind === 'maintain' && t.from !== undefined) out.from = t.from;
  if (t.baseline !== undefined) out.baseline = t.baseline;
  return out;
}

describe('thongNhat2026 (39-KH/ĐU, Thống Nhất commune, Đồng Nai)', () => {
  it('is a valid plan and parses again to itself', () => {
    expect(PlanSchema.parse(thongNhat2026)).toEqual(thongNhat2026);
  });

  it('has the number, issuer, date and parents the document prints', () => {
    // Appendix: "(Kèm theo Kế hoạch số 39-KH/ĐU ngày 31 tháng 12 năm 2025 của Đảng ủy xã Thống Nhất)"
    expect(thongNhat2026.number).toBe('39-KH/ĐU');
    expect(thongNhat2026.issued).toBe('2025-12-31');
    expect(thongNhat2026.issuer.level).toBe('commune');
    expect(thongNhat2026.period).toEqual({ from: 2026, to: 2030 });
    // "Kế hoạch hành động số 29-KH/TU ngày 11/12/2025 … Nghị quyết số 72-NQ/TW ngày 09/9/2025"
    expect(thongNhat2026.parents.map((p) => [p.number, p.date])).toEqual([
      ['29-KH/TU', '2025-12-11'],
      ['72-NQ/TW', '2025-09-09'],
    ]);
  });

  it('has unique target ids', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });

  // Every target of seeds/README.md for 002, with the plan's own sentence beside it.
  it.each<[string, string, Record<string, unknown>]>([
    [
      'thong-nhat-2026/mean-height',
      '“tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 - 18 tuổi thêm tối thiểu 1,5cm”',
      { kind: 'change', indicator: 'mean-height-1-18', change: 'absolute', comparator: '>=', value: '1.5', due: '2030-12-31', baseline: { period: '2025' } },
    ],
    [
      'thong-nhat-2026/life-expectancy',
      '“tuổi thọ trung bình đạt 77,67 tuổi”; appendix row 3: 2021-2025 = 76, 2026-2030 = 77,67',
      { kind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '77.67', due: '2030-12-31', baseline: { value: '76', period: '2021-2025' } },
    ],
    [
      'thong-nhat-2026/life-expectancy-appendix-label',
      'appendix row 3 label: “Tuổi thọ trung bình đạt 76,5 tuổi”; 2021-2025 = 76',
      {
        kind: 'level',
        indicator: 'life-expectancy',
        comparator: '>=',
        value: '76.5',
        due: '2030-12-31',
        baseline: { value: '76', period: '2021-2025' },
        governedBy: 'thong-nhat-2026/life-expectancy',
      },
    ],
    [
      'thong-nhat-2026/healthy-life-expectancy',
      '“số năm sống khỏe mạnh đạt tối thiểu 68 năm”',
      { kind: 'level', indicator: 'healthy-life-expectancy', comparator: '>=', value: '68', due: '2030-12-31' },
    ],
    [
      'thong-nhat-2026/essential-immunization',
      '“Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt trên 98%”; appendix row 4: >98, >98 (the baseline keeps its “>”)',
      {
        kind: 'level',
        indicator: 'essential-immunization-coverage',
        comparator: '>',
        value: '98',
        due: '2030-12-31',
        baseline: { value: '98', comparator: '>', period: '2021-2025' },
      },
    ],
    [
      'thong-nhat-2026/physical-activity',
      '“Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%”',
      { kind: 'change', indicator: 'physical-activity', change: 'unspecified', comparator: '>=', value: '10', due: '2030-12-31', baseline: { period: '2025' } },
    ],
    [
      'thong-nhat-2026/free-checkup',
      '“Từ năm 2026, người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần”; appendix row 5: 100',
      { kind: 'maintain', indicator: 'free-checkup-coverage', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' },
    ],
    [
      'thong-nhat-2026/ehr',
      '“Từ năm 2026, … hoàn thành việc tạo lập sổ sức khỏe điện tử cho toàn bộ người dân”',
      { kind: 'level', indicator: 'ehr-coverage', comparator: '>=', value: '100', due: '2026-12-31' },
    ],
    [
      'thong-nhat-2026/station-doctors',
      '“đến năm 2027 có ít nhất từ 4 - 5 bác sĩ”: “ít nhất” (at least) makes 4 a floor, 5 the aim',
      { kind: 'level', indicator: 'station-doctors', comparator: '>=', value: '4', aim: '5', due: '2027-12-31' },
    ],
    [
      'thong-nhat-2026/stations-4-doctors',
      'appendix row 6: “… đến năm 2027 có ít nhất từ 4 - 5 bác sỹ”, 2026-2030 = 100 (%)',
      {
        kind: 'share',
        indicator: 'stations-with-doctors',
        condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
        comparator: '>=',
        value: '100',
        due: '2027-12-31',
      },
    ],
    [
      'thong-nhat-2026/stations-invested',
      'appendix row 6: “Trạm y tế cấp xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực …”, 2026-2030 = 100 (%)',
      { kind: 'level', indicator: 'stations-invested', comparator: '>=', value: '100', due: '2030-12-31' },
    ],
    [
      'thong-nhat-2026/insured-visits',
      '“Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm Y tế xã lên trên 20%”',
      { kind: 'level', indicator: 'insured-visits-at-commune-stations', comparator: '>', value: '20', due: '2030-12-31' },
    ],
    [
      'thong-nhat-2026/insured-visits-appendix',
      'appendix row 7: 2026-2030 = “≥ 20”',
      {
        kind: 'level',
        indicator: 'insured-visits-at-commune-stations',
        comparator: '>=',
        value: '20',
        due: '2030-12-31',
        governedBy: 'thong-nhat-2026/insured-visits',
      },
    ],
    [
      'thong-nhat-2026/insurance-coverage-2026',
      '“Đến năm 2026, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số”; appendix row 1: 2021-2025 = 95',
      { kind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31', baseline: { value: '95', period: '2021-2025' } },
    ],
    [
      'thong-nhat-2026/insurance-coverage-2030',
      '“đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân”; appendix row 1: 95 → >95',
      { kind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2030-12-31', baseline: { value: '95', period: '2021-2025' } },
    ],
    [
      'thong-nhat-2026/life-expectancy-2045',
      '“Người dân có tuổi thọ trung bình đạt trên 80 tuổi”',
      { kind: 'level', indicator: 'life-expectancy', comparator: '>', value: '80', due: '2045-12-31' },
    ],
    [
      'thong-nhat-2026/healthy-life-expectancy-2045',
      '“số năm sống khỏe mạnh tăng lên trên 71 tuổi”',
      { kind: 'level', indicator: 'healthy-life-expectancy', comparator: '>', value: '71', due: '2045-12-31' },
    ],
  ])('%s: %s', (id, _quote, expected) => {
    expect(shape(target(id))).toEqual(expected);
  });

  it('encodes the hospital-fee exemption as qualitative, due 2030', () => {
    // "Đến năm 2030, người dân được miễn chi phí khám bệnh, chữa bệnh ở mức cơ bản …"
    const t = target('thong-nhat-2026/hospital-fee-exemption');
    expect([t.kind, t.due]).toEqual(['qualitative', '2030-12-31']);
  });

  it('marks both sides of each contradiction with a note', () => {
    for (const id of [
      'thong-nhat-2026/life-expectancy',
      'thong-nhat-2026/life-expectancy-appendix-label',
      'thong-nhat-2026/insured-visits',
      'thong-nhat-2026/insured-visits-appendix',
    ]) {
      expect(target(id).note?.en).toMatch(/One side of a contradiction/);
    }
  });

  it('records, on the appendix side of each contradiction, that the body text governs', () => {
    // 77,67 (objectives, line 51 of the seed) governs 76,5 (appendix row 3's label, line 189);
    // “trên 20%” (objectives, line 57) governs “≥ 20” (appendix row 7, line 193)
    const governed = targets.filter((t) => t.governedBy !== undefined).map((t) => [t.id, t.governedBy]);
    expect(governed).toEqual([
      ['thong-nhat-2026/life-expectancy-appendix-label', 'thong-nhat-2026/life-expectancy'],
      ['thong-nhat-2026/insured-visits-appendix', 'thong-nhat-2026/insured-visits'],
    ]);
    // the governing targets are the body's figures, and are not themselves governed
    expect([target('thong-nhat-2026/life-expectancy'), target('thong-nhat-2026/insured-visits')].map((t) => [t.governedBy, 'value' in t ? t.value : undefined])).toEqual([
      [undefined, '77.67'],
      [undefined, '20'],
    ]);
    // the appendix objective holds both governed targets
    const appendix = thongNhat2026.objectives.find((objective) => objective.id === 'appendix');
    expect(appendix?.targets.filter((t) => t.governedBy !== undefined)).toHaveLength(2);
  });

  it('puts the 2045 vision in its own objective', () => {
    const vision = thongNhat2026.objectives.filter((objective) => objective.vision);
    expect(vision.map((objective) => objective.horizon)).toEqual([2045]);
  });

  it('reports every six months and every year, with no deadline day', () => {
    // "định kỳ 6 tháng, 1 năm báo cáo kết quả cho Ban Thường vụ Đảng ủy"
    expect(thongNhat2026.reporting.map((rule) => [rule.frequency, rule.month, rule.day])).toEqual([
      ['six-monthly', undefined, undefined],
      ['yearly', undefined, undefined],
    ]);
  });

  it(
    'quotes every target, objective and reporting rule verbatim from the seed',
    () => {
      const seed = readFileSync(seedPath, 'utf8');
      const quoted = [
        thongNhat2026.title.vi,
        ...thongNhat2026.objectives.map((objective) => objective.text.vi),
        ...targets.map((t) => t.text?.vi ?? `missing text: ${t.id}`),
        ...thongNhat2026.reporting.map((rule) => rule.text?.vi ?? 'missing reporting text'),
      ];
      expect(quoted.filter((text) => !seed.includes(text))).toEqual([]);
    },
  );
});
