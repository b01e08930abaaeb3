/**
 * The reader's messages (src/read/messages/en.ts, vi.ts, index.ts) word for word in both
 * languages, each produced by an input that reaches it: a sentence that names two indicators
 * equally (INDICATOR_AMBIGUOUS), a draft with exactly one problem past the three shown
 * (PLAN_INVALID, singular), the wording of a problem code the table does not word (PROBLEM), a
 * figure whose words name no catalog indicator or one whose unit does not fit (INDICATOR_UNKNOWN),
 * an approximate figure (APPROXIMATE), a result with no catalog indicator (TARGET_LEFT_OUT), a
 * plan without a title, number, full date or area (PLAN_TITLE, PLAN_NUMBER, PLAN_DATE, PLAN_AREA),
 * “người dân được …” read as everyone (VALUE_ASSUMED), “tăng thêm 10%” without a baseline year
 * (BASELINE_MISSING) and an aim without a figure (NO_THRESHOLD).
 * The expected texts are those of the message files, checked against what the input says: the
 * indicators' catalog ids in the order the sentence names them, the count of problems by hand.
 */
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/errors.js';
import { PROBLEM } from '../../src/read/messages/index.js';
import { readPlan } from '../../src/read/readPlan.js';
import { readTargets } from '../../src/read/readTargets.js';

describe('INDICATOR_AMBIGUOUS', () => {
  it.each([
    // “khám sức khỏe định kỳ” (free-checkup-coverage) and “sổ sức khỏe điện tử” (ehr-coverage): five words each, same rank
    ['Tỷ lệ người dân được khám sức khỏe định kỳ và có sổ sức khỏe điện tử đạt 100%.', 'free-checkup-coverage', 'ehr-coverage'],
    ['Tỷ lệ người dân có sổ sức khỏe điện tử và được khám sức khỏe định kỳ đạt 100%.', 'ehr-coverage', 'free-checkup-coverage'],
  ])('%s', (sentence, first, second) => {
    const [draft] = readTargets(sentence);
    expect(draft?.indicator).toBeUndefined();
    expect(draft?.questions.find((q) => q.code === 'INDICATOR_AMBIGUOUS')).toEqual({
      code: 'INDICATOR_AMBIGUOUS',
      field: 'indicator',
      message: {
        en: `Which indicator is this: ${first} or ${second}? The words fit both equally.`,
        vi: `Đây là chỉ số nào: ${first} hay ${second}? Câu chữ phù hợp với cả hai như nhau.`,
      },
    });
  });
});

describe('PLAN_INVALID', () => {
  it('four problems: three asked, “1 more problem”', () => {
    // four targets of 2026 in a plan issued on 5 January 2027: four due dates before the issue
    const read = readPlan([
      'Xã Mẫu, ngày 05 tháng 01 năm 2027',
      'I. MỤC TIÊU NĂM 2026',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
      '- Số bác sĩ/vạn dân: 12.',
      '- Số giường bệnh/vạn dân đạt 30.',
      '- Tuổi thọ trung bình đạt 75 tuổi.',
    ].join('\n'));
    const invalid = read.questions.filter((q) => q.code === 'PLAN_INVALID');
    expect(invalid.map((q) => q.field)).toEqual(['objectives[0].targets[0].due', 'objectives[0].targets[1].due', 'objectives[0].targets[2].due', 'plan']);
    expect(invalid[3]?.message).toEqual({
      en: 'The draft does not pass parsePlan yet: 1 more problem; parsePlan(draft.plan) names them all.',
      vi: 'Bản nháp chưa hợp lệ theo parsePlan: còn 1 lỗi khác; parsePlan(draft.plan) nêu đủ các lỗi.',
    });
  });
});

describe('PROBLEM', () => {
  it.each([
    ['too_small', 'is too small, too short or empty', 'quá nhỏ, quá ngắn hoặc rỗng'],
    // zod codes the table does not word, and a name of Object's prototype: the generic wording
    ['invalid_key', 'is not valid', 'không hợp lệ'],
    ['invalid_element', 'is not valid', 'không hợp lệ'],
    ['toString', 'is not valid', 'không hợp lệ'],
  ])('%s', (code, en, vi) => {
    expect(textOf(PROBLEM, { code })).toEqual({ en, vi });
  });
});

describe('INDICATOR_UNKNOWN', () => {
  it('words that name nothing in the catalog (clean water)', () => {
    const [draft] = readTargets('Tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.', { due: '2026-12-31' });
    expect(draft?.questions.find((q) => q.code === 'INDICATOR_UNKNOWN')?.message).toEqual({
      en: 'Which indicator is this? No catalog indicator fits.',
      vi: 'Đây là chỉ số nào? Không có chỉ số nào trong danh mục phù hợp.',
    });
  });

  it('doctors per 10,000 given as a percentage: the words suggest doctors-per-10k, the unit does not fit', () => {
    const [draft] = readTargets('Số bác sĩ/vạn dân đạt 95%.', { due: '2026-12-31' });
    expect(draft?.indicator).toBeUndefined();
    expect(draft?.questions.find((q) => q.code === 'INDICATOR_UNKNOWN')?.message).toEqual({
      en: 'Which indicator is this? No catalog indicator fits (the words suggest doctors-per-10k, whose unit does not fit the figure).',
      vi: 'Đây là chỉ số nào? Không có chỉ số nào trong danh mục phù hợp (câu chữ gợi ý doctors-per-10k nhưng đơn vị không khớp với con số).',
    });
  });
});

describe('APPROXIMATE', () => {
  it('“đạt khoảng 95%”', () => {
    const [draft] = readTargets('Tỷ lệ bao phủ bảo hiểm y tế đạt khoảng 95%.', { due: '2026-12-31' });
    expect(draft?.questions.find((q) => q.code === 'APPROXIMATE')?.message).toEqual({
      en: 'The figure is approximate (“khoảng”); which threshold is meant?',
      vi: 'Con số là ước lượng (“khoảng”); ngưỡng cần đạt là bao nhiêu?',
    });
  });
});

describe('questions about the plan', () => {
  it('a result with no catalog indicator (clean water, line 4) is kept out, and a plan without a title is asked for one', () => {
    const read = readPlan([
      'Xã Mẫu, ngày 10 tháng 01 năm 2026',
      'I. KẾT QUẢ THỰC HIỆN NĂM 2025',
      '- Năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%.',
      '- Tỷ lệ hộ dùng nước sạch đạt 90%.',
      'II. MỤC TIÊU NĂM 2026',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
    ].join('\n'));
    expect(read.questions.filter((q) => q.code === 'TARGET_LEFT_OUT')).toEqual([{
      code: 'TARGET_LEFT_OUT',
      field: 'indicator',
      message: { en: 'Kept out of the plan: a result without an indicator or a year (line 4).', vi: 'Chưa đưa vào kế hoạch: kết quả chưa rõ chỉ số hoặc năm (dòng 4).' },
    }]);
    // no “KẾ HOẠCH” line, so no title under it
    expect(read.questions.filter((q) => q.code === 'PLAN_TITLE')).toEqual([{
      code: 'PLAN_TITLE', field: 'title', message: { en: 'No title found.', vi: 'Không tìm thấy tiêu đề.' },
    }]);
  });
});

describe('questions about a target’s figure', () => {
  it('“người dân được khám …”: everyone, read as 100%', () => {
    const [draft] = readTargets('Năm 2026, người dân được khám sức khỏe định kỳ ít nhất 1 lần/năm.');
    expect(draft?.questions.find((q) => q.code === 'VALUE_ASSUMED')?.message).toEqual({
      en: 'The text gives no figure; read as 100%. Is that right?',
      vi: 'Văn bản không nêu con số; đã đọc là 100%. Có đúng không?',
    });
  });

  it('“tăng thêm 10%” names no year to add to', () => {
    const [draft] = readTargets('Tỷ lệ người dân thường xuyên hoạt động thể chất tăng thêm 10%.', { due: '2030-12-31' });
    expect(draft?.questions.find((q) => q.code === 'BASELINE_MISSING')?.message).toEqual({
      en: 'A change from when? The text names no baseline year.',
      vi: 'Thay đổi so với thời điểm nào? Văn bản không nêu năm gốc.',
    });
  });

  it('“ngang tầm các nước phát triển” gives no figure', () => {
    const [draft] = readTargets('Chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu ngang tầm các nước phát triển.', { due: '2045-12-31' });
    expect(draft?.questions.find((q) => q.code === 'NO_THRESHOLD')?.message).toEqual({
      en: 'No figure to judge against: kept as a qualitative aim. Is there a threshold?',
      vi: 'Không có con số để đánh giá: giữ là mục tiêu định tính. Có ngưỡng cụ thể không?',
    });
  });
});

describe('questions about the plan’s header', () => {
  it('Xuân Hưng’s blank number and date (“Số:  /KH-UBND”, “ngày tháng năm 2026”); no area named', () => {
    // the date line names a place that is not an area (no “xã”), and nothing else names one
    const read = readPlan('Số:     /KH-UBND\nXuân Hưng, ngày    tháng    năm 2026\nI. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    const asked = (code: string): unknown => read.questions.filter((q) => q.code === code).map((q) => [q.field, q.message]);
    expect(asked('PLAN_NUMBER')).toEqual([['number', { en: 'The document number is blank or missing.', vi: 'Văn bản chưa có số hiệu.' }]]);
    expect(asked('PLAN_DATE')).toEqual([['issued', {
      en: 'The date of issue is incomplete or missing (“Xuân Hưng, ngày    tháng    năm 2026”).',
      vi: 'Ngày ban hành chưa đầy đủ hoặc chưa có (“Xuân Hưng, ngày    tháng    năm 2026”).',
    }]]);
    expect(asked('PLAN_AREA')).toEqual([['area', { en: 'Which area does the plan cover? The text names none.', vi: 'Kế hoạch áp dụng cho địa bàn nào? Văn bản không nêu.' }]]);
  });

  it('no date line at all: the date is asked for without a quotation', () => {
    const read = readPlan('I. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(read.questions.find((q) => q.code === 'PLAN_DATE')?.message).toEqual({
      en: 'The date of issue is incomplete or missing.',
      vi: 'Ngày ban hành chưa đầy đủ hoặc chưa có.',
    });
  });
});
