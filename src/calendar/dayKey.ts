/**
 * Internal: an ISO date `'YYYY-MM-DD'` (four-digit year) as the number YYYYMMDD, which
 * orders as the dates do (`'2026-06-30'` → 20260630), so that dates compare by subtraction.
 *
 * @internal
 */
export function dayKey(iso: string): number {
  return Number(iso.replaceAll('-', ''));
}
