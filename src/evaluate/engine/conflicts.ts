/**
 * Targets of one plan that ask different things of the same figure: the same indicator, area
 * and year, under the same quantity (the value, a share under one condition, a change of one
 * type). The consistency check reports them; the evaluation keeps a scorecard from saying
 * đạt and không đạt for one figure. Internal.
 *
 * @internal
 * @module
 */
import type { BooleanTarget, Target } from '../../model/target.js';
import { cmp, type Q } from '../../numeric/exact/rational.js';
import { shapeOf } from '../kinds/registry.js';
import type { Bound, Bounds } from '../kinds/types.js';

/** A target with what it asks. */
export interface Asked {
  readonly target: Target;
  /** Its position in the list given. */
  readonly index: number;
  readonly bounds: Bounds | undefined;
}

/** The year of an ISO date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * Groups of targets that bound the same figure: same indicator, area (`areaOf`), year of the
 * due date and quantity; yes/no targets under their own quantity. Qualitative targets and
 * open changes ask no figure and are left out.
 */
export function groupsOf(targets: readonly Target[], areaOf: (target: Target) => string): Asked[][] {
  const groups = new Map<string, Asked[]>();
  targets.forEach((target, index) => {
    const bounds = shapeOf(target).bounds(target);
    if (bounds === undefined && target.kind !== 'boolean') return;
    // yes/no targets under their own quantity
    // Stryker disable next-line StringLiteral: a name apart from the quantities bounds have ('value', 'change|…', 'share|…'); '' is apart from them as well
    const quantity = bounds?.quantity ?? 'boolean';
    const key = [target.indicator, areaOf(target), yearOf(target.due), quantity].join('\u0000');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [{ target, index, bounds }]);
    else group.push({ target, index, bounds });
  });
  return [...groups.values()];
}

/**
 * True when two bounds ask exactly the same (values compared exactly). Bounds of one
 * comparator have the same sides, strict alike (boundsOf): only their values can differ.
 */
export function sameBounds(a: Bounds, b: Bounds): boolean {
  const same = (x: Bound | undefined, y: Bound | undefined): boolean => x === undefined || cmp(x.value, (y as Bound).value) === 0;
  return a.comparator === b.comparator && same(a.up, b.up) && same(a.down, b.down) && (a.equal === undefined || cmp(a.equal, b.equal as Q) === 0);
}

/**
 * How two targets of a group disagree: `undefined` when they ask the same; `edge` when only
 * strict against inclusive differs. The targets of a group (groupsOf) either both have bounds,
 * under one quantity, or are both yes/no targets.
 */
export function disagreement(a: Asked, b: Asked): 'values' | 'edge' | undefined {
  if (a.bounds !== undefined) {
    const bounds = b.bounds as Bounds;
    if (sameBounds(a.bounds, bounds)) return undefined;
    // '>' with '>=' both have a lower side and no upper one, '<' with '<=' the other way round
    const edge = (x: Bound | undefined, y: Bound | undefined): boolean => x !== undefined && cmp(x.value, (y as Bound).value) === 0;
    const pair = new Set([a.bounds.comparator, bounds.comparator]);
    const onlyStrictness = ((pair.has('>') && pair.has('>=')) || (pair.has('<') && pair.has('<='))) && (edge(a.bounds.up, bounds.up) || edge(a.bounds.down, bounds.down));
    // Stryker disable next-line StringLiteral: both callers tell only undefined from the rest, and 'edge' from the rest (checkPlan's severity); '' reads as 'values' in both
    return onlyStrictness ? 'edge' : 'values';
  }
  if ((a.target as BooleanTarget).expected === (b.target as BooleanTarget).expected) return undefined;
  // Stryker disable next-line StringLiteral: both callers tell only undefined from the rest, and 'edge' from the rest (checkPlan's severity); '' reads as 'values' in both
  return 'values';
}

/**
 * The pairs (positions in `targets`) that disagree: their verdicts must not contradict each
 * other. A pair the plan settles with `governedBy` is among them, and never contradicts: a
 * governed target is not judged (needs review).
 */
export function unsettledPairs(targets: readonly Target[], areaOf: (target: Target) => string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const group of groupsOf(targets, areaOf)) {
    // Stryker disable next-line EqualityOperator: at i = group.length the inner loop starts past the end and runs no pair
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Asked;
        const b = group[j] as Asked;
        if (disagreement(a, b) !== undefined) pairs.push([a.index, b.index]);
      }
    }
  }
  return pairs;
}

/** Whether two verdicts contradict each other (đạt against không đạt, on track against off track). */
export function contradict(a: string, b: string): boolean {
  return (a === 'achieved' && b === 'not-achieved') || (a === 'not-achieved' && b === 'achieved') || (a === 'on-track' && b === 'off-track') || (a === 'off-track' && b === 'on-track');
}
