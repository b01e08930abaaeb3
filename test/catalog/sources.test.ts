/**
 * The catalog's references against the documents they name: Resolution 72-NQ/TW as the seed
 * plans cite and quote it (/work/shared/seeds, kept in test/fixtures/seeds), the rows of the
 * Ministry of Health's yearbook table each entry points at, GSO's metadata of doctors and beds
 * per 10,000, and the wording of every text in the catalog.
 */
import { describe, expect, it } from 'vitest';
import { indicators, requireIndicator } from '../../src/catalog/index.js';

const refs = (id: string) => requireIndicator(id).references;

describe('Resolution 72-NQ/TW', () => {
  // seed 002 (Thống Nhất), its title: “… thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ
  // Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân”
  const TITLE =
    'Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân';

  it.each([
    // seed 004, section on staffing, quoting the resolution's chỉ tiêu: “đến năm 2027 mỗi trạm y tế có
    // ít nhất 4 bác sĩ, đến năm 2030 mỗi trạm có ít nhất 5 bác sĩ. Tăng tỉ lệ khám bệnh, chữa bệnh bảo
    // hiểm y tế tại trạm y tế cấp xã lên trên 20%”
    'station-doctors',
    'insured-visits-at-commune-stations',
    // seed 002, “Mục tiêu đến năm 2030” of the plan implementing the resolution: “tăng chiều cao trung
    // bình của trẻ em và thanh thiếu niên từ 1 - 18 tuổi thêm tối thiểu 1,5cm; tuổi thọ trung bình …
    // số năm sống khỏe mạnh …”; “Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu
    // đạt trên 98%. Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%”; “khám
    // sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần, được lập sổ sức khỏe điện
    // tử”; “miễn chi phí khám bệnh, chữa bệnh ở mức cơ bản trong phạm vi quyền lợi bảo hiểm y tế”
    'mean-height-1-18',
    'life-expectancy',
    'healthy-life-expectancy',
    'essential-immunization-coverage',
    'physical-activity',
    'free-checkup-coverage',
    'ehr-coverage',
    'hospital-fee-exemption',
  ])('%s cites the resolution its target comes from, by number, date and subject', (id) => {
    const cited = refs(id).filter((reference) => reference.code === '72-NQ/TW');
    expect(cited.map((reference) => [reference.system, reference.title])).toEqual([['legal', TITLE]]);
  });
});

describe('the Ministry of Health’s yearbook table', () => {
  // the row each entry points at must be about what the indicator measures (words of the
  // indicator's official name: bác sỹ, giường bệnh, bảo hiểm y tế, tiêm chủng đầy đủ …)
  it.each([
    ['doctors-per-10k', ['bác sỹ', '10000 dân']],
    ['beds-per-10k', ['giường bệnh', '10000 dân']],
    ['health-insurance-coverage', ['bảo hiểm y tế']],
    ['tcmr-full-immunization-under-1', ['tiêm chủng đầy đủ', '1 tuổi']],
    ['life-expectancy', ['Tuổi kỳ vọng sống', 'sinh ra']],
    ['stations-with-doctors', ['TYT xã', 'bác sỹ']],
    ['communes-meeting-national-criteria', ['xã đạt chuẩn quốc gia về y tế xã']],
    ['villages-with-health-worker', ['thôn bản', 'nhân viên y tế']],
  ] as const)('%s names its row of the table', (id, words) => {
    const yearbook = refs(id).filter((reference) => reference.url === 'https://www.moh.gov.vn/thong-ke-y-te');
    expect(yearbook).toHaveLength(1);
    const row = /\(“(.+)”\)$/.exec(yearbook[0]?.title ?? '')?.[1];
    for (const word of words) expect(row, id).toContain(word);
  });
});

describe('GSO’s metadata of doctors and beds per 10,000', () => {
  it('is cited by both beds series: the official one and the variant that departs from it', () => {
    const url = 'https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-so-bac-sy-so-giuong-benh-tren-muoi-nghin-dan/';
    for (const id of ['doctors-per-10k', 'beds-per-10k', 'beds-per-10k-incl-commune-stations']) {
      expect(refs(id).filter((reference) => reference.system === 'gso-vn').map((reference) => reference.url), id).toEqual([url]);
    }
  });
});

describe('the catalog’s wording', () => {
  /** Every string in an entry, with its path. */
  function texts(value: unknown, path: string): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  }

  it('has no text with space at either end or two spaces in a row', () => {
    const untidy = indicators.flatMap((indicator) => texts(indicator, indicator.id)).filter(([, text]) => text !== text.trim() || text.includes('  '));
    expect(untidy).toEqual([]);
  });
});
