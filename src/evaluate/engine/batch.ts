/**
 * What evaluating many areas against the same targets needs, read once from the arguments of
 * evaluateAreas and evaluateTable. Internal.
 *
 * @internal
 * @module
 */
import { fail } from '../../errors.js';
import type { Plan } from '../../model/plan.js';
import type { Target } from '../../model/target.js';
import type { Prepared } from '../kinds/types.js';
import type { EvaluateOptions, ObservationsInput } from '../types.js';
import { AREA_NEEDED, NOT_TARGETS, OBJECTIVE_NOT_PARSED, ROWS } from '../messages/index.js';
import { checkTarget, prepare } from './evaluate.js';
import { readSettings, type Settings } from './settings.js';
import { seriesAt, storeOf, type Store } from './store.js';
import { treeOf, type Tree } from './tree.js';
import { unsettledPairs } from './conflicts.js';

/** The arguments of a many-area evaluation, checked, with the observations read and each target prepared. */
export interface Batch {
  readonly settings: Settings;
  /** The area ids, a copy of `options.rows`. */
  readonly rows: readonly string[];
  readonly targets: readonly Target[];
  readonly store: Store;
  readonly tree: Tree;
  /** One per target, in order. */
  readonly prepared: readonly Prepared[];
  /** Pairs of targets whose verdicts must not contradict (positions in `targets`). */
  readonly pairs: readonly (readonly [number, number])[];
}

/**
 * The targets of a list or a plan, checked, each named by its place (`targets[2]`, or
 * `targets.objectives[0].targets[2]` in a plan); a hole in a list is not a target.
 */
export function targetsOf(targets: unknown, field: string): Target[] {
  if (Array.isArray(targets)) return Array.from(targets as unknown[], (target, t) => checkTarget(target, `${field}[${t}]`));
  if (typeof targets !== 'object' || targets === null || !Array.isArray((targets as Plan).objectives)) throw fail(NOT_TARGETS, field, { value: targets });
  const objectives: unknown[] = (targets as Plan).objectives;
  const list: Target[] = [];
  for (let o = 0; o < objectives.length; o++) {
    const objective = objectives[o] as { targets?: unknown } | null | undefined;
    if (typeof objective !== 'object' || objective === null || !Array.isArray(objective.targets)) {
      throw fail(OBJECTIVE_NOT_PARSED, `${field}.objectives[${o}]`, { value: objective });
    }
    const own = objective.targets as unknown[];
    for (let t = 0; t < own.length; t++) list.push(checkTarget(own[t], `${field}.objectives[${o}].targets[${t}]`));
  }
  return list;
}

/**
 * Check and read the arguments of evaluateAreas / evaluateTable.
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `options.rows` or `targets`, and as
 *   the options of evaluateTarget.
 */
export function readBatch(targets: unknown, observations: ObservationsInput, options: EvaluateOptions & { readonly rows: readonly string[] }): Batch {
  const settings = readSettings(options);
  const rows = (options as { rows?: unknown }).rows;
  if (!Array.isArray(rows) || rows.some((area) => typeof area !== 'string' || area === '')) {
    throw fail(ROWS, 'options.rows', { value: rows });
  }
  const list = targetsOf(targets, 'targets');
  const store = storeOf(observations);
  return {
    settings,
    rows: rows.slice(),
    targets: list,
    store,
    tree: treeOf(settings.areas, store),
    prepared: list.map((target) => prepare(target, settings)),
    // every target is judged for the row's area, so a conflict is one of indicator and year
    // Stryker disable next-line ArrowFunction,StringLiteral: the area is one part of a grouping key; any constant (join writes undefined as '') groups the targets alike
    pairs: unsettledPairs(list, () => ''),
  };
}

/**
 * The area of a target that names none, when `options.area` is absent: the one area the
 * observations hold for its indicator (for a share, the one parent of its units).
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (field `options.area`) when there is none or
 *   more than one, listing them.
 */
export function soleArea(store: Store, target: Target): string {
  const found = new Set<string>();
  const indicators = target.kind === 'share' ? [target.indicator, target.condition.indicator] : [target.indicator];
  for (const id of indicators) {
    const k = store.indicatorNumbers.get(id);
    // Stryker disable next-line ConditionalExpression: seriesAt of an undefined indicator number reads no entry (an index of NaN) and gives -1, so every area is skipped all the same
    if (k === undefined) continue;
    // Stryker disable next-line EqualityOperator: an area number one past the last has no series (seriesAt gives -1), so it is skipped
    for (let a = 0; a < store.areas.length; a++) {
      if (seriesAt(store, a, k) < 0) continue;
      const parent = store.parentOf[a] as number;
      // a unit's figure belongs to its parent's target
      found.add(id === target.indicator || parent < 0 ? (store.areas[a] as string) : (store.areas[parent] as string));
    }
  }
  if (found.size === 1) return [...found][0] as string;
  throw fail(AREA_NEEDED, 'options.area', { target: target.id, areas: [...found] });
}
