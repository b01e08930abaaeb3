import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { readBatch } from './engine/batch.js';
import { countStatuses } from './engine/counts.js';
import { describe } from './engine/evaluate.js';
import { judgeRow } from './engine/rows.js';
import type { AreaScorecard, EvaluateOptions, ObservationsInput, TargetResult } from './types.js';

/**
 * Evaluate the same targets (or a plan's targets) for many areas at once — every commune of
 * a province against the provincial template — reading the observations once. Returns one
 * {@link AreaScorecard} per area, in the order of `options.rows`, each with the results in
 * target order; the rules are those of {@link evaluateTarget}, with each row's area replacing
 * the targets' own `area`, and those of {@link evaluatePlan} for targets that contradict each
 * other.
 *
 * Every result is complete, explanation included. When what you need first is the verdicts
 * (a map, a league table, the list of communes off track), {@link evaluateTable} gives them
 * as columns, and works out a cell in full when you ask for it.
 *
 * @param targets - parsed targets, or a parsed plan (its targets in plan order).
 * @param observations - observations in any accepted form.
 * @param options - as for {@link evaluateTarget}, plus `rows`, the area ids.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `options.rows`, or `targets` when not
 *   an array of parsed targets or a plan), and as {@link evaluateTarget}.
 * @category Evaluation
 * @example
 * ```ts
 * import { evaluateAreas, TargetSchema } from 'chitieu';
 *
 * const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * const cards = evaluateAreas([doctors], [
 *   { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: 21, denominator: 12000 },
 *   { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', numerator: 20, denominator: 12000 },
 * ], { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] });
 * console.log(cards.map((card) => card.results[0]?.status)); // [ 'achieved', 'not-achieved' ]
 * ```
 */
export function evaluateAreas(
  targets: readonly Target[] | Plan,
  observations: ObservationsInput,
  options: EvaluateOptions & { readonly rows: readonly string[] },
): AreaScorecard[] {
  const batch = readBatch(targets, observations, options);
  const { settings, rows, prepared, store, tree } = batch;
  // Stryker disable next-line ArrayDeclaration: every card is written below, in order; the length only spares the array growing
  const cards: AreaScorecard[] = new Array(rows.length);
  for (let a = 0; a < rows.length; a++) {
    const area = rows[a] as string;
    const { judged, conflicts } = judgeRow(batch, area, true);
    // Stryker disable next-line ArrayDeclaration: as cards
    const results: TargetResult[] = new Array(prepared.length);
    for (let t = 0; t < prepared.length; t++) {
      results[t] = describe(prepared[t] as (typeof prepared)[number], store, tree, area, judged[t] as (typeof judged)[number], conflicts?.[t]);
    }
    cards[a] = Object.freeze({ kind: 'chitieu/area-scorecard', area, asOf: settings.asOf, results: Object.freeze(results), counts: countStatuses(results) });
  }
  return cards;
}
