import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { cmp, type Q } from '../numeric/exact/rational.js';
import { yearOf } from './engine/conflicts.js';
import { shapeOf } from './kinds/registry.js';
import type { Bound, Bounds } from './kinds/types.js';
import { checkParsedPlan } from './engine/evaluate.js';
import type { Finding } from './findings.js';
import { finding, LESS_AMBITIOUS, LESS_AMBITIOUS_LATER } from './messages/index.js';

interface Entry {
  readonly target: Target;
  readonly threshold: Bounds;
  readonly year: number;
}

function entries(plan: Plan): Entry[] {
  const list: Entry[] = [];
  for (const objective of plan.objectives) {
    for (const target of objective.targets) {
      const threshold = shapeOf(target).bounds(target);
      if (threshold !== undefined) list.push({ target, threshold, year: yearOf(target.due) });
    }
  }
  return list;
}

/** How two values rank in a direction: 1 when the first asks more. */
const ORDER = {
  up: (a: Q, b: Q) => cmp(a, b),
  down: (a: Q, b: Q) => cmp(b, a),
} as const;

/**
 * True when bound `a` asks at least as much as bound `b` in direction `direction`: for `up`,
 * a higher value, or the same value and `a` strict or `b` inclusive; for `down`, the mirror.
 */
function atLeastAsStrict(a: Bound, b: Bound, direction: 'up' | 'down'): boolean {
  const order = ORDER[direction](a.value, b.value);
  if (order !== 0) return order === 1;
  return a.strict || !b.strict;
}

/** How a threshold is written in a message: `>= 20`, `4–5`. */
function describeThreshold(threshold: Bounds): string {
  return threshold.upper === undefined ? `${threshold.comparator} ${threshold.value}` : `${threshold.value}–${threshold.upper}`;
}

/** True when `child` asks at least what `parent` asks, in every direction the parent bounds. */
function meets(child: Bounds, parent: Bounds): boolean {
  if (parent.up !== undefined && (child.up === undefined || !atLeastAsStrict(child.up, parent.up, 'up'))) return false;
  if (parent.down !== undefined && (child.down === undefined || !atLeastAsStrict(child.down, parent.down, 'down'))) return false;
  return true;
}

/** True when `child` meets `parent` and asks strictly more in at least one of the parent's directions. */
function stronger(child: Bounds, parent: Bounds): boolean {
  if (!meets(child, parent)) return false;
  // meets() has made sure that the child bounds every direction the parent bounds
  const up = parent.up !== undefined && !atLeastAsStrict(parent.up, child.up as Bound, 'up');
  const down = parent.down !== undefined && !atLeastAsStrict(parent.down, child.down as Bound, 'down');
  return up || down;
}

/** True when the two bound the indicator in a common direction, so that they can be ranked. */
function comparable(child: Bounds, parent: Bounds): boolean {
  return (parent.up !== undefined && child.up !== undefined) || (parent.down !== undefined && child.down !== undefined);
}

/**
 * Find where a child plan (a commune's) asks less than its parent (the province's, or a
 * resolution it implements), target by target.
 *
 * For each parent target and each child target on the same indicator that measures the
 * same thing (the value; a share of units under the same condition; a change of the same
 * type), compared exactly as decimals:
 *
 * - **same year** (of the due dates): the child is less ambitious when its threshold is
 *   weaker. For `>`/`>=` that is a lower value, or the same value inclusive where the parent
 *   is strict (`>=` 95 under a parent's `>` 95); for `<`/`<=` the mirror image (a higher
 *   value, or `<=` under `<`). A range (`between`) bounds both ways: its lower end counts
 *   against a parent's `>`/`>=`, its upper end against `<`/`<=`.
 * - **child due later**: the child is less ambitious when its threshold is not stronger
 *   than the parent's, i.e. it reaches the parent's level (or less) later than the parent
 *   asks. A child due later with a higher level is not flagged by itself.
 * - **child due earlier**: never flagged (an earlier milestone below the parent's final
 *   level is not a contradiction).
 *
 * No pair is flagged when the child also has a target on that indicator due no later than
 * the parent's that asks at least as much: it then commits to the parent's level in time.
 * Areas are not compared (a child covers part of its parent's area). Targets with `=`,
 * yes/no, qualitative and open (`unspecified`) changes are not compared, nor is a parent
 * target the child does not take up at all. Each flagged pair is one
 * `LESS_AMBITIOUS_THAN_PARENT` finding (severity `error`), `targets: [childId, parentId]`.
 *
 * @param child - the parsed plan that implements `parent`.
 * @param parent - the parsed parent plan.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `child` or `parent` (or the objective
 *   or target at fault) when it is not a parsed plan.
 * @category Evaluation
 * @example
 * ```ts
 * import { checkAlignment, parsePlan } from 'chitieu';
 *
 * const plan = (id: string, comparator: string, value: string, due: string) => parsePlan({
 *   id, kind: 'plan', title: { vi: id }, issuer: { name: { vi: id }, level: 'commune' },
 *   area: { id, name: { vi: id }, level: 'commune' }, period: { from: 2026, to: 2030 },
 *   objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' },
 *     targets: [{ id: `${id}/bhyt`, indicator: 'health-insurance-coverage', comparator, value, due }] }],
 * });
 * const parent = plan('province', '>', '95', '2026-12-31');
 * console.log(checkAlignment(plan('commune', '>=', '95', '2026-12-31'), parent)[0]?.targets); // [ 'commune/bhyt', 'province/bhyt' ]
 * console.log(checkAlignment(plan('commune', '>', '95.5', '2026-12-31'), parent)); // []
 * ```
 */
export function checkAlignment(child: Plan, parent: Plan): Finding[] {
  checkParsedPlan(child, 'child');
  checkParsedPlan(parent, 'parent');
  const childEntries = entries(child);
  const findings: Finding[] = [];
  for (const p of entries(parent)) {
    const candidates = childEntries.filter(
      (c) => c.target.indicator === p.target.indicator && c.threshold.quantity === p.threshold.quantity && comparable(c.threshold, p.threshold),
    );
    if (candidates.some((c) => c.year <= p.year && meets(c.threshold, p.threshold))) continue;
    for (const c of candidates) {
      const later = c.year > p.year;
      if (c.year < p.year) continue;
      if (later ? stronger(c.threshold, p.threshold) : meets(c.threshold, p.threshold)) continue;
      const childText = `'${c.target.id}' (${describeThreshold(c.threshold)}, ${c.year})`;
      const parentText = `'${p.target.id}' (${describeThreshold(p.threshold)}, ${p.year})`;
      const params = { child: childText, childPlan: child.id, parent: parentText, parentPlan: parent.id };
      findings.push(finding(later ? LESS_AMBITIOUS_LATER : LESS_AMBITIOUS, 'error', [c.target.id, p.target.id], params));
    }
  }
  return findings;
}
