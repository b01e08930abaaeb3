/**
 * What the scorecards say besides the verdicts (evaluatePlan, evaluateAreas, evaluateTable,
 * tableResult): their kind and title, the area of a target that names its own, a table's cells
 * held back for targets that contradict each other, the full details of a due result in a
 * plan's scorecard, and the error of a table not made by evaluateTable (src/evaluate/messages
 * en.ts notATable, vi.ts). Thresholds and figures are the plan's, as given; the doctors'
 * figures are per 10,000 people, worked in the comments.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAreas } from '../../src/evaluate/evaluateAreas.js';
import { evaluatePlan } from '../../src/evaluate/evaluatePlan.js';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { tableResult } from '../../src/evaluate/tableResult.js';
import { parsePlan, type Plan } from '../../src/model/index.js';
import { TargetSchema } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

function planWith(targets: unknown[]): Plan {
  return parsePlan({
    id: 'p', kind: 'plan', title: { vi: 'Kế hoạch y tế xã', en: 'Commune health plan' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
    area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
  });
}
const doctors = (id: string, value: string, extra: Record<string, unknown> = {}) =>
  ({ id, indicator: 'doctors-per-10k', comparator: '>=', value, due: '2026-12-31', ...extra });
const asOf = '2027-01-31';

describe('a plan’s scorecard', () => {
  it('says what it is, and carries the plan’s title in both languages', () => {
    const card = evaluatePlan(planWith([doctors('a', '17.5')]), [], { asOf });
    expect([card.kind, card.plan, card.title, card.area]).toEqual(['chitieu/plan-scorecard', 'p', { vi: 'Kế hoạch y tế xã', en: 'Commune health plan' }, 'xa']);
  });
  it('a target naming its own area is evaluated there, not in the plan’s', () => {
    // 21 / 12,000 × 10,000 = 17.5 ≥ 17.5 in xb; xa has no figure
    const observations = [{ indicator: 'doctors-per-10k', area: 'xb', period: '2026', numerator: '21', denominator: '12000' }];
    const card = evaluatePlan(planWith([doctors('a', '17.5', { area: 'xb' })]), observations, { asOf });
    expect(card.results.map((r) => [r.area, r.status, r.published])).toEqual([['xb', 'achieved', '17.5']]);
  });
  it('options.area overrides the area a target names', () => {
    const observations = [{ indicator: 'doctors-per-10k', area: 'xc', period: '2026', numerator: '21', denominator: '12000' }];
    const card = evaluatePlan(planWith([doctors('a', '17.5', { area: 'xb' })]), observations, { asOf, area: 'xc' });
    expect(card.results.map((r) => [r.area, r.status, r.published])).toEqual([['xc', 'achieved', '17.5']]);
  });
  it('a due result is described in full: exact figure, baseline from the earliest figure, progress', () => {
    // 2025: 15 / 12,000 × 10,000 = 12.5; 2026: 18 / 12,000 × 10,000 = 15 < 17.5, not achieved
    // progress from 12.5 toward 17.5: (15 − 12.5) / (17.5 − 12.5) = 50.0%
    const observations = [
      { indicator: 'doctors-per-10k', area: 'xa', period: '2025', numerator: '15', denominator: '12000' },
      { indicator: 'doctors-per-10k', area: 'xa', period: '2026', numerator: '18', denominator: '12000' },
    ];
    const [result] = evaluatePlan(planWith([doctors('a', '17.5')]), observations, { asOf }).results;
    expect([result?.status, result?.published, result?.actual, result?.baseline, result?.progress]).toEqual(['not-achieved', '15.0', '15', { period: '2025', value: '12.5' }, '50.0']);
  });
});

describe('area scorecards', () => {
  it('say what they are', () => {
    const cards = evaluateAreas([TargetSchema.parse(doctors('a', '17.5'))], [], { asOf, rows: ['xa', 'xb'] });
    expect(cards.map((card) => [card.kind, card.area])).toEqual([['chitieu/area-scorecard', 'xa'], ['chitieu/area-scorecard', 'xb']]);
  });
});

describe('a table', () => {
  const targets = [TargetSchema.parse(doctors('low', '17.5')), TargetSchema.parse(doctors('high', '20'))];
  it('holds back the verdicts of targets that contradict each other, and only there', () => {
    // xa: 18 meets “at least 17.5”, not “at least 20”: both cells need review (conflict)
    // xb: 21 meets both: the verdicts agree and stand
    const observations = [
      { indicator: 'doctors-per-10k', area: 'xa', period: '2026', value: '18' },
      { indicator: 'doctors-per-10k', area: 'xb', period: '2026', value: '21' },
    ];
    const table = evaluateTable(targets, observations, { asOf, rows: ['xa', 'xb'] });
    expect([table.status, table.reason, table.published]).toEqual([
      ['needs-review', 'needs-review', 'achieved', 'achieved'],
      ['conflict', 'conflict', null, null],
      ['18.0', '18.0', '21.0', '21.0'],
    ]);
    expect([tableResult(table, 0, 1).status, tableResult(table, 0, 1).conflictsWith]).toEqual(['needs-review', 'low']);
  });
  it('a table not made by evaluateTable is refused, and the message says what was given', () => {
    const error = expectChitieuError(() => tableResult({ rows: [] } as never, 0, 0), 'INVALID_ARGUMENT', 'table');
    expect(error.message).toBe('table must be a table that evaluateTable returned in this process (got an object)');
    expect(error.vi).toBe('table phải là một bảng do evaluateTable trả về trong tiến trình này (nhận một đối tượng)');
  });
  it('a position that is not an integer is refused', () => {
    const table = evaluateTable(targets, [], { asOf, rows: ['xa'] });
    const error = expectChitieuError(() => tableResult(table, '0' as never, 0), 'INVALID_ARGUMENT', 'row');
    expect(error.message).toBe('row must be the position of a row in table.rows, an integer from 0 to 0 (got "0")');
  });
  it('positions before the first and past the last are refused', () => {
    const table = evaluateTable(targets, [], { asOf, rows: ['xa'] });
    const before = expectChitieuError(() => tableResult(table, -1, 0), 'INVALID_ARGUMENT', 'row');
    expect(before.message).toBe('row must be the position of a row in table.rows, an integer from 0 to 0 (got -1)');
    // two targets: positions 0 and 1
    const past = expectChitieuError(() => tableResult(table, 0, 2), 'INVALID_ARGUMENT', 'target');
    expect(past.message).toBe('target must be the position of a target in table.targets, an integer from 0 to 1 (got 2)');
  });
});
