/**
 * The dates of target sentences (findDates), read by hand: the phrases are the seeds' own
 * (“Đến hết năm 2026” Cao Minh 2.1–2.4, “giai đoạn 2026 - 2030” Cao Minh's title, “từ năm
 * 2026” Xuân Hưng, “đến năm 2027” Thống Nhất, “ngày 10/12/2025” the date of a document,
 * “so với năm 2020”, “tính đến hết năm 2025” …). A due date is the last day of the period the
 * phrase closes; “từ năm 2026” opens on 1 January; “trước năm 2030” closes at the end of 2029.
 */
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../src/read/dates.js';
import { foldWords } from '../../src/read/fold.js';
import { tokenize } from '../../src/read/tokens.js';

interface Seen {
  readonly words: string;
  readonly role: DateMention['role'];
  readonly due?: string;
  readonly from?: string;
  readonly year: number;
  readonly period: string;
}

/** The dates of a text, each with the (folded) words it spans. */
function dates(text: string): Seen[] {
  const folded = foldWords(text);
  const tokens = tokenize(folded);
  return findDates(tokens).map((d) => ({
    words: folded.slice(tokens[d.at]?.start, tokens[d.end - 1]?.end),
    role: d.role,
    ...(d.due === undefined ? {} : { due: d.due }),
    ...(d.from === undefined ? {} : { from: d.from }),
    year: d.year,
    period: d.period,
  }));
}

const w = foldWords;

describe('findDates', () => {
  it.each<[string, Seen[]]>([
    ['Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.', [{ words: w('Đến hết năm 2026'), role: 'due', due: '2026-12-31', year: 2026, period: '2026' }]],
    ['Năm 2026, người dân được khám sức khỏe định kỳ.', [{ words: w('Năm 2026'), role: 'due', due: '2026-12-31', year: 2026, period: '2026' }]],
    ['đến năm 2027, Trạm y tế có ít nhất 5 bác sĩ', [{ words: w('đến năm 2027'), role: 'due', due: '2027-12-31', year: 2027, period: '2027' }]],
    ['đến cuối năm 2020 đạt 90%', [{ words: w('đến cuối năm 2020'), role: 'due', due: '2020-12-31', year: 2020, period: '2020' }]],
    ['trước năm 2030 đạt 90%', [{ words: w('trước năm 2030'), role: 'due', due: '2029-12-31', year: 2030, period: '2030' }]],
    ['Từ năm 2026, người dân được khám', [{ words: w('Từ năm 2026'), role: 'from', from: '2026-01-01', year: 2026, period: '2026' }]],
    ['kể từ năm 2026 miễn phí', [{ words: w('kể từ năm 2026'), role: 'from', from: '2026-01-01', year: 2026, period: '2026' }]],
    ['sau năm 2025 duy trì', [{ words: w('sau năm 2025'), role: 'from', from: '2026-01-01', year: 2025, period: '2025' }]],
    ['từ năm 2026 đến năm 2030 đạt 95%', [{ words: w('từ năm 2026 đến năm 2030'), role: 'span', from: '2026-01-01', due: '2030-12-31', year: 2030, period: '2026-2030' }]],
    ['từ năm 2026 đến hết năm 2030', [{ words: w('từ năm 2026 đến hết năm 2030'), role: 'span', from: '2026-01-01', due: '2030-12-31', year: 2030, period: '2026-2030' }]],
    // a later year that is not after the first: “từ năm 2026” and a due date of its own
    ['từ năm 2026 đến năm 2026', [
      { words: w('từ năm 2026'), role: 'from', from: '2026-01-01', year: 2026, period: '2026' },
      { words: w('đến năm 2026'), role: 'due', due: '2026-12-31', year: 2026, period: '2026' },
    ]],
    ['giảm 10% so với năm 2020', [{ words: w('so với năm 2020'), role: 'baseline', year: 2020, period: '2020' }]],
    ['tính đến hết năm 2025 đạt 92%', [{ words: w('tính đến hết năm 2025'), role: 'asof', year: 2025, period: '2025' }]],
    ['giai đoạn 2026 - 2030', [{ words: w('giai đoạn 2026 - 2030'), role: 'span', from: '2026-01-01', due: '2030-12-31', year: 2030, period: '2026-2030' }]],
    ['năm 2026-2030', [{ words: w('năm 2026-2030'), role: 'span', from: '2026-01-01', due: '2030-12-31', year: 2030, period: '2026-2030' }]],
    ['trong giai đoạn 2021-2025 đạt', [{ words: w('trong giai đoạn 2021-2025'), role: 'span', from: '2021-01-01', due: '2025-12-31', year: 2025, period: '2021-2025' }]],
    ['Chỉ tiêu (2021 - 2025)', [{ words: '2021 - 2025', role: 'span', from: '2021-01-01', due: '2025-12-31', year: 2025, period: '2021-2025' }]],
    // a period that is part of a name (“Đại hội … nhiệm kỳ 2025-2030”): not a due date
    ['Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025-2030', [{ words: w('nhiệm kỳ 2025-2030'), role: 'name', year: 2030, period: '2025-2030' }]],
    ['Kế hoạch, giai đoạn 2026-2030', [{ words: w('giai đoạn 2026-2030'), role: 'span', from: '2026-01-01', due: '2030-12-31', year: 2030, period: '2026-2030' }]],
    ['Đề án số 14-ĐA/TU, ngày 10/12/2025 của Ban Chấp hành', [{ words: w('ngày 10/12/2025'), role: 'document', year: 2025, period: '2025' }]],
    ['đến ngày 31/12/2025 đạt 95%', [{ words: w('đến ngày 31/12/2025'), role: 'due', due: '2025-12-31', year: 2025, period: '2025' }]],
    ['trước ngày 30/6/2026', [{ words: w('trước ngày 30/6/2026'), role: 'due', due: '2026-06-30', year: 2026, period: '2026' }]],
    // 30 February does not exist: the date of something, not a due date
    ['đến ngày 30/02/2026', [{ words: w('đến ngày 30/02/2026'), role: 'document', year: 2026, period: '2026' }]],
    ['trước ngày 10/11', [{ words: w('trước ngày 10/11'), role: 'document', year: 0, period: '' }]],
    ['đến ngày 31 tháng 12 năm 2025', [{ words: w('đến ngày 31 tháng 12 năm 2025'), role: 'due', due: '2025-12-31', year: 2025, period: '2025' }]],
    ['đến tháng 6 năm 2026', [{ words: w('đến tháng 6 năm 2026'), role: 'due', due: '2026-06-30', year: 2026, period: '2026' }]],
    ['đến tháng 2 năm 2028', [{ words: w('đến tháng 2 năm 2028'), role: 'due', due: '2028-02-29', year: 2028, period: '2028' }]],
    ['Cao Minh, ngày 31 tháng 12 năm 2025', [{ words: w('ngày 31 tháng 12 năm 2025'), role: 'document', year: 2025, period: '2025' }]],
    ['Hà Nội, ngày    tháng    năm 2026', [{ words: w('ngày    tháng    năm 2026'), role: 'document', year: 2026, period: '2026' }]],
    ['tháng 12 năm 2025', [{ words: w('tháng 12 năm 2025'), role: 'document', year: 2025, period: '2025' }]],
    ['đến tháng 6/2026 hoàn thành', [{ words: w('đến tháng 6/2026'), role: 'due', due: '2026-06-30', year: 2026, period: '2026' }]],
    ['hết tháng 9/2026', [{ words: w('hết tháng 9/2026'), role: 'due', due: '2026-09-30', year: 2026, period: '2026' }]],
    ['báo cáo tháng 6/2026', [{ words: w('tháng 6/2026'), role: 'document', year: 2026, period: '2026' }]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['năm 1899'], // before 1900: not a year of a plan
    ['năm 2200'],
    ['năm 20266'],
    ['2030 - 2026'], // a span runs forward
    ['2026 - 2090'], // more than 50 years: not a period
    ['tháng 13/2026'],
    ['32/12/2025'],
    ['10 /12/2025'], // a spaced slash: not a date
    ['0/12/2025'],
  ])('%s is no date', (text) => {
    expect(dates(text).filter((d) => d.role !== 'document' || d.year !== 0)).toEqual([]);
  });

  it('a span of fifty years is still a period; a span ending in the first year is not', () => {
    expect(dates('2000 - 2050')).toEqual([{ words: '2000 - 2050', role: 'span', from: '2000-01-01', due: '2050-12-31', year: 2050, period: '2000-2050' }]);
    expect(dates('2026 - 2026')).toEqual([]);
    expect(dates('1900 - 2199').length).toBe(0);
  });

  it('several dates in order: a due date and the date of the document behind it', () => {
    expect(dates('Đến hết năm 2026, thực hiện Kế hoạch số 22-KH/TU ngày 30/12/2025').map((d) => d.role)).toEqual(['due', 'document']);
  });
});
