/**
 * Quotations in the tasks (readLines, quotesOf): a sentence inside a quotation (“…”) of another
 * document that names no date takes that document's horizon, the latest year the quotation
 * names after “năm”; a sentence outside every quotation keeps the plan's own year. Several
 * quotations in one plan, two on one line, one without a year. Expected due dates read by hand
 * from the years in each quotation.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';

/** The drafts of a plan as [indicator, value, due, line]. */
function draftsOf(lines: string[]): unknown[] {
  return readPlan(lines.join('\n')).drafts.map((draft) => [draft.indicator, draft.value, draft.due, draft.line]);
}

describe('readLines: quotations in the tasks', () => {
  it('each quoted sentence takes the horizon of its own quotation', () => {
    expect(draftsOf([
      'I. MỤC TIÊU NĂM 2026',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      // two quotations, one without a year, one whose year no sentence with a figure uses
      '- Quán triệt “Nghị quyết về y tế cơ sở” và “Chương trình năm 2025 về dân số”.',
      // the second quoted sentence names no year: the quotation's 2030
      '- Thực hiện chỉ tiêu của tỉnh: “Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 98%. Số bác sĩ/vạn dân đạt 19.”',
      // the quotation names 2027 and 2028: its horizon is 2028
      '- Thực hiện chỉ tiêu của huyện: “Từ năm 2027 đến năm 2028 giữ ổn định. Số giường bệnh/vạn dân đạt 32.”',
      // outside every quotation: the plan's 2026
      '- Phấn đấu số bác sĩ/vạn dân đạt 12.',
    ])).toEqual([
      ['health-insurance-coverage', '95', '2026-12-31', 2],
      ['health-insurance-coverage', '98', '2030-12-31', 5],
      ['doctors-per-10k', '19', '2030-12-31', 5],
      ['beds-per-10k', '32', '2028-12-31', 6],
      ['doctors-per-10k', '12', '2026-12-31', 7],
    ]);
  });

  it('the latest year of a quotation, and two quotations on one line', () => {
    expect(draftsOf([
      'I. MỤC TIÊU NĂM 2026',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      // 2035 is later than 2029, though named after it
      '- “Các mốc là năm 2029 và năm 2035. Số bác sĩ/vạn dân đạt 19.”',
      // the first quotation's 2027, the second's 2028
      '- “Trong năm 2027. Số giường bệnh/vạn dân đạt 32.” và “Năm 2028. Tỷ lệ bao phủ bảo hiểm y tế đạt 97%.”',
    ])).toEqual([
      ['health-insurance-coverage', '95', '2026-12-31', 2],
      ['doctors-per-10k', '19', '2035-12-31', 4],
      ['beds-per-10k', '32', '2027-12-31', 5],
      ['health-insurance-coverage', '97', '2028-12-31', 5],
    ]);
  });
});
