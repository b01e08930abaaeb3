/**
 * Every target shape, parsed from a sentence of the five source plans (test/fixtures/seeds),
 * quoted verbatim. The expected fields are read off the quoted sentence: the Vietnamese
 * decimal comma becomes '.', “đến hết năm 2026” becomes '2026-12-31'.
 */
import { describe, expect, it } from 'vitest';
import { parseTarget, parsePlan, type Target } from '../../src/model/index.js';

function narrow<K extends Target['kind']>(target: Target, kind: K): Extract<Target, { kind: K }> {
  expect(target.kind).toBe(kind);
  return target as Extract<Target, { kind: K }>;
}

describe('target shapes from the plans', () => {
  it('strict level: Cao Minh 2.4', () => {
    const sentence = '2.4. Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.'; // 000_fd165c55eb47a287.txt
    const target = narrow(
      parseTarget({ id: 'cao-minh/bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31', text: { vi: sentence } }),
      'level',
    );
    // “đạt trên 95%” = strictly above 95; “Đến hết năm 2026” = 2026-12-31
    expect([target.comparator, target.value, target.due]).toEqual(['>', '95', '2026-12-31']);
    expect(target.text?.vi).toBe(sentence);
  });

  it('inclusive level with a decimal comma: Cao Minh 2.2', () => {
    // 000_fd165c55eb47a287.txt: “2.2. Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.” — 17,5 is 17.5
    const target = narrow(parseTarget({ id: 'cao-minh/doctors', indicator: 'doctors-per-10k', comparator: '>=', value: 17.5, due: '2026-12-31' }), 'level');
    expect(target.value).toBe('17.5');
  });

  it('below: Ninh Bình stunting', () => {
    // 004_601fc4afb53c578e.txt: “Tỷ lệ suy dinh dưỡng trẻ em dưới 05 tuổi thể thấp còi giảm còn dưới 15,5%.”
    const target = narrow(parseTarget({ id: 'nb/stunting', indicator: 'stunting-under-5', comparator: '<', value: '15.5', due: '2026-12-31' }), 'level');
    expect([target.comparator, target.value]).toEqual(['<', '15.5']);
  });

  it('floor with an aim: Thống Nhất “ít nhất từ 4 - 5 bác sĩ”', () => {
    // 002_da0a84197d806a79.txt: “… đến năm 2027 có ít nhất từ 4 - 5 bác sĩ.” “ít nhất” (at
    // least) makes 4 a floor, not the bottom of a band: 5 is what the plan aims at.
    const target = narrow(
      parseTarget({ id: 'tn/doctors', indicator: 'station-doctors', comparator: '>=', value: '4', aim: '5', due: '2027-12-31' }),
      'level',
    );
    expect([target.comparator, target.value, target.aim, target.upper, target.due]).toEqual(['>=', '4', '5', undefined, '2027-12-31']);
  });

  it('range: a band with both bounds included', () => {
    // the natural sex ratio at birth, 104–107 boys per 100 girls, as a band target
    const target = narrow(
      parseTarget({ id: 'srb', indicator: 'sex-ratio-at-birth', comparator: 'between', value: '104', upper: '107', due: '2030-12-31' }),
      'level',
    );
    expect([target.comparator, target.value, target.upper]).toEqual(['between', '104', '107']);
  });

  it('change left open: Xuân Hưng “tăng thêm 10%”', () => {
    // 001_5e7367c98a0b8369.txt: “Tỷ lệ người dân thường xuyên tham gia các hoạt động thể chất tăng thêm 10%.”
    // Relative or percentage points is not stated, so change is 'unspecified'.
    const target = narrow(
      parseTarget({ kind: 'change', id: 'xh/active', indicator: 'physical-activity', change: 'unspecified', comparator: '>=', value: '10', due: '2030-12-31', baseline: { period: '2025' } }),
      'change',
    );
    expect([target.change, target.value, target.baseline?.period]).toEqual(['unspecified', '10', '2025']);
  });

  it('absolute change: Thống Nhất “thêm tối thiểu 1,5cm”', () => {
    // 002_da0a84197d806a79.txt: “tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 - 18 tuổi thêm tối thiểu 1,5cm”
    const target = narrow(
      parseTarget({ kind: 'change', id: 'tn/height', indicator: 'mean-height-1-18', change: 'absolute', comparator: '>=', value: '1.5', due: '2030-12-31', baseline: { period: '2021-2025' } }),
      'change',
    );
    expect([target.change, target.comparator, target.value]).toEqual(['absolute', '>=', '1.5']);
  });

  it('maintain: district plan “Duy trì 100%”', () => {
    // 003_05f8f7336718eacd.txt: “- Duy trì 100% Trạm y tế xã tham gia khám chữa bệnh Bảo hiểm y tế.”
    const target = narrow(
      parseTarget({ kind: 'maintain', id: 'h/insured-stations', indicator: 'stations-treating-insured', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' }),
      'maintain',
    );
    expect([target.value, target.from, target.due]).toEqual(['100', '2026-01-01', '2030-12-31']);
  });

  it('from a start year: Xuân Hưng “Từ năm 2026 … ít nhất mỗi năm 1 lần”', () => {
    // 001_5e7367c98a0b8369.txt: “Từ năm 2026, người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần”
    // Every year from 2026: a maintain target from 2026-01-01 to the plan's horizon 2030.
    const target = narrow(
      parseTarget({ kind: 'maintain', id: 'xh/checkup', indicator: 'free-checkup-coverage', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' }),
      'maintain',
    );
    expect(target.from).toBe('2026-01-01');
  });

  it('share of units: Cao Minh 2.3', () => {
    // 000_fd165c55eb47a287.txt: “2.3. Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.”
    const target = narrow(
      parseTarget({
        kind: 'share', id: 'cao-minh/four-doctors', indicator: 'stations-with-4-doctors', due: '2026-12-31',
        units: { vi: 'Trạm y tế', en: 'commune health stations' },
        condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
        comparator: '>=', value: '100',
      }),
      'share',
    );
    // “tối thiểu 4” = at least 4 per station; “100%” of stations
    expect([target.condition.comparator, target.condition.value, target.comparator, target.value]).toEqual(['>=', '4', '>=', '100']);
  });

  it('count, as a milestone: district plan “năm 2024 có 07 Trạm Y tế”', () => {
    // 003_05f8f7336718eacd.txt: “phấn đấu đến năm 2025 có 100% Trạm Y tế xã thực hiện khám chữa bệnh Bảo hiểm y tế
    // (năm 2024 có 07 Trạm Y tế, năm 2025 các Trạm Y tế còn lại đạt tiêu chí).”
    const plan = parsePlan({
      id: 'h', kind: 'plan', number: '141-KH/HU', title: { vi: 'Kế hoạch 141-KH/HU' }, issued: '2023',
      issuer: { name: { vi: 'Ban Thường vụ Huyện ủy' }, level: 'district' },
      area: { id: 'huyen', name: { vi: 'huyện' }, level: 'district' }, period: { from: 2023, to: 2030 },
      objectives: [{ id: 'o2025', kind: 'specific', horizon: 2025, text: { vi: 'Đến năm 2025' }, targets: [
        { kind: 'count', id: 'h/stations-2024', indicator: 'stations-treating-insured', comparator: '>=', value: '07', due: '2024-12-31', milestoneOf: 'h/stations-2025', aspirational: true },
        { id: 'h/stations-2025', indicator: 'stations-treating-insured-share', comparator: '>=', value: '100', due: '2025-12-31', aspirational: true },
      ] }],
    });
    const count = narrow(plan.objectives[0]?.targets[0] as Target, 'count');
    expect([count.value, count.milestoneOf]).toEqual(['07', 'h/stations-2025']);
  });

  it('yes/no: Ninh Bình “Không để dịch bệnh lớn xảy ra”', () => {
    // 004_601fc4afb53c578e.txt: “- Không để dịch bệnh lớn xảy ra trên địa bàn tỉnh.” — a major epidemic: expected no
    const target = narrow(parseTarget({ kind: 'boolean', id: 'nb/epidemic', indicator: 'major-epidemic', expected: false, due: '2026-12-31' }), 'boolean');
    expect(target.expected).toBe(false);
  });

  it('qualitative: Thống Nhất vision 2045', () => {
    const sentence =
      'Hệ thống y tế hiện đại, công bằng, hiệu quả, bền vững, lấy phòng bệnh làm ưu tiên hàng đầu, đáp ứng yêu cầu chăm sóc sức khỏe ngày càng cao và đa dạng của nhân dân.'; // 002_da0a84197d806a79.txt, “b) Tầm nhìn đến năm 2045”
    const target = narrow(parseTarget({ kind: 'qualitative', id: 'tn/system-2045', indicator: 'health-system', due: '2045-12-31', text: { vi: sentence } }), 'qualitative');
    expect(target.text.vi).toBe(sentence);
  });

  it('baseline given as a bound: Thống Nhất appendix row 4 “>98”', () => {
    // 002_da0a84197d806a79.txt appendix: “4	Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu	%	>98	>98”
    const target = narrow(
      parseTarget({ id: 'tn/immunization', indicator: 'essential-immunization-coverage', comparator: '>', value: '98', due: '2030-12-31', baseline: { comparator: '>', value: '98', period: '2021-2025' } }),
      'level',
    );
    expect(target.baseline).toEqual({ comparator: '>', value: '98', period: '2021-2025' });
  });
});
