import type { Observation } from '../model/observation.js';
import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { readBatch, tableBatches } from './internal/batch.js';
import { noStatuses } from './internal/counts.js';
import { areaSeries, evaluateOne } from './internal/evaluateOne.js';
import type { EvaluateOptions, ObservationIndex, ResultTable, TargetReason, TargetStatus } from './types.js';

/**
 * Evaluate the same targets (or a plan's targets) for many areas — every commune of a
 * province, tens of thousands of cells — and keep the verdicts as columns: each cell's status,
 * reason and published figure, judged by the rules of {@link evaluateTarget} exactly as
 * {@link evaluateAreas} judges them. The rest of a cell's result (exact value, gap,
 * progress, projection, what it takes, explanation) is worked out only when asked for, by
 * {@link tableResult}, so that a table of 300 000 cells holds three short columns rather than
 * 300 000 result objects.
 *
 * The table keeps the observations' index, the targets and the options, to work out cells
 * later; it is frozen, and treats the observations as read-only, as an index does.
 *
 * @param targets - parsed targets, or a plan (its targets in plan order).
 * @param observations - parsed observations, or an index of them (build one with
 *   {@link indexObservations} to evaluate the same observations again).
 * @param options - as for {@link evaluateTarget}, plus `areas`, the area ids (the rows).
 * @throws {@link ChitieuError} as {@link evaluateAreas}.
 * @example
 * ```ts
 * import { evaluateTable, tableResult, TargetSchema } from 'chitieu';
 *
 * const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * const table = evaluateTable([doctors], [
 *   { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: '21', denominator: '12000' },
 *   { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', numerator: '20', denominator: '12000' },
 * ], { asOf: '2027-01-31', areas: ['xa-a', 'xa-b'] });
 * console.log(table.status);    // [ 'achieved', 'not-achieved' ]
 * console.log(table.published); // [ '17.5', '16.7' ]
 * // the communes short of the target, and what each needs
 * const short = table.areas.filter((_, a) => table.status[a] === 'not-achieved');
 * console.log(short); // [ 'xa-b' ]
 * console.log(tableResult(table, 1, 0).whatItTakes?.more); // '1'
 * ```
 */
export function evaluateTable(
  targets: readonly Target[] | Plan,
  observations: readonly Observation[] | ObservationIndex,
  options: EvaluateOptions & { readonly areas: readonly string[] },
): ResultTable {
  const batch = readBatch(targets, observations, options);
  const { settings, areas, targets: list, index, prepared } = batch;
  const cells = areas.length * list.length;
  const status: TargetStatus[] = new Array(cells);
  const reason: (TargetReason | null)[] = new Array(cells);
  const published: (string | null)[] = new Array(cells);
  const counts = noStatuses();
  let i = 0;
  for (let a = 0; a < areas.length; a++) {
    const area = areas[a] as string;
    const series = areaSeries(index, area);
    for (let t = 0; t < list.length; t++, i++) {
      const result = evaluateOne(list[t] as Target, index, settings, area, prepared[t], series, false);
      status[i] = result.status;
      reason[i] = result.reason;
      published[i] = result.published;
      counts[result.status]++;
    }
  }
  const table: ResultTable = Object.freeze({
    kind: 'chitieu/result-table',
    asOf: settings.asOf,
    areas: Object.freeze(areas),
    targets: Object.freeze(list.map((target) => target.id)),
    status: Object.freeze(status),
    reason: Object.freeze(reason),
    published: Object.freeze(published),
    counts: Object.freeze(counts),
  });
  tableBatches.set(table, batch);
  return table;
}
