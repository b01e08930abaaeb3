/**
 * docs/indicators.md, the reference's page of the catalog's indicators, is what
 * scripts/indicators-page.ts writes from the catalog today (regenerate it with
 * `npx tsx scripts/indicators-page.ts` after changing the catalog).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorsPage } from '../../scripts/indicators-page.js';
import { indicators } from '../../src/catalog/index.js';

describe('docs/indicators.md', () => {
  const page = readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');
  it('is current with the catalog', () => {
    expect(page).toBe(indicatorsPage());
  });
  it('lists every indicator with its names, unit and precision', () => {
    for (const indicator of indicators) expect(page).toContain(`## ${indicator.id}\n`);
    // the catalog's doctors per 10 000: one decimal, GSO's definition (bác sĩ and above)
    expect(page).toContain('| [`doctors-per-10k`](#doctors-per-10k) | Số bác sĩ trên 10.000 dân / Doctors per 10,000 population | bác sĩ/vạn dân | 10000 | 1 | higher is better | stock |');
  });
});
