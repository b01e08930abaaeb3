/**
 * Internal: `'YYYY-MM-DD'` for an already validated calendar day (month 1–12), written by the
 * isoDay leaf.
 *
 * @internal
 */
export { formatIsoDay as formatDay } from '../isoDay.js';
