/**
 * The exact kernel: rationals, half-up rounding, comparison, decimal text in and out, and
 * the smallest or largest count at a published precision, each written once. Internal: the
 * package root does not export it; the numeric functions and the evaluation use it.
 *
 * @internal
 * @module
 */
export * from './integers.js';
export * from './rational.js';
export * from './parse.js';
export * from './round.js';
export * from './text.js';
export * from './counts.js';
