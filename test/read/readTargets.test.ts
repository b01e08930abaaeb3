/**
 * What readTargets understands, sentence by sentence: comparators, numbers, multipliers and
 * units, dates, indicators and their abbreviations, changes, ranges, shares, scopes, results,
 * yes/no and qualitative aims, and the spans it reports. The sentences are written for the
 * tests in the plans' style; sentences quoted from published plans are in corpus.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';

const DUE = { due: '2030-12-31' } as const;

function one(text: string, options: { due?: string } = DUE): TargetDraft {
  const drafts = readTargets(text, options);
  expect(drafts, `one draft from “${text}”`).toHaveLength(1);
  return drafts[0] as TargetDraft;
}

function codes(draft: TargetDraft): string[] {
  return draft.questions.map((q) => q.code);
}

describe('comparators', () => {
  it.each([
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.', '>'],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế tối thiểu 95% dân số.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt ít nhất 95%.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế không dưới 95%.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt ≥ 95%.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt $\\geq 95\\%$.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế >95%.', '>'],
    ['Tỷ lệ bao phủ bảo hiểm y tế từ 95% trở lên.', '>='],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi dưới 15%.', '<'],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi giảm xuống dưới 15%.', '<'],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi còn 15%.', '<='],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi giảm xuống 15%.', '<='],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi không quá 15%.', '<='],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi không vượt quá 15%.', '<='],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi tối đa 15%.', '<='],
  ])('%s → %s', (text, comparator) => {
    expect(one(text).comparator).toBe(comparator);
  });

  it('a figure standing alone takes the direction of its indicator, and asks', () => {
    const doctors = one('Số bác sĩ/vạn dân: 17,5.');
    expect([doctors.comparator, doctors.value, doctors.per]).toEqual(['>=', '17.5', 10000]);
    expect(codes(doctors)).toContain('COMPARATOR_ASSUMED');
    const stunting = one('Tỷ lệ suy dinh dưỡng thể thấp còi: 15,5%.');
    expect(stunting.comparator).toBe('<=');
    expect(codes(stunting)).toContain('COMPARATOR_ASSUMED');
    // “đạt” says “reach”: ≥, without a question
    expect(codes(one('Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.'))).not.toContain('COMPARATOR_ASSUMED');
  });

  it('“duy trì” keeps a level', () => {
    const kept = one('Duy trì 100% xã đạt Bộ tiêu chí quốc gia về y tế.');
    expect([kept.targetKind, kept.indicator, kept.comparator, kept.value]).toEqual(['maintain', 'communes-meeting-national-criteria', '>=', '100']);
  });

  it('ranges: “4 - 5” and “từ 4 đến 5” are ranges, “ít nhất từ 4 - 5” a floor of 4', () => {
    // a share's per-unit condition cannot hold a range: its floor, and a question
    const share = one('Đến năm 2027, mỗi trạm có từ 4 đến 5 bác sĩ làm việc.');
    expect([share.targetKind, share.condition?.comparator, share.condition?.value]).toEqual(['share', '>=', '4']);
    expect(codes(share)).toContain('RANGE_FLOOR');
    const floor = one('Đến năm 2027 có ít nhất từ 4 - 5 bác sĩ tại trạm.');
    expect([floor.indicator, floor.comparator, floor.value, floor.upper]).toEqual(['station-doctors', '>=', '4', '5']);
    expect(codes(floor)).toContain('RANGE_FLOOR');
    const plain = one('Đến năm 2027 có 4 - 5 bác sĩ tại trạm.');
    expect([plain.comparator, plain.value, plain.upper]).toEqual(['between', '4', '5']);
  });
});

describe('numbers, multipliers and units', () => {
  it.each([
    ['Có 1.234 bác sĩ tại trạm.', '1234'],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95,15%.', '95.15'],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95 ,15%.', '95.15'],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95.3%.', '95.3'],
    ['Số bác sĩ trên 10.000 dân đạt 1.234,5.', '1234.5'],
    ['Tỷ lệ suy dinh dưỡng thể thấp còi giảm còn 05%.', '5'],
  ])('%s → %s', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it.each([
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', 100],
    ['Tỷ suất chết trẻ em dưới 1 tuổi giảm còn 12‰.', 1000],
    ['Tỷ suất chết trẻ em dưới 1 tuổi giảm còn 12%0.', 1000],
    ['Số bác sĩ/vạn dân đạt 19.', 10000],
    ['Số bác sĩ trên 10.000 dân đạt 19.', 10000],
    ['Số bác sĩ trên 10. 000 dân đạt 19.', 10000],
    ['Đạt 19 bác sĩ trên 1 vạn dân.', 10000],
    ['Số bác sĩ/1 vạn dân: 11,5 bác sĩ.', 10000],
    ['Tỷ số tử vong mẹ giảm còn 46/100.000 trẻ đẻ sống.', 100000],
    ['Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái.', 100],
  ])('%s → per %d', (text, per) => {
    expect(one(text).per).toBe(per);
  });

  it.each([
    ['Đạt 19 bác sĩ trên 1 vạn dân.', 'bác sĩ'],
    ['Đạt 35 giường bệnh trên 1 vạn dân.', 'giường bệnh'],
    ['Năm 2024 có 07 trạm y tế thực hiện khám chữa bệnh bảo hiểm y tế.', 'trạm'],
    ['Tuổi thọ trung bình đạt 75,5 tuổi.', 'tuổi'],
    ['Số năm sống khỏe mạnh đạt tối thiểu 68 năm.', 'năm'],
    ['Chiều cao trung bình của trẻ em tăng thêm tối thiểu 1,5cm.', 'cm'],
  ])('%s → unit %s', (text, unit) => {
    expect(one(text).unit).toBe(unit);
  });

  it('ages, frequencies, ordinals, document numbers and counts of tasks are not figures', () => {
    expect(readTargets('Trẻ em dưới 5 tuổi và thanh thiếu niên từ 1 - 18 tuổi được khám sức khỏe ít nhất 1 lần.')).toEqual([]);
    expect(readTargets('Thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị và 04 chỉ tiêu được giao.')).toEqual([]);
    expect(readTargets('Không khuyến khích sinh con thứ 3; mô hình chính quyền địa phương 2 cấp; định kỳ 06 tháng.')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['Năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', '2026-12-31'],
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 98%.', '2030-12-31'],
    ['Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', '2026-12-31'],
    ['Đến cuối năm 2020, tỷ lệ bao phủ bảo hiểm y tế đạt 90%.', '2020-12-31'],
    ['Giai đoạn 2026 - 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 98%.', '2030-12-31'],
    ['Đến ngày 30/6/2027, tỷ lệ bao phủ bảo hiểm y tế đạt 96%.', '2027-06-30'],
    ['Trước năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 98%.', '2029-12-31'],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2025 và 98% vào năm 2030.', '2025-12-31'],
  ])('%s → %s', (text, due) => {
    expect(readTargets(text)[0]?.due).toBe(due);
  });

  it('“từ năm 2030” gives a first day; the due date then comes from the options, or is asked', () => {
    const from = one('Từ năm 2028, tỷ lệ bao phủ bảo hiểm y tế đạt 100%.');
    expect([from.from, from.due]).toEqual(['2028-01-01', '2030-12-31']);
    const asked = one('Từ năm 2028, tỷ lệ bao phủ bảo hiểm y tế đạt 100%.', {});
    expect(asked.due).toBeUndefined();
    expect(codes(asked)).toContain('DUE_MISSING');
  });

  it('each figure keeps its own date; the date of a document is not a due date', () => {
    const [a, b] = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2025 và 98% vào năm 2030.');
    expect([a?.due, b?.due, b?.indicator]).toEqual(['2025-12-31', '2030-12-31', 'health-insurance-coverage']);
    const documented = one('Theo Kế hoạch số 29-KH/TU ngày 11/12/2025, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', {});
    expect(documented.due).toBeUndefined();
  });
});

describe('indicators', () => {
  it.each([
    ['Tỷ lệ người dân tham gia BHYT đạt 95%.', 'health-insurance-coverage'],
    ['Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong TCMR đạt 95%.', 'tcmr-full-immunization-under-1'],
    ['Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt trên 95%.', 'essential-immunization-coverage'],
    ['Tăng tỷ lệ KCB BHYT tại trạm y tế xã lên trên 20%.', 'insured-visits-at-commune-stations'],
    ['Tỷ lệ người dân được lập hồ sơ sức khoẻ điện tử: 40%.', 'ehr-coverage'],
    ['Tỉ số giới tính khi sinh dưới 110 bé trai/100 bé gái.', 'sex-ratio-at-birth'],
  ])('%s → %s', (text, indicator) => {
    expect(one(text).indicator).toBe(indicator);
  });

  it('no catalog indicator: absent, and asked', () => {
    const unknown = one('Tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.');
    expect(unknown.indicator).toBeUndefined();
    expect(codes(unknown)).toContain('INDICATOR_UNKNOWN');
    expect(unknown.confidence).toBeLessThan(0.7);
  });

  it('the words name an indicator whose unit does not fit the figure: absent, and the question says so', () => {
    // doctors per 10 000 named, but the figure is a percentage (a change of 5% would fit: relative)
    const level = one('Số bác sĩ/vạn dân đạt 95%.');
    expect(level.indicator).toBeUndefined();
    expect(level.questions.find((q) => q.code === 'INDICATOR_UNKNOWN')?.message.en).toContain('doctors-per-10k');
    expect(one('Số bác sĩ/vạn dân tăng 5% so với năm 2025.')).toMatchObject({ indicator: 'doctors-per-10k', change: 'relative' });
  });
});

describe('changes', () => {
  it('“tăng thêm 10%” of a percentage is unspecified, and asked', () => {
    const active = one('Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%.');
    expect([active.targetKind, active.change, active.comparator, active.value]).toEqual(['change', 'unspecified', '>=', '10']);
    expect(codes(active)).toEqual(expect.arrayContaining(['CHANGE_TYPE', 'BASELINE_MISSING']));
    expect(active.questions.find((q) => q.code === 'CHANGE_TYPE')?.field).toBe('change');
  });

  it('asks in both languages, each writing the figure its own way (1.5 / 1,5)', () => {
    const change = one('Tỷ lệ bao phủ bảo hiểm y tế tăng thêm 1,5% so với năm 2025.');
    expect(change.questions.find((q) => q.code === 'CHANGE_TYPE')?.message).toEqual({
      en: 'Is the change of 1.5% in percentage points or in percent of the baseline? The plan does not say.',
      vi: 'Mức thay đổi 1,5% là điểm phần trăm hay phần trăm so với mức gốc? Kế hoạch không nói rõ.',
    });
    const floor = one('Tỷ lệ bao phủ bảo hiểm y tế ít nhất từ 90 - 95,5% vào năm 2026.');
    expect(floor.questions.find((q) => q.code === 'RANGE_FLOOR')?.message).toEqual({
      en: '“At least from 90 - 95.5”: read as a floor of the lower figure, the upper recorded as an aspiration. Is that right?',
      vi: '“Ít nhất từ 90 - 95,5”: đã đọc là mức tối thiểu bằng số nhỏ, số lớn ghi nhận là mức phấn đấu. Có đúng không?',
    });
  });

  it('a change in the unit of the indicator is absolute; in points is points; of a count, in percent, relative', () => {
    expect(one('Chiều cao trung bình của trẻ em tăng thêm tối thiểu 1,5cm so với năm 2025.')).toMatchObject({ change: 'absolute', value: '1.5', baseline: { period: '2025' } });
    expect(one('Tỷ lệ bao phủ bảo hiểm y tế tăng 2 điểm phần trăm so với năm 2025.')).toMatchObject({ change: 'points', value: '2', comparator: '>=' });
    expect(one('Số ca mắc sốt xuất huyết giảm 20% so với năm 2025.')).toMatchObject({ change: 'relative', value: '-20', comparator: '<=' });
  });

  it('“tăng … lên”, “giảm … còn” set a level, not a change', () => {
    expect(one('Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã lên 20%.').targetKind).toBe('level');
    expect(one('Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống còn 14%.').targetKind).toBe('level');
  });
});

describe('several targets in one sentence', () => {
  it('“đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân”', () => {
    const drafts = readTargets('Đến năm 2030, đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân.');
    expect(drafts.map((d) => [d.indicator, d.value, d.per])).toEqual([
      ['beds-per-10k', '35', 10000],
      ['doctors-per-10k', '19', 10000],
    ]);
  });

  it('“thể thấp còi xuống 29,5%, thể gầy còm xuống dưới 5,2%”', () => {
    const [stunting, wasting] = readTargets('Tỷ lệ suy dinh dưỡng thể thấp còi xuống 29,5%, thể gầy còm xuống dưới 5,2%.', DUE);
    expect([stunting?.indicator, stunting?.comparator, stunting?.value]).toEqual(['stunting-under-5', '<=', '29.5']);
    // wasting is not in the catalog: the second figure is not given stunting's indicator
    expect([wasting?.indicator, wasting?.comparator, wasting?.value]).toEqual([undefined, '<', '5.2']);
  });

  it('“tuổi thọ trung bình đạt 75,5 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm”', () => {
    const drafts = readTargets('Tuổi thọ trung bình đạt 75,5 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm.', DUE);
    expect(drafts.map((d) => [d.indicator, d.comparator, d.value, d.unit])).toEqual([
      ['life-expectancy', '>=', '75.5', 'tuổi'],
      ['healthy-life-expectancy', '>=', '68', 'năm'],
    ]);
  });
});

describe('lists', () => {
  it('“80% năm 2026, 90% năm 2027 và 100% năm 2028”: one indicator, a comparator and a date each', () => {
    const drafts = readTargets('Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 80% năm 2026, 90% năm 2027 và 100% năm 2028.');
    expect(drafts.map((d) => [d.indicator, d.comparator, d.value, d.due, d.text])).toEqual([
      ['ehr-coverage', '>=', '80', '2026-12-31', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 80% năm 2026'],
      ['ehr-coverage', '>=', '90', '2027-12-31', '90% năm 2027'],
      ['ehr-coverage', '>=', '100', '2028-12-31', '100% năm 2028'],
    ]);
    expect(drafts.flatMap((d) => d.questions.map((q) => q.code))).toEqual([]);
  });

  it('a range with its sign twice is one range: “từ 90% đến 95%”', () => {
    expect(one('Tỷ lệ tiêm chủng mở rộng đạt từ 90% đến 95%.')).toMatchObject({ comparator: 'between', value: '90', upper: '95', per: 100 });
  });

  it('a list of counts per 10 000 does not give doctors’ indicator to pharmacists', () => {
    const drafts = readTargets('Đến năm 2030, có 19 bác sĩ/10.000 dân, 3 dược sĩ đại học/10.000 dân và 33 điều dưỡng/10.000 dân.');
    expect(drafts.map((d) => [d.indicator, d.value, d.unit, d.per])).toEqual([
      ['doctors-per-10k', '19', 'bác sĩ', 10000],
      [undefined, '3', 'dược sĩ đại học', 10000],
      [undefined, '33', 'điều dưỡng', 10000],
    ]);
  });
});

describe('shares of units', () => {
  it('“100% Trạm y tế có tối thiểu 4 bác sĩ”: each station ≥ 4 doctors, all stations', () => {
    const share = one('Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.');
    expect(share).toMatchObject({ targetKind: 'share', indicator: 'stations-with-doctors', comparator: '>=', value: '100', units: 'trạm y tế' });
    expect(share.condition).toEqual({ indicator: 'station-doctors', comparator: '>=', value: '4' });
  });

  it('“mỗi trạm y tế có ít nhất một bác sĩ (kể cả bác sĩ cơ hữu)” with its scope', () => {
    const share = one('Đến năm 2030, mỗi trạm y tế có ít nhất một bác sĩ (kể cả bác sĩ cơ hữu).');
    expect(share).toMatchObject({ targetKind: 'share', value: '100', condition: { value: '1' }, scope: 'kể cả bác sĩ cơ hữu' });
  });

  it('without a quantity of units there is no share: a level of what each unit has', () => {
    const level = one('Đến năm 2027, trạm y tế có ít nhất 5 bác sĩ.');
    expect(level).toMatchObject({ targetKind: 'level', indicator: 'station-doctors', comparator: '>=', value: '5', unit: 'bác sĩ', due: '2027-12-31' });
  });
});

describe('scope, aspiration, results, yes/no and aims without a figure', () => {
  it('“toàn quốc … miền núi đạt 80%”: the second figure is for the named area', () => {
    const [all, mountain] = readTargets('Tỷ lệ tiêm chủng các vắc xin trong Chương trình tiêm chủng mở rộng toàn quốc đạt 90%, miền núi đạt 80%.', DUE);
    expect([all?.value, mountain?.value, mountain?.indicator, mountain?.scope]).toEqual(['90', '80', 'essential-immunization-coverage', 'miền núi']);
  });

  it('“phấn đấu” (and its misspelling “phần đầu”) is aspirational', () => {
    expect(one('Phấn đấu đến năm 2030 tỷ lệ bao phủ bảo hiểm y tế đạt 98%.').aspirational).toBe(true);
    expect(one('Phần đầu 100% xã đạt tiêu chí quốc gia về y tế.').aspirational).toBe(true);
    expect(one('Tỷ lệ bao phủ bảo hiểm y tế đạt 98%.').aspirational).toBe(false);
  });

  it.each([
    'Năm 2025 tỷ lệ bao phủ bảo hiểm y tế ước đạt 95,15%.',
    'Kết quả năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 95,15%.',
    'Năm 2025 tỷ lệ bao phủ bảo hiểm y tế đã đạt 95,15%.',
  ])('a figure reported as achieved is a result: %s', (text) => {
    const result = one(text, {});
    expect([result.kind, result.indicator, result.value, result.due]).toEqual(['result', 'health-insurance-coverage', '95.15', '2025-12-31']);
  });

  it('a result beside a target, in parentheses, is a result of the same indicator', () => {
    const [target, result] = readTargets('Tỷ lệ người dân hài lòng với dịch vụ y tế đạt trên 90% (năm 2025 ước đạt 88%).', DUE);
    expect([target?.kind, target?.comparator, target?.value, target?.due]).toEqual(['target', '>', '90', '2030-12-31']);
    expect([result?.kind, result?.indicator, result?.value, result?.due]).toEqual(['result', 'patient-satisfaction', '88', '2025-12-31']);
  });

  it('“không để dịch bệnh lớn xảy ra” expects no', () => {
    expect(one('Không để dịch bệnh lớn xảy ra trên địa bàn.')).toMatchObject({ targetKind: 'boolean', indicator: 'major-epidemic', expected: false });
  });

  it('an aim the catalog calls qualitative, and one without a figure, are qualitative; “người dân được …” is everyone, asked', () => {
    expect(one('Đến năm 2030, người dân được miễn viện phí ở mức cơ bản.')).toMatchObject({ targetKind: 'qualitative', indicator: 'hospital-fee-exemption' });
    const universal = one('Đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân.');
    expect(universal).toMatchObject({ targetKind: 'qualitative', indicator: 'health-insurance-coverage' });
    expect(codes(universal)).toContain('NO_THRESHOLD');
    const everyone = one('Năm 2026, người dân được khám sức khỏe định kỳ ít nhất 1 lần/năm.');
    expect(everyone).toMatchObject({ targetKind: 'level', indicator: 'free-checkup-coverage', comparator: '>=', value: '100', due: '2026-12-31' });
    expect(codes(everyone)).toContain('VALUE_ASSUMED');
    const yearly = one('Từ năm 2026, người dân được khám sức khỏe định kỳ ít nhất mỗi năm 1 lần.');
    expect(yearly).toMatchObject({ targetKind: 'maintain', from: '2026-01-01', due: '2030-12-31' });
  });
});

describe('spans', () => {
  it('each draft spans its own words, verbatim, with its line', () => {
    const text = 'MỤC TIÊU\n- Đến năm 2030, đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân.\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 98%.';
    const drafts = readTargets(text, DUE);
    expect(drafts.map((d) => [d.line, d.text])).toEqual([
      [2, 'Đến năm 2030, đạt 35 giường bệnh'],
      [2, '19 bác sĩ trên 1 vạn dân'],
      [3, 'Tỷ lệ bao phủ bảo hiểm y tế đạt 98%'],
    ]);
    for (const draft of drafts) expect(text.slice(draft.start, draft.end)).toBe(draft.text);
  });

  it('reads NFD text (decomposed diacritics) as NFC, with offsets into the text given', () => {
    const nfc = 'Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.';
    const nfd = nfc.normalize('NFD');
    const [a] = readTargets(nfc);
    const [b] = readTargets(nfd);
    expect([b?.indicator, b?.comparator, b?.value, b?.due]).toEqual([a?.indicator, a?.comparator, a?.value, a?.due]);
    expect(nfd.slice(b?.start, b?.end)).toBe(b?.text);
    expect(b?.text.normalize('NFC')).toBe(a?.text);
  });

  it('returns plain frozen data', () => {
    const drafts = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt 98%.', DUE);
    expect(Object.isFrozen(drafts)).toBe(true);
    expect(Object.isFrozen(drafts[0])).toBe(true);
    expect(Object.isFrozen(drafts[0]?.questions)).toBe(true);
    expect(JSON.parse(JSON.stringify(drafts))).toEqual(drafts);
  });
});
