/**
 * A table's cells are judged in whole units of the published precision (the quick path of
 * level-like and maintain targets): the same verdicts as the exact path at the rounding
 * edges. Every expected value is worked by hand beside it: a figure is rounded half-up at
 * the published places before it is compared (DESIGN.md, "How a target is judged").
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', ...input } as unknown as TargetInput);
const rows = (indicator: string, area: string, ...points: [string, string][]): Observation[] => points.map(([period, value]) => ({ indicator, area, period, value }));

describe('maintain in a table', () => {
  // at least 80 with one place: 79.95 → 80.0 holds, 79.94 → 79.9 does not
  const observed = [
    ...rows('keep', 'xa-a', ['2021', '80'], ['2022', '79.95']),
    ...rows('keep', 'xa-b', ['2021', '79.94'], ['2022', '85']),
    ...rows('keep', 'xa-c', ['2021', '90']),
  ];
  const keep = (due: string) => target({ kind: 'maintain', indicator: 'keep', comparator: '>=', value: '80', from: '2021-01-01', decimals: 1, due });
  it('due: held every year, failed one year, a year missing', () => {
    const table = evaluateTable([keep('2022-12-31')], observed, { asOf: '2023-01-31', rows: ['xa-a', 'xa-b', 'xa-c'] });
    expect(table.status).toEqual(['achieved', 'not-achieved', 'no-data']);
    expect(table.reason).toEqual([null, 'maintain-failed', 'maintain-missing']);
    // the latest year's figure: 79.95 → 80.0; 85 → 85.0; only 2021 for xa-c: 90.0
    expect(table.published).toEqual(['80.0', '85.0', '90.0']);
  });
  it('before the due date: on or off track', () => {
    const table = evaluateTable([keep('2030-12-31')], observed, { asOf: '2023-01-31', rows: ['xa-a', 'xa-b'] });
    expect(table.status).toEqual(['on-track', 'off-track']);
  });
  it('at most 20 with one place: 20.04 → 20.0 holds, 20.05 → 20.1 does not', () => {
    const cap = target({ kind: 'maintain', indicator: 'cap', comparator: '<=', value: '20', from: '2021-01-01', decimals: 1, due: '2021-12-31' });
    const table = evaluateTable([cap], [...rows('cap', 'xa-a', ['2021', '20.04']), ...rows('cap', 'xa-b', ['2021', '20.05'])], { asOf: '2022-01-31', rows: ['xa-a', 'xa-b'] });
    expect([table.status, table.published]).toEqual([['achieved', 'not-achieved'], ['20.0', '20.1']]);
  });
});

describe('a range in a table', () => {
  it('between 4 and 5 with one place: both ends inclusive once rounded', () => {
    // 3.94 → 3.9 < 4; 3.95 → 4.0; 5.04 → 5.0; 5.05 → 5.1 > 5
    const range = target({ indicator: 'rng', comparator: 'between', value: '4', upper: '5', decimals: 1, due: '2026-12-31' });
    const areas = ['a', 'b', 'c', 'd'];
    const values = ['3.94', '3.95', '5.04', '5.05'];
    const observed = areas.flatMap((area, i) => rows('rng', area, ['2026', values[i] as string]));
    const table = evaluateTable([range], observed, { asOf: '2027-01-31', rows: areas });
    expect(table.status).toEqual(['not-achieved', 'achieved', 'achieved', 'not-achieved']);
    expect(table.published).toEqual(['3.9', '4.0', '5.0', '5.1']);
  });
});

describe('rates from counts in a table', () => {
  it('maintain at least 10 doctors per 10 000: 12 of 12 000 holds, 11 does not', () => {
    // 12 / 12 000 × 10 000 = 10.0; 11 / 12 000 × 10 000 = 9.1666… → 9.2 < 10
    const keep = target({ kind: 'maintain', indicator: 'doctors-per-10k', comparator: '>=', value: '10', from: '2026-01-01', due: '2026-12-31' });
    const observed: Observation[] = [
      { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: '12', denominator: '12000' },
      { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', numerator: '11', denominator: '12000' },
    ];
    const table = evaluateTable([keep], observed, { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] });
    expect([table.status, table.published]).toEqual([['achieved', 'not-achieved'], ['10.0', '9.2']]);
  });
});
