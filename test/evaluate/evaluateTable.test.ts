/**
 * evaluateTable and tableResult: the columns, worked by hand beside each value; every cell
 * agreeing with evaluateAreas on a mixed dataset of every target kind; bad arguments.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/prng.js';
import { evaluateAreas } from '../../src/evaluate/evaluateAreas.js';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { indexObservations } from '../../src/evaluate/indexObservations.js';
import { tableResult } from '../../src/evaluate/tableResult.js';
import type { ResultTable, TargetStatus } from '../../src/evaluate/types.js';
import type { Observation } from '../../src/model/observation.js';
import { PlanSchema } from '../../src/model/plan.js';
import { TargetSchema, type Target, type TargetInput } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

const beds = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' });
const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' });
const aim = TargetSchema.parse({ id: 'aim', kind: 'qualitative', indicator: 'health-system', text: { vi: 'Y tế công bằng' }, due: '2030-12-31' });

describe('evaluateTable', () => {
  const observations: Observation[] = [
    // 59 / 12 000 × 10 000 = 49.166… → 49.2 ≥ 49.2: achieved
    { indicator: 'beds-per-10k', area: 'xa-a', period: '2026', numerator: '59', denominator: '12000' },
    // 58 / 12 000 × 10 000 = 48.333… → 48.3: not achieved
    { indicator: 'beds-per-10k', area: 'xa-b', period: '2026', numerator: '58', denominator: '12000' },
    // 11 400 / 12 000 = 95.00%, not above 95: not achieved
    { indicator: 'health-insurance-coverage', area: 'xa-a', period: '2026', numerator: '11400', denominator: '12000' },
    // 11 415 / 12 000 = 95.125% → 95.13 (half up) > 95: achieved
    { indicator: 'health-insurance-coverage', area: 'xa-b', period: '2026', numerator: '11415', denominator: '12000' },
    // 96.5, published with the indicator's two places: 96.50 > 95: achieved
    { indicator: 'health-insurance-coverage', area: 'xa-c', period: '2026', value: '96.5' },
  ];
  const table = evaluateTable([beds, coverage, aim], observations, { asOf: '2027-01-31', rows: ['xa-a', 'xa-b', 'xa-c'] });

  it('holds each cell at area × targets + target', () => {
    expect(table.rows).toEqual(['xa-a', 'xa-b', 'xa-c']);
    expect(table.indicators).toEqual(['beds-per-10k', 'health-insurance-coverage', 'health-system']);
    expect(table.targets).toEqual(['beds', 'bhyt', 'aim']);
    expect(table.status).toEqual([
      'achieved', 'not-achieved', 'needs-review',
      'not-achieved', 'achieved', 'needs-review',
      'no-data', 'achieved', 'needs-review',
    ]);
    expect(table.reason).toEqual([null, null, 'qualitative', null, null, 'qualitative', 'no-observation', null, 'qualitative']);
    expect(table.published).toEqual(['49.2', '95.00', null, '48.3', '95.13', null, null, '96.50', null]);
    expect(table.asOf).toBe('2027-01-31');
  });
  it('counts the cells by status', () => {
    expect(table.counts).toEqual({ achieved: 3, 'not-achieved': 2, 'on-track': 0, 'off-track': 0, 'no-data': 1, 'needs-review': 3 });
  });
  it('is frozen, columns and all', () => {
    expect([table, table.status, table.reason, table.published, table.rows, table.targets, table.indicators, table.counts].every(Object.isFrozen)).toBe(true);
  });
  it('keeps its own copy of the rows', () => {
    const rows = ['xa-a'];
    const own = evaluateTable([beds], observations, { asOf: '2027-01-31', rows });
    rows.push('xa-b');
    expect(own.rows).toEqual(['xa-a']);
  });
  it('takes a plan in place of a list of targets (its targets in plan order), and no areas', () => {
    const plan = PlanSchema.parse({
      id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
      area: { id: 'xa-a', name: { vi: 'Xã A' }, level: 'commune' }, period: { from: 2026, to: 2026 },
      objectives: [
        { id: 'o1', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu 1' }, targets: [coverage] },
        { id: 'o2', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu 2' }, targets: [beds] },
      ],
    });
    const byPlan = evaluateTable(plan, observations, { asOf: '2027-01-31', rows: ['xa-b'] });
    expect([byPlan.targets, byPlan.status, byPlan.published]).toEqual([['bhyt', 'beds'], ['achieved', 'not-achieved'], ['95.13', '48.3']]);
    const empty = evaluateTable([beds], observations, { asOf: '2027-01-31', rows: [] });
    expect([empty.status, empty.counts.achieved]).toEqual([[], 0]);
  });
  it('refuses what evaluateAreas refuses', () => {
    expectChitieuError(() => evaluateTable([beds], observations, { asOf: '2027-01-31', rows: ['xa-a', ''] }), 'INVALID_ARGUMENT', 'options.rows');
    expectChitieuError(() => evaluateTable([beds], observations, { asOf: '2027-01-31' } as never), 'INVALID_ARGUMENT', 'options.rows');
    expectChitieuError(() => evaluateTable([{ id: 'raw' }] as never, observations, { asOf: '2027-01-31', rows: ['xa-a'] }), 'INVALID_ARGUMENT', 'targets[0]');
    expectChitieuError(() => evaluateTable('beds' as never, observations, { asOf: '2027-01-31', rows: ['xa-a'] }), 'INVALID_ARGUMENT', 'targets');
    expectChitieuError(() => evaluateTable([beds], observations, { asOf: '31/12/2026', rows: ['xa-a'] }), 'INVALID_DATE', 'options.asOf');
  });
});

describe('tableResult', () => {
  const observations: Observation[] = [
    { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: '21', denominator: '12000' },
    { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', numerator: '20', denominator: '12000' },
  ];
  const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
  const table = evaluateTable([doctors], observations, { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] });

  it('works out a cell in full', () => {
    // xa-b: 20 / 12 000 × 10 000 = 16.666… → 16.7, gap 16.7 − 17.5 = −0.8; the fewest doctors
    // for 17.5 at 12 000 people: 17.45 × 1.2 = 20.94 → 21, one more than the 20 there are
    const result = tableResult(table, 1, 0);
    expect([result.area, result.status, result.actual?.slice(0, 8), result.published, result.gap]).toEqual(['xa-b', 'not-achieved', '16.66666', '16.7', '-0.8']);
    expect(result.whatItTakes).toMatchObject({ denominator: '12000', current: '20', minimum: '21', more: '1' });
    expect(result.explanation.vi).toContain('16,7');
  });
  it('refuses a table evaluateTable did not make, and positions outside the table', () => {
    const copy = { ...table } as ResultTable;
    expectChitieuError(() => tableResult(copy, 0, 0), 'INVALID_ARGUMENT', 'table');
    expectChitieuError(() => tableResult(table, 2, 0), 'INVALID_ARGUMENT', 'row');
    expectChitieuError(() => tableResult(table, -1, 0), 'INVALID_ARGUMENT', 'row');
    expectChitieuError(() => tableResult(table, 0.5, 0), 'INVALID_ARGUMENT', 'row');
    expectChitieuError(() => tableResult(table, 0, 1), 'INVALID_ARGUMENT', 'target');
    expectChitieuError(() => tableResult(table, 0, '0' as never), 'INVALID_ARGUMENT', 'target');
    expect(expectChitieuError(() => tableResult(table, 2, 0), 'INVALID_ARGUMENT', 'row').message).toContain('an integer from 0 to 1 (got 2)');
    const empty = evaluateTable([doctors], observations, { asOf: '2027-01-31', rows: [] });
    expect(expectChitieuError(() => tableResult(empty, 0, 0), 'INVALID_ARGUMENT', 'row').message).toContain('and the table has none');
  });
});

describe('every cell is the result evaluateAreas gives', () => {
  // every target kind, due before and after asOf, over areas whose series are random: some
  // years missing, some zero denominators, a yes/no where a number belongs
  const inputs: TargetInput[] = [];
  for (const due of ['2024-12-31', '2027-12-31']) {
    const tag = due.slice(0, 4);
    inputs.push(
      { id: `rate-${tag}`, indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due },
      { id: `below-${tag}`, indicator: 'pct', comparator: '<', value: '15.5', due },
      // published precisions set: the table judges these in safe integers, the full result exactly
      { id: `at-least-${tag}`, indicator: 'pct', comparator: '>=', value: '12.45', decimals: 1, due },
      { id: `equal-${tag}`, indicator: 'count', comparator: '=', value: '7', decimals: 0, due },
      { id: `strict-${tag}`, indicator: 'doctors-per-10k', comparator: '>', value: '20', due },
      { id: `range-${tag}`, indicator: 'pct', comparator: 'between', value: '10', upper: '20', due },
      { id: `abs-${tag}`, kind: 'change', indicator: 'pct', change: 'absolute', comparator: '>=', value: '1.5', baseline: { period: '2021' }, due },
      { id: `rel-${tag}`, kind: 'change', indicator: 'pct', change: 'relative', comparator: '>=', value: '10', baseline: { period: '2021' }, due },
      { id: `pts-${tag}`, kind: 'change', indicator: 'pct', change: 'points', comparator: '>', value: '2', baseline: { period: '2021', value: '12' }, due },
      { id: `open-${tag}`, kind: 'change', indicator: 'pct', change: 'unspecified', comparator: '>=', value: '10', baseline: { period: '2021' }, due },
      { id: `keep-${tag}`, kind: 'maintain', indicator: 'pct', comparator: '>=', value: '12', from: '2021-01-01', due },
      { id: `share-${tag}`, kind: 'share', indicator: 'share', units: { vi: 'trạm' }, condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due },
      { id: `count-${tag}`, kind: 'count', indicator: 'count', comparator: '>=', value: '7', due },
      { id: `yes-${tag}`, kind: 'boolean', indicator: 'epidemic', expected: false, due },
      { id: `aim-${tag}`, kind: 'qualitative', indicator: 'aim', text: { vi: 'Y tế công bằng' }, due },
    );
  }
  const targets: Target[] = inputs.map((input) => TargetSchema.parse(input));
  const random = prng(72);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const areas = Array.from({ length: 60 }, (_, a) => `xa-${a}`);
  const observations: Observation[] = [];
  for (const area of areas) {
    const people = int(3000, 30000);
    for (let year = 2020; year <= 2025; year++) {
      const period = String(year);
      if (random() < 0.8) {
        observations.push({ indicator: 'doctors-per-10k', area, period, numerator: String(int(20, 70)), denominator: random() < 0.03 ? '0' : String(people) });
      }
      if (random() < 0.8) {
        observations.push({ indicator: 'pct', area, period, value: random() < 0.03 ? true : (8 + random() * 12).toFixed(int(0, 3)) });
      }
      for (let s = 0; s < 3 && random() < 0.85; s++) {
        observations.push({ indicator: 'station-doctors', area: `${area}/tram-${s}`, parent: area, period, value: String(int(2, 6)) });
      }
      if (random() < 0.8) observations.push({ indicator: 'count', area, period, value: String(int(4, 10)) });
      if (random() < 0.8) observations.push({ indicator: 'epidemic', area, period, value: random() < 0.2 });
    }
  }
  // and three areas for the remaining reasons: nothing observed; a relative change from a
  // baseline of zero; a count ratio for an indicator whose multiplier is unknown
  observations.push(
    { indicator: 'pct', area: 'xa-zero', period: '2021', value: '0' },
    { indicator: 'pct', area: 'xa-zero', period: '2024', value: '5' },
    { indicator: 'pct', area: 'xa-ratio', period: '2024', numerator: '3', denominator: '20' },
  );
  areas.push('xa-empty', 'xa-zero', 'xa-ratio');
  const options = { asOf: '2025-06-30', rows: areas };
  const index = indexObservations(observations);
  const table = evaluateTable(targets, index, options);
  const cards = evaluateAreas(targets, index, options);

  it('status, reason and published figure column by column, and tableResult field for field', () => {
    let cells = 0;
    cards.forEach((card, a) =>
      card.results.forEach((result, t) => {
        const i = a * targets.length + t;
        expect([table.status[i], table.reason[i], table.published[i]]).toEqual([result.status, result.reason, result.published]);
        expect(tableResult(table, a, t)).toEqual(result);
        cells++;
      }),
    );
    expect(cells).toBe(63 * 30);
  });
  it('the dataset reaches every status and every reason', () => {
    expect([...new Set<TargetStatus>(table.status)].sort()).toEqual(['achieved', 'needs-review', 'no-data', 'not-achieved', 'off-track', 'on-track']);
    expect([...new Set(table.reason)].sort()).toEqual([
      // 'conflict': 'below-…' (< 15.5) and 'range-…' (10–20) bound the same figure of 'pct' in one year;
      // where one says đạt and the other không đạt, neither verdict is printed
      'change-unspecified', 'conflict', 'maintain-failed', 'maintain-missing', 'no-baseline', 'no-figure-for-period', 'no-multiplier',
      'no-observation', 'no-trend', null, 'projected', 'qualitative', 'unknown-indicator', 'value-type', 'zero-baseline', 'zero-denominator',
    ]);
  });
});
