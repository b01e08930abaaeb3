import { chitieuError } from '../errors.js';
import type { Target } from '../model/target.js';
import { tableBatches } from './internal/batch.js';
import { areaSeries, evaluateOne } from './internal/evaluateOne.js';
import type { ResultTable, TargetResult } from './types.js';

/** `value` when it is a position in a list of `length` (the table's areas or targets), else an error naming `field`. */
function position(value: unknown, length: number, field: 'area' | 'target'): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length) return value;
  const list = field === 'area' ? { en: 'an area in table.areas', vi: 'một địa bàn trong table.areas' } : { en: 'a target in table.targets', vi: 'một chỉ tiêu trong table.targets' };
  const range = length === 0 ? { en: 'and the table has none', vi: 'nhưng bảng không có' } : { en: `an integer from 0 to ${length - 1}`, vi: `số nguyên từ 0 đến ${length - 1}` };
  throw chitieuError('INVALID_ARGUMENT', field, {
    en: `${field} must be the position of ${list.en}, ${range.en} (got ${String(value)})`,
    vi: `${field} phải là vị trí của ${list.vi}, ${range.vi} (nhận ${String(value)})`,
  });
}

/**
 * The whole {@link TargetResult} of one cell of a table from {@link evaluateTable}: area
 * `table.areas[area]` against target `table.targets[target]`, with the exact value, gap,
 * progress, projection, what it takes and the explanation. It is the result
 * {@link evaluateAreas} gives for that area and target, field for field, and its status,
 * reason and published figure are the table's.
 *
 * @param table - a table that {@link evaluateTable} returned.
 * @param area - the area's position in `table.areas`.
 * @param target - the target's position in `table.targets`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `table` (not made by
 *   {@link evaluateTable}), `area` or `target` (not a position in the table).
 * @example
 * ```ts
 * import { evaluateTable, tableResult, TargetSchema } from 'chitieu';
 *
 * const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' });
 * const table = evaluateTable([coverage], [
 *   { indicator: 'health-insurance-coverage', area: 'xa-a', period: '2026', numerator: '11400', denominator: '12000' },
 * ], { asOf: '2027-01-31', areas: ['xa-a'] });
 * const result = tableResult(table, 0, 0);
 * console.log([result.status, result.published, result.gap]); // [ 'not-achieved', '95.00', '0' ]
 * console.log(result.explanation.en); // 'Health insurance (BHYT) coverage: 95.00% (2026); target above 95% by 2026-12-31: not achieved.'
 * ```
 */
export function tableResult(table: ResultTable, area: number, target: number): TargetResult {
  const batch = tableBatches.get(table);
  if (batch === undefined) {
    throw chitieuError('INVALID_ARGUMENT', 'table', {
      en: 'table must be a table that evaluateTable returned',
      vi: 'table phải là một bảng do evaluateTable trả về',
    });
  }
  const { settings, areas, targets, index, prepared } = batch;
  const a = position(area, areas.length, 'area');
  const t = position(target, targets.length, 'target');
  const id = areas[a] as string;
  return evaluateOne(targets[t] as Target, index, settings, id, prepared[t], areaSeries(index, id));
}
