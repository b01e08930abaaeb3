/**
 * A table's cells judged in whole units of the published precision (negative figures with more
 * places than published, strict and range thresholds, thresholds between two published
 * values), and the area tree given as `options.areas`: what an area's figure is summed from
 * (its parts, not the facilities below an administrative area) and which areas are the units
 * of a share, in the order the tree lists them. Every figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { ObservationInput } from '../../../src/model/observation.js';
import { TargetSchema } from '../../../src/model/target.js';

const asOf = '2027-01-31';
const target = (fields: Record<string, unknown>) => TargetSchema.parse({ id: 't', indicator: 'x', due: '2026-12-31', ...fields });
/** One row a value, in areas r0, r1, …: the table's statuses and published figures. */
const cells = (t: ReturnType<typeof target>, values: readonly (number | string)[]) => {
  const rows = values.map((_, i) => `r${i}`);
  const table = evaluateTable([t], values.map((value, i) => ({ indicator: 'x', area: `r${i}`, period: '2026', value })), { asOf, rows });
  return { status: table.status, published: table.published };
};

describe('cells in whole units', () => {
  it('a negative figure with more places than published, rounded half away from zero', () => {
    // at most -1.4, published with one place: -1.46 → -1.5 (met), -1.34 → -1.3 (not met), -1.44 → -1.4 (met)
    expect(cells(target({ comparator: '<=', value: '-1.4', decimals: 1 }), [-1.46, -1.34, '-1.44'])).toEqual({
      status: ['achieved', 'not-achieved', 'achieved'],
      published: ['-1.5', '-1.3', '-1.4'],
    });
  });
  it('strictly below a threshold', () => {
    // below 15.5, published with one place: 15.4 met; 15.5 and 15.54 (→ 15.5) not; 15.44 (→ 15.4) met
    expect(cells(target({ comparator: '<', value: '15.5', decimals: 1 }), [15.4, 15.5, 15.54, 15.44])).toEqual({
      status: ['achieved', 'not-achieved', 'not-achieved', 'achieved'],
      published: ['15.4', '15.5', '15.5', '15.4'],
    });
  });
  it('equal to a threshold no published figure can be', () => {
    // = 15.55 published with one place: 15.55 → 15.6, 15.5 → 15.5: neither is 15.55
    expect(cells(target({ comparator: '=', value: '15.55', decimals: 1 }), [15.55, 15.5]).status).toEqual(['not-achieved', 'not-achieved']);
    // kept at 15.55 through 2025 and 2026: no year's published figure (15.6, 15.5) is 15.55
    const keep = TargetSchema.parse({ id: 'k', kind: 'maintain', indicator: 'x', comparator: '=', value: '15.55', decimals: 1, from: '2025-01-01', due: '2026-12-31', area: 'xa' });
    const years = [{ indicator: 'x', area: 'xa', period: '2025', value: 15.55 }, { indicator: 'x', area: 'xa', period: '2026', value: 15.5 }];
    const table = evaluateTable([keep], years, { asOf, rows: ['xa'] });
    expect([table.status, table.reason]).toEqual([['not-achieved'], ['maintain-failed']]);
  });
  it('a range whose upper bound lies between two published figures', () => {
    // from 10.25 to 20.75, published with one place: 20.7 is in; 20.75 → 20.8 is out; 10.25 → 10.3 is in; 10.2 out
    expect(cells(target({ comparator: 'between', value: '10.25', upper: '20.75', decimals: 1 }), [20.7, 20.75, 10.25, 10.2]).status).toEqual([
      'achieved', 'not-achieved', 'achieved', 'not-achieved',
    ]);
  });
  it('a range whose upper bound is past the safe integers', () => {
    // from 10 to 10^20: 15 is in, 9 is out
    expect(cells(target({ comparator: 'between', value: '10', upper: '100000000000000000000', decimals: 0 }), [15, 9]).status).toEqual(['achieved', 'not-achieved']);
  });
});

describe('the area tree given', () => {
  //            xa (commune)
  //   ┌─────────┼───────────────┐
  // tram-a    thon-1 (village)  tram-d  tram-e  (facilities under xa: units)
  //   │       ┌───┴───┐
  // tram-a/diem tram-b tram-c                (tram-a/diem is part of tram-a, not a unit)
  // v1, v2: villages under xa with coverage figures
  const area = (id: string, level: string, parent?: string) => ({ id, name: { vi: id }, level, ...(parent === undefined ? {} : { parent }) });
  const areas = [
    area('xa', 'commune'),
    area('tram-a', 'facility', 'xa'),
    area('thon-1', 'village', 'xa'),
    area('tram-b', 'facility', 'thon-1'),
    area('tram-c', 'facility', 'thon-1'),
    area('tram-a/diem', 'facility', 'tram-a'),
    area('tram-d', 'facility', 'xa'),
    area('tram-e', 'facility', 'xa'),
  ];

  it('the units of a share: the top-most facilities, depth first in the order listed', () => {
    const stations = TargetSchema.parse({
      id: 's', kind: 'share', indicator: 'stations-with-4-doctors', units: { vi: 'Trạm y tế' },
      condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: '2026-12-31', area: 'xa',
    });
    // tram-a 4 doctors (meets “at least 4”), tram-e 3 (does not), tram-b, tram-c and tram-d no figure; tram-a/diem is not a unit
    const observed: ObservationInput[] = [
      { indicator: 'station-doctors', area: 'tram-a', period: '2026', value: 4 },
      { indicator: 'station-doctors', area: 'tram-e', period: '2026', value: 3 },
      { indicator: 'station-doctors', area: 'tram-a/diem', period: '2026', value: 9 },
    ];
    const result = evaluateTarget(stations, observed, { asOf, areas: areas as never });
    // units in the order listed, depth first: tram-a, tram-b, tram-c (through thon-1), tram-d, tram-e
    expect(result.units).toEqual({ total: 5, observed: 2, meeting: 1, missing: ['tram-b', 'tram-c', 'tram-d'] });
  });

  it('an administrative area’s figure is summed from its parts, not the facilities below it', () => {
    const tree = [
      area('xa', 'commune'),
      area('v1', 'village', 'xa'),
      area('tram', 'facility', 'xa'),
      area('v2', 'village', 'xa'),
      area('tram/d1', 'facility', 'tram'),
      area('tram/d2', 'facility', 'tram'),
    ];
    const observed: ObservationInput[] = [
      { indicator: 'health-insurance-coverage', area: 'v1', period: '2026', numerator: '5700', denominator: '6000' },
      { indicator: 'health-insurance-coverage', area: 'v2', period: '2026', numerator: '5760', denominator: '6000' },
      { indicator: 'health-insurance-coverage', area: 'tram/d1', period: '2026', numerator: '480', denominator: '500' },
      { indicator: 'health-insurance-coverage', area: 'tram/d2', period: '2026', numerator: '470', denominator: '500' },
    ];
    const coverage = (at: string) => evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '95', area: at }), observed, { asOf, areas: tree as never });
    // xa: (5 700 + 5 760) / (6 000 + 6 000) × 100 = 11 460 / 120 = 95.5, from v1 and v2 (the station is not part of the commune)
    expect([coverage('xa').published, coverage('xa').rolledUpFrom]).toEqual(['95.50', 2]);
    // tram: a facility's facilities are its parts: (480 + 470) / (500 + 500) × 100 = 95
    expect([coverage('tram').status, coverage('tram').published, coverage('tram').rolledUpFrom]).toEqual(['achieved', '95.00', 2]);
  });
});
