/**
 * The appendix table of the Thống Nhất plan (002, lines 186–193), read by hand: its columns are
 * “TT | Chỉ tiêu phát triển | Đơn vị | 2021-2025 | 2026-2030 | Ghi chú”, so each row's target is
 * the 2026–2030 column, due at the end of 2030 unless the row names its own year, and the
 * 2021–2025 column, where it has a figure, is its baseline (the seeds' README lists the same
 * rows). A row's figure with its unit and comparator as the cell writes it (“>95”, “≥ 20”).
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';
import type { PlanTargetDraft } from '../../src/read/types.js';
import { seedText } from './measure.js';

const SEED = seedText('002_da0a84197d806a79.txt');

/** The drafts read from the plan, inside each test (read at load time, mutation testing could not see them change). */
function drafts(): readonly PlanTargetDraft[] {
  return readPlan(SEED).drafts;
}

/** The drafts read from a line (a repeat merged into an earlier draft counts for its line). */
function atLine(line: number): PlanTargetDraft[] {
  return drafts().filter((draft) => draft.line === line || draft.repeats.includes(line));
}

describe('the Thống Nhất appendix table', () => {
  it('row 1: universal insurance coverage, above 95% by 2030, from 95% in 2021–2025', () => {
    const row = atLine(187).find((draft) => draft.indicator === 'health-insurance-coverage' && draft.due === '2030-12-31' && draft.value === '95');
    expect(row).toMatchObject({ comparator: '>', value: '95', per: 100, due: '2030-12-31' });
    const own = drafts().find((draft) => draft.line === 187 && draft.indicator === 'health-insurance-coverage' && draft.comparator === '>');
    expect(own?.baseline).toMatchObject({ value: '95', period: '2021-2025' });
  });

  it('row 2: mean height of ages 1–18, up by at least 1.5 cm by 2030', () => {
    const row = atLine(188).find((draft) => draft.indicator === 'mean-height-1-18');
    expect(row).toMatchObject({ targetKind: 'change', comparator: '>=', value: '1.5', unit: 'cm', due: '2030-12-31' });
  });

  it('row 4: essential immunization above 98%, as it was above 98% in 2021–2025', () => {
    const row = atLine(190).find((draft) => draft.indicator === 'essential-immunization-coverage');
    expect(row).toMatchObject({ comparator: '>', value: '98', due: '2030-12-31' });
  });

  it('row 5: free check-ups for 100% of people by 2030', () => {
    const row = atLine(191).find((draft) => draft.indicator === 'free-checkup-coverage');
    // a share of people to reach: at least 100%
    expect(row).toMatchObject({ comparator: '>=', value: '100', due: '2030-12-31' });
  });

  it('row 7: insured visits at the commune station at least 20% by 2030 (the cell says ≥ 20)', () => {
    const row = drafts().find((draft) => draft.line === 193 && draft.indicator === 'insured-visits-at-commune-stations');
    expect(row).toMatchObject({ comparator: '>=', value: '20', per: 100, due: '2030-12-31' });
  });
});
