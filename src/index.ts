/**
 * chitieu: Vietnamese health plans as typed data, and the exact arithmetic they are judged by.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './numeric/index.js';
export * from './model/index.js';
