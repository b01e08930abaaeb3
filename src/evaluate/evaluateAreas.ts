import { chitieuError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { columnsOf } from './indexObservations.js';
import { areaSeries, evaluateOne, prepareTarget, type Prepared } from './internal/evaluateOne.js';
import { countStatuses } from './internal/counts.js';
import { readSettings } from './internal/settings.js';
import type { AreaScorecard, EvaluateOptions, ObservationIndex, TargetResult } from './types.js';

/**
 * Evaluate the same targets (or a plan's targets) for many areas at once — every commune of
 * a province against the provincial template — indexing the observations once. Returns one
 * {@link AreaScorecard} per area, in the order of `options.areas`, each with the results in
 * target order; the rules are those of {@link evaluateTarget}, with each area replacing the
 * targets' own `area`.
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
  const settings = readSettings(options);
  const areas = options.areas;
  if (!Array.isArray(areas) || areas.some((area) => typeof area !== 'string' || area === '')) {
    throw chitieuError('INVALID_ARGUMENT', 'options.areas', {
      en: 'options.areas must be an array of area ids',
      vi: 'options.areas phải là một mảng mã địa bàn',
    });
  }
  let list: readonly Target[];
  if (Array.isArray(targets)) list = targets;
  else if (typeof targets === 'object' && targets !== null && Array.isArray((targets as Plan).objectives)) {
    list = (targets as Plan).objectives.flatMap((objective) => objective.targets);
  } else {
    throw chitieuError('INVALID_ARGUMENT', 'targets', {
      en: 'targets must be an array of targets or a plan',
      vi: 'targets phải là một mảng chỉ tiêu hoặc một kế hoạch',
    });
  }
  const index = columnsOf(observations);
  if (areas.length === 0) return [];
  const prepared: Prepared[] = new Array(list.length);
  for (let t = 0; t < list.length; t++) prepared[t] = prepareTarget(list[t] as Target, settings);
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
