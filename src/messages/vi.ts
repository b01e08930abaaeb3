/**
 * The messages every layer shares, in Vietnamese: the same ids and parameters as `en.ts`.
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue, quotedList as quoted } from '../errors.js';

const got = (value: unknown): string => `(nhận ${describeValue(value, 'vi')})`;
const WHAT = { plan: 'kế hoạch', target: 'chỉ tiêu', indicator: 'chỉ số', observation: 'số liệu quan sát' } as const;

export const notAnObject = (p: { field: string; value: unknown }): string => `${p.field} phải là một đối tượng ${got(p.value)}`;
export const notOneOf = (p: { field: string; value: unknown; allowed: readonly string[] }): string =>
  `${p.field} phải là một trong ${quoted(p.allowed)} ${got(p.value)}`;
export const unknownLocale = (p: { field: string; value: unknown }): string => `${p.field} phải là 'vi' hoặc 'en' ${got(p.value)}`;
export const notANumber = (p: { field: string; value: unknown }): string => `${p.field} phải là một số ${got(p.value)}`;
export const notFinite = (p: { field: string; value: unknown }): string => `${p.field} phải là một số hữu hạn ${got(p.value)}`;
export const notNum = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một số hữu hạn, chuỗi số thập phân dùng dấu '.', bigint hoặc Decimal ${got(p.value)}`;
export const negative = (p: { field: string; value: unknown }): string => `${p.field} không được âm ${got(p.value)}`;
export const notWhole = (p: { field: string; value: unknown }): string => `${p.field} phải là số nguyên ${got(p.value)}`;
export const zero = (p: { field: string }): string => `${p.field} phải lớn hơn 0 (nhận 0)`;
export const notPositive = (p: { field: string; value: unknown }): string => `${p.field} phải lớn hơn 0 ${got(p.value)}`;
export const notOpenUnit = (p: { field: string; value: unknown }): string => `${p.field} phải nằm giữa 0 và 1, không kể hai đầu ${got(p.value)}`;
export const tooLarge = (p: { field: string; value: unknown; max: string }): string => `${p.field} không được lớn hơn ${p.max} ${got(p.value)}`;
export const notAString = (p: { field: string; value: unknown }): string => `${p.field} phải là một chuỗi ${got(p.value)}`;
export const emptyString = (p: { field: string }): string => `${p.field} phải là một chuỗi khác rỗng`;
export const notAnArray = (p: { field: string; value: unknown }): string => `${p.field} phải là một mảng ${got(p.value)}`;
export const emptyArray = (p: { field: string }): string => `${p.field} không được rỗng`;
export const tooLong = (p: { field: string; length: number; max: number }): string =>
  `${p.field} chỉ được có tối đa ${p.max} phần tử (nhận ${p.length})`;
export const lengthMismatch = (p: { field: string; length: number; other: string; expected: number }): string =>
  `${p.field} phải có số phần tử bằng ${p.other} (${p.expected}; nhận ${p.length})`;
export const exceeds = (p: { field: string; value: number | string; other: string; limit: number | string }): string =>
  `${p.field} (${p.value}) không được lớn hơn ${p.other} (${p.limit})`;
export const beyondDouble = (p: { field: string; value: unknown }): string => `${p.field} nằm ngoài phạm vi số thực double ${got(p.value)}`;
export const resultBeyondDouble = (p: { field: string }): string => `${p.field} quá lớn hoặc quá nhỏ: kết quả vượt phạm vi số thực double`;
export const invalidDate = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một ngày có thật, viết theo dạng YYYY-MM-DD ${got(p.value)}`;
export const yearNotANumber = (p: { field: string; value: unknown; min: number; max: number }): string =>
  `${p.field} phải là một năm, số nguyên từ ${p.min} đến ${p.max} ${got(p.value)}`;
export const yearNotWhole = (p: { field: string; value: unknown }): string => `${p.field} phải là một năm nguyên ${got(p.value)}`;
export const yearOutOfRange = (p: { field: string; value: unknown; min: number; max: number }): string =>
  `${p.field} phải là năm từ ${p.min} đến ${p.max} ${got(p.value)}`;
export const notParsed = (p: { field: string; value: unknown; what: 'plan' | 'target' | 'indicator' | 'observation'; parsers: readonly string[] }): string =>
  `${p.field} phải là ${WHAT[p.what]} đã được kiểm tra: hãy đọc nó bằng ${p.parsers.join(' hoặc ')} trước ${got(p.value)}`;
export const tooSmall = (p: { field: string; value: unknown; min: number }): string => `${p.field} phải ít nhất là ${p.min} ${got(p.value)}`;
export const tooFew = (p: { field: string; length: number; min: number }): string => `${p.field} phải có ít nhất ${p.min} phần tử (nhận ${p.length})`;
export const above = (p: { field: string; value: number | string; other: string; limit: number | string }): string =>
  `${p.field} (${p.value}) không được lớn hơn ${p.other} (${p.limit})`;
export const below = (p: { field: string; value: number | string; other: string; limit: number | string }): string =>
  `${p.field} (${p.value}) không được nhỏ hơn ${p.other} (${p.limit})`;
export const notProportion = (p: { field: string; value: unknown }): string => `${p.field} phải là một tỷ lệ từ 0 đến 1 ${got(p.value)}`;
export const notAge = (p: { field: string; value: unknown }): string => `${p.field} phải là số năm nguyên ≥ 0 ${got(p.value)}`;
export const ageRepeated = (p: { field: string; age: number }): string => `${p.field}: tuổi bắt đầu ${p.age} bị lặp lại`;
export const onlyOldestOpen = (p: { field: string }): string => `${p.field}: chỉ nhóm tuổi cao nhất được để mở (null)`;
export const oldestOpen = (p: { field: string }): string => `${p.field}: nhóm tuổi cao nhất phải để mở (null)`;
export const bandGap = (p: { field: string; start: number; end: number; next: number }): string =>
  `${p.field}: nhóm ${p.start}–${p.end} để hở một khoảng trước nhóm bắt đầu từ ${p.next}`;
export const bandOverlap = (p: { field: string; start: number; end: number; next: number }): string =>
  `${p.field}: nhóm ${p.start}–${p.end} chồng lên nhóm bắt đầu từ ${p.next}`;
export const nonEmptyString = (p: { field: string; value: unknown }): string => `${p.field} phải là một chuỗi khác rỗng ${got(p.value)}`;
export const notAfter = (p: { field: string; value: string; other: string; limit: string }): string =>
  `${p.field} (${p.value}) phải sau ${p.other} (${p.limit})`;
export const resultOutOfRange = (p: { field: string }): string =>
  `${p.field} cho kết quả nằm ngoài phạm vi chitieu tính toán (|x| tối đa 1e400)`;
