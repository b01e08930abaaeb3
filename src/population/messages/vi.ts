/**
 * The population layer's messages in Vietnamese: the same ids and parameters as `en.ts`.
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';

const got = (value: unknown): string => `(nhận ${describeValue(value, 'vi')})`;

export const notDatedCount = (p: { field: string; value: unknown }): string => `${p.field} phải có dạng { date, count } ${got(p.value)}`;
export const geometricZero = (p: { field: string }): string => `${p.field} phải dương khi nội suy theo cấp số nhân (nhận 0)`;
export const negativeLine = (p: { field: string; year: number; value: string }): string =>
  `${p.field}: đường thẳng qua hai số liệu cho giá trị âm vào ngày 1/7/${p.year} (${p.value}); không thể ngoại suy dân số xa đến vậy`;
export const growthBelowMinusOne = (p: { field: string; value: string }): string =>
  `${p.field} phải lớn hơn -1 khi tính lũy kế theo năm (nhận ${p.value})`;
export const notRows = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là danh sách khác rỗng các { area, numerator, denominator } ${got(p.value)}`;
export const areaTwice = (p: { field: string; area: string; first: number }): string =>
  `${p.field} lặp lại ${describeValue(p.area, 'vi')} (đã có ở rows[${p.first}]); địa bàn này sẽ bị tính hai lần`;
export const notAreaList = (p: { field: string; value: unknown }): string => `${p.field} phải là danh sách tên địa bàn ${got(p.value)}`;
export const areaListedTwice = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là tên địa bàn, mỗi tên chỉ một lần ${got(p.value)}`;
export const unexpectedArea = (p: { field: string; area: string }): string =>
  `${p.field} ${describeValue(p.area, 'vi')} không thuộc danh sách địa bàn cần tổng hợp`;
export const missingArea = (p: { field: string; area: string }): string =>
  `${p.field}: địa bàn ${describeValue(p.area, 'vi')} không có số liệu; tổng sẽ bỏ sót địa bàn này`;
export const notParentMap = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là đối tượng ánh xạ mỗi địa bàn tới địa bàn cấp trên ${got(p.value)}`;
export const parentCycle = (p: { field: string; path: readonly string[] }): string => `${p.field} có vòng lặp: ${p.path.join(' → ')}`;
export const areaInside = (p: { field: string; area: string; parent: string; row: number }): string =>
  `${p.field} ${describeValue(p.area, 'vi')} nằm trong ${describeValue(p.parent, 'vi')} (rows[${p.row}]); địa bàn này sẽ bị tính hai lần`;
export const denominatorsZero = (p: { field: string }): string => `${p.field}: tổng mẫu số bằng 0; không tính được tỷ suất`;
export const notStandardAge = (p: { field: string; value: unknown; standard?: { readonly en: string; readonly vi: string }; edges: readonly unknown[] }): string =>
  `${p.field}: ${describeValue(p.value, 'vi')} không phải tuổi bắt đầu một nhóm của ${p.standard?.vi ?? 'dân số chuẩn'} (${p.edges.map((edge) => describeValue(edge, 'vi')).join(', ')})`;
