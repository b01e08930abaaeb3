import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { readBatch, type Batch } from './engine/batch.js';
import { countStatuses } from './engine/counts.js';
import { judgeRow } from './engine/rows.js';
import type { EvaluateOptions, ObservationsInput, ResultTable, TargetReason, TargetStatus } from './types.js';

/** The batch each table was evaluated from, which tableResult reads to work out a cell in full. */
export const tableBatches = new WeakMap<ResultTable, Batch>();

/**
 * Evaluate the same targets (or a plan's targets) for many areas — every commune of a
 * province, tens of thousands of cells — and keep the verdicts as columns: each cell's status,
 * reason and published figure, judged by the rules of {@link evaluateTarget} exactly as
 * {@link evaluateAreas} judges them. The rest of a cell's result (exact value, gap, progress,
 * projection, what it takes, explanation) is worked out only when asked for, by
 * {@link tableResult}, so that a table of 300 000 cells holds three short columns rather than
 * 300 000 result objects.
 *
 * The table keeps the observations as read, the targets and the options, to work out cells
 * later; it is frozen.
 *
 * @param targets - parsed targets, or a parsed plan (its targets in plan order).
 * @param observations - observations in any accepted form; columns
 *   ({@link ObservationColumns}) for the largest datasets.
 * @param options - as for {@link evaluateTarget}, plus `rows`, the area ids (the rows).
 * @throws {@link ChitieuError} as {@link evaluateAreas}.
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateTable, tableResult, TargetSchema } from 'chitieu';
 *
 * const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * const table = evaluateTable([doctors], [
 *   { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: 21, denominator: 12000 },
 *   { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', numerator: 20, denominator: 12000 },
 * ], { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] });
 * console.log(table.status);    // [ 'achieved', 'not-achieved' ]
 * console.log(table.published); // [ '17.5', '16.7' ]
 * // the communes short of the target, and what each needs
 * const short = table.rows.filter((_, a) => table.status[a] === 'not-achieved');
 * console.log(short); // [ 'xa-b' ]
 * console.log(tableResult(table, 1, 0).whatItTakes?.more); // '1'
 * ```
 */
export function evaluateTable(
  targets: readonly Target[] | Plan,
  observations: ObservationsInput,
  options: EvaluateOptions & { readonly rows: readonly string[] },
): ResultTable {
  const batch = readBatch(targets, observations, options);
  const { settings, rows, targets: list } = batch;
  const width = list.length;
  const cells = rows.length * width;
  // Stryker disable next-line ArrayDeclaration: every cell is written below, in order; the length only spares the array growing
  const status: TargetStatus[] = new Array(cells);
  // Stryker disable next-line ArrayDeclaration: as status
  const reason: (TargetReason | null)[] = new Array(cells);
  // Stryker disable next-line ArrayDeclaration: as status
  const published: (string | null)[] = new Array(cells);
  let i = 0;
  for (let a = 0; a < rows.length; a++) {
    // Stryker disable next-line BooleanLiteral: `detail` adds what a full result describes; the status, reason and figure printed, all a table keeps, are the same without it (judgeNumeric's quick path judges as the exact one)
    const { judged, conflicts } = judgeRow(batch, rows[a] as string, false);
    for (let t = 0; t < width; t++, i++) {
      const cell = judged[t] as (typeof judged)[number];
      const conflict = conflicts?.[t] !== undefined;
      status[i] = conflict ? 'needs-review' : cell.status;
      reason[i] = conflict ? 'conflict' : cell.reason;
      published[i] = cell.published;
    }
  }
  const counts = countStatuses(status);
  const table: ResultTable = Object.freeze({
    kind: 'chitieu/result-table',
    asOf: settings.asOf,
    // readBatch's own copy of options.rows
    rows: Object.freeze(rows),
    targets: Object.freeze(list.map((target) => target.id)),
    indicators: Object.freeze(list.map((target) => target.indicator)),
    status: Object.freeze(status),
    reason: Object.freeze(reason),
    published: Object.freeze(published),
    counts: Object.freeze(counts),
  });
  tableBatches.set(table, batch);
  return table;
}
