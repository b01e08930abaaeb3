/**
 * The status counts of a scorecard and of a table, worked in each test (not when the file
 * loads, so that each run of a test counts afresh). Six targets, one per area, each with a
 * status worked by hand on 2027-01-31:
 * - a1 doctors ≥ 17.5 by 2026, 17.5 in 2026: achieved;
 * - a2 beds ≥ 49.2 by 2026, 40 in 2026: not achieved;
 * - a3 coverage > 95 by 2026, nothing observed: no data;
 * - a4 doctors ≥ 17.5 by 2026, a yes/no where a number belongs: needs review;
 * - a5 doctors ≥ 17.5 by 2030, 10 in 2021 (at 2022.0) and 16 in 2026 (at 2027.0): the line
 *   climbs 1.2 a year, 16 + 4 × 1.2 = 20.8 at 2031.0, on track;
 * - a6 beds ≥ 49.2 by 2030, 40 in 2021 and 41 in 2026: 0.2 a year, 41.8 at 2031.0, off track.
 * Twice over, the counts are 2 of each. The table's column and the cards of evaluateAreas are
 * counted from one target in two areas.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAreas } from '../../src/evaluate/evaluateAreas.js';
import { evaluatePlan } from '../../src/evaluate/evaluatePlan.js';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { PlanSchema } from '../../src/model/plan.js';
import { TargetSchema } from '../../src/model/target.js';

const asOf = '2027-01-31';
const targets = [
  { id: 't1', area: 'a1', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
  { id: 't2', area: 'a2', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' },
  { id: 't3', area: 'a3', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' },
  { id: 't4', area: 'a4', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
  { id: 't5', area: 'a5', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2030-12-31' },
  { id: 't6', area: 'a6', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2030-12-31' },
] as const;
const observations = [
  { indicator: 'doctors-per-10k', area: 'a1', period: '2026', value: '17.5' },
  { indicator: 'beds-per-10k', area: 'a2', period: '2026', value: '40' },
  { indicator: 'doctors-per-10k', area: 'a4', period: '2026', value: true },
  { indicator: 'doctors-per-10k', area: 'a5', period: '2021', value: '10' },
  { indicator: 'doctors-per-10k', area: 'a5', period: '2026', value: '16' },
  { indicator: 'beds-per-10k', area: 'a6', period: '2021', value: '40' },
  { indicator: 'beds-per-10k', area: 'a6', period: '2026', value: '41' },
];
const STATUSES = ['achieved', 'not-achieved', 'no-data', 'needs-review', 'on-track', 'off-track'];
const twice = { achieved: 2, 'not-achieved': 2, 'on-track': 2, 'off-track': 2, 'no-data': 2, 'needs-review': 2 };

describe('status counts', () => {
  it('a scorecard counts its results', () => {
    const plan = PlanSchema.parse({
      id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND' }, level: 'commune' },
      area: { id: 'a1', name: { vi: 'Xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
      objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets: [...targets, ...targets.map((t) => ({ ...t, id: `${t.id}b` }))] }],
    });
    const card = evaluatePlan(plan, observations, { asOf });
    expect(card.results.map((r) => r.status)).toEqual([...STATUSES, ...STATUSES]);
    expect(card.counts).toEqual(twice);
  });
  it('a table counts its status column, and each area its own card', () => {
    // doctors ≥ 17.5 by 2026 in areas a1 and a2: 17.5 in a1, achieved; no figure in a2, no data
    const doctors = [TargetSchema.parse({ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' })];
    const table = evaluateTable(doctors, observations, { asOf, rows: ['a1', 'a2'] });
    expect([...table.status]).toEqual(['achieved', 'no-data']);
    expect(table.counts).toEqual({ achieved: 1, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 1, 'needs-review': 0 });
    const cards = evaluateAreas(doctors, observations, { asOf, rows: ['a1', 'a2'] });
    expect(cards.map((c) => c.counts)).toEqual([
      { achieved: 1, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 0, 'needs-review': 0 },
      { achieved: 0, 'not-achieved': 0, 'on-track': 0, 'off-track': 0, 'no-data': 1, 'needs-review': 0 },
    ]);
  });
});
