/**
 * The reader's messages in Vietnamese: the same ids and parameters as `en.ts`. Numbers are
 * written with the Vietnamese decimal comma (`1,5`). Internal.
 *
 * @internal
 * @module
 */
import { describeValue, type BilingualText } from '../../errors.js';

const got = (value: unknown): string => `(nhận ${describeValue(value, 'vi')})`;

/** How an assumed comparator is shown. */
const SIGN = { '>=': '≥', '<=': '≤' } as const;

/** A decimal string (`'1.5'`) as Vietnamese writes it (`1,5`). */
const number = (value: string): string => value.replace('.', ',');

// --- errors ----------------------------------------------------------------------------------

export const textTooLong = (p: { field: string; length: number; max: number }): string =>
  `${p.field} quá dài để đọc (${p.length} ký tự; tối đa ${p.max})`;
export const textBinary = (p: { field: string }): string =>
  `${p.field} có vẻ là dữ liệu nhị phân (chứa ký tự NUL hoặc ký tự điều khiển), không phải văn bản`;
export const dueNotADay = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là ngày ISO YYYY-MM-DD có thật ${got(p.value)}`;

// --- questions about a target ----------------------------------------------------------------

export const indicatorUnknown = (p: { near?: string }): string =>
  `Đây là chỉ số nào? Không có chỉ số nào trong danh mục phù hợp${p.near === undefined ? '' : ` (câu chữ gợi ý ${p.near} nhưng đơn vị không khớp với con số)`}.`;
export const indicatorAmbiguous = (p: { first: string; second: string }): string =>
  `Đây là chỉ số nào: ${p.first} hay ${p.second}? Câu chữ phù hợp với cả hai như nhau.`;
export const comparatorAssumed = (p: { comparator: '>=' | '<=' }): string => `Con số không kèm từ so sánh; đã đọc là ${SIGN[p.comparator]}. Có đúng không?`;
export const valueAssumed = (p: { value: string }): string => `Văn bản không nêu con số; đã đọc là ${number(p.value)}%. Có đúng không?`;
export const dueMissing = (): string => 'Đến khi nào? Câu không nêu thời hạn và ngữ cảnh cũng không có.';
export const dueAssumed = (p: { due: string }): string => `Câu không nêu thời hạn; đã lấy theo ${p.due}. Có đúng không?`;
export const changeType = (p: { value: string }): string =>
  `Mức thay đổi ${number(p.value)}% là điểm phần trăm hay phần trăm so với mức gốc? Kế hoạch không nói rõ.`;
export const baselineMissing = (): string => 'Thay đổi so với thời điểm nào? Văn bản không nêu năm gốc.';
export const rangeFloor = (p: { lower: string; upper: string }): string =>
  `“Ít nhất từ ${number(p.lower)} - ${number(p.upper)}”: đã đọc là mức tối thiểu bằng số nhỏ, số lớn ghi nhận là mức phấn đấu. Có đúng không?`;
export const approximate = (): string => 'Con số là ước lượng (“khoảng”); ngưỡng cần đạt là bao nhiêu?';
export const noThreshold = (): string => 'Không có con số để đánh giá: giữ là mục tiêu định tính. Có ngưỡng cụ thể không?';

// --- questions about a plan ------------------------------------------------------------------

export const planNumber = (): string => 'Văn bản chưa có số hiệu.';
export const planDate = (p: { text?: string }): string => `Ngày ban hành chưa đầy đủ hoặc chưa có${p.text === undefined ? '' : ` (“${p.text}”)`}.`;
export const planIssuer = (p: { issuer?: string }): string =>
  `Cơ quan nào ban hành? ${p.issuer === undefined ? 'Không tìm thấy cơ quan ban hành.' : `Đã đọc là “${p.issuer}”.`}`;
export const planArea = (): string => 'Kế hoạch áp dụng cho địa bàn nào? Văn bản không nêu.';
export const planPeriod = (p: { from: number; to: number }): string => `Giai đoạn của kế hoạch được suy ra (${p.from}–${p.to}).`;
export const planTitle = (): string => 'Không tìm thấy tiêu đề.';
export const planInvalid = (p: { field: string; issue: BilingualText }): string => `Bản nháp chưa hợp lệ theo parsePlan: ${p.field}: ${p.issue.vi}`;
export const planInvalidMore = (p: { more: number }): string =>
  `Bản nháp chưa hợp lệ theo parsePlan: còn ${p.more} lỗi khác; parsePlan(draft.plan) nêu đủ các lỗi.`;
export const targetLeftOut = (p: { reason: 'no-indicator' | 'result'; line: number }): string =>
  `Chưa đưa vào kế hoạch: ${p.reason === 'result' ? 'kết quả chưa rõ chỉ số hoặc năm' : 'chưa xác định chỉ số'} (dòng ${p.line}).`;

// --- a draft's problems, by their code, where the model gives no wording ------------------------

const PROBLEMS: Readonly<Record<string, string>> = {
  invalid_type: 'sai kiểu dữ liệu',
  too_small: 'quá nhỏ, quá ngắn hoặc rỗng',
  too_big: 'quá lớn hoặc quá dài',
  invalid_value: 'không thuộc các giá trị được phép',
  invalid_union: 'không thuộc các dạng được phép',
  invalid_format: 'không đúng định dạng',
  unrecognized_keys: 'có một trường mà kế hoạch không có',
  not_multiple_of: 'không là bội của bước được phép',
};
export const problem = (p: { code: string }): string => (Object.hasOwn(PROBLEMS, p.code) ? PROBLEMS[p.code] : undefined) ?? 'không hợp lệ';
