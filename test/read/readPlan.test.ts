/**
 * readPlan on whole documents: the header and frame of the five seed plans, the sections and
 * where targets go, appendix tables, the reporting rhythm, results, repeats, and what the
 * draft does when it does not parse.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/model/parsePlan.js';
import { readPlan } from '../../src/read/readPlan.js';
import type { PlanDraft } from '../../src/read/types.js';
import { seedText } from './measure.js';

const readCaoMinh = (): PlanDraft => readPlan(seedText('000_fd165c55eb47a287.txt'), { id: 'cao-minh-2026' });
const readXuanHung = (): PlanDraft => readPlan(seedText('001_5e7367c98a0b8369.txt'), { id: 'xuan-hung-2026' });
const readThongNhat = (): PlanDraft => readPlan(seedText('002_da0a84197d806a79.txt'), { id: 'thong-nhat-2026' });
const readDistrict = (): PlanDraft => readPlan(seedText('003_05f8f7336718eacd.txt'), { id: 'district-141-2023' });
const readNinhBinh = (): PlanDraft => readPlan(seedText('004_601fc4afb53c578e.txt'), { id: 'ninh-binh-health-2026' });

describe('the header and frame of the seed plans', () => {
  it('Thống Nhất: number and date from the appendix’s “Kèm theo Kế hoạch số 39-KH/ĐU ngày 31 tháng 12 năm 2025”', () => {
    const thongNhat = readThongNhat();
    expect([thongNhat.plan.number, thongNhat.plan.issued, thongNhat.plan.area.name.vi]).toEqual(['39-KH/ĐU', '2025-12-31', 'xã Thống Nhất']);
    expect(thongNhat.plan.issuer).toEqual({ name: { vi: 'Ban Thường vụ Đảng ủy xã' }, level: 'commune' });
    expect(thongNhat.plan.parents?.map((parent) => [parent.number, parent.date])).toEqual([
      ['29-KH/TU', '2025-12-11'],
      ['72-NQ/TW', '2025-09-09'],
    ]);
    expect(thongNhat.plan.period).toEqual({ from: 2026, to: 2030 });
  });

  it('Xuân Hưng: a blank number and a partial date, asked about; parents with their issuers', () => {
    const xuanHung = readXuanHung();
    expect([xuanHung.plan.number, xuanHung.plan.issued, xuanHung.plan.issuedText]).toEqual([undefined, '2026', 'Xuân Hưng, ngày tháng năm 2026']);
    expect(xuanHung.questions.map((q) => q.code)).toEqual(expect.arrayContaining(['PLAN_NUMBER', 'PLAN_DATE']));
    expect(xuanHung.plan.parents?.map((parent) => [parent.number, parent.issuer?.vi])).toEqual([
      ['282/NQ-CP', 'Chính phủ'],
      ['12-CTr/TU', 'Ban Thường vụ Tỉnh ủy Ninh Bình'],
      ['72-NQ/TW', 'Bộ Chính trị'],
      ['166/KH-UBND', 'UBND tỉnh Ninh Bình'],
    ]);
    expect(xuanHung.plan.issuer).toEqual({ name: { vi: 'UBND xã Xuân Hưng' }, level: 'commune' });
  });

  it('Cao Minh: the issuer from the closing sentence, not the parents’ issuers; the plan’s own year', () => {
    const caoMinh = readCaoMinh();
    expect(caoMinh.plan.issuer.name.vi).toBe('Ban Thường vụ Đảng ủy xã Cao Minh');
    expect(caoMinh.plan.area).toEqual({ id: 'xa-cao-minh', name: { vi: 'xã Cao Minh' }, level: 'commune' });
    expect(caoMinh.plan.period).toEqual({ from: 2026, to: 2026 });
    expect(caoMinh.plan.parents?.map((parent) => [parent.number, parent.date])).toEqual([
      ['14-ĐA/TU', '2025-12-10'],
      ['22-KH/TU', '2025-12-30'],
    ]);
  });

  it('district 141: “Số /141 -KH/HU” read as 141-KH/HU; no area named, asked', () => {
    const district = readDistrict();
    expect(district.plan.number).toBe('141-KH/HU');
    expect(district.plan.issuer).toEqual({ name: { vi: 'Ban Thường vụ Huyện ủy' }, level: 'district' });
    expect(district.plan.area.level).toBe('district');
    expect(district.questions.map((q) => q.code)).toContain('PLAN_AREA');
  });

  it('Ninh Bình: a department of a province; the reporting rhythm', () => {
    const thongNhat = readThongNhat();
    const ninhBinh = readNinhBinh();
    expect(ninhBinh.plan.issuer).toEqual({ name: { vi: 'Sở Y tế' }, level: 'department' });
    expect(ninhBinh.plan.area).toEqual({ id: 'tinh-ninh-binh', name: { vi: 'tỉnh Ninh Bình' }, level: 'province' });
    expect(ninhBinh.plan.title.vi).toBe('Thực hiện các nhiệm vụ phát triển kinh tế - xã hội năm 2026');
    expect(ninhBinh.plan.reporting?.map((rule) => [rule.frequency, rule.month, rule.day, rule.before])).toEqual([
      ['quarterly', 3, 10, true],
      ['yearly', 11, 10, true],
    ]);
    expect(thongNhat.plan.reporting?.map((rule) => rule.frequency)).toEqual(['six-monthly', 'yearly']);
  });
});

describe('targets in the document', () => {
  it('Thống Nhất’s contradictions come out as findings of checkPlan', () => {
    const thongNhat = readThongNhat();
    expect(thongNhat.valid).toBe(true);
    const conflicts = thongNhat.findings.filter((finding) => finding.code === 'CONFLICTING_TARGETS');
    expect(conflicts.map((finding) => [finding.severity, ...finding.targets])).toEqual([
      ['error', 'thong-nhat-2026/life-expectancy-2030', 'thong-nhat-2026/life-expectancy-2030-2'],
      ['warning', 'thong-nhat-2026/insured-visits-at-commune-stations-2030', 'thong-nhat-2026/insured-visits-at-commune-stations-2030-2'],
    ]);
  });

  it('an appendix table: the label’s own figures, the target column, the baseline column', () => {
    const thongNhat = readThongNhat();
    const appendix = thongNhat.plan.objectives.find((objective) => objective.id === 'appendix');
    expect(appendix?.horizon).toBe(2030);
    const label = appendix?.targets?.find((target) => target.indicator === 'life-expectancy');
    expect(label).toMatchObject({ comparator: '>=', value: '76.5', due: '2030-12-31', baseline: { value: '76', period: '2021-2025' } });
    const share = appendix?.targets?.find((target) => target.indicator === 'stations-with-doctors');
    expect(share).toMatchObject({ kind: 'share', value: '100', due: '2027-12-31', condition: { comparator: '>=', value: '4' } });
    // “>98” in both columns: the baseline is a bound
    const immunization = thongNhat.drafts.find((draft) => draft.indicator === 'essential-immunization-coverage');
    expect(immunization?.repeats).toEqual([190]);
  });

  it('“ít nhất từ 4 - 5 bác sĩ” is a floor of 4 with 5 as the aim, so a station with 6 doctors meets it', () => {
    const thongNhat = readThongNhat();
    const station = thongNhat.plan.objectives.flatMap((objective) => objective.targets ?? []).find((target) => target.indicator === 'station-doctors');
    expect(station).toMatchObject({ comparator: '>=', value: '4', aim: '5', due: '2027-12-31' });
  });

  it('a target stated twice is one target, with the lines of its repeats; its scope comes from the repeat', () => {
    const ninhBinh = readNinhBinh();
    const doctors = ninhBinh.drafts.find((draft) => draft.indicator === 'doctors-per-10k');
    expect([doctors?.line, doctors?.repeats, doctors?.scope]).toEqual([23, [30], 'bao gồm số bác sỹ làm việc tại Bệnh viện Bạch Mai 2, Việt Đức 2']);
  });

  it('the phasing “(năm 2024 có 07 Trạm Y tế …)” is a count, a milestone of the target it phases', () => {
    const district = readDistrict();
    const counts = district.plan.objectives.flatMap((objective) => objective.targets ?? []).filter((target) => target.kind === 'count');
    expect(counts.map((target) => [target.indicator, target.value, target.due, target.milestoneOf])).toEqual([
      ['stations-treating-insured-count', '7', '2024-12-31', 'district-141-2023/stations-treating-insured-2025'],
      ['communes-meeting-national-criteria-count', '8', '2024-12-31', 'district-141-2023/communes-meeting-national-criteria-2025'],
    ]);
    const kept = district.plan.objectives.flatMap((objective) => objective.targets ?? []).filter((target) => target.kind === 'maintain');
    // “Duy trì” after the 2025 targets: kept from 2026
    expect(kept.map((target) => 'from' in target && target.from)).toEqual(['2026-01-01', '2026-01-01', '2026-01-01']);
  });

  it('every seed draft parses, and the plan is read into objectives from its headings', () => {
    const caoMinh = readCaoMinh();
    const xuanHung = readXuanHung();
    const thongNhat = readThongNhat();
    const district = readDistrict();
    const ninhBinh = readNinhBinh();
    for (const read of [caoMinh, xuanHung, thongNhat, district, ninhBinh]) {
      expect(read.valid).toBe(true);
      expect(() => parsePlan(read.plan)).not.toThrow();
    }
    expect(xuanHung.plan.objectives.map((objective) => [objective.id, objective.kind, objective.horizon, objective.vision ?? false])).toEqual([
      ['general-2030', 'general', 2030, false],
      ['specific-2030', 'specific', 2030, false],
      ['vision-2045', 'specific', 2045, true],
    ]);
    expect(Object.isFrozen(xuanHung.plan)).toBe(true);
  });
});

describe('documents written for the tests', () => {
  it('results become observations of the plan’s area, not targets', () => {
    const read = readPlan(
      [
        'Xã Mẫu, ngày 10 tháng 01 năm 2026',
        'I. KẾT QUẢ THỰC HIỆN NĂM 2025',
        '- Năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%.',
        '- Tỷ lệ hộ dùng nước sạch đạt 90%.',
        'II. MỤC TIÊU NĂM 2026',
        '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
      ].join('\n'),
    );
    expect(read.observations).toEqual([{ indicator: 'health-insurance-coverage', area: 'xa-mau', period: '2025', value: '93.5', source: { vi: 'Năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%' } }]);
    expect(read.plan.objectives.flatMap((objective) => objective.targets ?? []).map((target) => target.id)).toEqual(['plan-draft/health-insurance-coverage-2026']);
    expect(read.questions.map((q) => q.code)).toContain('TARGET_LEFT_OUT');
  });

  it('a target without a catalog indicator is kept out of the plan, and asked about', () => {
    const read = readPlan('I. MỤC TIÊU NĂM 2026\n- Tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.\n- Số bác sĩ/vạn dân: 12.');
    expect(read.drafts.map((draft) => draft.id)).toEqual([undefined, 'plan-draft/doctors-per-10k-2026']);
    expect(read.questions.find((q) => q.code === 'TARGET_LEFT_OUT')?.message.en).toContain('line 2');
  });

  it('a draft that does not parse says why, and has no findings', () => {
    // issued in 2027, a target due in 2026: DUE_BEFORE_ISSUE
    const read = readPlan('Xã Mẫu, ngày 05 tháng 01 năm 2027\nI. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(read.valid).toBe(false);
    expect(read.findings).toEqual([]);
    // the one target (line 3) is due at the end of 2026, before the issue on 5 January 2027: the
    // question names its field and its target, in both languages
    expect(read.questions.filter((q) => q.code === 'PLAN_INVALID')).toEqual([{
      code: 'PLAN_INVALID',
      field: 'objectives[0].targets[0].due',
      target: 'plan-draft/health-insurance-coverage-2026',
      message: {
        en: "The draft does not pass parsePlan yet: objectives[0].targets[0].due: due date 2026-12-31 is before the plan's issue date 2027-01-05",
        vi: 'Bản nháp chưa hợp lệ theo parsePlan: objectives[0].targets[0].due: thời hạn 2026-12-31 trước ngày ban hành kế hoạch 2027-01-05',
      },
    }]);
  });

  it('a draft with many problems asks about the first three, then says how many more', () => {
    // five targets of 2026 in a plan issued in 2027: five DUE_BEFORE_ISSUE problems, 3 asked and 2 counted
    const read = readPlan([
      'Xã Mẫu, ngày 05 tháng 01 năm 2027',
      'I. MỤC TIÊU NĂM 2026',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
      '- Số bác sĩ/vạn dân: 12.',
      '- Số giường bệnh/vạn dân đạt 30.',
      '- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 15,5%.',
      '- Tuổi thọ trung bình đạt 75 tuổi.',
    ].join('\n'));
    expect(read.valid).toBe(false);
    const invalid = read.questions.filter((q) => q.code === 'PLAN_INVALID');
    expect(invalid.map((q) => [q.field, q.target])).toEqual([
      ['objectives[0].targets[0].due', 'plan-draft/health-insurance-coverage-2026'],
      ['objectives[0].targets[1].due', 'plan-draft/doctors-per-10k-2026'],
      ['objectives[0].targets[2].due', 'plan-draft/beds-per-10k-2026'],
      ['plan', undefined],
    ]);
    expect(invalid[3]?.message).toEqual({
      en: 'The draft does not pass parsePlan yet: 2 more problems; parsePlan(draft.plan) names them all.',
      vi: 'Bản nháp chưa hợp lệ theo parsePlan: còn 2 lỗi khác; parsePlan(draft.plan) nêu đủ các lỗi.',
    });
  });

  it('asks about the plan in both languages: a target left out names its line', () => {
    const read = readPlan('I. MỤC TIÊU NĂM 2026\n- Tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.');
    expect(read.questions.find((q) => q.code === 'TARGET_LEFT_OUT')).toEqual({
      code: 'TARGET_LEFT_OUT', field: 'indicator',
      message: { en: 'Kept out of the plan: no indicator (line 2).', vi: 'Chưa đưa vào kế hoạch: chưa xác định chỉ số (dòng 2).' },
    });
    // the period was taken from the heading's year
    expect(read.questions.find((q) => q.code === 'PLAN_PERIOD')?.message).toEqual({
      en: 'The years the plan covers were inferred (2026–2026).',
      vi: 'Giai đoạn của kế hoạch được suy ra (2026–2026).',
    });
  });

  it('a quotation of another document takes its horizon; tasks keep only figures and explicit “toàn bộ”', () => {
    const read = readPlan(
      [
        'I. MỤC TIÊU NĂM 2026',
        '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '- Tổ chức khám sức khỏe định kỳ cho người dân.',
        '- Hoàn thành việc lập hồ sơ sức khỏe điện tử cho toàn bộ người dân.',
        '- Góp phần hoàn thành chỉ tiêu: “đến năm 2030 mỗi trạm y tế có ít nhất 5 bác sĩ”.',
      ].join('\n'),
    );
    expect(read.drafts.map((draft) => [draft.indicator, draft.due])).toEqual([
      ['health-insurance-coverage', '2026-12-31'],
      ['ehr-coverage', '2026-12-31'],
      ['stations-with-doctors', '2030-12-31'],
    ]);
    expect(read.plan.objectives.map((objective) => [objective.id, objective.horizon])).toEqual([
      ['specific-2026', 2026],
      ['tasks', 2030],
    ]);
  });
});
