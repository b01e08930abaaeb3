/**
 * The catalog layer's messages in Vietnamese: the same ids and parameters as `en.ts`.
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';

export const perRequired = (p: { field: string }): string =>
  `cần ${p.field} để chọn số chữ số thập phân công bố cho chỉ số ngoài danh mục khi chỉ tiêu không nêu decimals`;
export const unknownIndicator = (p: { field: string; value: unknown; suggestion?: string }): string =>
  `${p.field} phải là mã chỉ số có trong danh mục (nhận ${describeValue(p.value, 'vi')})` +
  (p.suggestion === undefined ? '' : `; có phải là '${p.suggestion}'?`);
