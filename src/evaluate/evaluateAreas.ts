import type { Observation } from '../model/observation.js';
import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { readBatch } from './internal/batch.js';
import { countStatuses } from './internal/counts.js';
import { areaSeries, evaluateOne } from './internal/evaluateOne.js';
import type { AreaScorecard, EvaluateOptions, ObservationIndex, TargetResult } from './types.js';

/**
 * Evaluate the same targets (or a plan's targets) for many areas at once — every commune of
 * a province against the provincial template — indexing the observations once. Returns one
 * {@link AreaScorecard} per area, in the order of `options.areas`, each with the results in
 * target order; the rules are those of {@link evaluateTarget}, with each area replacing the
 * targets' own `area`.
 *
 * Every result is complete, explanation included. For thousands of areas, when what you need
 * first is the verdicts (a map, a league table, the list of communes off track),
 * {@link evaluateTable} gives them as columns in a fraction of the time and memory, and works
 * out a row in full when you ask for it.
 *
 * @param targets - parsed targets, or a plan (its targets in plan order).
 * @param observations - parsed observations, or an index of them.
 * @param options - as for {@link evaluateTarget}, plus `areas`, the area ids.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `options.areas`, or `targets` when
 *   not an array or plan), and as {@link evaluateTarget}.
 * @example
 * ```ts
 * import { evaluateAreas, TargetSchema } from 'chitieu';
 *
 * const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * const cards = evaluateAreas([doctors], [
 *   { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: '21', denominator: '12000' },
 *   { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', numerator: '20', denominator: '12000' },
 * ], { asOf: '2027-01-31', areas: ['xa-a', 'xa-b'] });
 * console.log(cards.map((card) => card.results[0]?.status)); // [ 'achieved', 'not-achieved' ]
 * ```
 */
export function evaluateAreas(
  targets: readonly Target[] | Plan,
  observations: readonly Observation[] | ObservationIndex,
  options: EvaluateOptions & { readonly areas: readonly string[] },
): AreaScorecard[] {
  const { settings, areas, targets: list, index, prepared } = readBatch(targets, observations, options);
  const cards: AreaScorecard[] = new Array(areas.length);
  for (let a = 0; a < areas.length; a++) {
    const area = areas[a] as string;
    const results: TargetResult[] = new Array(list.length);
    const series = areaSeries(index, area);
    for (let t = 0; t < list.length; t++) results[t] = evaluateOne(list[t] as Target, index, settings, area, prepared[t], series);
    cards[a] = { area, asOf: settings.asOf, results, counts: countStatuses(results) };
  }
  return cards;
}
