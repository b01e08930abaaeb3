/**
 * Internal: freeze a plan literal and everything in it, so that no caller can change a
 * shipped plan in place (the one freeze of the library, `src/freeze.ts`). Not part of the
 * public API.
 *
 * @internal
 * @module
 */
export { frozen as deepFreeze } from '../freeze.js';
