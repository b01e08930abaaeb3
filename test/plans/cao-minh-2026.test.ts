import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFile as locateSeed, targetFinder } from './support.js';
import { getIndicator } from '../../src/catalog/index.js';
import { PlanSchema } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { caoMinh2026 } from '../../src/plans/cao-minh-2026.js';

const { path: seedFile } = locateSeed('000_fd165c55eb47a287.txt');

const targets: Target[] = caoMinh2026.objectives.flatMap((objective) => objective.targets);
const target = targetFinder(caoMinh2026);

// Expected values are the plan's own figures (seed 000, section II.2 “Mục tiêu cụ thể năm
// 2026”); “Đến hết năm 2026” is 2026-12-31, and 2.6, which has no date of its own, falls under
// the 2026 heading.
const TABLE = [
  // 2.1 “Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.” (bare figure read as a floor)
  { id: 'cao-minh-2026/beds', kind: 'level', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' },
  // 2.2 “Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.”
  { id: 'cao-minh-2026/doctors', kind: 'level', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
  // 2.3 “Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.” (share ≥ 100 of stations with ≥ 4)
  { id: 'cao-minh-2026/stations-4-doctors', kind: 'share', indicator: 'stations-with-doctors', comparator: '>=', value: '100', due: '2026-12-31' },
  // 2.4 “… tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.” (“trên” is strict)
  { id: 'cao-minh-2026/insurance', kind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' },
  // 2.5 “Năm 2026, phần đầu người dân được khám … ít nhất 1 lần” (everyone: 100%)
  { id: 'cao-minh-2026/free-checkup', kind: 'level', indicator: 'free-checkup-coverage', comparator: '>=', value: '100', due: '2026-12-31' },
  // 2.5 “… được lập sổ sức khỏe điện tử quản lý theo vòng đời” (everyone: 100%)
  { id: 'cao-minh-2026/ehr', kind: 'level', indicator: 'ehr-coverage', comparator: '>=', value: '100', due: '2026-12-31' },
  // 2.6 “Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm y tế cấp xã lên 20%.”
  { id: 'cao-minh-2026/insured-visits', kind: 'level', indicator: 'insured-visits-at-commune-stations', comparator: '>=', value: '20', due: '2026-12-31' },
] as const;

describe('caoMinh2026', () => {
  it('validates against PlanSchema', () => {
    const result = PlanSchema.safeParse(caoMinh2026);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('names the plan, its issuer and its parents as the text does', () => {
    expect(caoMinh2026.kind).toBe('plan');
    expect(caoMinh2026.issuer.level).toBe('commune');
    expect(caoMinh2026.area.level).toBe('commune');
    expect(caoMinh2026.period).toEqual({ from: 2026, to: 2026 });
    // “Đề án số 14-ĐA/TU, ngày 10/12/2025”, “Kế hoạch số 22-KH/TU, ngày 30/12/2025”
    expect(caoMinh2026.parents.map((parent) => [parent.number, parent.date])).toEqual([
      ['14-ĐA/TU', '2025-12-10'],
      ['22-KH/TU', '2025-12-30'],
    ]);
    // the text has no number and no date line
    expect(caoMinh2026.number).toBeUndefined();
    expect(caoMinh2026.issued).toBeUndefined();
  });

  it('has exactly the targets of the table', () => {
    expect(targets.map((candidate) => candidate.id).sort()).toEqual(TABLE.map((row) => row.id).sort());
  });

  it.each(TABLE)('$id: $comparator $value by $due', (row) => {
    const found = target(row.id);
    expect(found.kind).toBe(row.kind);
    expect(found.indicator).toBe(row.indicator);
    expect(found.due).toBe(row.due);
    if (found.kind === 'level' || found.kind === 'share') {
      expect(found.comparator).toBe(row.comparator);
      expect(found.value).toBe(row.value);
    }
    expect(getIndicator(found.indicator), 'indicator is in the catalog').toBeDefined();
  });

  it('encodes 2.3 as a share of stations with at least 4 doctors', () => {
    const found = target('cao-minh-2026/stations-4-doctors');
    expect(found.kind === 'share' ? found.condition : undefined).toEqual({ indicator: 'station-doctors', comparator: '>=', value: '4' });
  });

  it('marks the “phấn đấu” (written “phần đầu”) targets of 2.5 aspirational, and only those', () => {
    const aspirational = targets.filter((candidate) => candidate.aspirational === true).map((candidate) => candidate.id);
    expect(aspirational.sort()).toEqual(['cao-minh-2026/ehr', 'cao-minh-2026/free-checkup']);
  });

  it('sets the beds and doctors targets, the province’s figures restated, on the province’s area', () => {
    // 2.1 “số giường bệnh/vạn dân: 49,2” and 2.2 “số bác sĩ/vạn dân: 17,5” are Thái Nguyên's
    // figures (scheme 14-ĐA/TU), not the commune's: its area is the plan area's parent
    expect(caoMinh2026.area).toMatchObject({ id: 'vn-thai-nguyen/cao-minh', parent: 'vn-thai-nguyen' });
    const onArea = targets.filter((candidate) => candidate.area !== undefined).map((candidate) => [candidate.id, candidate.area]);
    expect(onArea).toEqual([
      ['cao-minh-2026/beds', 'vn-thai-nguyen'],
      ['cao-minh-2026/doctors', 'vn-thai-nguyen'],
    ]);
    // the note says why, and that a commune station's beds are outside the official series
    for (const id of ['cao-minh-2026/beds', 'cao-minh-2026/doctors']) {
      expect(target(id).note?.en, id).toContain('restated in the commune’s plan');
      expect(target(id).note?.vi, id).toContain('giường của trạm y tế xã nằm ngoài chuỗi giường bệnh chính thức');
    }
  });

  it('quotes every target and objective verbatim from the seed', () => {
    const seed = readFileSync(seedFile, 'utf8');
    for (const candidate of targets) {
      expect(candidate.text?.vi, candidate.id).toBeDefined();
      expect(seed.includes(candidate.text?.vi ?? '\u0000'), candidate.id).toBe(true);
    }
    for (const objective of caoMinh2026.objectives) {
      expect(seed.includes(objective.text.vi), objective.id).toBe(true);
    }
    expect(seed.includes(caoMinh2026.title.vi)).toBe(true);
  });
});
