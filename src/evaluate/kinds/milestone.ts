/**
 * Milestones: a target on the way to a later one of the same plan (“năm 2024 có 07 Trạm Y tế”
 * toward 100% in 2025), judged in its own right by the rules of its shape; the explanation
 * names the target it leads to. Internal.
 *
 * @internal
 * @module
 */
import type { KindRule } from './types.js';

/** The milestone kind: its shape's rules, under its own id. */
export function milestoneOf(shape: KindRule): KindRule {
  // Stryker disable next-line StringLiteral: a kind module's id is never read
  return { ...shape, id: 'milestone' };
}
