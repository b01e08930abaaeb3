import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { contradict, unsettledPairs } from './engine/conflicts.js';
import { checkParsedPlan, describe, judge, prepare } from './engine/evaluate.js';
import { readSettings } from './engine/settings.js';
import { storeOf } from './engine/store.js';
import { treeOf } from './engine/tree.js';
import { countStatuses } from './engine/counts.js';
import type { EvaluateOptions, ObservationsInput, PlanScorecard } from './types.js';

/**
 * Evaluate every target of a plan at a date: each target's {@link TargetResult} in plan
 * order (objectives in order, targets in order within each), and how many results have each
 * status. Each target is evaluated for `options.area`, else its own `area`, else the plan's
 * area, by the rules of {@link evaluateTarget}; observations are read once.
 *
 * A scorecard never says đạt and không đạt for one indicator, area and year: where the plan
 * contradicts itself and records which target governs (`governedBy`), the other is
 * `needs-review` (reason `governed`); where it does not say, two targets whose verdicts
 * contradict are both `needs-review` (reason `conflict`, `conflictsWith` naming the other).
 *
 * @param plan - a parsed plan (see `PlanSchema`, `parsePlan`).
 * @param observations - observations in any accepted form.
 * @param options - as for {@link evaluateTarget}.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `plan` when it is not a parsed plan),
 *   and as {@link evaluateTarget}.
 * @category Evaluation
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
export function evaluatePlan(plan: Plan, observations: ObservationsInput, options: EvaluateOptions): PlanScorecard {
  const settings = readSettings(options);
  checkParsedPlan(plan, 'plan');
  const targets = plan.objectives.flatMap((objective) => objective.targets);
  const store = storeOf(observations);
  const tree = treeOf(settings.areas, store);
  const planArea = settings.area ?? plan.area.id;
  const areaOf = (target: Target): string => settings.area ?? target.area ?? planArea;
  const prepared = targets.map((target) => prepare(target, settings));
  const judged = prepared.map((p) => judge(p, store, tree, areaOf(p.target), true));
  const conflicts = new Map<number, string>();
  for (const [a, b] of unsettledPairs(targets, areaOf)) {
    if (contradict((judged[a] as { status: string }).status, (judged[b] as { status: string }).status)) {
      conflicts.set(a, (targets[b] as Target).id);
      conflicts.set(b, (targets[a] as Target).id);
    }
  }
  const results = prepared.map((p, t) => describe(p, store, tree, areaOf(p.target), judged[t] as ReturnType<typeof judge>, conflicts.get(t)));
  return Object.freeze({
    kind: 'chitieu/plan-scorecard',
    plan: plan.id,
    title: Object.freeze({ ...plan.title }),
    area: planArea,
    asOf: settings.asOf,
    results: Object.freeze(results),
    counts: countStatuses(results),
  });
}
