/**
 * "What it takes" counts, from the exact kernel. Internal.
 *
 * @internal
 * @module
 */
export { largestCount as maximumCount, smallestCount as minimumCount } from '../../numeric/exact/counts.js';
export { ceilDivSmall as ceilDiv, floorDivSmall as floorDiv } from '../../numeric/exact/integers.js';
