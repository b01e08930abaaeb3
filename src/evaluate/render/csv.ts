/**
 * CSV by RFC 4180: a header row, one row per result, fields quoted when they hold a comma, a
 * quote or a line break (quotes doubled), lines ended by CRLF. Internal.
 *
 * @internal
 * @module
 */
import type { Renderer } from './types.js';

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV renderer. */
export const csv: Renderer = {
  format: 'csv',
  render(sheet) {
    return [sheet.headers, ...sheet.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
  },
};
