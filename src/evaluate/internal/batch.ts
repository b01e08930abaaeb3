/**
 * What evaluating many areas against the same targets needs, read once from the arguments of
 * evaluateAreas and evaluateTable. Internal.
 *
 * @internal
 * @module
 */
import { chitieuError } from '../../errors.js';
import type { Observation } from '../../model/observation.js';
import type { Plan } from '../../model/plan.js';
import type { Target } from '../../model/target.js';
import { columnsOf, type Columns } from '../indexObservations.js';
import type { EvaluateOptions, ObservationIndex, ResultTable } from '../types.js';
import { prepareTarget, type Prepared } from './evaluateOne.js';
import { readSettings, type Settings } from './settings.js';

/** The arguments of a many-area evaluation, checked, with the observations indexed and each target prepared. */
export interface Batch {
  readonly settings: Settings;
  /** The area ids, a copy of `options.areas`. */
  readonly areas: readonly string[];
  readonly targets: readonly Target[];
  readonly index: Columns;
  /** One per target, in order. */
  readonly prepared: readonly Prepared[];
}

/**
 * Check and read the arguments of evaluateAreas / evaluateTable.
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `options.areas` or `targets`, and as
 *   the options of evaluateTarget.
 */
export function readBatch(
  targets: readonly Target[] | Plan,
  observations: readonly Observation[] | ObservationIndex,
  options: EvaluateOptions & { readonly areas: readonly string[] },
): Batch {
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
  return {
    settings,
    areas: areas.slice(),
    targets: list.slice(),
    index,
    prepared: list.map((target) => prepareTarget(target, settings)),
  };
}

/** The batch each table was evaluated from, which tableResult reads to work out a cell in full. */
export const tableBatches = new WeakMap<ResultTable, Batch>();
