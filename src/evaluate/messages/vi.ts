/**
 * The evaluation's messages in Vietnamese: the same ids and parameters as `en.ts`. Internal.
 *
 * @internal
 * @module
 */
import { describeValue, quotedList as quoted } from '../../errors.js';

const got = (value: unknown): string => `(nhận ${describeValue(value, 'vi')})`;

// --- options ---------------------------------------------------------------------------------

export const options = (p: { field: string; value: unknown }): string => `${p.field} phải là một đối tượng có asOf (ngày dạng ISO) ${got(p.value)}`;
export const asOf = (p: { field: string; value: unknown }): string => `${p.field} phải là ngày dạng ISO 'YYYY-MM-DD' ${got(p.value)}`;
export const areaId = (p: { field: string; value: unknown }): string => `${p.field} phải là mã địa bàn khác rỗng ${got(p.value)}`;
export const intervalOption = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là true, false hoặc mức tin cậy nằm giữa 0 và 1 ${got(p.value)}`;
export const indicatorLookup = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là Map, đối tượng theo mã chỉ số, hoặc một hàm ${got(p.value)}`;
export const areasNotAList = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một mảng địa bàn ({ id, name, level, parent? }) ${got(p.value)}`;
export const notAnArea = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một địa bàn có mã khác rỗng, cấp và mã địa bàn cha (nếu có) ${got(p.value)}`;
export const areaTwice = (p: { field: string; id: string }): string => `${p.field} '${p.id}' bị liệt kê hai lần`;
export const ownAncestor = (p: { field: string; id: string }): string => `${p.field}: địa bàn '${p.id}' là tổ tiên của chính nó`;
export const rows = (p: { field: string; value: unknown }): string => `${p.field} phải là một mảng mã địa bàn, các dòng của bảng ${got(p.value)}`;
export const areaNeeded = (p: { field: string; target: string; areas: readonly string[] }): string => {
  if (p.areas.length === 0) return `cần ${p.field}: chỉ tiêu '${p.target}' không nêu địa bàn và số liệu không có địa bàn nào cho chỉ số của nó`;
  const shown = quoted(p.areas.slice(0, 10)) + (p.areas.length > 10 ? `, … (tất cả ${p.areas.length})` : '');
  return `cần ${p.field}: chỉ tiêu '${p.target}' không nêu địa bàn và số liệu có nhiều địa bàn cho chỉ số của nó: ${shown}`;
};
export const renderOptions = (p: { field: string; value: unknown; formats: readonly string[] }): string =>
  `${p.field} phải là một đối tượng có format (${quoted(p.formats)}) và locale ('vi' hoặc 'en') ${got(p.value)}`;

// --- plans, targets, results -----------------------------------------------------------------

export const objectiveNotParsed = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là mục tiêu đã kiểm tra, có danh sách chỉ tiêu: hãy đọc kế hoạch bằng parsePlan trước ${got(p.value)}`;
export const notTargets = (p: { field: string; value: unknown }): string => `${p.field} phải là một mảng chỉ tiêu hoặc một kế hoạch ${got(p.value)}`;
export const notAScorecard = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là kết quả của evaluatePlan, evaluateAreas hoặc evaluateTable ${got(p.value)}`;
export const scorecardChanged = (p: { field: string; value: unknown }): string =>
  `${p.field} không đúng như kết quả mà evaluatePlan, evaluateAreas hoặc evaluateTable trả về ${got(p.value)}: hãy hiển thị kết quả đúng như khi được trả về`;
export const notATable = (p: { field: string; value: unknown }): string => `${p.field} phải là một bảng do evaluateTable trả về trong tiến trình này ${got(p.value)}`;
export const notAPosition = (p: { field: 'row' | 'target'; value: unknown; length: number }): string =>
  `${p.field} phải là vị trí của ${p.field === 'row' ? 'một dòng trong table.rows' : 'một chỉ tiêu trong table.targets'}, ` +
  `${p.length === 0 ? 'nhưng bảng không có' : `số nguyên từ 0 đến ${p.length - 1}`} ${got(p.value)}`;

export const projectionBeyondRange = (p: { field: string; value: unknown; target: string; max: number }): string =>
  `${p.field} ${describeValue(p.value, 'vi')} đưa chỉ tiêu '${p.target}' vượt quá 10^${p.max} (hoặc nhỏ hơn 10^-${p.max}) vào hạn của nó: ` +
  `số liệu thay đổi quá nhanh để dự báo theo tốc độ tăng không đổi; hãy kiểm tra số liệu, hoặc dự báo bằng 'linear'`;

// --- observations ----------------------------------------------------------------------------

export const notObservations = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một mảng quan sát, các cột quan sát, hoặc chỉ mục từ indexObservations ${got(p.value)}`;
export const foreignIndex = (p: { field: string }): string =>
  `${p.field} là một chỉ mục không do indexObservations tạo: hãy truyền các quan sát, hoặc indexObservations(observations)`;
export const notAnObservation = (p: { field: string; value: unknown }): string => `${p.field} phải là một đối tượng quan sát ${got(p.value)}`;
export const notAFigure = (p: { field: string; value: unknown }): string => `${p.field} phải là một số hoặc chuỗi số thập phân dùng dấu '.' ${got(p.value)}`;
export const valueAndRatio = (p: { field: string }): string => `${p.field} và tử số/mẫu số không được có cùng lúc`;
export const perWithoutRatio = (p: { field: string }): string => `${p.field} chỉ dùng với tử số và mẫu số`;
export const perZero = (p: { field: string }): string => `${p.field} phải lớn hơn 0 (nhận 0)`;
export const valueMissing = (p: { field: string; columns: boolean }): string =>
  p.columns ? `${p.field} bị thiếu: mỗi dòng cần giá trị, hoặc tử số và mẫu số` : `${p.field} bị thiếu: quan sát cần giá trị, hoặc tử số và mẫu số`;
export const ratioHalf = (p: { field: string }): string => `${p.field} bị thiếu: tử số và mẫu số phải đi cùng nhau`;
export const limitNotAFigure = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là một số hoặc chuỗi số thập phân dùng dấu '.', cùng với cận còn lại ${got(p.value)}`;
export const limitsReversed = (p: { field: string; lower: number; upper: number }): string =>
  `${p.field} không được nhỏ hơn lower (nhận ${p.upper} < ${p.lower})`;
export const notAPeriod = (p: { field: string; value: unknown }): string => `${p.field} không phải là một kỳ quan sát ${got(p.value)}`;

// --- observation columns ---------------------------------------------------------------------

export const rowCount = (p: { field: string; value: unknown }): string => `${p.field} có số dòng không hợp lệ ${got(p.value)}`;
export const notALabelColumn = (p: { field: string; value: unknown }): string => `${p.field} phải là một mảng chuỗi hoặc { codes, labels } ${got(p.value)}`;
export const columnRows = (p: { field: string; length: number; other: string; expected: number }): string =>
  `${p.field} có ${p.length} dòng nhưng ${p.other} có ${p.expected}`;
export const labelsNotAList = (p: { field: string; value: unknown }): string => `${p.field} phải là một mảng chuỗi ${got(p.value)}`;
export const codesLength = (p: { field: string; value: unknown; expected: number }): string => `${p.field} phải là một mảng ${p.expected} mã ${got(p.value)}`;
export const notACode = (p: { field: string; value: unknown; labels: string }): string => `${p.field} phải là vị trí trong ${p.labels} ${got(p.value)}`;
export const numberColumn = (p: { field: string; value: unknown; expected: number }): string => `${p.field} phải là một mảng ${p.expected} dòng ${got(p.value)}`;
export const notAnAnswer = (p: { field: string; value: unknown }): string =>
  `${p.field} phải là true, false, 1 hoặc 0; NaN, số âm hoặc null nếu không có ${got(p.value)}`;
export const noValueColumn = (p: { field: string }): string => `${p.field} bị thiếu: cần cột giá trị, cột trả lời, hoặc cột tử số và mẫu số`;
export const perColumn = (p: { field: string; value: unknown }): string => `${p.field} phải là một số hữu hạn lớn hơn 0, hoặc một cột ${got(p.value)}`;
export const answerAndValue = (p: { field: string }): string => `${p.field} và observations.value không được có cùng lúc trong một dòng`;

// --- findings --------------------------------------------------------------------------------

export const dueAfterHorizon = (p: { target: string; year: number; objective: string; horizon: number }): string =>
  `chỉ tiêu '${p.target}' đến hạn năm ${p.year}, sau mốc của mục tiêu '${p.objective}' (${p.horizon})`;
export const conflictingTargets = (p: { first: string; second: string; indicator: string; area: string; year: number }): string =>
  `chỉ tiêu ${p.first} và ${p.second} cho chỉ số '${p.indicator}' tại '${p.area}', đến hạn năm ${p.year}, đặt ngưỡng khác nhau`;
export const lessAmbitious = (p: { child: string; childPlan: string; parent: string; parentPlan: string }): string =>
  `chỉ tiêu ${p.child} của '${p.childPlan}' thấp hơn yêu cầu ${p.parent} của '${p.parentPlan}'`;
export const lessAmbitiousLater = (p: { child: string; childPlan: string; parent: string; parentPlan: string }): string =>
  `chỉ tiêu ${p.child} của '${p.childPlan}' không cao hơn ${p.parent} của '${p.parentPlan}' mà đến hạn muộn hơn`;
export const unknownIndicator = (p: { target: string; indicator: string; condition: boolean; suggestion?: string }): string =>
  `chỉ tiêu '${p.target}' ${p.condition ? 'xét từng đơn vị theo' : 'dùng'} chỉ số '${p.indicator}', không có trong danh mục` +
  (p.suggestion === undefined ? '.' : `: có phải là '${p.suggestion}'?`) +
  ' Đây chỉ là cảnh báo: ứng dụng có thể tự định nghĩa chỉ số, và checkPlan nhận biết các chỉ số được truyền qua options.indicators.';
