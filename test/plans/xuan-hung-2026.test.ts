import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFile as locateSeed, targetFinder } from './support.js';
import { getIndicator } from '../../src/catalog/index.js';
import { PlanSchema } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { xuanHung2026 } from '../../src/plans/xuan-hung-2026.js';

const { path: seedFile } = locateSeed('001_5e7367c98a0b8369.txt');

const targets: Target[] = xuanHung2026.objectives.flatMap((objective) => objective.targets);
const target = targetFinder(xuanHung2026);

// Expected values are the plan's own figures (seed 001, section I.2.1 “Mục tiêu đến năm
// 2030”): “đến năm 2030” is 2030-12-31, “đến năm 2027” 2027-12-31, “Đến năm 2026” 2026-12-31.
// comparator/value are undefined for qualitative targets.
const TABLE = [
  // “Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng mở rộng đạt trên 95%.”
  { id: 'xuan-hung-2026/immunization', kind: 'level', indicator: 'essential-immunization-coverage', comparator: '>', value: '95', due: '2030-12-31' },
  // “Tỷ lệ người dân thường xuyên tham gia các hoạt động thể chất tăng thêm 10%.”
  { id: 'xuan-hung-2026/physical-activity', kind: 'change', indicator: 'physical-activity', comparator: '>=', value: '10', due: '2030-12-31' },
  // “Từ năm 2026, người dân được khám … miễn phí ít nhất mỗi năm 1 lần” (first milestone)
  { id: 'xuan-hung-2026/free-checkup-2026', kind: 'level', indicator: 'free-checkup-coverage', comparator: '>=', value: '100', due: '2026-12-31' },
  // … and every year to the end of the plan period
  { id: 'xuan-hung-2026/free-checkup-maintain', kind: 'maintain', indicator: 'free-checkup-coverage', comparator: '>=', value: '100', due: '2030-12-31' },
  // “được lập sổ sức khỏe điện tử để quản lý sức khỏe theo vòng đời” (everyone: 100%)
  { id: 'xuan-hung-2026/ehr', kind: 'level', indicator: 'ehr-coverage', comparator: '>=', value: '100', due: '2030-12-31' },
  // “Đến năm 2030, người dân được miễn viện phí ở mức cơ bản …”
  { id: 'xuan-hung-2026/hospital-fee-exemption', kind: 'qualitative', indicator: 'hospital-fee-exemption', comparator: undefined, value: undefined, due: '2030-12-31' },
  // “Trạm y tế được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ”
  { id: 'xuan-hung-2026/stations-invested', kind: 'qualitative', indicator: 'stations-invested', comparator: undefined, value: undefined, due: '2030-12-31' },
  // “đến năm 2027, Trạm y tế có ít nhất 5 bác sĩ” (the commune's one station has ≥ 5 doctors)
  { id: 'xuan-hung-2026/station-5-doctors', kind: 'level', indicator: 'station-doctors', comparator: '>=', value: '5', due: '2027-12-31' },
  // “Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm y tế xã lên trên 20%.”
  { id: 'xuan-hung-2026/insured-visits', kind: 'level', indicator: 'insured-visits-at-commune-stations', comparator: '>', value: '20', due: '2030-12-31' },
  // “Đến năm 2026, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số”
  { id: 'xuan-hung-2026/insurance-2026', kind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' },
  // “đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân” (no numeric threshold)
  { id: 'xuan-hung-2026/insurance-2030-universal', kind: 'qualitative', indicator: 'health-insurance-coverage', comparator: undefined, value: undefined, due: '2030-12-31' },
  // 2.2 “Tầm nhìn đến năm 2045”: “… chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu được nâng cao”
  { id: 'xuan-hung-2026/vision-uhc-index', kind: 'qualitative', indicator: 'uhc-service-coverage-index', comparator: undefined, value: undefined, due: '2045-12-31' },
] as const;

describe('xuanHung2026', () => {
  it('validates against PlanSchema', () => {
    const result = PlanSchema.safeParse(xuanHung2026);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('names the plan, its issuer and its parents as the text does', () => {
    expect(xuanHung2026.kind).toBe('plan');
    expect(xuanHung2026.issuer.level).toBe('commune');
    expect(xuanHung2026.period).toEqual({ from: 2026, to: 2030 });
    // “Xuân Hưng, ngày tháng năm 2026”: only the year is filled in; “Số: /KH-UBND” is blank
    expect(xuanHung2026.issued).toBe('2026');
    expect(xuanHung2026.number).toBeUndefined();
    // 166/KH-UBND ngày 31/12/2025, 282/NQ-CP ngày 15/9/2025, 12-CTr/TU ngày 12/11/2025,
    // 72-NQ/TW ngày 09/9/2025
    expect(xuanHung2026.parents.map((parent) => [parent.number, parent.date])).toEqual([
      ['166/KH-UBND', '2025-12-31'],
      ['282/NQ-CP', '2025-09-15'],
      ['12-CTr/TU', '2025-11-12'],
      ['72-NQ/TW', '2025-09-09'],
    ]);
  });

  it('has exactly the targets of the table', () => {
    expect(targets.map((candidate) => candidate.id).sort()).toEqual(TABLE.map((row) => row.id).sort());
  });

  it.each(TABLE)('$id: $kind $comparator $value by $due', (row) => {
    const found = target(row.id);
    expect(found.kind).toBe(row.kind);
    expect(found.indicator).toBe(row.indicator);
    expect(found.due).toBe(row.due);
    const comparator = 'comparator' in found ? found.comparator : undefined;
    const value = 'value' in found ? found.value : undefined;
    expect(comparator).toBe(row.comparator);
    expect(value).toBe(row.value);
    expect(getIndicator(found.indicator), 'indicator is in the catalog').toBeDefined();
  });

  it('leaves “tăng thêm 10%” open, measured from a stated baseline period', () => {
    const found = target('xuan-hung-2026/physical-activity');
    expect(found.kind === 'change' ? found.change : undefined).toBe('unspecified');
    expect(found.baseline).toEqual({ period: '2025' });
  });

  it('keeps the yearly check-up from 2026 to 2030', () => {
    const found = target('xuan-hung-2026/free-checkup-maintain');
    expect(found.kind === 'maintain' ? found.from : undefined).toBe('2026-01-01');
  });

  it('encodes the 2027 milestone as at least 5 doctors at the commune’s one station, sub-stations included', () => {
    // “Trạm y tế có ít nhất 5 bác sĩ”: one station (line 27 of the seed; section 3 “Trạm y tế
    // xã”, line 118), whose sub-stations are parts of it, not units of a share
    const found = target('xuan-hung-2026/station-5-doctors');
    expect(found.area).toBe('vn-ninh-binh/xuan-hung/tram-y-te');
    // the station's area lies below the plan's area
    expect(found.area?.startsWith(`${xuanHung2026.area.id}/`)).toBe(true);
    expect(found.note?.en).toContain('the doctors working at the sub-stations count toward the station’s doctors');
    // no target of the plan counts stations as a share
    expect(targets.filter((candidate) => candidate.kind === 'share').map((candidate) => candidate.id)).toEqual([]);
  });

  it('puts the 2045 vision in an objective of its own', () => {
    const vision = xuanHung2026.objectives.filter((objective) => objective.vision);
    expect(vision.map((objective) => objective.horizon)).toEqual([2045]);
  });

  it('quotes every target and objective verbatim from the seed', () => {
    const seed = readFileSync(seedFile, 'utf8');
    for (const candidate of targets) {
      expect(candidate.text?.vi, candidate.id).toBeDefined();
      expect(seed.includes(candidate.text?.vi ?? '\u0000'), candidate.id).toBe(true);
    }
    for (const objective of xuanHung2026.objectives) {
      expect(seed.includes(objective.text.vi), objective.id).toBe(true);
    }
    expect(xuanHung2026.issuedText !== undefined && seed.includes(xuanHung2026.issuedText)).toBe(true);
    // the seed prints the title as “KẾ HOẠCH” over “Thực hiện Nghị quyết …”
    expect(seed.includes(xuanHung2026.title.vi.replace(/^Kế hoạch thực hiện/, 'Thực hiện'))).toBe(true);
  });
});
