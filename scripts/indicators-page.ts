/**
 * Write docs/indicators.md, the page of the reference that lists the catalog's indicators:
 * id, names, unit, multiplier, published decimals, polarity, nature, definition and sources.
 * Generated from the catalog (`npx tsx scripts/indicators-page.ts`); a test keeps the page
 * equal to what this writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicators } from '../src/catalog/index.js';
import type { Indicator, IndicatorReference } from '../src/model/index.js';

const POLARITY: Record<Indicator['polarity'], string> = {
  'higher-is-better': 'higher is better',
  'lower-is-better': 'lower is better',
  band: 'within a band',
};

/** Text for a table cell: no line breaks, no unescaped bars. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function source(reference: IndicatorReference): string {
  const title = reference.url === undefined ? reference.title : `[${reference.title}](${reference.url})`;
  const code = reference.code === undefined ? '' : ` ${reference.code}`;
  const note = reference.note === undefined ? '' : `: ${reference.note}`;
  return `- \`${reference.system}\`${code}: ${title}${note}`;
}

/** The page, as Markdown. */
export function indicatorsPage(): string {
  const lines = [
    '---',
    'title: Indicators',
    '---',
    '',
    '# The indicators of the catalog',
    '',
    `The ${indicators.length} indicators the encoded plans use, as \`getIndicator(id)\` returns them. Generated from`,
    'the catalog (`src/catalog/indicators.ts`) by `scripts/indicators-page.ts`; do not edit by hand.',
    '',
    '| id | name | unit | multiplier | decimals | polarity | nature |',
    '|---|---|---|---|---|---|---|',
    ...indicators.map(
      (indicator) =>
        `| [\`${indicator.id}\`](#${indicator.id}) | ${cell(indicator.name.vi)} / ${cell(indicator.name.en)} | ${cell(indicator.unit.vi)} | ${indicator.multiplier ?? ''} | ${indicator.decimals} | ${POLARITY[indicator.polarity]} | ${indicator.nature ?? 'flow (not stated)'} |`,
    ),
    '',
  ];
  for (const indicator of indicators) {
    lines.push(`## ${indicator.id}`, '', `**${indicator.name.vi}** / ${indicator.name.en}`, '');
    lines.push(`- unit: ${indicator.unit.vi} / ${indicator.unit.en}`);
    lines.push(`- measure: ${indicator.measure}${indicator.multiplier === undefined ? '' : `, per ${indicator.multiplier.toLocaleString('en')}`}; published with ${indicator.decimals} decimal${indicator.decimals === 1 ? '' : 's'}`);
    lines.push(`- polarity: ${POLARITY[indicator.polarity]}${indicator.referenceRange === undefined ? '' : ` (normally ${indicator.referenceRange.lower}–${indicator.referenceRange.upper})`}`);
    lines.push(`- nature: ${indicator.nature ?? 'not stated (judged as a flow)'}`);
    if (indicator.variantOf !== undefined) lines.push(`- a variant of [\`${indicator.variantOf}\`](#${indicator.variantOf})`);
    if (indicator.numerator !== undefined) lines.push(`- numerator: ${cell(indicator.numerator.en)} (${cell(indicator.numerator.vi)})`);
    if (indicator.denominator !== undefined) lines.push(`- denominator: ${cell(indicator.denominator.en)} (${cell(indicator.denominator.vi)})`);
    lines.push('');
    if (indicator.definitionNote !== undefined) lines.push(indicator.definitionNote.en, '', `> ${indicator.definitionNote.vi}`, '');
    if (indicator.references.length > 0) lines.push('Sources:', '', ...indicator.references.map(source), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('../docs/indicators.md', import.meta.url));
  writeFileSync(file, indicatorsPage());
  console.log('wrote docs/indicators.md');
}
