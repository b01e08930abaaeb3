import type { Observation } from '../model/observation.js';
import type { Plan } from '../model/plan.js';
import { columnsOf } from './indexObservations.js';
import { evaluateOne } from './internal/evaluateOne.js';
import { countStatuses } from './internal/counts.js';
import { readSettings } from './internal/settings.js';
import type { EvaluateOptions, ObservationIndex, PlanScorecard, TargetResult } from './types.js';

/**
 * Evaluate every target of a plan at a date: each target's {@link TargetResult} in plan
 * order (objectives in order, targets in order within each), and how many results have each
 * status. Each target is evaluated for `options.area`, else its own `area`, else the plan's
 * area; the rules are those of {@link evaluateTarget}. Observations are indexed once.
 *
 * @param plan - a parsed plan (see `PlanSchema`).
 * @param observations - parsed observations, or an index of them.
 * @param options - as for {@link evaluateTarget}.
 * @throws {@link ChitieuError} as {@link evaluateTarget}.
 * @example
 * ```ts
 * import { evaluatePlan, PlanSchema } from 'chitieu';
 *
 * const plan = PlanSchema.parse({
 *   id: 'demo-2026', kind: 'plan', title: { vi: 'Kế hoạch y tế xã 2026', en: 'Commune health plan 2026' },
 *   issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
 *   area: { id: 'cao-minh', name: { vi: 'Xã Cao Minh' }, level: 'commune' },
 *   period: { from: 2026, to: 2026 },
 *   objectives: [{ id: 'o1', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu cụ thể' }, targets: [
 *     { id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' },
 *     { id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
 *   ] }],
 * });
 * const card = evaluatePlan(plan, [
 *   { indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', numerator: '59', denominator: '12000' },
 * ], { asOf: '2027-01-31' });
 * console.log(card.results.map((result) => result.status)); // [ 'achieved', 'no-data' ]
 * console.log(card.counts.achieved); // 1
 * ```
 */
export function evaluatePlan(
  plan: Plan,
  observations: readonly Observation[] | ObservationIndex,
  options: EvaluateOptions,
): PlanScorecard {
  const settings = readSettings(options);
  const index = columnsOf(observations);
  const area = settings.area ?? plan.area.id;
  const results: TargetResult[] = [];
  for (const objective of plan.objectives) {
    for (const target of objective.targets) {
      results.push(evaluateOne(target, index, settings, settings.area ?? target.area ?? area));
    }
  }
  return { plan: plan.id, title: plan.title, area, asOf: settings.asOf, results, counts: countStatuses(results) };
}
