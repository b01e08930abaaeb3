/**
 * The reporting rhythm (readReporting), read by hand from the plans' own sentences. `month`
 * counts months inside each period and `day` is the day of that month (ReportingRule in
 * src/model/types.ts: for a quarter, 3 is its last month; for a year, 11 is November).
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../src/read/fold.js';
import { readReporting } from '../../src/read/reporting.js';

const sentences = (...texts: string[]): { text: string; folded: string }[] => texts.map((text) => ({ text, folded: foldWords(text) }));

// Ninh Bình 2026 (004), line 192, verbatim after its bullet
const NINH_BINH = 'Định kỳ hàng quý báo cáo kết quả về Sở Y tế (qua phòng Tài chính) trước ngày 10 tháng cuối quý, riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11 để tổng hợp báo cáo Sở Tài chính, UBND tỉnh.';

describe('readReporting', () => {
  it('Ninh Bình: every quarter before the 10th of its last month; the year-end report before 10 November', () => {
    expect(readReporting(sentences(NINH_BINH))).toEqual([
      { frequency: 'quarterly', month: 3, day: 10, before: true, text: { vi: 'Định kỳ hàng quý báo cáo kết quả về Sở Y tế (qua phòng Tài chính) trước ngày 10 tháng cuối quý' } },
      { frequency: 'yearly', month: 11, day: 10, before: true, text: { vi: 'riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11 để tổng hợp báo cáo Sở Tài chính, UBND tỉnh' } },
    ]);
  });

  it('sentences that are not about reports, or name no frequency, set no rule', () => {
    // Thống Nhất (002), line 155: a yearly programme of supervision, not a report
    expect(readReporting(sentences('Xây dựng và triển khai chương trình giám sát hàng năm về các nội dung trọng tâm của Kế hoạch.'))).toEqual([]);
    // Xuân Hưng (001), line 114: a report with no frequency
    expect(readReporting(sentences('Tổng hợp, báo cáo kết quả thực hiện về UBND xã và Sở Y tế theo quy định.'))).toEqual([]);
    // “báo cáo” inside a longer word does not count: “báo cáo viên” still counts as the words báo cáo, “báocáo” does not
    expect(readReporting(sentences('Định kỳ hàng quý gửi báocáo.'))).toEqual([]);
  });

  it('a yearly or six-monthly frequency is a rhythm only with “định kỳ” or a year-end; a monthly or quarterly one always', () => {
    // “hằng năm” alone may be a yearly activity that is reported: no rule
    expect(readReporting(sentences('Tổng hợp báo cáo kết quả hằng năm.'))).toEqual([]);
    expect(readReporting(sentences('Báo cáo kết quả 6 tháng.'))).toEqual([]);
    expect(readReporting(sentences('Định kỳ hằng năm báo cáo kết quả.'))).toEqual([{ frequency: 'yearly', text: { vi: 'Định kỳ hằng năm báo cáo kết quả' } }]);
    expect(readReporting(sentences('Báo cáo kết quả hằng tháng.'))).toEqual([{ frequency: 'monthly', text: { vi: 'Báo cáo kết quả hằng tháng' } }]);
    expect(readReporting(sentences('Báo cáo kết quả mỗi quý.'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Báo cáo kết quả mỗi quý' } }]);
    expect(readReporting(sentences('Tổng hợp báo cáo cuối năm.'))).toEqual([{ frequency: 'yearly', text: { vi: 'Tổng hợp báo cáo cuối năm' } }]);
  });

  it('Thống Nhất’s wording: “định kỳ 06 tháng và hàng năm” sets two rules, without deadlines', () => {
    expect(readReporting(sentences('Định kỳ 06 tháng và hàng năm báo cáo kết quả thực hiện theo quy định.'))).toEqual([
      { frequency: 'six-monthly', text: { vi: 'Định kỳ 06 tháng và hàng năm báo cáo kết quả thực hiện theo quy định' } },
      { frequency: 'yearly', text: { vi: 'Định kỳ 06 tháng và hàng năm báo cáo kết quả thực hiện theo quy định' } },
    ]);
  });

  it('a part after “, riêng …” is read even when only the first part says “báo cáo”; a sentence that never says it is not', () => {
    expect(readReporting(sentences('Báo cáo định kỳ hàng quý, riêng kỳ cuối năm trước ngày 10/11.'))).toEqual([
      { frequency: 'quarterly', text: { vi: 'Báo cáo định kỳ hàng quý' } },
      { frequency: 'yearly', month: 11, day: 10, before: true, text: { vi: 'riêng kỳ cuối năm trước ngày 10/11' } },
    ]);
    // inspections, not reports
    expect(readReporting(sentences('Định kỳ hàng quý kiểm tra, riêng kỳ cuối năm tổng kết trước ngày 10/11.'))).toEqual([]);
  });

  it('“báo cáo” before a full stop, a bracket or a run of spaces; the text trimmed, its final stops dropped', () => {
    expect(readReporting(sentences('Định kỳ hằng quý gửi báo cáo.'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Định kỳ hằng quý gửi báo cáo' } }]);
    expect(readReporting(sentences('Định kỳ hằng quý (báo cáo)'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Định kỳ hằng quý (báo cáo)' } }]);
    expect(readReporting(sentences('Báo cáo hàng  quý.'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Báo cáo hàng  quý' } }]);
    // a second sentence of a line starts with a space
    expect(readReporting(sentences(' Định kỳ hằng năm báo cáo kết quả. '))).toEqual([{ frequency: 'yearly', text: { vi: 'Định kỳ hằng năm báo cáo kết quả' } }]);
    expect(readReporting(sentences('Định kỳ hằng quý báo cáo kết quả...'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Định kỳ hằng quý báo cáo kết quả' } }]);
    // a dot inside (“TP.”, thành phố) stays
    expect(readReporting(sentences('Định kỳ hằng quý báo cáo UBND TP. Ninh Bình.'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Định kỳ hằng quý báo cáo UBND TP. Ninh Bình' } }]);
  });

  it('each frequency once: a later sentence does not set it again', () => {
    const rules = readReporting(sentences('Báo cáo hằng quý trước ngày 10 tháng cuối quý.', 'Báo cáo hàng quý trước ngày 20 tháng cuối quý.'));
    expect(rules.map((rule) => [rule.frequency, rule.day])).toEqual([['quarterly', 10]]);
  });

  it('deadlines: the last month of a year is its twelfth; a day and month only for a yearly report', () => {
    expect(readReporting(sentences('Định kỳ hằng năm báo cáo trước ngày 15 tháng cuối năm.'))).toMatchObject([{ frequency: 'yearly', month: 12, day: 15, before: true }]);
    expect(readReporting(sentences('Định kỳ hằng năm báo cáo trước ngày 5 của tháng cuối quý.'))).toMatchObject([{ frequency: 'yearly', month: 3, day: 5, before: true }]);
    // a quarterly report “before 10/11” has no deadline the model can hold
    expect(readReporting(sentences('Báo cáo hằng quý trước ngày 10/11.'))).toEqual([{ frequency: 'quarterly', text: { vi: 'Báo cáo hằng quý trước ngày 10/11' } }]);
    // “10/11/2026” is a date, not a yearly day and month
    expect(readReporting(sentences('Định kỳ hằng năm báo cáo trước ngày 10/11/2026.'))).toEqual([{ frequency: 'yearly', text: { vi: 'Định kỳ hằng năm báo cáo trước ngày 10/11/2026' } }]);
    expect(readReporting(sentences('Định kỳ hằng năm báo cáo trước ngày 10 / 11.'))).toMatchObject([{ month: 11, day: 10 }]);
  });
});
