/**
 * Targets of one plan that ask different things of the same figure: the same indicator, area
 * and year, under the same quantity (the value, a share under one condition, a change of one
 * type). The consistency check reports them; the evaluation keeps a scorecard from saying
 * đạt and không đạt for one figure. Internal.
 *
 * @internal
 * @module
 */
import type { Target } from '../../model/target.js';
import { cmp } from '../../numeric/exact/rational.js';
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
    let quantity: string;
    if (bounds !== undefined) quantity = bounds.quantity;
    else if (target.kind === 'boolean') quantity = 'boolean';
    else return;
    const key = [target.indicator, areaOf(target), yearOf(target.due), quantity].join('\u0000');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [{ target, index, bounds }]);
    else group.push({ target, index, bounds });
  });
  return [...groups.values()];
}

/** True when two bounds ask exactly the same (values compared exactly). */
export function sameBounds(a: Bounds, b: Bounds): boolean {
  const same = (x: Bound | undefined, y: Bound | undefined): boolean => (x === undefined ? y === undefined : y !== undefined && x.strict === y.strict && cmp(x.value, y.value) === 0);
  return a.comparator === b.comparator && same(a.up, b.up) && same(a.down, b.down) && (a.equal === undefined ? b.equal === undefined : b.equal !== undefined && cmp(a.equal, b.equal) === 0);
}

/** How two targets of a group disagree: `undefined` when they ask the same; `edge` when only strict against inclusive differs. */
export function disagreement(a: Asked, b: Asked): 'values' | 'edge' | undefined {
  if (a.bounds !== undefined && b.bounds !== undefined) {
    if (sameBounds(a.bounds, b.bounds)) return undefined;
    const edge = (x: Bound | undefined, y: Bound | undefined): boolean => x !== undefined && y !== undefined && cmp(x.value, y.value) === 0;
    const pair = new Set([a.bounds.comparator, b.bounds.comparator]);
    const onlyStrictness = ((pair.has('>') && pair.has('>=')) || (pair.has('<') && pair.has('<='))) && (edge(a.bounds.up, b.bounds.up) || edge(a.bounds.down, b.bounds.down));
    return onlyStrictness ? 'edge' : 'values';
  }
  if (a.target.kind !== 'boolean' || b.target.kind !== 'boolean' || a.target.expected === b.target.expected) return undefined;
  // Stryker disable next-line StringLiteral: both callers tell only undefined from the rest, and 'edge' from the rest (checkPlan's severity); '' reads as 'values' in both
  return 'values';
}

/**
 * The pairs (positions in `targets`) that disagree and that the plan does not settle with
 * `governedBy`: their verdicts must not contradict each other.
 */
export function unsettledPairs(targets: readonly Target[], areaOf: (target: Target) => string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const group of groupsOf(targets, areaOf)) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Asked;
        const b = group[j] as Asked;
        if (a.target.governedBy !== undefined || b.target.governedBy !== undefined) continue;
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
