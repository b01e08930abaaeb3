/**
 * chitieu: Vietnamese health plans as typed data, and the exact arithmetic they are judged by.
 *
 * The layers, each importable from here: errors, numeric (exact rates, rounding, parsing),
 * stats (intervals), population, calendar, model (zod schemas), catalog (indicators) and
 * evaluate (targets, scorecards, consistency checks). The five source plans are a separate
 * entry point, `chitieu/plans`.
 *
 * @packageDocumentation
 */
export { ChitieuError, type ErrorCode, type BilingualText, type ValidationIssue, type ChitieuErrorOptions } from './errors.js';
export * from './numeric/index.js';
export * from './stats/index.js';
export * from './population/index.js';
export * from './model/index.js';
export * from './catalog/index.js';
export * from './calendar/index.js';
export * from './evaluate/index.js';
