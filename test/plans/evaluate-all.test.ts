/**
 * Every target of the five source plans evaluates, at any date and with or without data, to
 * one of the six statuses with an explanation in both languages; none throws. The dates run
 * from before the earliest plan starts (2023) to after the last target falls due (2045).
 */
import { describe, expect, it } from 'vitest';
import { observations } from '../../examples/data/observations.js';
import { evaluatePlan } from '../../src/evaluate/evaluatePlan.js';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { statusLabel } from '../../src/evaluate/statusLabel.js';
import { tableResult } from '../../src/evaluate/tableResult.js';
import { plans } from '../../src/plans/index.js';

const DATES = ['2023-06-30', '2024-12-31', '2025-12-31', '2026-06-30', '2026-12-31', '2027-12-31', '2030-12-31', '2046-01-01'];
const STATUSES = ['achieved', 'not-achieved', 'on-track', 'off-track', 'no-data', 'needs-review'];

describe('every target of the five plans evaluates', () => {
  for (const plan of plans) {
    const targets = plan.objectives.flatMap((objective) => objective.targets);
    it(`${plan.id}: ${targets.length} targets at ${DATES.length} dates, with the example data and with none`, () => {
      for (const asOf of DATES) {
        for (const data of [observations, []]) {
          const card = evaluatePlan(plan, data, { asOf });
          expect(card.results.map((result) => result.target)).toEqual(targets.map((target) => target.id));
          for (const result of card.results) {
            expect(STATUSES).toContain(result.status);
            // the line ends with the verdict's label, in each language
            expect(result.explanation.vi.endsWith(`: ${statusLabel(result.status).vi}.`)).toBe(true);
            expect(result.explanation.en.endsWith(`: ${statusLabel(result.status).en}.`)).toBe(true);
          }
          expect(Object.values(card.counts).reduce((sum, n) => sum + n, 0)).toBe(targets.length);
        }
      }
    });
  }

  it('as a table over the plans’ own areas, each cell as evaluatePlan judges it', () => {
    for (const plan of plans) {
      const table = evaluateTable(plan, observations, { asOf: '2026-12-31', rows: [plan.area.id] });
      const card = evaluatePlan(plan, observations, { asOf: '2026-12-31', area: plan.area.id });
      expect(table.status).toEqual(card.results.map((result) => result.status));
      card.results.forEach((result, t) => expect(tableResult(table, 0, t)).toEqual(result));
    }
  });
});
