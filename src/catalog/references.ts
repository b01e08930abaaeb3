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
