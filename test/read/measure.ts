/**
 * The measurement of the reader against the five shipped plans: for each plan, which of its
 * targets `readPlan` recovers from the seed text with the same indicator, kind, comparator,
 * value (and range, change type, per-unit condition, expected answer), due date and draft
 * kind (`target`), and which drafts match no shipped target. Matching is one to one, in plan
 * order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Decimal } from '../../src/numeric/decimal.js';
import { caoMinh2026, district141Kh2023, ninhBinhHealth2026, thongNhat2026, xuanHung2026 } from '../../src/plans/index.js';
import type { Plan } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { readPlan } from '../../src/read/readPlan.js';
import type { PlanDraft, PlanTargetDraft } from '../../src/read/types.js';

const seeds = path.resolve(import.meta.dirname, '../fixtures/seeds');

/** The five shipped plans, each with the file of its seed text in test/fixtures/seeds. */
export const SEEDS = [
  [caoMinh2026, '000_fd165c55eb47a287.txt'],
  [xuanHung2026, '001_5e7367c98a0b8369.txt'],
  [thongNhat2026, '002_da0a84197d806a79.txt'],
  [district141Kh2023, '003_05f8f7336718eacd.txt'],
  [ninhBinhHealth2026, '004_601fc4afb53c578e.txt'],
] as const;

/** The seed text of a shipped plan, read from test/fixtures/seeds. */
export function seedText(file: string): string {
  return readFileSync(path.join(seeds, file), 'utf8');
}

function same(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return new Decimal(a).equals(b);
}

/** True when a draft recovers a shipped target. */
export function recovers(target: Target, draft: PlanTargetDraft): boolean {
  if (draft.kind !== 'target' || draft.indicator !== target.indicator || draft.targetKind !== target.kind || draft.due !== target.due) return false;
  switch (target.kind) {
    case 'level':
      return draft.comparator === target.comparator && same(draft.value, target.value) && (target.comparator !== 'between' || same(draft.upper, target.upper));
    case 'change':
      return draft.comparator === target.comparator && same(draft.value, target.value) && draft.change === target.change;
    case 'maintain':
    case 'count':
      return draft.comparator === target.comparator && same(draft.value, target.value);
    case 'share':
      return (
        draft.comparator === target.comparator &&
        same(draft.value, target.value) &&
        draft.condition?.indicator === target.condition.indicator &&
        draft.condition.comparator === target.condition.comparator &&
        same(draft.condition.value, target.condition.value)
      );
    case 'boolean':
      return draft.expected === target.expected;
    default:
      return true;
  }
}

/** One plan's measurement. */
export interface Measurement {
  readonly plan: string;
  readonly read: PlanDraft;
  readonly shipped: readonly Target[];
  readonly recovered: readonly { target: Target; draft: PlanTargetDraft }[];
  readonly misses: readonly Target[];
  /** Target drafts (kind `target`) that recover no shipped target. */
  readonly unmatched: readonly PlanTargetDraft[];
  /** All target drafts (kind `target`). */
  readonly drafts: number;
}

/** Measure `readPlan` on a seed text against its shipped plan. */
export function measure(plan: Plan, file: string): Measurement {
  const read = readPlan(seedText(file), { id: plan.id });
  const drafts = read.drafts.filter((draft) => draft.kind === 'target');
  const shipped = plan.objectives.flatMap((objective) => objective.targets);
  const used = new Set<PlanTargetDraft>();
  const recovered: { target: Target; draft: PlanTargetDraft }[] = [];
  const misses: Target[] = [];
  for (const target of shipped) {
    const draft = drafts.find((candidate) => !used.has(candidate) && recovers(target, candidate));
    if (draft === undefined) misses.push(target);
    else {
      used.add(draft);
      recovered.push({ target, draft });
    }
  }
  return { plan: plan.id, read, shipped, recovered, misses, unmatched: drafts.filter((draft) => !used.has(draft)), drafts: drafts.length };
}

/** A draft in a line: where it was read, and what it says. */
export function describeDraft(draft: PlanTargetDraft): string {
  const threshold = draft.targetKind === 'boolean' ? String(draft.expected) : `${draft.comparator ?? ''} ${draft.value ?? ''}${draft.upper === undefined ? '' : `–${draft.upper}`}`;
  const condition = draft.condition === undefined ? '' : ` (each: ${draft.condition.comparator} ${draft.condition.value})`;
  return `line ${draft.line}: ${draft.targetKind} ${draft.indicator ?? '?'} ${threshold}${condition} due ${draft.due ?? '?'} “${draft.text.slice(0, 60)}”`;
}

/** A shipped target in a line. */
export function describeTarget(target: Target): string {
  const threshold =
    target.kind === 'boolean'
      ? String(target.expected)
      : target.kind === 'qualitative'
        ? ''
        : `${target.comparator} ${target.value}${target.kind === 'level' && target.upper !== undefined ? `–${target.upper}` : ''}`;
  return `${target.id}: ${target.kind} ${target.indicator} ${threshold} due ${target.due}`;
}

/** The draft's key for the list of explained unmatched drafts: plan, indicator, kind, due, value. */
export function unmatchedKey(plan: string, draft: PlanTargetDraft): string {
  return `${plan} ${draft.indicator ?? '?'} ${draft.targetKind} ${draft.due ?? '?'} ${draft.comparator ?? ''}${draft.value ?? ''}`;
}
