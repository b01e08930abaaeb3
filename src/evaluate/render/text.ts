/**
 * Plain text: the title, the scope, one line per result (`[status] id: explanation`), then the
 * counts. Internal.
 *
 * @internal
 * @module
 */
import type { Renderer } from './types.js';

/** The text renderer. */
export const text: Renderer = {
  format: 'text',
  render(sheet, wording) {
    const lines = [sheet.title];
    if (sheet.scope !== '') lines.push(sheet.scope);
    lines.push('');
    sheet.rows.forEach((row, r) => {
      const status = wording.status[sheet.statuses[r] as keyof typeof wording.status];
      const line = row[sheet.lineColumn] as string;
      lines.push(`[${status}] ${sheet.ids[r] as string}${line === '' ? '' : `: ${line}`}`);
    });
    lines.push('', sheet.counts.join('; '));
    return lines.join('\n') + '\n';
  },
};
