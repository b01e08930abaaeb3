/**
 * The statistics layer's messages in Vietnamese: the same ids and parameters as `en.ts`.
 * Internal.
 *
 * @internal
 * @module
 */
export const dfTooLarge = (p: { field: string; value: number }): string => `${p.field} (bậc tự do) không được lớn hơn 1e10 (nhận ${p.value})`;
export const tailBeyondDouble = (p: { field: string; value: number; df: number }): string =>
  `${p.field} quá xa ở đuôi phân phối với df = ${p.df}: phân vị vượt phạm vi số thực double (${p.field} = ${p.value})`;
export const spreadTooLarge = (p: { field: string }): string => `${p.field} quá lớn, không tính được độ phân tán bằng số thực double`;
export const meanInputs = (p: { field: string }): string => `${p.field} phải có values, hoặc mean, standardDeviation và count`;
export const sumTooLarge = (p: { field: string; other: string; sum: number; max: number }): string =>
  `${p.field} + ${p.other} không được lớn hơn ${p.max} (nhận ${p.sum})`;
export const levelNearOne = (p: { field: string }): string =>
  `${p.field} quá gần 1 với các số đếm này: giới hạn chính xác vượt phạm vi số thực double`;
export const scoresEqual = (p: { field: string }): string => `${p.field} không được bằng nhau hết`;
export const levelTwice = (p: { field: string; level: number }): string => `${p.field} không được có mức ${p.level} hai lần`;
export const outsideInterval = (p: { field: string; value: number; lower: number; upper: number }): string =>
  `${p.field} (${p.value}) phải nằm trong khoảng tin cậy của nó (${p.lower} đến ${p.upper})`;
export const upperGoalRequired = (p: { field: string }): string => `${p.field} là bắt buộc khi comparator là 'between'`;
export const upperGoalOnlyBetween = (p: { field: string }): string => `${p.field} chỉ dùng khi comparator là 'between'`;
export const noWeight = (p: { field: string }): string => `${p.field} phải có ít nhất một nhóm có trọng số lớn hơn 0`;
export const noEvents = (p: { field: string }): string => `${p.field} phải có ít nhất một sự kiện: giới hạn Dobson dựa trên tổng số sự kiện`;
export const exactTooLarge = (p: { field: string; value: number }): string =>
  `${p.field} phải có tổng nhỏ hơn 5e9 với giới hạn chính xác (nhận ${p.value}); hãy dùng 'byar'`;
export const exactBirthsTooLarge = (p: { field: string; other: string; sum: number; max: number }): string =>
  `${p.field} + ${p.other} không được lớn hơn ${p.max} với giới hạn chính xác (nhận ${p.sum}); hãy dùng method 'wilson'`;
export const openBandNoDeaths = (p: { field: string }): string =>
  `${p.field} phải lớn hơn 0 ở nhóm tuổi mở cuối cùng (số năm sống của nhóm là lx / mx)`;
export const certainDeath = (p: { field: string; width: number; age: number; rate: number }): string =>
  `${p.field} cho xác suất chết từ 1 trở lên trong nhóm ${p.width} năm từ tuổi ${p.age} (mx = ${p.rate}); hãy gộp với nhóm bên cạnh`;
export const levelRoundsToOne = (p: { field: string; value: number }): string =>
  `${p.field} phải nhỏ hơn 0.9999999999999999: (1 + ${p.field}) / 2 làm tròn thành 1 trong số thực double, không còn phần đuôi (nhận ${p.value})`;
