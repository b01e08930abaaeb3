/**
 * Range targets: a level between two bounds, both included (“từ 4 đến 5”). Judged like a level
 * whose comparator is `between`. Internal.
 *
 * @internal
 * @module
 */
import { level } from './level.js';
import type { KindRule } from './types.js';

/** The range kind. */
export const range: KindRule = { ...level, id: 'range' };
