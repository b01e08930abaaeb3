/**
 * The model's messages in Vietnamese: the same ids and parameters as `en.ts`. Internal.
 *
 * @internal
 * @module
 */
import { describeValue, quotedList as quoted } from '../../errors.js';

/** What was written, as typed: text in single quotes (cut past 60 characters), anything else as the errors show it. */
const typed = (value: unknown): string =>
  typeof value === 'string' ? `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'` : describeValue(value, 'vi');

// checks of single fields
export const decimalText = (): string => 'cần một số thập phân viết bằng dấu "." (ví dụ 17.5)';
export const decimalRange = (): string => 'cần một số có độ lớn từ 1e-400 đến 1e400, tối đa 1000 chữ số';
export const isoDate = (): string => 'cần một ngày theo dạng ISO YYYY-MM-DD';
export const realDate = (): string => 'cần một ngày có thật trong lịch';
export const partialDate = (): string => 'cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD';
export const partialDateReal = (): string => 'cần tháng từ 01 đến 12 và một ngày có thật';
export const period = (): string =>
  "cần một kỳ như '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' hoặc '2021-2025'";
export const periodReal = (): string =>
  'cần năm từ 0001, tháng hoặc ngày có thật, hoặc một giai đoạn có năm cuối sau năm đầu';
export const kebabId = (): string => 'cần mã dạng kebab-case (chữ thường, số, dấu "-")';
export const wholeCount = (): string => 'cần một số đếm nguyên';
export const nonNegativeCount = (): string => 'cần một số đếm không âm';

// rules across fields
export const rangeWithoutUpper = (): string => "chỉ tiêu dạng khoảng ('between') cần có cận trên (upper)";
export const rangeReversed = (p: { upper: string; value: string }): string => `cận trên (${p.upper}) không được nhỏ hơn giá trị (${p.value})`;
export const upperWithoutRange = (p: { comparator: string }): string =>
  `cận trên (upper) chỉ dùng với toán tử 'between' (nhận '${p.comparator}')`;
export const aimWithoutFloor = (p: { comparator: string }): string =>
  `mức phấn đấu (aim) chỉ dùng với toán tử '>' hoặc '>=' (nhận '${p.comparator}')`;
export const aimBelowValue = (p: { aim: string; value: string }): string => `mức phấn đấu (${p.aim}) không được nhỏ hơn giá trị (${p.value})`;
export const changeWithoutBaseline = (): string => 'chỉ tiêu thay đổi cần có kỳ gốc (baseline) để tính mức thay đổi';
export const fromAfterDue = (p: { from: string; due: string }): string => `ngày bắt đầu (${p.from}) sau thời hạn (${p.due})`;
export const referenceRangeReversed = (p: { upper: string; lower: string }): string =>
  `cận trên của khoảng tham chiếu (${p.upper}) nhỏ hơn cận dưới (${p.lower})`;
export const variantOfItself = (p: { id: string }): string => `chỉ số '${p.id}' không thể là biến thể của chính nó`;
export const incompleteRatio = (): string => 'tử số và mẫu số phải đi cùng nhau';
export const valueOrRatio = (): string => 'cần giá trị (value) hoặc cặp tử số và mẫu số, không được có cả hai hay thiếu cả hai';
export const incompleteInterval = (): string => 'cận dưới (lower) và cận trên (upper) phải đi cùng nhau';
export const intervalWithoutValue = (): string => 'khoảng tin cậy (lower, upper) chỉ dùng với giá trị số (value)';
export const levelWithoutInterval = (): string => 'mức tin cậy (level) chỉ dùng với lower và upper';
export const valueOutsideInterval = (): string => 'giá trị (value) phải nằm giữa lower và upper';
export const perWithoutRatio = (): string => 'hệ số (per) chỉ dùng với tử số và mẫu số';
export const populationBasisWithoutRatio = (): string => 'cơ sở dân số (populationBasis) chỉ dùng với tử số và mẫu số';
export const replacesLongerPeriod = (p: { frequency: string; replaced: string }): string =>
  `báo cáo kỳ ${p.frequency} không thể thay cho báo cáo kỳ ${p.replaced}: kỳ được thay phải ngắn hơn`;
export const replacesUnknownPeriod = (p: { frequency: string; count: number; replaced: string; period: number }): string =>
  `một kỳ ${p.frequency} có ${p.count} kỳ ${p.replaced} (nhận kỳ ${p.period})`;
export const periodReversed = (p: { from: number; to: number }): string => `giai đoạn kết thúc (${p.to}) trước khi bắt đầu (${p.from})`;
export const duplicateObjective = (p: { id: string }): string => `mã mục tiêu '${p.id}' bị dùng hai lần`;
export const duplicateTarget = (p: { id: string }): string => `mã chỉ tiêu '${p.id}' bị dùng hai lần`;
export const dueBeforeIssue = (p: { due: string; issued: string }): string => `thời hạn ${p.due} trước ngày ban hành kế hoạch ${p.issued}`;
export const unknownMilestone = (p: { target: string }): string => `milestoneOf trỏ tới chỉ tiêu '${p.target}' không có trong kế hoạch`;
export const milestoneNotBefore = (p: { due: string; target: string; targetDue: string }): string =>
  `mốc trung gian (hạn ${p.due}) phải đến hạn trước chỉ tiêu '${p.target}' (hạn ${p.targetDue})`;
export const governedByItself = (p: { id: string }): string => `chỉ tiêu '${p.id}' không thể do chính nó chi phối`;
export const unknownGoverning = (p: { target: string }): string => `governedBy trỏ tới chỉ tiêu '${p.target}' không có trong kế hoạch`;
export const governingGoverned = (p: { target: string; by: string }): string =>
  `governedBy trỏ tới chỉ tiêu '${p.target}', chỉ tiêu này lại do '${p.by}' chi phối`;
export const replacesUnknownRule = (p: { frequency: string }): string =>
  `replaces trỏ tới báo cáo kỳ ${p.frequency} nhưng kế hoạch không có quy định báo cáo kỳ ${p.frequency}`;

// a parse's own wording
export const unknownComparator = (p: { value: unknown; allowed: readonly string[] }): string =>
  `toán tử so sánh ${typed(p.value)} không hợp lệ: cần một trong ${quoted(p.allowed)}`;
export const unknownKind = (p: { value: unknown; allowed: readonly string[] }): string =>
  `loại chỉ tiêu ${typed(p.value)} không hợp lệ: cần một trong ${quoted(p.allowed)}`;
export const unknownKey = (p: { key: string; suggestion: string | undefined; known: readonly string[] }): string =>
  `khóa ${typed(p.key)} không được biết đến` +
  (p.suggestion === undefined ? `: chỉ dùng ${quoted(p.known)}` : `: có phải là '${p.suggestion}'?`);
export const moreKeys = (p: { more: number }): string => ` (và ${p.more} khóa khác không được biết đến)`;
export const summary = (p: { field: string; first: string; more: number }): string =>
  `${p.field}: ${p.first}${p.more > 0 ? ` (và ${p.more} lỗi khác)` : ''}`;
