/**
 * Official sources the catalog cites, kept in one place so every entry words them the same.
 * Internal to the catalog: not re-exported.
 *
 * @module
 */
import type { IndicatorReference } from '../model/indicator.js';

/**
 * Thông tư 20/2019/TT-BYT (31/7/2019): the Ministry of Health's list of basic health
 * statistics indicators (Phụ lục I: the list; Phụ lục II: their content). Thông tư
 * 37/2019/TT-BYT (30/12/2019) is the reporting regime (forms and deadlines), not the list.
 * @category Catalog
 */
export function moh20(note: string): IndicatorReference {
  return {
    system: 'moh-vn',
    code: '20/2019/TT-BYT',
    title: 'Thông tư 20/2019/TT-BYT ngày 31/7/2019 của Bộ Y tế quy định Hệ thống chỉ tiêu thống kê cơ bản ngành Y tế',
    note,
  };
}

/** The Ministry of Health's statistics page, whose yearbook table lists this indicator among its target indicators. */
export function mohYearbook(entry: string): IndicatorReference {
  return {
    system: 'moh-vn',
    title: `Bộ Y tế, Thống kê y tế: Chỉ tiêu mục tiêu (“${entry}”)`,
    url: 'https://www.moh.gov.vn/thong-ke-y-te',
    note: 'The indicator as the Ministry tabulates it against national targets.',
  };
}

/** Resolution 72-NQ/TW, the source of most 2026–2030 targets in the encoded plans. */
export function resolution72(note: string): IndicatorReference {
  return {
    system: 'legal',
    code: '72-NQ/TW',
    title:
      'Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
    note,
  };
}

/** The standing phrase for entries where only the circular as a whole could be confirmed. */
export const CODE_NOT_CONFIRMED =
  'Basic health statistics indicator list; the entry and its code in Phụ lục I were not confirmed here.';

/**
 * GSO's metadata (dữ liệu đặc tả) of the provincial statistical indicator “Số bác sỹ, số
 * giường bệnh trên mười nghìn dân”: doctors and beds at the reporting date over the
 * population at the same date; beds exclude commune health stations and agencies.
 * @category Catalog
 */
export function gsoDoctorsBeds(note: string): IndicatorReference {
  return {
    system: 'gso-vn',
    title: 'Hệ thống chỉ tiêu thống kê cấp tỉnh: Số bác sỹ, số giường bệnh trên mười nghìn dân',
    url: 'https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-so-bac-sy-so-giuong-benh-tren-muoi-nghin-dan/',
    note,
  };
}

/**
 * Quyết định 3869/QĐ-BYT (28/8/2019): the Ministry of Health's survey forms and method for
 * the satisfaction of patients and health workers. Its number, date and subject were
 * confirmed against a published copy of the decision.
 * @category Catalog
 */
export function decision3869(note: string): IndicatorReference {
  return {
    system: 'legal',
    code: '3869/QĐ-BYT',
    title: 'Quyết định số 3869/QĐ-BYT ngày 28/8/2019 của Bộ Y tế ban hành các mẫu phiếu và hướng dẫn khảo sát hài lòng người bệnh và nhân viên y tế',
    url: 'https://thuvienphapluat.vn/van-ban/The-thao-Y-te/Quyet-dinh-3869-QD-BYT-2019-mau-phieu-va-huong-dan-khao-sat-hai-long-nguoi-benh-nhan-vien-y-te-425072.aspx',
    note,
  };
}

/**
 * Quyết định 1300/QĐ-BYT (2023): the Ministry of Health's national commune health criteria.
 * Only the number, the year and the subject are given: the date and the exact title could
 * not be confirmed against the published decision.
 * @category Catalog
 */
export function decision1300(note: string): IndicatorReference {
  return {
    system: 'legal',
    code: '1300/QĐ-BYT',
    title: 'Quyết định số 1300/QĐ-BYT năm 2023 của Bộ Y tế về Bộ tiêu chí quốc gia về y tế xã',
    note: `${note} The decision's date and exact title were not confirmed here.`,
  };
}
