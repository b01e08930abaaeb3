/**
 * Exact numbers: per-N rates, percentages, half-up rounding, parsing and formatting in
 * `vi`/`en`, the smallest count that meets a threshold, and columnar batch rates.
 *
 * @module
 */
export { Decimal, type Num } from './decimal.js';
export { ratePer } from './ratePer.js';
export { per10k } from './per10k.js';
export { percent } from './percent.js';
export { roundHalfUp } from './roundHalfUp.js';
export { parseNumber } from './parseNumber.js';
export { formatNumber } from './formatNumber.js';
export { requiredNumerator } from './requiredNumerator.js';
export { maximumNumerator } from './maximumNumerator.js';
export { rateBatch } from './rateBatch.js';
export { toPlain, type Plain } from './toPlain.js';
