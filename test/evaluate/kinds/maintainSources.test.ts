/**
 * Maintain targets beyond maintain.test.ts and maintainTable.test.ts: an area's yearly figure
 * summed from the areas below it only when the indicator is a count, what it takes shown only
 * when the level is not held, and a table's cells judged exactly when `compare: 'exact'` asks
 * it. Also a table's change and level cells under `compare: 'exact'`. Every expected value is
 * worked by hand beside it (DESIGN.md, "How a target is judged", 5: the level must hold in
 * every year from the start to the date judged; a figure is rounded half-up at the published
 * places, unless the comparison is exact).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({ id: 'keep', kind: 'maintain', area: AREA, from: '2021-01-01', due: '2022-12-31', ...input } as unknown as TargetInput);
const below = (indicator: string, area: string, period: string, value: string): Observation => ({ indicator, area, parent: AREA, period, value });
const DUE = { asOf: '2023-01-31' };

describe('maintain: an area’s figure from the areas below it', () => {
  it('a count is summed: doctors of two stations', () => {
    // station-doctors is a count: 2021 2 + 2 = 4 ≥ 4, 2022 3 + 2 = 5 ≥ 4: held both years
    const observed = [below('station-doctors', 's1', '2021', '2'), below('station-doctors', 's2', '2021', '2'), below('station-doctors', 's1', '2022', '3'), below('station-doctors', 's2', '2022', '2')];
    const result = evaluateTarget(target({ indicator: 'station-doctors', comparator: '>=', value: '4' }), observed, DUE);
    expect([result.status, result.published, result.periods]).toEqual(['achieved', '5', [{ period: '2021', published: '4', held: true }, { period: '2022', published: '5', held: true }]]);
  });
  it('a percentage is not summed: 50% and 45% are not 95%', () => {
    // health-insurance-coverage is a percentage: the commune has no figure of its own, none from below
    const observed = [below('health-insurance-coverage', 's1', '2021', '50'), below('health-insurance-coverage', 's2', '2021', '45'), below('health-insurance-coverage', 's1', '2022', '50'), below('health-insurance-coverage', 's2', '2022', '45')];
    const result = evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '90' }), observed, DUE);
    expect([result.status, result.reason, result.published, result.periods]).toEqual(['no-data', 'no-observation', null, [{ period: '2021', published: null, held: null }, { period: '2022', published: null, held: null }]]);
  });
});

describe('maintain: what it takes', () => {
  const ratio = (period: string, numerator: string): Observation => ({ indicator: 'clinic-share', area: AREA, period, numerator, denominator: '100', per: '100' });
  const keep = target({ indicator: 'clinic-share', comparator: '>=', value: '80', decimals: 1 });
  it('nothing, when the level is held', () => {
    // 85 / 100 × 100 = 85.0 and 90.0 ≥ 80
    const result = evaluateTarget(keep, [ratio('2021', '85'), ratio('2022', '90')], DUE);
    expect([result.status, result.whatItTakes]).toEqual(['achieved', null]);
  });
  it('the count that would hold it at the latest denominator, when it is not held', () => {
    // 2022: 75 / 100 × 100 = 75.0 < 80; at 100 it takes 80 (80.0 ≥ 80), 5 more than 75
    const result = evaluateTarget(keep, [ratio('2021', '85'), ratio('2022', '75')], DUE);
    expect([result.status, result.whatItTakes]).toEqual(['not-achieved', { denominator: '100', per: '100', current: '75', minimum: '80', maximum: null, more: '5', fewer: null }]);
  });
});

describe('a table under compare: exact', () => {
  const rows = (indicator: string, ...points: [string, string][]): Observation[] => points.map(([period, value]) => ({ indicator, area: AREA, period, value }));
  it('a maintained level: 79.95 is below 80, though it prints as 80.0', () => {
    const table = evaluateTable([target({ indicator: 'keep', comparator: '>=', value: '80', decimals: 1 })], rows('keep', ['2021', '85'], ['2022', '79.95']), { ...DUE, rows: [AREA], compare: 'exact' });
    expect([table.status, table.reason]).toEqual([['not-achieved'], ['maintain-failed']]);
  });
  it('a level: 79.95 is below 80', () => {
    const level = TargetSchema.parse({ id: 'level', area: AREA, indicator: 'keep', comparator: '>=', value: '80', decimals: 1, due: '2022-12-31' } as unknown as TargetInput);
    const table = evaluateTable([level], rows('keep', ['2022', '79.95']), { ...DUE, rows: [AREA], compare: 'exact' });
    expect(table.status).toEqual(['not-achieved']);
  });
});

describe('a table’s change cell', () => {
  it('judged from its baseline', () => {
    // 2020: 60.0, 2022: 63.0: +3.0 ≥ +2
    const change = TargetSchema.parse({ id: 'up', kind: 'change', change: 'absolute', area: AREA, indicator: 'keep', comparator: '>=', value: '2', decimals: 1, baseline: { period: '2020' }, due: '2022-12-31' } as unknown as TargetInput);
    const table = evaluateTable([change], [...['2020', '2022'].map((period, i) => ({ indicator: 'keep', area: AREA, period, value: i === 0 ? '60' : '63' }))], { ...DUE, rows: [AREA] });
    expect([table.status, table.published]).toEqual([['achieved'], ['63.0']]);
  });
});
