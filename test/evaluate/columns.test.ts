/**
 * Observation columns: labels as strings or codes, numbers and answers as typed or plain
 * arrays. Every columnar case is checked against a hand-worked value and against the same
 * observations given as objects; then the errors, each naming its column and row.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import { indexObservations } from '../../src/evaluate/indexObservations.js';
import type { ObservationColumns } from '../../src/evaluate/types.js';
import type { ObservationInput } from '../../src/model/observation.js';
import { TargetSchema } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
const options = { asOf: '2027-01-31', rows: ['xa-a', 'xa-b'] };

describe('observation columns', () => {
  it('read labels as strings or as codes, numbers from typed arrays', () => {
    // 21 / 12 000 × 10 000 = 17.5 (met); 20 / 12 000 × 10 000 = 16.666… → 16.7 (not met)
    const strings: ObservationColumns = {
      indicator: ['doctors-per-10k', 'doctors-per-10k'],
      area: ['xa-a', 'xa-b'],
      period: ['2026', '2026'],
      numerator: new Float64Array([21, 20]),
      denominator: new Float64Array([12000, 12000]),
    };
    const coded: ObservationColumns = {
      indicator: { codes: new Uint8Array([0, 0]), labels: ['doctors-per-10k'] },
      area: { codes: new Int32Array([1, 0]), labels: ['xa-b', 'xa-a'] },
      period: { codes: new Uint16Array([0, 0]), labels: ['2026'] },
      numerator: [21, '20'],
      denominator: ['12000', 12000],
    };
    for (const columns of [strings, coded]) {
      const table = evaluateTable([doctors], columns, options);
      expect(table.status).toEqual(['achieved', 'not-achieved']);
      expect(table.published).toEqual(['17.5', '16.7']);
    }
    // areas in the order the rows first name them, whatever their codes
    expect(indexObservations(coded).areas).toEqual(['xa-a', 'xa-b']);
  });

  it('give the verdicts the same observations give as objects, parents, answers and a multiplier included', () => {
    const objects: ObservationInput[] = [
      // two stations under xa-a: 4 doctors meets “at least 4”, 3.5 (part time) does not → 1 of 2 = 50%
      { indicator: 'station-doctors', area: 'xa-a/tram-1', parent: 'xa-a', period: '2026', value: 4 },
      { indicator: 'station-doctors', area: 'xa-a/tram-2', parent: 'xa-a', period: '2026', value: '3.5' },
      // a yes for a major epidemic in xa-a, a no in xa-b
      { indicator: 'major-epidemic', area: 'xa-a', period: '2026', value: true },
      { indicator: 'major-epidemic', area: 'xa-b', period: '2026', value: false },
      // 3 / 2 000 per 1 000 = 1.5 in xa-b
      { indicator: 'deaths-per-1000', area: 'xa-b', period: '2026', numerator: 3, denominator: 2000, per: 1000 },
    ];
    const columns: ObservationColumns = {
      indicator: { codes: new Uint8Array([0, 0, 1, 1, 2]), labels: ['station-doctors', 'major-epidemic', 'deaths-per-1000'] },
      area: { codes: new Int32Array([2, 3, 0, 1, 1]), labels: ['xa-a', 'xa-b', 'xa-a/tram-1', 'xa-a/tram-2'] },
      parent: { codes: new Int32Array([0, 0, -1, -1, -1]), labels: ['xa-a'] },
      period: ['2026', '2026', '2026', '2026', '2026'],
      value: new Float64Array([4, 3.5, Number.NaN, Number.NaN, Number.NaN]),
      answer: new Int8Array([-1, -1, 1, 0, -1]),
      numerator: new Float64Array([Number.NaN, Number.NaN, Number.NaN, Number.NaN, 3]),
      denominator: new Float64Array([Number.NaN, Number.NaN, Number.NaN, Number.NaN, 2000]),
      per: 1000,
    };
    const targets = [
      TargetSchema.parse({ id: 'stations', kind: 'share', indicator: 'stations-with-4-doctors', units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: '2026-12-31' }),
      TargetSchema.parse({ id: 'epidemic', kind: 'boolean', indicator: 'major-epidemic', expected: false, due: '2026-12-31' }),
      TargetSchema.parse({ id: 'deaths', indicator: 'deaths-per-1000', comparator: '<=', value: '1.5', due: '2026-12-31' }),
    ];
    const fromColumns = evaluateTable(targets, columns, options);
    const fromObjects = evaluateTable(targets, objects, options);
    // xa-a: 50% of stations (not met), a yes (not met), no deaths figure; xa-b: no stations, a no (met), 1.5 ≤ 1.5 (met)
    expect(fromColumns.status).toEqual(['not-achieved', 'not-achieved', 'no-data', 'no-data', 'achieved', 'achieved']);
    expect(fromColumns.published.slice(0, 2)).toEqual(['50.00', 'true']);
    expect(fromColumns.published[5]).toBe('1.5');
    expect({ status: fromColumns.status, reason: fromColumns.reason, published: fromColumns.published }).toEqual({ status: fromObjects.status, reason: fromObjects.reason, published: fromObjects.published });
    const stations = evaluateTarget(targets[0] as (typeof targets)[number], indexObservations(columns), { asOf: '2027-01-31', area: 'xa-a' });
    expect(stations.units).toEqual({ total: 2, observed: 2, meeting: 1, missing: [] });
  });

  it('read a boolean or a decimal string from a plain value column, NaN and null as none', () => {
    const columns: ObservationColumns = {
      indicator: ['major-epidemic', 'coverage', 'coverage'],
      area: ['xa-a', 'xa-a', 'xa-b'],
      period: ['2026', '2026', '2026'],
      value: [true, '95.5', null],
      numerator: [null, Number.NaN, 11415],
      denominator: [Number.NaN, null, 12000],
    };
    const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'coverage', comparator: '>', value: '95', due: '2026-12-31' });
    // xa-a: 95.5 > 95; xa-b: 11 415 / 12 000 = 0.95125 of the indicator's own multiplier: unknown here, so the figure cannot be read
    const table = evaluateTable([coverage], columns, options);
    expect(table.status).toEqual(['achieved', 'needs-review']);
    expect(table.reason).toEqual([null, 'no-multiplier']);
  });

  it('refuse what they cannot read, naming the column and the row', () => {
    const base = { indicator: ['x'], area: ['xa-a'], period: ['2026'] };
    expectChitieuError(() => indexObservations({ ...base, area: ['xa-a', 'xa-b'], value: [1] }), 'INVALID_ARGUMENT', 'observations.area');
    expectChitieuError(() => indexObservations({ ...base, area: { codes: new Int32Array([3]), labels: ['xa-a'] }, value: [1] }), 'INVALID_ARGUMENT', 'observations.area.codes[0]');
    expectChitieuError(() => indexObservations({ ...base, area: { codes: [0.5], labels: ['xa-a'] }, value: [1] }), 'INVALID_ARGUMENT', 'observations.area.codes[0]');
    expectChitieuError(() => indexObservations({ ...base, area: [''], value: [1] }), 'INVALID_ARGUMENT', 'observations.area[0]');
    expectChitieuError(() => indexObservations({ ...base }), 'INVALID_ARGUMENT', 'observations.value');
    expectChitieuError(() => indexObservations({ ...base, value: new Float64Array([Number.NaN]) }), 'INVALID_ARGUMENT', 'observations.value[0]');
    expectChitieuError(() => indexObservations({ ...base, value: new Float64Array([Number.POSITIVE_INFINITY]) }), 'INVALID_NUMBER', 'observations.value[0]');
    expectChitieuError(() => indexObservations({ ...base, value: ['1,5'] }), 'INVALID_NUMBER', 'observations.value[0]');
    expectChitieuError(() => indexObservations({ ...base, value: [1], answer: [true] }), 'INVALID_ARGUMENT', 'observations.answer[0]');
    expectChitieuError(() => indexObservations({ ...base, answer: new Int8Array([2]) }), 'INVALID_ARGUMENT', 'observations.answer[0]');
    expectChitieuError(() => indexObservations({ ...base, numerator: [1] }), 'INVALID_ARGUMENT', 'observations.denominator');
    expectChitieuError(() => indexObservations({ ...base, numerator: [-1], denominator: [10] }), 'NEGATIVE_COUNT', 'observations.numerator[0]');
    expectChitieuError(() => indexObservations({ ...base, numerator: [1], denominator: [10], per: 0 }), 'INVALID_ARGUMENT', 'observations.per');
    expectChitieuError(() => indexObservations({ ...base, period: ['2026-13'], value: [1] }), 'INVALID_PERIOD', 'observations.period[0]');
  });
});
