/**
 * Every message of the reader, in one place: the errors it throws for bad input and the
 * questions it asks about drafts.
 *
 * @module
 */
import { chitieuError, type BilingualText, type ChitieuError } from '../errors.js';
import type { ReadQuestion, ReadQuestionCode } from './types.js';

/** The longest text the reader accepts, in UTF-16 code units (about 2 MB of Vietnamese). */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Errors for bad input. */
export const ERRORS = {
  notString: (field: string, got: string): ChitieuError =>
    chitieuError('INVALID_ARGUMENT', field, {
      en: `${field} must be a string (got ${got})`,
      vi: `${field} phải là một chuỗi văn bản (nhận ${got})`,
    }),
  tooLong: (length: number): ChitieuError =>
    chitieuError('OUT_OF_RANGE', 'text', {
      en: `text is too long to read (${length} characters; at most ${MAX_TEXT_LENGTH})`,
      vi: `text quá dài để đọc (${length} ký tự; tối đa ${MAX_TEXT_LENGTH})`,
    }),
  binary: (): ChitieuError =>
    chitieuError('INVALID_ARGUMENT', 'text', {
      en: 'text looks like binary data (it contains NUL or other control characters), not a document',
      vi: 'text có vẻ là dữ liệu nhị phân (chứa ký tự NUL hoặc ký tự điều khiển), không phải văn bản',
    }),
  notObject: (got: string): ChitieuError =>
    chitieuError('INVALID_ARGUMENT', 'options', {
      en: `options must be an object (got ${got})`,
      vi: `options phải là một đối tượng (nhận ${got})`,
    }),
  badDue: (got: string): ChitieuError =>
    chitieuError('INVALID_DATE', 'options.due', {
      en: `options.due must be an ISO date YYYY-MM-DD that exists (got ${got})`,
      vi: `options.due phải là ngày ISO YYYY-MM-DD có thật (nhận ${got})`,
    }),
  badId: (got: string): ChitieuError =>
    chitieuError('INVALID_ARGUMENT', 'options.id', {
      en: `options.id must be a non-empty string (got ${got})`,
      vi: `options.id phải là chuỗi không rỗng (nhận ${got})`,
    }),
};

const TEXTS: Record<ReadQuestionCode, (detail: string) => BilingualText> = {
  INDICATOR_UNKNOWN: (detail) => ({
    en: `Which indicator is this? No catalog indicator fits${detail === '' ? '' : ` (${detail})`}.`,
    vi: `Đây là chỉ số nào? Không có chỉ số nào trong danh mục phù hợp${detail === '' ? '' : ` (${detail})`}.`,
  }),
  INDICATOR_AMBIGUOUS: (detail) => ({
    en: `Which indicator is this: ${detail}? The words fit both equally.`,
    vi: `Đây là chỉ số nào: ${detail}? Câu chữ phù hợp với cả hai như nhau.`,
  }),
  COMPARATOR_ASSUMED: (detail) => ({
    en: `The figure stands alone; read as ${detail}. Is that right?`,
    vi: `Con số không kèm từ so sánh; đã đọc là ${detail}. Có đúng không?`,
  }),
  VALUE_ASSUMED: (detail) => ({
    en: `The text gives no figure; read as ${detail}. Is that right?`,
    vi: `Văn bản không nêu con số; đã đọc là ${detail}. Có đúng không?`,
  }),
  DUE_MISSING: () => ({
    en: 'By when? The sentence names no date and the context gives none.',
    vi: 'Đến khi nào? Câu không nêu thời hạn và ngữ cảnh cũng không có.',
  }),
  DUE_ASSUMED: (detail) => ({
    en: `The sentence names no due date; taken as ${detail}. Is that right?`,
    vi: `Câu không nêu thời hạn; đã lấy theo ${detail}. Có đúng không?`,
  }),
  CHANGE_TYPE: (detail) => ({
    en: `Is the change of ${detail} in percentage points or in percent of the baseline? The plan does not say.`,
    vi: `Mức thay đổi ${detail} là điểm phần trăm hay phần trăm so với mức gốc? Kế hoạch không nói rõ.`,
  }),
  BASELINE_MISSING: () => ({
    en: 'A change from when? The text names no baseline year.',
    vi: 'Thay đổi so với thời điểm nào? Văn bản không nêu năm gốc.',
  }),
  RANGE_FLOOR: (detail) => ({
    en: `“At least from ${detail}”: read as a floor of the lower figure, the upper recorded as an aspiration. Is that right?`,
    vi: `“Ít nhất từ ${detail}”: đã đọc là mức tối thiểu bằng số nhỏ, số lớn ghi nhận là mức phấn đấu. Có đúng không?`,
  }),
  APPROXIMATE: () => ({
    en: 'The figure is approximate (“khoảng”); which threshold is meant?',
    vi: 'Con số là ước lượng (“khoảng”); ngưỡng cần đạt là bao nhiêu?',
  }),
  NO_THRESHOLD: (detail) => ({
    en: `No figure to judge against${detail === '' ? '' : ` (${detail})`}: kept as a qualitative aim. Is there a threshold?`,
    vi: `Không có con số để đánh giá${detail === '' ? '' : ` (${detail})`}: giữ là mục tiêu định tính. Có ngưỡng cụ thể không?`,
  }),
  PLAN_NUMBER: () => ({
    en: 'The document number is blank or missing.',
    vi: 'Văn bản chưa có số hiệu.',
  }),
  PLAN_DATE: (detail) => ({
    en: `The date of issue is incomplete or missing${detail === '' ? '' : ` (“${detail}”)`}.`,
    vi: `Ngày ban hành chưa đầy đủ hoặc chưa có${detail === '' ? '' : ` (“${detail}”)`}.`,
  }),
  PLAN_ISSUER: (detail) => ({
    en: `Who issues the plan? ${detail === '' ? 'No issuing body found.' : `Read as “${detail}”.`}`,
    vi: `Cơ quan nào ban hành? ${detail === '' ? 'Không tìm thấy cơ quan ban hành.' : `Đã đọc là “${detail}”.`}`,
  }),
  PLAN_AREA: (detail) => ({
    en: `Which area does the plan cover? ${detail === '' ? 'The text names none.' : `Read as “${detail}”.`}`,
    vi: `Kế hoạch áp dụng cho địa bàn nào? ${detail === '' ? 'Văn bản không nêu.' : `Đã đọc là “${detail}”.`}`,
  }),
  PLAN_PERIOD: (detail) => ({
    en: `The years the plan covers were inferred (${detail}).`,
    vi: `Giai đoạn của kế hoạch được suy ra (${detail}).`,
  }),
  PLAN_TITLE: () => ({
    en: 'No title found.',
    vi: 'Không tìm thấy tiêu đề.',
  }),
  PLAN_INVALID: (detail) => ({
    en: `The draft does not pass parsePlan yet: ${detail}.`,
    vi: `Bản nháp chưa hợp lệ theo parsePlan: ${detail}.`,
  }),
  TARGET_LEFT_OUT: (detail) => ({
    en: `Kept out of the plan: ${detail}.`,
    vi: `Chưa đưa vào kế hoạch: ${detail}.`,
  }),
};

/** Short bilingual phrases used inside question details. */
export const DETAILS = {
  leftOutNoIndicator: { en: 'no indicator', vi: 'chưa xác định chỉ số' },
  leftOutResult: { en: 'a result without an indicator or a year', vi: 'kết quả chưa rõ chỉ số hoặc năm' },
} as const;

/** Build a question. `detail` is inserted into the message (the same in both languages). */
export function question(code: ReadQuestionCode, field: string, detail = '', target?: string): ReadQuestion {
  const message = TEXTS[code](detail);
  return target === undefined ? { code, field, message } : { code, field, message, target };
}

/** Build a question whose detail differs by language. */
export function questionIn(code: ReadQuestionCode, field: string, detail: BilingualText, target?: string): ReadQuestion {
  const en = TEXTS[code](detail.en).en;
  const vi = TEXTS[code](detail.vi).vi;
  return target === undefined ? { code, field, message: { en, vi } } : { code, field, message: { en, vi }, target };
}

/** How much each question lowers a draft's confidence. */
export const DOUBT: Record<ReadQuestionCode, number> = {
  INDICATOR_UNKNOWN: 0.35,
  INDICATOR_AMBIGUOUS: 0.25,
  COMPARATOR_ASSUMED: 0.1,
  VALUE_ASSUMED: 0.25,
  DUE_MISSING: 0.15,
  DUE_ASSUMED: 0.05,
  CHANGE_TYPE: 0.1,
  BASELINE_MISSING: 0.05,
  RANGE_FLOOR: 0.1,
  APPROXIMATE: 0.1,
  NO_THRESHOLD: 0.2,
  PLAN_NUMBER: 0,
  PLAN_DATE: 0,
  PLAN_ISSUER: 0,
  PLAN_AREA: 0,
  PLAN_PERIOD: 0,
  PLAN_TITLE: 0,
  PLAN_INVALID: 0,
  TARGET_LEFT_OUT: 0,
};
