/**
 * The observation store numbering its labels and ordering its series: indicators that follow
 * one another in changing orders, a period seen again, series sorted one by one (a series out
 * of order next to others), a sparse series table (areas × indicators past 2^24), the label
 * columns widened past 65 536 indicators or periods, and the parts of a row (partOf). Every
 * figure is the value a row was given, worked beside its assertion; the orders are those
 * ObservationIndex documents (first seen) and the Store documents (a series by last day).
 */
import { describe, expect, it } from 'vitest';
import { partOf, storeOf } from '../../../src/evaluate/engine/store.js';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { indexObservations } from '../../../src/evaluate/indexObservations.js';
import type { ObservationColumns } from '../../../src/evaluate/types.js';
import { TargetSchema } from '../../../src/model/target.js';

const asOf = '2027-01-31';
/** “At least `value`” for `indicator`, due at the end of 2026. */
const atLeast = (indicator: string, value: string) => TargetSchema.parse({ id: indicator, indicator, comparator: '>=', value, due: '2026-12-31' });

describe('labels numbered as first seen', () => {
  it('an indicator after another that was followed by a different one before', () => {
    // a, b, then a again (2026), then c: c follows a, as b did the first time; c is a label of its own
    const rows = [
      { indicator: 'a', area: 'xa', period: '2025', value: 1 },
      { indicator: 'b', area: 'xa', period: '2025', value: 2 },
      { indicator: 'a', area: 'xa', period: '2026', value: 3 },
      { indicator: 'c', area: 'xa', period: '2026', value: 4 },
    ];
    expect(indexObservations(rows).indicators).toEqual(['a', 'b', 'c']);
    // c's only figure is 4 (2026) ≥ 4; b's only figure is 2025's 2, none for 2026
    const table = evaluateTable([atLeast('c', '4'), atLeast('b', '2')], rows, { asOf, rows: ['xa'] });
    expect([table.status, table.published]).toEqual([['achieved', 'no-data'], ['4', null]]);
  });
  it('a period seen again is listed once', () => {
    // 2025, 2026, then 2025 again (another indicator's row)
    const rows = [
      { indicator: 'a', area: 'xa', period: '2025', value: 1 },
      { indicator: 'a', area: 'xa', period: '2026', value: 2 },
      { indicator: 'b', area: 'xa', period: '2025', value: 3 },
    ];
    expect(indexObservations(rows).periods).toEqual(['2025', '2026']);
  });
});

describe('each series in period order, apart from the next one', () => {
  it('a series given out of order, followed by one with the same periods', () => {
    // xa-a: 2026 (20); xa-b: 2026 (16) given before 2025 (12); xa-c: 2025 (30) then 2026 (31)
    const columns: ObservationColumns = {
      indicator: ['x', 'x', 'x', 'x', 'x'],
      area: ['xa-a', 'xa-b', 'xa-b', 'xa-c', 'xa-c'],
      period: ['2026', '2026', '2025', '2025', '2026'],
      value: [20, 16, 12, 30, 31],
    };
    // each area's 2026 figure: 20 ≥ 15, 16 ≥ 15, 31 ≥ 15
    const table = evaluateTable([atLeast('x', '15')], columns, { asOf, rows: ['xa-a', 'xa-b', 'xa-c'] });
    expect([table.status, table.published]).toEqual([['achieved', 'achieved', 'achieved'], ['20', '16', '31']]);
  });
});

describe('a sparse series table', () => {
  it('series of areas after the first, and an area with no series of an indicator', () => {
    // area a0 with indicators k1 … k4096 (k's value k), areas a1 … a4096 with k0 (a's value a):
    // 4 097 areas × 4 097 indicators = 16 785 409 > 16 777 216 = 2^24 entries, past the dense table
    const indicator: string[] = [];
    const area: string[] = [];
    const value: number[] = [];
    for (let k = 1; k <= 4096; k++) {
      indicator.push(`k${k}`);
      area.push('a0');
      value.push(k);
    }
    for (let a = 1; a <= 4096; a++) {
      indicator.push('k0');
      area.push(`a${a}`);
      value.push(a);
    }
    const index = indexObservations({ indicator, area, period: indicator.map(() => '2026'), value });
    expect([index.areas.length, index.indicators.length]).toEqual([4097, 4097]);
    // k0 in a5 is 5 < 15, in a4096 4096 ≥ 15; a5 has no k7 (only a0 has k1 … k4096); k7 in a0 is 7 < 15
    const table = evaluateTable([atLeast('k0', '15'), atLeast('k7', '15')], index, { asOf, rows: ['a5', 'a4096', 'a0'] });
    expect(table.status).toEqual(['not-achieved', 'no-data', 'achieved', 'no-data', 'no-data', 'not-achieved']);
    expect(table.published).toEqual(['5', null, '4096', null, null, '7']);
  });
});

describe('past 65 536 labels of a kind', () => {
  // 65 537 indicators i0 … i65536, one row each, of value i, in xa in 2026: indicator number 65 536 needs more than 16 bits
  const count = 65537;
  const values = Array.from({ length: count }, (_, i) => i);
  const names = values.map((i) => `i${i}`);
  // the first indicator and the last: 0 ≥ 0 and 65 536 ≥ 65 536, each from its own row
  const targets = [atLeast('i0', '0'), atLeast('i65536', '65536')];
  const expected = [
    ['achieved', 'achieved'],
    ['0', '65536'],
  ];

  it('indicators as strings', () => {
    const rows = values.map((i) => ({ indicator: names[i] as string, area: 'xa', period: '2026', value: i }));
    const table = evaluateTable(targets, rows, { asOf, rows: ['xa'] });
    expect([table.status, table.published]).toEqual(expected);
  });
  it('indicators as codes', () => {
    const columns: ObservationColumns = {
      indicator: { codes: Int32Array.from(values), labels: names },
      area: { codes: new Int32Array(count), labels: ['xa'] },
      period: { codes: new Int32Array(count), labels: ['2026'] },
      value: values,
    };
    const table = evaluateTable(targets, columns, { asOf, rows: ['xa'] });
    expect([table.status, table.published]).toEqual(expected);
  });
  it('periods', () => {
    // 65 537 months from 0001-01, of value i for month i: month 65 536 = 12 × 5 461 + 4, the fifth month of
    // year 1 + 5 461 = 5462, so 5462-05 is the latest, with 65 536
    const period = values.map((i) => `${String(1 + Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect([period[0], period[count - 1]]).toEqual(['0001-01', '5462-05']);
    const columns: ObservationColumns = { indicator: period.map(() => 'x'), area: period.map(() => 'xa'), period, value: values };
    const x = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '15', due: '5462-12-31', area: 'xa' });
    const result = evaluateTarget(x, columns, { asOf: '5463-01-31' });
    // months only, no figure for the year 5462: no verdict, but the latest figure is named (in English with a thousands comma)
    expect(result.status).toBe('no-data');
    expect(result.explanation.en).toContain('latest figure 65,536 (5462-05)');
  });
});

describe('the parts of a row', () => {
  it('a value row has no denominator and no multiplier', () => {
    // 17.5 = 175 / 10
    const store = storeOf([{ indicator: 'x', area: 'xa', period: '2026', value: 17.5 }]);
    expect([partOf(store, 0, 0), partOf(store, 0, 1), partOf(store, 0, 2)]).toEqual([{ n: 175, d: 10 }, undefined, undefined]);
  });
});
