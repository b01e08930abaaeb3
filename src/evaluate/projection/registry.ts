/**
 * The projection methods, by id: adding one is a new module and one line here. Internal.
 *
 * @internal
 * @module
 */
import type { ProjectionMethod } from '../types.js';
import { growthRate } from './growthRate.js';
import { linear } from './linear.js';
import { sdg } from './sdg.js';
import type { ProjectionRule } from './types.js';

export type { ProjectionRule } from './types.js';

const METHODS: Readonly<Record<ProjectionMethod, ProjectionRule>> = {
  linear,
  'growth-rate': growthRate,
  sdg,
};

/** The method of an id (already checked against the registry's ids). */
export function projectionMethod(id: ProjectionMethod): ProjectionRule {
  return METHODS[id];
}

/** The ids of the methods, in the order the documentation lists them. */
export const PROJECTION_METHODS: readonly ProjectionMethod[] = Object.keys(METHODS) as ProjectionMethod[];
