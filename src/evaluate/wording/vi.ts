/**
 * The evaluation's wording in Vietnamese. Internal.
 *
 * @internal
 * @module
 */
import type { ReasonCode, ReasonParams, Wording } from './types.js';

const dateVi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const REASONS: Readonly<Record<ReasonCode, (p: ReasonParams) => string>> = {
  'no-trend': () => 'chưa có xu hướng: mới có một số liệu, chưa đủ hai số liệu (kể cả mốc cơ sở) để dự báo',
  'no-observation': (p) => `không có số liệu nào đến hết ngày ${p.cutoff}`,
  'no-figure-for-period': (p) => `không có số liệu của kỳ ${p.period}`,
  'partial-period': (p) => `chỉ có số liệu một phần kỳ ${p.period}, không thay được số liệu cả kỳ`,
  // Stryker disable next-line StringLiteral: never printed — a full result with this reason always lists its periods, which explain.ts words with `maintained` instead
  'maintain-failed': (p) => `không duy trì được trong kỳ ${p.period}`,
  'maintain-missing': (p) => `thiếu số liệu kỳ ${p.period}`,
  'so-far': () => 'tính đến nay trong kỳ',
  'no-baseline': (p) => `không có giá trị mốc cơ sở kỳ ${p.baselinePeriod}`,
  'zero-baseline': () => 'mốc cơ sở bằng 0, không tính được thay đổi tương đối',
  'no-multiplier': (p) => `số liệu kỳ ${p.period} có tử số và mẫu số nhưng không có hệ số (per) và không biết hệ số của chỉ số`,
  'zero-denominator': (p) => `số liệu kỳ ${p.period} có mẫu số bằng 0`,
  'value-type': (p) => `giá trị kỳ ${p.period} không đúng loại của chỉ tiêu`,
  qualitative: () => 'mục tiêu định tính, cần người đánh giá',
  'change-unspecified': (p) => `kế hoạch không nói rõ ${p.amount}% là tăng tương đối hay điểm phần trăm`,
  governed: (p) => `kế hoạch áp dụng chỉ tiêu ${p.other} thay cho chỉ tiêu này (văn bản tự mâu thuẫn)`,
  conflict: (p) => `mâu thuẫn với chỉ tiêu ${p.other} của kế hoạch cho cùng chỉ số, địa bàn và năm, mà kế hoạch không nói chỉ tiêu nào được áp dụng`,
  'unknown-indicator': (p) => `không có số liệu, và mã chỉ số '${p.indicator}' không có trong danh mục (có viết sai không?)`,
};

/** Vietnamese. */
export const vi: Wording = {
  locale: 'vi',
  status: {
    achieved: 'đạt',
    'not-achieved': 'không đạt',
    'on-track': 'đúng tiến độ',
    'off-track': 'chậm tiến độ',
    'no-data': 'chưa có số liệu',
    'needs-review': 'cần xem xét',
  },
  reasonLabel: {
    projected: 'theo dự báo',
    'no-trend': 'chưa có xu hướng',
    'no-observation': 'không có số liệu',
    'no-figure-for-period': 'không có số liệu của kỳ',
    'partial-period': 'chỉ có số liệu một phần kỳ',
    'maintain-failed': 'không duy trì được',
    'maintain-missing': 'thiếu số liệu một kỳ',
    'so-far': 'tính đến nay trong kỳ',
    'no-baseline': 'không có mốc cơ sở',
    'zero-baseline': 'mốc cơ sở bằng 0',
    'no-multiplier': 'không có hệ số',
    'zero-denominator': 'mẫu số bằng 0',
    'value-type': 'sai loại giá trị',
    qualitative: 'định tính',
    'change-unspecified': 'kế hoạch không nói rõ loại thay đổi',
    governed: 'chỉ tiêu khác được áp dụng',
    conflict: 'mâu thuẫn với chỉ tiêu khác',
    'unknown-indicator': 'mã chỉ số không có trong danh mục',
  },
  comparator: { '>': 'trên', '>=': 'ít nhất', '<': 'dưới', '<=': 'không quá', '=': 'bằng' },
  between: (lower, upper) => `từ ${lower} đến ${upper}`,
  goal: (phrase, change) => `chỉ tiêu ${change ? 'thay đổi ' : ''}${phrase}`,
  expected: (answer) => `chỉ tiêu: ${answer ? 'có' : 'không'}`,
  by: (date) => ` đến ${date}`,
  date: dateVi,
  period: (period) => ` (kỳ ${period})`,
  answer: (value) => (value ? 'có' : 'không'),
  points: ' điểm %',
  changeFrom: (amount, unit, from, period) => `, thay đổi ${amount}${unit} so với ${from} (kỳ ${period})`,
  units: (meeting, total, missing) =>
    ` (${meeting}/${total} đơn vị đạt${missing.length === 0 ? '' : `; chưa có số liệu: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` và ${missing.length - 5} đơn vị khác` : ''}`})`,
  rolledUp: (count) => ` (cộng từ ${count} địa bàn trực thuộc)`,
  projected: (value, due, method) =>
    `; dự báo ${value} vào ${dateVi(due)} (${method === 'linear' ? 'tuyến tính' : method === 'growth-rate' ? 'theo tốc độ tăng trưởng' : 'theo phương pháp SDG'}`,
  reaches: (value, year) => `, chạm ${value} năm ${year}`,
  sdg: (ratio, category) =>
    `; ${ratio === null ? '' : `tỷ số tăng trưởng thực tế/cần thiết ${ratio}: `}${
      { 'on-track': 'đúng hướng', 'acceleration-needed': 'cần đẩy nhanh', 'limited-progress': 'tiến bộ hạn chế', deterioration: 'đang xấu đi' }[category]
    }`,
  context: (figure, period) => `; số liệu gần nhất ${figure} (kỳ ${period})`,
  maintained: (held, failed, missing) =>
    [
      held.length > 0 ? `duy trì được năm ${held.join(', ')}` : '',
      failed.length > 0 ? `không duy trì được năm ${failed.join(', ')}` : '',
      missing.length > 0 ? `thiếu số liệu năm ${missing.join(', ')}` : '',
    ]
      .filter((part) => part !== '')
      .map((part) => `; ${part}`)
      .join(''),
  reason: (code, params) => REASONS[code](params),
  interval: (level, lower, upper, clear) => `; khoảng tin cậy ${level}%: ${lower}–${upper}${clear ? '' : ', chưa phân biệt được với chỉ tiêu'}`,
  aim: (value) => `; phấn đấu ${value}`,
  milestone: (of) => `; mốc trung gian của chỉ tiêu ${of}`,
  referenceRange: (lower, upper) => `; mức tự nhiên khoảng ${lower}–${upper}`,
  headers: {
    target: 'Chỉ tiêu',
    indicator: 'Chỉ số',
    area: 'Địa bàn',
    period: 'Kỳ số liệu',
    value: 'Giá trị',
    threshold: 'Ngưỡng',
    gap: 'Chênh lệch',
    progress: 'Tiến độ (%)',
    due: 'Thời hạn',
    status: 'Trạng thái',
    reason: 'Lý do',
    explanation: 'Giải thích',
  },
  scope: (area, asOf) => `Địa bàn ${area}, tính đến ${asOf}`,
  tableScope: (rows, targets, asOf) => `${rows} địa bàn × ${targets} chỉ tiêu, tính đến ${asOf}`,
};
