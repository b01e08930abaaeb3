/**
 * The numeric layer's messages in Vietnamese: the same ids and parameters as `en.ts`.
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';

const got = (value: unknown): string => `(nhận ${describeValue(value, 'vi')})`;

export const outsideKernel = (p: { field: string; value: unknown; maxExponent: number; maxDigits: number }): string =>
  `${p.field} nằm ngoài phạm vi chitieu tính toán (|x| từ 1e-${p.maxExponent} đến 1e${p.maxExponent}, tối đa ${p.maxDigits} chữ số) ${got(p.value)}`;
export const decimalsNotANumber = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là số nguyên chữ số thập phân ${got(p.value)}`;
export const decimalsOutOfRange = (p: { field: string; value: number }): string => `${p.field} phải nằm trong khoảng từ 0 đến 20 (nhận ${p.value})`;
export const notInLocale = (p: { field: string; value: string; locale: 'vi' | 'en' }): string =>
  `${p.field} ${describeValue(p.value, 'vi')} không phải là số theo định dạng '${p.locale}' (ví dụ đúng: ${p.locale === 'vi' ? "'1.234,5'" : "'1,234.5'"})`;
export const rateTooLarge = (p: { field: string; units: string; decimals: number }): string =>
  `${p.field} cho tỷ suất quá lớn để biểu diễn bằng số double (${p.units}e-${p.decimals})`;
export const notAColumn = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một mảng hoặc mảng định kiểu (typed array) các số, tối đa 2^31 − 1 dòng ${got(p.value)}`;
export const columnLengths = (p: { field: string; length: number; other: string; expected: number }): string =>
  `${p.field} có ${p.length} dòng nhưng ${p.other} có ${p.expected}`;
export const notPlain = (p: { field: string; value: unknown }): string =>
  `${p.field} chỉ được chứa đối tượng thuần, mảng, số hữu hạn, chuỗi, boolean, null, Decimal, bigint và mảng định kiểu ${got(p.value)}`;
export const circular = (p: { field: string }): string => `${p.field} tự tham chiếu đến chính nó: không chuyển thành dữ liệu thuần được`;
export const tooDeep = (p: { field: string; max: number }): string => `${p.field} lồng nhau sâu hơn ${p.max} cấp`;
