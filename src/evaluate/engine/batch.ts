/**
 * What evaluating many areas against the same targets needs, read once from the arguments of
 * evaluateAreas and evaluateTable. Internal.
 *
 * @internal
 * @module
 */
import { chitieuError, describeValue } from '../../errors.js';
import type { Plan } from '../../model/plan.js';
import type { Target } from '../../model/target.js';
import type { Prepared } from '../kinds/types.js';
import type { EvaluateOptions, ObservationsInput } from '../types.js';
import { checkTarget, prepare } from './evaluate.js';
import { readSettings, type Settings } from './settings.js';
import { storeOf, type Store } from './store.js';
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

/** The targets of a list or a plan, checked. */
export function targetsOf(targets: unknown, field: string): Target[] {
  let list: readonly unknown[];
  if (Array.isArray(targets)) list = targets;
  else if (typeof targets === 'object' && targets !== null && Array.isArray((targets as Plan).objectives)) {
    list = (targets as Plan).objectives.flatMap((objective, o) => {
      if (typeof objective !== 'object' || objective === null || !Array.isArray(objective.targets)) {
        throw chitieuError('INVALID_ARGUMENT', `${field}.objectives[${o}]`, {
          en: `${field}.objectives[${o}] must be a parsed objective with targets: parse the plan first with parsePlan`,
          vi: `${field}.objectives[${o}] phải là mục tiêu đã kiểm tra, có danh sách chỉ tiêu: hãy đọc kế hoạch bằng parsePlan trước`,
        });
      }
      return objective.targets;
    });
  } else {
    throw chitieuError('INVALID_ARGUMENT', field, {
      en: `${field} must be an array of targets or a plan (got ${describeValue(targets)})`,
      vi: `${field} phải là một mảng chỉ tiêu hoặc một kế hoạch (nhận ${describeValue(targets)})`,
    });
  }
  return list.map((target, t) => checkTarget(target, Array.isArray(targets) ? `${field}[${t}]` : `${field}.targets[${t}]`));
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
    throw chitieuError('INVALID_ARGUMENT', 'options.rows', {
      en: `options.rows must be an array of area ids, the rows of the table (got ${describeValue(rows)})`,
      vi: `options.rows phải là một mảng mã địa bàn, các dòng của bảng (nhận ${describeValue(rows)})`,
    });
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
    if (k === undefined) continue;
    store.seriesOfArea.forEach((list, a) => {
      if (list?.[k] === undefined) return;
      const parent = store.parentOf[a] as number;
      // a unit's figure belongs to its parent's target
      found.add(id === target.indicator || parent < 0 ? (store.areas[a] as string) : (store.areas[parent] as string));
    });
  }
  if (found.size === 1) return [...found][0] as string;
  const list = [...found].slice(0, 10).map((area) => `'${area}'`).join(', ') + (found.size > 10 ? `, … (${found.size} in all)` : '');
  throw chitieuError('INVALID_ARGUMENT', 'options.area', {
    en:
      found.size === 0
        ? `options.area is needed: target '${target.id}' names no area and the observations hold none for its indicator`
        : `options.area is needed: target '${target.id}' names no area and the observations hold several for its indicator: ${list}`,
    vi:
      found.size === 0
        ? `cần options.area: chỉ tiêu '${target.id}' không nêu địa bàn và số liệu không có địa bàn nào cho chỉ số của nó`
        : `cần options.area: chỉ tiêu '${target.id}' không nêu địa bàn và số liệu có nhiều địa bàn cho chỉ số của nó: ${list}`,
  });
}
