/**
 * The domain model: zod schemas for plans, objectives, targets, indicators, observations,
 * populations and areas, with the types inferred from them.
 *
 * @module
 */
export * from './primitives.js';
export * from './types.js';
export * from './target.js';
export * from './indicator.js';
export * from './objective.js';
export * from './area.js';
export * from './observation.js';
export * from './population.js';
export * from './plan.js';
export type { ParseResult } from './parseWith.js';
export * from './parsePlan.js';
export * from './parseTarget.js';
export * from './parseIndicator.js';
export * from './parseObservation.js';
export * from './parseObservations.js';
export * from './parsePopulation.js';
