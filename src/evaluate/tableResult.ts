import { fail } from '../errors.js';
import { describe } from './engine/evaluate.js';
import { judgeRow } from './engine/rows.js';
import { tableBatches } from './evaluateTable.js';
import type { ResultTable, TargetResult } from './types.js';
import { NOT_A_POSITION, NOT_A_TABLE } from './messages/index.js';

/** `value` when it is a position in a list of `length` (the table's rows or targets), else an error naming `field`. */
function position(value: unknown, length: number, field: 'row' | 'target'): number {
  // Number.isInteger is false for anything but a number
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) < length) return value as number;
  throw fail(NOT_A_POSITION, field, { value, length });
}

/**
 * The whole {@link TargetResult} of one cell of a table from {@link evaluateTable}: area
 * `table.rows[row]` against target `table.targets[target]`, with the exact value, gap,
 * progress, projection, what it takes and the explanation. It is the result
 * {@link evaluateAreas} gives for that area and target, field for field, and its status,
 * reason and published figure are the table's.
 *
 * @param table - a table that {@link evaluateTable} returned.
 * @param row - the area's position in `table.rows`.
 * @param target - the target's position in `table.targets`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `table` (not made by
 *   {@link evaluateTable} in this process), `row` or `target` (not a position in the table).
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTable, tableResult, TargetSchema } from 'chitieu';
 *
 * const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' });
 * const table = evaluateTable([coverage], [
 *   { indicator: 'health-insurance-coverage', area: 'xa-a', period: '2026', numerator: 11400, denominator: 12000 },
 * ], { asOf: '2027-01-31', rows: ['xa-a'] });
 * const result = tableResult(table, 0, 0);
 * console.log([result.status, result.published, result.gap]); // [ 'not-achieved', '95.00', '0' ]
 * console.log(result.explanation.en); // 'Health insurance (BHYT) coverage: 95.00% (2026); target above 95% by 2026-12-31: not achieved.'
 * ```
 */
export function tableResult(table: ResultTable, row: number, target: number): TargetResult {
  const batch = tableBatches.get(table);
  if (batch === undefined) {
    throw fail(NOT_A_TABLE, 'table', { value: table });
  }
  const r = position(row, batch.rows.length, 'row');
  const t = position(target, batch.targets.length, 'target');
  const area = batch.rows[r] as string;
  const { judged, conflicts } = judgeRow(batch, area, true);
  return describe(batch.prepared[t] as (typeof batch.prepared)[number], batch.store, batch.tree, area, judged[t] as (typeof judged)[number], conflicts?.[t]);
}
