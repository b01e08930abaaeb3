/**
 * The calendar layer's messages in Vietnamese: the same ids and parameters as `en.ts`.
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';
import type { PeriodProblem } from '../../isoDay.js';

const got = (value: unknown): string => `(nhận ${describeValue(value, 'vi')})`;
const PART = { year: 'năm', month: 'tháng', day: 'ngày' } as const;

export const notPeriod = (p: { field: string; value: unknown; reason: PeriodProblem }): string =>
  `${p.field} phải có dạng 'YYYY', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-MM', 'YYYY-MM-DD' hoặc 'YYYY-YYYY' ${got(p.value)}` +
  (p.reason === 'no-such-day' ? ': không có ngày này' : p.reason === 'span-reversed' ? ': năm cuối của giai đoạn phải sau năm đầu' : '');
export const notObservationPeriod = (p: { field: string; value: unknown }): string => `${p.field} không phải là một kỳ quan sát ${got(p.value)}`;
export const datePart = (p: { field: string; value: unknown; part: 'year' | 'month' | 'day'; low: number; high: number }): string =>
  `${p.field} phải là ${PART[p.part]}, số nguyên từ ${p.low} đến ${p.high} ${got(p.value)}`;
export const toBeforeFrom = (p: { field: string; value: number; limit: number }): string =>
  `${p.field} (${p.value}) không được trước from (${p.limit})`;
export const notRules = (p: { field: string; value: unknown }): string => `${p.field} phải là danh sách quy định báo cáo ${got(p.value)}`;
export const without = (p: { field: string; missing: 'month' | 'day' }): string => `${p.field} được cho mà thiếu ${p.missing}`;
export const monthInPeriod = (p: { field: string; value: unknown; length: number; frequency: string }): string =>
  `${p.field} phải là số tháng nguyên từ 1 đến ${p.length} trong kỳ ${p.frequency} ${got(p.value)}`;
export const dayOfMonth = (p: { field: string; value: unknown }): string => `${p.field} phải là ngày nguyên từ 1 đến 31 ${got(p.value)}`;
export const notBoolean = (p: { field: string; value: unknown }): string => `${p.field} phải là true hoặc false ${got(p.value)}`;
export const noSuchDeadline = (p: { field: string; day: number; month: string; days: number; period: string }): string =>
  `${p.field}: ngày ${p.day} không có trong tháng ${p.month} (${p.days} ngày), tháng hạn báo cáo của kỳ ${p.period}`;
export const notReplacement = (p: { field: string; value: unknown }): string => `${p.field} phải có dạng { frequency, period } ${got(p.value)}`;
export const replacesLonger = (p: { field: string; value: unknown; frequency: string }): string =>
  `${p.field} phải là tần suất ngắn hơn '${p.frequency}' của quy định ${got(p.value)}`;
export const replacesPeriod = (p: { field: string; value: unknown; count: number; frequency: string; shorter: string }): string =>
  `${p.field} phải là số nguyên từ 1 đến ${p.count}: một kỳ ${p.frequency} có ${p.count} kỳ ${p.shorter} ${got(p.value)}`;
export const replacesNoRule = (p: { field: string; shorter: string }): string =>
  `${p.field} trỏ tới báo cáo kỳ ${p.shorter} nhưng không có quy định báo cáo kỳ ${p.shorter}`;
