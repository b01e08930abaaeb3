/**
 * The observation store reading columns: what it refuses, each error's code, the field it names
 * and its message word for word in both languages (the wording of src/evaluate/messages and
 * src/messages, with the value got as `describeValue` shows it); a parent column of strings;
 * and the order of a series' periods (by last day, then first day, as the store documents it),
 * whatever order the rows come in.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/errors.js';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { indexObservations } from '../../../src/evaluate/indexObservations.js';
import type { ObservationColumns } from '../../../src/evaluate/types.js';
import { TargetSchema } from '../../../src/model/target.js';
import { expectChitieuError } from '../../helpers/errors.js';

const base = { indicator: ['x'], area: ['xa-a'], period: ['2026'], value: [1] };

/** The [English, Vietnamese] messages of indexing `columns`, its code and field checked. */
const refused = (columns: Record<string, unknown>, code: ErrorCode, field: string): [string, string] => {
  const error = expectChitieuError(() => indexObservations(columns as never), code, field);
  return [error.message, error.vi];
};

describe('label columns', () => {
  it('the indicator column: strings or codes, for a possible number of rows', () => {
    for (const [indicator, en, vi] of [
      ['x', '"x"', '"x"'],
      [null, 'null', 'null'],
      [undefined, 'undefined', 'undefined'],
      [{ labels: ['x'] }, 'an object', 'một đối tượng'],
      [{ codes: 5, labels: ['x'] }, 'an object', 'một đối tượng'],
    ] as const) {
      expect(refused({ ...base, indicator }, 'INVALID_ARGUMENT', 'observations.indicator')).toEqual([
        `observations.indicator must be an array of strings or { codes, labels } (got ${en})`,
        `observations.indicator phải là một mảng chuỗi hoặc { codes, labels } (nhận ${vi})`,
      ]);
    }
    for (const [length, shown] of [[-1, '-1'], [1.5, '1.5'], [2 ** 31, '2147483648']] as const) {
      expect(refused({ ...base, indicator: { codes: { length }, labels: ['x'] } }, 'INVALID_ARGUMENT', 'observations.indicator')).toEqual([
        `observations.indicator has an impossible number of rows (got ${shown})`,
        `observations.indicator có số dòng không hợp lệ (nhận ${shown})`,
      ]);
    }
  });
  it('the most rows there may be: 2^31 − 1', () => {
    // 2 147 483 647 rows are allowed; the one-row area column is then the first thing refused
    expect(refused({ ...base, indicator: { codes: { length: 2 ** 31 - 1 }, labels: ['x'] } }, 'INVALID_ARGUMENT', 'observations.area')).toEqual([
      'observations.area has 1 rows but observations.indicator has 2147483647',
      'observations.area có 1 dòng nhưng observations.indicator có 2147483647',
    ]);
  });
  it('other label columns: as many rows as the indicator column', () => {
    expect(refused({ ...base, area: ['xa-a', 'xa-b'] }, 'INVALID_ARGUMENT', 'observations.area')).toEqual([
      'observations.area has 2 rows but observations.indicator has 1',
      'observations.area có 2 dòng nhưng observations.indicator có 1',
    ]);
    expect(refused({ ...base, period: [] }, 'INVALID_ARGUMENT', 'observations.period')[0]).toBe('observations.period has 0 rows but observations.indicator has 1');
  });
  it('other label columns: strings or codes with labels', () => {
    for (const [area, en, vi] of [
      [null, 'null', 'null'],
      ['xa-a', '"xa-a"', '"xa-a"'],
      [undefined, 'undefined', 'undefined'],
      [{ codes: [0] }, 'an object', 'một đối tượng'],
      [{ labels: ['xa-a'] }, 'an object', 'một đối tượng'],
    ] as const) {
      expect(refused({ ...base, area }, 'INVALID_ARGUMENT', 'observations.area')).toEqual([
        `observations.area must be an array of strings or { codes, labels } (got ${en})`,
        `observations.area phải là một mảng chuỗi hoặc { codes, labels } (nhận ${vi})`,
      ]);
    }
  });
  it('coded columns: labels in an array, one code a row', () => {
    expect(refused({ ...base, area: { codes: [0], labels: 'xa-a' } }, 'INVALID_ARGUMENT', 'observations.area.labels')).toEqual([
      'observations.area.labels must be an array of strings (got "xa-a")',
      'observations.area.labels phải là một mảng chuỗi (nhận "xa-a")',
    ]);
    expect(refused({ ...base, indicator: { codes: [0], labels: 'x' } }, 'INVALID_ARGUMENT', 'observations.indicator.labels')).toEqual([
      'observations.indicator.labels must be an array of strings (got "x")',
      'observations.indicator.labels phải là một mảng chuỗi (nhận "x")',
    ]);
    // the length of anything but an object (text included) is not read
    for (const [codes, shown] of [[[0, 0], '2'], [null, 'undefined'], ['a', 'undefined'], [{}, 'undefined']] as const) {
      expect(refused({ ...base, area: { codes, labels: ['xa-a'] } }, 'INVALID_ARGUMENT', 'observations.area.codes')).toEqual([
        `observations.area.codes must be an array of 1 codes (got ${shown})`,
        `observations.area.codes phải là một mảng 1 mã (nhận ${shown})`,
      ]);
    }
  });
  it('labels: non-empty strings, in a string column or in the labels of codes', () => {
    for (const [area, field, shown] of [
      [[null], 'observations.area[0]', 'null'],
      [[undefined], 'observations.area[0]', 'undefined'],
      [[5], 'observations.area[0]', '5'],
      [{ codes: [0], labels: [''] }, 'observations.area.labels[0]', '""'],
      [{ codes: [1], labels: ['xa-a', 7] }, 'observations.area.labels[1]', '7'],
    ] as const) {
      expect(refused({ ...base, area }, 'INVALID_ARGUMENT', field)).toEqual([`${field} must be a non-empty string (got ${shown})`, `${field} phải là một chuỗi khác rỗng (nhận ${shown})`]);
    }
  });
  it('a parent column of strings: null or undefined for none, never an empty string', () => {
    expect(refused({ ...base, parent: [''] }, 'INVALID_ARGUMENT', 'observations.parent[0]')).toEqual([
      'observations.parent[0] must be a non-empty string (got "")',
      'observations.parent[0] phải là một chuỗi khác rỗng (nhận "")',
    ]);
    expect(refused({ ...base, parent: [5] }, 'INVALID_ARGUMENT', 'observations.parent[0]')[0]).toBe('observations.parent[0] must be a non-empty string (got 5)');
    // two stations under xa-a (4 doctors meets “at least 4”, 3 does not: 1 of 2 = 50%), and xa-b with no parent given
    const columns: ObservationColumns = {
      indicator: ['station-doctors', 'station-doctors', 'station-doctors', 'station-doctors'],
      area: ['xa-a/tram-1', 'xa-a/tram-2', 'xa-b', 'xa-c'],
      parent: ['xa-a', 'xa-a', null, undefined] as never,
      period: ['2026', '2026', '2026', '2026'],
      value: [4, 3, 5, 6],
    };
    // the areas in the order rows first name them, parents included: no area for a missing parent
    expect(indexObservations(columns).areas).toEqual(['xa-a/tram-1', 'xa-a', 'xa-a/tram-2', 'xa-b', 'xa-c']);
    const stations = TargetSchema.parse({
      id: 'stations', kind: 'share', indicator: 'stations-with-4-doctors', units: { vi: 'Trạm y tế' },
      condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: '2026-12-31',
    });
    const result = evaluateTarget(stations, columns, { asOf: '2027-01-31', area: 'xa-a' });
    expect(result.units).toEqual({ total: 2, observed: 2, meeting: 1, missing: [] });
    expect([result.status, result.published]).toEqual(['not-achieved', '50.00']);
  });
});

describe('number columns', () => {
  it('as many rows as the indicator column', () => {
    for (const [value, shown, vi] of [[[1, 2], '2', '2'], [5, 'undefined', 'undefined'], [null, 'undefined', 'undefined'], ['1', 'undefined', 'undefined']] as const) {
      expect(refused({ ...base, value }, 'INVALID_ARGUMENT', 'observations.value')).toEqual([
        `observations.value must be an array of 1 rows (got ${shown})`,
        `observations.value phải là một mảng 1 dòng (nhận ${vi})`,
      ]);
    }
    expect(refused({ ...base, answer: [true, false] }, 'INVALID_ARGUMENT', 'observations.answer')).toEqual([
      'observations.answer must be an array of 1 rows (got 2)',
      'observations.answer phải là một mảng 1 dòng (nhận 2)',
    ]);
  });
  it('a numerator column needs a denominator column, and the other way round', () => {
    // a value column beside them: columns with no value column at all are refused for that first
    expect(refused({ ...base, denominator: [2] }, 'INVALID_ARGUMENT', 'observations.numerator')).toEqual([
      'observations.numerator is missing: numerator and denominator go together',
      'observations.numerator bị thiếu: tử số và mẫu số phải đi cùng nhau',
    ]);
    expect(refused({ ...base, numerator: [1] }, 'INVALID_ARGUMENT', 'observations.denominator')[0]).toBe('observations.denominator is missing: numerator and denominator go together');
  });
  it('a row with none of its numbers', () => {
    expect(refused({ ...base, value: [null] }, 'INVALID_ARGUMENT', 'observations.value[0]')).toEqual([
      'observations.value[0] is missing: each row needs a value, or a numerator and a denominator',
      'observations.value[0] bị thiếu: mỗi dòng cần giá trị, hoặc tử số và mẫu số',
    ]);
  });
});

describe('the periods of a series, by last day then first day', () => {
  const x = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '15', due: '2026-12-31', area: 'xa' });
  // four parts of 2026: Q3 ends on 30 September, the others on 31 December, H2 from 1 July, Q4 from 1 October,
  // December from 1 December: so December is the latest, then Q4, then H2, then Q3
  const figures: [string, number][] = [['2026-Q4', 10], ['2026-12', 12], ['2026-H2', 30], ['2026-Q3', 40]];
  const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 0, 3, 2], [2, 3, 0, 1], [0, 2, 1, 3], [3, 1, 2, 0]];

  it('the latest figure is December’s, in whatever order the rows come', () => {
    for (const order of orders) {
      const rows = order.map((k) => figures[k] as [string, number]);
      const columns: ObservationColumns = { indicator: rows.map(() => 'x'), area: rows.map(() => 'xa'), period: rows.map(([p]) => p), value: rows.map(([, v]) => v) };
      const result = evaluateTarget(x, columns, { asOf: '2027-01-31' });
      // only parts of the year: no verdict, but the latest figure is named
      expect(result.status).toBe('no-data');
      expect(result.explanation.en).toContain('latest figure 12 (2026-12)');
    }
  });
  it('without December, Q4’s; without Q4 either, H2’s', () => {
    for (const [without, latest] of [[['2026-12'], 'latest figure 10 (2026-Q4)'], [['2026-12', '2026-Q4'], 'latest figure 30 (2026-H2)']] as const) {
      for (const order of orders) {
        const rows = order.map((k) => figures[k] as [string, number]).filter(([p]) => !(without as readonly string[]).includes(p));
        const result = evaluateTarget(x, rows.map(([period, value]) => ({ indicator: 'x', area: 'xa', period, value })), { asOf: '2027-01-31' });
        expect(result.explanation.en).toContain(latest);
      }
    }
  });
});

describe('many areas and many indicators', () => {
  it('a series keeps all its rows when areas × indicators is past the dense table (2^24 entries)', () => {
    // area a0 with indicators k0 … k4096, areas a1 … a4096 with k0: 4 097 × 4 097 = 16 785 409 > 16 777 216 = 2^24 entries
    const indicator: string[] = [];
    const area: string[] = [];
    const period: string[] = [];
    const value: number[] = [];
    const row = (k: string, a: string, p: string, v: number): void => {
      indicator.push(k);
      area.push(a);
      period.push(p);
      value.push(v);
    };
    for (let k = 1; k <= 4096; k++) row(`k${k}`, 'a0', '2026', 1);
    for (let a = 1; a <= 4096; a++) row('k0', `a${a}`, '2026', 1);
    // the series of k0 in a0: 20 in 2026, then 10 in 2025 (rows out of period order)
    row('k0', 'a0', '2026', 20);
    row('k0', 'a0', '2025', 10);
    const index = indexObservations({ indicator, area, period, value });
    expect([index.areas.length, index.indicators.length]).toEqual([4097, 4097]);
    const k0 = TargetSchema.parse({ id: 't', indicator: 'k0', comparator: '>=', value: '15', due: '2026-12-31', area: 'a0' });
    // the latest figure is 2026's 20 ≥ 15, from 10 in 2025
    const result = evaluateTarget(k0, index, { asOf: '2027-01-31' });
    expect([result.status, result.published, result.period]).toEqual(['achieved', '20', '2026']);
    expect(result.explanation.en).toContain('20 (2026)');
  });
});

describe('the other column errors, word for word', () => {
  it('codes that are not positions in the labels', () => {
    // one label: 0 is its only position, 1 is one past it
    for (const [codes, shown] of [[[3], '3'], [[1], '1'], [[0.5], '0.5'], [[-1], '-1'], [['0'], '"0"']] as const) {
      expect(refused({ ...base, area: { codes, labels: ['xa-a'] } }, 'INVALID_ARGUMENT', 'observations.area.codes[0]')).toEqual([
        `observations.area.codes[0] must be a position in observations.area.labels (got ${shown})`,
        `observations.area.codes[0] phải là vị trí trong observations.area.labels (nhận ${shown})`,
      ]);
    }
  });
  it('a code that is not a number, even one a typed array reads as a position', () => {
    // the second row's code '0' (or 0n) names the same slot as the first row's 0, but is not a number
    for (const [code, shown] of [['0', '"0"'], [0n, '0n']] as const) {
      const two = { indicator: { codes: [0, 0], labels: ['x'] }, area: { codes: [0, code], labels: ['xa-a'] }, period: { codes: [0, 1], labels: ['2025', '2026'] }, value: [1, 2] };
      expect(refused(two, 'INVALID_ARGUMENT', 'observations.area.codes[1]')[0]).toBe(
        `observations.area.codes[1] must be a position in observations.area.labels (got ${shown})`,
      );
      const coded = { indicator: { codes: [0, 0], labels: ['x'] }, area: { codes: [0, 0], labels: ['xa-a'] }, period: { codes: [0, code], labels: ['2026'] }, value: [1, 2] };
      expect(refused(coded, 'INVALID_ARGUMENT', 'observations.period.codes[1]')[0]).toBe(`observations.period.codes[1] must be a position in observations.period.labels (got ${shown})`);
    }
  });
  it('a period that is not one, as strings or as codes', () => {
    expect(refused({ ...base, period: ['2026-Q5'] }, 'INVALID_PERIOD', 'observations.period[0]')).toEqual([
      'observations.period[0] is not an observation period (got "2026-Q5")',
      'observations.period[0] không phải là một kỳ quan sát (nhận "2026-Q5")',
    ]);
    const coded = { indicator: { codes: [0, 0], labels: ['x'] }, area: { codes: [0, 0], labels: ['xa-a'] }, period: { codes: [0, 1], labels: ['2026', '2026-13'] }, value: [1, 2] };
    expect(refused(coded, 'INVALID_PERIOD', 'observations.period[1]')[0]).toBe('observations.period[1] is not an observation period (got "2026-13")');
  });
  it('answers: true, false, 1 or 0, or none', () => {
    const labels = { indicator: base.indicator, area: base.area, period: base.period };
    for (const [answer, shown] of [[[2], '2'], [['yes'], '"yes"'], [[0.5], '0.5']] as const) {
      expect(refused({ ...labels, answer }, 'INVALID_ARGUMENT', 'observations.answer[0]')).toEqual([
        `observations.answer[0] must be true, false, 1 or 0, or NaN, a negative number or null for none (got ${shown})`,
        `observations.answer[0] phải là true, false, 1 hoặc 0; NaN, số âm hoặc null nếu không có (nhận ${shown})`,
      ]);
    }
    expect(refused({ ...base, answer: [true] }, 'INVALID_ARGUMENT', 'observations.answer[0]')).toEqual([
      'observations.answer[0] and observations.value cannot both be given for one row',
      'observations.answer[0] và observations.value không được có cùng lúc trong một dòng',
    ]);
    expect(refused(labels, 'INVALID_ARGUMENT', 'observations.value')).toEqual([
      'observations.value is missing: columns need a value column, an answer column, or numerator and denominator columns',
      'observations.value bị thiếu: cần cột giá trị, cột trả lời, hoặc cột tử số và mẫu số',
    ]);
  });
  it('one multiplier for every row: a finite number above zero', () => {
    for (const [per, shown] of [[0, '0'], [-1, '-1'], [Number.POSITIVE_INFINITY, 'Infinity'], [Number.NaN, 'NaN']] as const) {
      expect(refused({ ...base, value: undefined, numerator: [1], denominator: [2], per }, 'INVALID_ARGUMENT', 'observations.per')).toEqual([
        `observations.per must be a finite number greater than zero, or a column (got ${shown})`,
        `observations.per phải là một số hữu hạn lớn hơn 0, hoặc một cột (nhận ${shown})`,
      ]);
    }
  });
});

describe('columns read as given', () => {
  const asOf = '2027-01-31';
  it('no rows at all', () => {
    expect(indexObservations({ indicator: [], area: [], period: [], value: [] }).size).toBe(0);
  });
  it('answers true and false as yes and no; null, undefined, NaN and negative numbers as none', () => {
    // no major epidemic is the target: a “no” meets it, a “yes” does not, none is no data
    const epidemic = TargetSchema.parse({ id: 'e', kind: 'boolean', indicator: 'major-epidemic', expected: false, due: '2026-12-31' });
    const answer = [true, false, null, undefined, Number.NaN, -1, 1, 0];
    const rows = answer.map((_, i) => `xa-${i}`);
    // rows with no answer give a value of another indicator instead
    const none = (i: number): boolean => i >= 2 && i <= 5;
    const columns = {
      indicator: rows.map((_, i) => (none(i) ? 'x' : 'major-epidemic')), area: rows, period: rows.map(() => '2026'), answer,
      value: rows.map((_, i) => (none(i) ? 1 : null)),
    } as unknown as ObservationColumns;
    const table = evaluateTable([epidemic], columns, { asOf, rows });
    expect(table.status).toEqual(['not-achieved', 'achieved', 'no-data', 'no-data', 'no-data', 'no-data', 'not-achieved', 'achieved']);
    // a negative number written as text is not a number
    const labels = { indicator: base.indicator, area: base.area, period: base.period };
    expect(refused({ ...labels, answer: ['-1'] }, 'INVALID_ARGUMENT', 'observations.answer[0]')[0]).toBe(
      'observations.answer[0] must be true, false, 1 or 0, or NaN, a negative number or null for none (got "-1")',
    );
  });
  it('a multiplier column, read for ratio rows only', () => {
    // 'x-rate' is no catalog indicator: the rows' own multiplier counts; 3 / 2 000 × 1 000 = 1.5 ≤ 1.5; the value row's 7 ignores its per cell
    const rate = TargetSchema.parse({ id: 'r', indicator: 'x-rate', comparator: '<=', value: '1.5', due: '2026-12-31' });
    const columns = {
      indicator: ['x-rate', 'x-rate'], area: ['xa-a', 'xa-b'], period: ['2026', '2026'],
      value: [null, 7], numerator: [3, null], denominator: [2000, null], per: [1000, 1000],
    } as unknown as ObservationColumns;
    const table = evaluateTable([rate], columns, { asOf, rows: ['xa-a', 'xa-b'] });
    expect([table.status, table.published]).toEqual([['achieved', 'not-achieved'], ['1.5', '7']]);
  });
  it('label columns coded and as strings, mixed', () => {
    // 21 / 12 000 × 10 000 = 17.5 in xa-a; 20 / 12 000 × 10 000 = 16.666… → 16.7 in xa-b
    const doctors = TargetSchema.parse({ id: 'd', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
    const numbers = { numerator: [21, 20], denominator: [12000, 12000] };
    const strings = { indicator: ['doctors-per-10k', 'doctors-per-10k'], area: ['xa-a', 'xa-b'], period: ['2026', '2026'] };
    const coded = { indicator: { codes: [0, 0], labels: ['doctors-per-10k'] }, area: { codes: [1, 0], labels: ['xa-b', 'xa-a'] }, period: { codes: [0, 0], labels: ['2026'] } };
    for (const columns of [
      { indicator: coded.indicator, area: strings.area, period: coded.period },
      { indicator: strings.indicator, area: coded.area, period: coded.period },
      { indicator: coded.indicator, area: coded.area, period: strings.period },
    ]) {
      const table = evaluateTable([doctors], { ...columns, ...numbers } as ObservationColumns, { asOf, rows: ['xa-a', 'xa-b'] });
      expect([table.status, table.published]).toEqual([['achieved', 'not-achieved'], ['17.5', '16.7']]);
    }
  });
  it('columns of the wrong length, and codes out of place, each named', () => {
    for (const [columns, field, en] of [
      [{ ...base, parent: ['a', 'b'] }, 'observations.parent', 'observations.parent has 2 rows but observations.indicator has 1'],
      [{ ...base, value: undefined, numerator: [1, 2], denominator: [2] }, 'observations.numerator', 'observations.numerator must be an array of 1 rows (got 2)'],
      [{ ...base, value: undefined, numerator: [1], denominator: [2, 3] }, 'observations.denominator', 'observations.denominator must be an array of 1 rows (got 2)'],
      [{ ...base, value: undefined, numerator: [1], denominator: [2], per: [1, 2] }, 'observations.per', 'observations.per must be an array of 1 rows (got 2)'],
      [{ indicator: { codes: [4], labels: ['x'] }, area: { codes: [0], labels: ['xa-a'] }, period: { codes: [0], labels: ['2026'] }, value: [1] }, 'observations.indicator.codes[0]', 'observations.indicator.codes[0] must be a position in observations.indicator.labels (got 4)'],
      [{ ...base, parent: { codes: [2], labels: ['huyen'] } }, 'observations.parent.codes[0]', 'observations.parent.codes[0] must be a position in observations.parent.labels (got 2)'],
      [{ ...base, parent: { codes: ['-1'], labels: ['huyen'] } }, 'observations.parent.codes[0]', 'observations.parent.codes[0] must be a position in observations.parent.labels (got "-1")'],
    ] as const) {
      expect(refused(columns, 'INVALID_ARGUMENT', field)[0]).toBe(en);
    }
    // columns need all three label columns: without an area column they are not columns
    expect(refused({ indicator: ['x'], period: ['2026'], value: [1] }, 'INVALID_ARGUMENT', 'observations')[0]).toBe(
      'observations must be an array of observations, observation columns, or an index from indexObservations (got an object)',
    );
  });
  it('a coded parent column: negative codes for none', () => {
    const columns = { ...base, area: ['xa-a/tram'], parent: { codes: [0], labels: ['xa-a'] } };
    expect(indexObservations(columns).areas).toEqual(['xa-a/tram', 'xa-a']);
    expect(indexObservations({ ...columns, parent: { codes: [-1], labels: ['xa-a'] } }).areas).toEqual(['xa-a/tram']);
  });
  it('series after the first kept in period order, and rows of one period in the order given', () => {
    // series x in xa-a (in order), then x in xa-b with 2026 given before 2025, and a repeated 2026 row: the later one counts
    const x = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '15', due: '2026-12-31' });
    const columns: ObservationColumns = {
      indicator: ['x', 'x', 'x', 'x', 'x', 'x'],
      area: ['xa-a', 'xa-a', 'xa-b', 'xa-b', 'xa-b', 'xa-c'],
      period: ['2025', '2026', '2026', '2025', '2026', '2026'],
      value: [10, 16, 30, 12, 14, 18],
    };
    const table = evaluateTable([x], columns, { asOf, rows: ['xa-a', 'xa-b', 'xa-c'] });
    // xa-a: 16 (2026) ≥ 15; xa-b: the later 2026 row, 14 < 15; xa-c: 18 ≥ 15
    expect([table.status, table.published]).toEqual([['achieved', 'not-achieved', 'achieved'], ['16', '14', '18']]);
    const reordered = { ...columns, value: [10, 16, 14, 12, 30, 18] };
    expect(evaluateTable([x], reordered, { asOf, rows: ['xa-a', 'xa-b', 'xa-c'] }).published).toEqual(['16', '30', '18']);
  });
});
