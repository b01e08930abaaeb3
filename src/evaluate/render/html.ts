/**
 * A self-contained HTML table: a `<section>` with its own `<style>`, a caption (the title and
 * scope), one row per result with its status coloured, and the counts; every text escaped.
 * Paste it into any page. Internal.
 *
 * @internal
 * @module
 */
import type { TargetStatus } from '../types.js';
import type { Renderer } from './types.js';

/** Status colours: background and text, readable on white and in print. */
const COLOURS: Readonly<Record<TargetStatus, readonly [string, string]>> = {
  achieved: ['#1b7f3b', '#ffffff'],
  'on-track': ['#c7ecd2', '#0b3d1b'],
  'off-track': ['#ffd699', '#4d2e00'],
  'not-achieved': ['#c62828', '#ffffff'],
  'no-data': ['#e0e0e0', '#212121'],
  'needs-review': ['#cfd8f6', '#1a237e'],
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = [
  '.chitieu-scorecard{font-family:system-ui,sans-serif;font-size:14px}',
  '.chitieu-scorecard table{border-collapse:collapse;width:100%}',
  '.chitieu-scorecard caption{text-align:left;font-weight:600;padding:4px 0}',
  '.chitieu-scorecard th,.chitieu-scorecard td{border:1px solid #bdbdbd;padding:4px 6px;vertical-align:top;text-align:left}',
  '.chitieu-scorecard th{background:#f5f5f5}',
  ...Object.entries(COLOURS).map(([status, [background, colour]]) => `.chitieu-scorecard .status-${status}{background:${background};color:${colour}}`),
].join('');

/** The HTML renderer. */
export const html: Renderer = {
  format: 'html',
  render(sheet, wording) {
    const statusColumn = sheet.headers.indexOf(wording.headers.status);
    const head = sheet.headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('');
    const body = sheet.rows
      .map((row, r) => {
        const status = sheet.statuses[r] as TargetStatus;
        const cells = row.map((cell, c) => (c === statusColumn ? `<td class="status-${status}">${escape(cell)}</td>` : `<td>${escape(cell)}</td>`));
        return `<tr data-status="${status}">${cells.join('')}</tr>`;
      })
      .join('\n');
    const caption = escape(sheet.title) + (sheet.scope === '' ? '' : `<br><small>${escape(sheet.scope)}</small>`);
    return [
      `<section class="chitieu-scorecard" lang="${wording.locale}">`,
      `<style>${STYLE}</style>`,
      `<table>`,
      `<caption>${caption}</caption>`,
      `<thead><tr>${head}</tr></thead>`,
      `<tbody>`,
      body,
      `</tbody>`,
      `</table>`,
      `<p>${escape(sheet.counts.join(' · '))}</p>`,
      `</section>`,
    ].join('\n') + '\n';
  },
};
