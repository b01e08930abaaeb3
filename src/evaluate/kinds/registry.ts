/**
 * The kinds of target, by id: adding a kind is a new module and one line here. Internal.
 *
 * @internal
 * @module
 */
import type { Target } from '../../model/target.js';
import { boolean } from './boolean.js';
import { change } from './change.js';
import { count } from './count.js';
import { level } from './level.js';
import { maintain } from './maintain.js';
import { milestoneOf } from './milestone.js';
import { qualitative } from './qualitative.js';
import { range } from './range.js';
import { share } from './share.js';
import type { KindRule } from './types.js';

const SHAPES: Readonly<Record<Target['kind'] | 'range', KindRule>> = {
  level,
  range,
  change,
  maintain,
  share,
  count,
  boolean,
  qualitative,
};

/** The kind module of a target's shape: its `kind`, with a range (`between`) apart from a level. */
export function shapeOf(target: Target): KindRule {
  // Stryker disable next-line LogicalOperator,EqualityOperator,StringLiteral: a range is the level module under another id, and a kind module's id is never read: either judges, describes and bounds a target the same
  if (target.kind === 'level' && target.comparator === 'between') return SHAPES.range;
  return SHAPES[target.kind];
}

/** The kind module that judges a target: a milestone's is its shape's under the milestone id. */
export function kindOf(target: Target): KindRule {
  const shape = shapeOf(target);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a milestone's module is its shape's under another id, and a kind module's id is never read
  return target.milestoneOf === undefined ? shape : milestoneOf(shape);
}
