/**
 * A Markdown table: a heading, the scope, one row per result, then the counts. Cells have
 * their pipes escaped and line breaks folded. Internal.
 *
 * @internal
 * @module
 */
import type { Renderer } from './types.js';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

/** The Markdown renderer. */
export const markdown: Renderer = {
  format: 'markdown',
  render(sheet) {
    const lines = [`## ${cell(sheet.title)}`, ''];
    if (sheet.scope !== '') lines.push(cell(sheet.scope), '');
    lines.push(`| ${sheet.headers.map(cell).join(' | ')} |`, `|${sheet.headers.map(() => ' --- ').join('|')}|`);
    for (const row of sheet.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('', sheet.counts.join(' · '));
    return lines.join('\n') + '\n';
  },
};
