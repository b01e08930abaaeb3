/**
 * The population layer's errors in both languages: code, field and the whole message, English
 * (`error.message`) and Vietnamese (`error.vi`), each written out from the message's wording
 * (src/population/messages, src/messages) with the input it was given (DESIGN.md: stable
 * codes, messages that name the field and quote what was given, in vi and en).
 */
import { describe, expect, it } from 'vitest';
import { aggregateRates, esp2013, midYearPopulation, populationAt, populationOfYear, standardPopulationFor, whoWorldStandard } from '../../src/population/index.js';
import type { StandardPopulation } from '../../src/population/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const both = (error: { message: string; vi: string }): [string, string] => [error.message, error.vi];

const xaA = { area: 'Xã A', numerator: 12, denominator: 8000 };
const xaB = { area: 'Xã B', numerator: 9, denominator: 4000 };
const communes = [xaA, xaB];

describe('aggregateRates messages, en and vi', () => {
  it('rows that are not a non-empty list', () => {
    expect(both(expectChitieuError(() => aggregateRates('x' as never, { per: 100 }), 'INVALID_ARGUMENT', 'rows'))).toEqual([
      'rows must be a non-empty list of { area, numerator, denominator } (got "x")',
      'rows phải là danh sách khác rỗng các { area, numerator, denominator } (nhận "x")',
    ]);
    expect(both(expectChitieuError(() => aggregateRates([], { per: 100 }), 'INVALID_ARGUMENT', 'rows'))).toEqual([
      'rows must be a non-empty list of { area, numerator, denominator } (got an array)',
      'rows phải là danh sách khác rỗng các { area, numerator, denominator } (nhận một mảng)',
    ]);
  });

  it('options that are not an object', () => {
    expect(both(expectChitieuError(() => aggregateRates(communes, undefined as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must be an object (got undefined)',
      'options phải là một đối tượng (nhận undefined)',
    ]);
    expect(both(expectChitieuError(() => aggregateRates(communes, null as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must be an object (got null)',
      'options phải là một đối tượng (nhận null)',
    ]);
  });

  it('a row without a usable area name', () => {
    expect(both(expectChitieuError(() => aggregateRates([null as never], { per: 100 }), 'INVALID_ARGUMENT', 'rows[0].area'))).toEqual([
      'rows[0].area must be a non-empty string (got undefined)',
      'rows[0].area phải là một chuỗi khác rỗng (nhận undefined)',
    ]);
    const numbered = { area: 5 as unknown as string, numerator: 1, denominator: 10 };
    expect(both(expectChitieuError(() => aggregateRates([xaA, numbered], { per: 100 }), 'INVALID_ARGUMENT', 'rows[1].area'))).toEqual([
      'rows[1].area must be a non-empty string (got 5)',
      'rows[1].area phải là một chuỗi khác rỗng (nhận 5)',
    ]);
    // blank is empty too
    const blank = { area: '  ', numerator: 1, denominator: 10 };
    expect(both(expectChitieuError(() => aggregateRates([blank], { per: 100 }), 'INVALID_ARGUMENT', 'rows[0].area'))).toEqual([
      'rows[0].area must be a non-empty string (got "  ")',
      'rows[0].area phải là một chuỗi khác rỗng (nhận "  ")',
    ]);
  });

  it('an area given twice', () => {
    const twice = [...communes, { area: 'Xã A', numerator: 1, denominator: 10 }];
    expect(both(expectChitieuError(() => aggregateRates(twice, { per: 100 }), 'OVERLAPPING_AREAS', 'rows[2].area'))).toEqual([
      'rows[2].area repeats "Xã A" (already rows[0]); it would be counted twice',
      'rows[2].area lặp lại "Xã A" (đã có ở rows[0]); địa bàn này sẽ bị tính hai lần',
    ]);
  });

  it('expected areas: not a list, listed twice or not a name, a row not expected, an area without a row', () => {
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, areas: 'Xã A' as never }), 'INVALID_ARGUMENT', 'areas'))).toEqual([
      'areas must be a list of area names (got "Xã A")',
      'areas phải là danh sách tên địa bàn (nhận "Xã A")',
    ]);
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, areas: ['Xã A', 'Xã B', 'Xã A'] }), 'INVALID_ARGUMENT', 'areas[2]'))).toEqual([
      'areas[2] must be an area name listed once (got "Xã A")',
      'areas[2] phải là tên địa bàn, mỗi tên chỉ một lần (nhận "Xã A")',
    ]);
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, areas: ['Xã A', 5 as never] }), 'INVALID_ARGUMENT', 'areas[1]'))).toEqual([
      'areas[1] must be an area name listed once (got 5)',
      'areas[1] phải là tên địa bàn, mỗi tên chỉ một lần (nhận 5)',
    ]);
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, areas: ['Xã A'] }), 'INVALID_ARGUMENT', 'rows[1].area'))).toEqual([
      'rows[1].area "Xã B" is not one of the expected areas',
      'rows[1].area "Xã B" không thuộc danh sách địa bàn cần tổng hợp',
    ]);
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, areas: ['Xã A', 'Xã B', 'Xã C'] }), 'MISSING_AREA', 'areas[2]'))).toEqual([
      'areas[2]: area "Xã C" has no row; the total would leave it out',
      'areas[2]: địa bàn "Xã C" không có số liệu; tổng sẽ bỏ sót địa bàn này',
    ]);
  });

  it('the hierarchy: not an object, a cycle, a row inside another', () => {
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, parentOf: 'Huyện X' as never }), 'INVALID_ARGUMENT', 'parentOf'))).toEqual([
      'parentOf must be an object mapping each area to its parent (got "Huyện X")',
      'parentOf phải là đối tượng ánh xạ mỗi địa bàn tới địa bàn cấp trên (nhận "Huyện X")',
    ]);
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, parentOf: null as never }), 'INVALID_ARGUMENT', 'parentOf'))).toEqual([
      'parentOf must be an object mapping each area to its parent (got null)',
      'parentOf phải là đối tượng ánh xạ mỗi địa bàn tới địa bàn cấp trên (nhận null)',
    ]);
    // Xã A → Huyện X → Xã A
    const cycle = { 'Xã A': 'Huyện X', 'Huyện X': 'Xã A' };
    expect(both(expectChitieuError(() => aggregateRates(communes, { per: 100, parentOf: cycle }), 'INVALID_ARGUMENT', 'parentOf'))).toEqual([
      'parentOf has a cycle: Xã A → Huyện X → Xã A',
      'parentOf có vòng lặp: Xã A → Huyện X → Xã A',
    ]);
    const rows = [{ area: 'Huyện X', numerator: 21, denominator: 12000 }, xaB];
    const parentOf = { 'Xã A': 'Huyện X', 'Xã B': 'Huyện X' };
    expect(both(expectChitieuError(() => aggregateRates(rows, { per: 100, parentOf }), 'OVERLAPPING_AREAS', 'rows[1].area'))).toEqual([
      'rows[1].area "Xã B" lies inside "Huyện X" (rows[0]); it would be counted twice',
      'rows[1].area "Xã B" nằm trong "Huyện X" (rows[0]); địa bàn này sẽ bị tính hai lần',
    ]);
  });

  it('area names past 60 characters are cut, with their length in each language', () => {
    // 'Thôn ' and 60 letters: 65 characters, shown as the first 60 and an ellipsis
    const long = `Thôn ${'A'.repeat(60)}`;
    const shownEn = `"Thôn ${'A'.repeat(55)}…" (65 characters)`;
    const shownVi = `"Thôn ${'A'.repeat(55)}…" (65 ký tự)`;
    const row = { area: long, numerator: 1, denominator: 10 };
    expect(both(expectChitieuError(() => aggregateRates([row, row], { per: 100 }), 'OVERLAPPING_AREAS', 'rows[1].area'))).toEqual([
      `rows[1].area repeats ${shownEn} (already rows[0]); it would be counted twice`,
      `rows[1].area lặp lại ${shownVi} (đã có ở rows[0]); địa bàn này sẽ bị tính hai lần`,
    ]);
    expect(both(expectChitieuError(() => aggregateRates([row], { per: 100, areas: ['Xã A'] }), 'INVALID_ARGUMENT', 'rows[0].area'))).toEqual([
      `rows[0].area ${shownEn} is not one of the expected areas`,
      `rows[0].area ${shownVi} không thuộc danh sách địa bàn cần tổng hợp`,
    ]);
    expect(both(expectChitieuError(() => aggregateRates([xaA], { per: 100, areas: ['Xã A', long] }), 'MISSING_AREA', 'areas[1]'))).toEqual([
      `areas[1]: area ${shownEn} has no row; the total would leave it out`,
      `areas[1]: địa bàn ${shownVi} không có số liệu; tổng sẽ bỏ sót địa bàn này`,
    ]);
    // a long commune inside a long district (the same 65 characters with 'Xã ' in front: 68)
    const district = `Xã ${long}`;
    const districtEn = `"Xã Thôn ${'A'.repeat(52)}…" (68 characters)`;
    const districtVi = `"Xã Thôn ${'A'.repeat(52)}…" (68 ký tự)`;
    const rows = [{ area: district, numerator: 1, denominator: 10 }, row];
    expect(both(expectChitieuError(() => aggregateRates(rows, { per: 100, parentOf: { [long]: district } }), 'OVERLAPPING_AREAS', 'rows[1].area'))).toEqual([
      `rows[1].area ${shownEn} lies inside ${districtEn} (rows[0]); it would be counted twice`,
      `rows[1].area ${shownVi} nằm trong ${districtVi} (rows[0]); địa bàn này sẽ bị tính hai lần`,
    ]);
  });

  it('denominators that sum to zero', () => {
    const zero = [{ area: 'A', numerator: 0, denominator: 0 }];
    expect(both(expectChitieuError(() => aggregateRates(zero, { per: 100 }), 'ZERO_DENOMINATOR', 'rows'))).toEqual([
      'rows: the denominators sum to zero; no rate can be computed',
      'rows: tổng mẫu số bằng 0; không tính được tỷ suất',
    ]);
  });
});

describe('midYearPopulation messages, en and vi', () => {
  const start = { date: '2025-07-01', count: 1000 };
  const end = { date: '2026-07-01', count: 1100 };

  it('options, start and end that are not objects', () => {
    for (const [value, en, vi] of [
      [undefined, 'undefined', 'undefined'],
      [null, 'null', 'null'],
    ] as const) {
      expect(both(expectChitieuError(() => midYearPopulation(value as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
        `options must be an object (got ${en})`,
        `options phải là một đối tượng (nhận ${vi})`,
      ]);
      expect(both(expectChitieuError(() => midYearPopulation({ start: value as never, end, year: 2025 }), 'INVALID_ARGUMENT', 'start'))).toEqual([
        `start must be { date, count } (got ${en})`,
        `start phải có dạng { date, count } (nhận ${vi})`,
      ]);
      expect(both(expectChitieuError(() => midYearPopulation({ start, end: value as never, year: 2025 }), 'INVALID_ARGUMENT', 'end'))).toEqual([
        `end must be { date, count } (got ${en})`,
        `end phải có dạng { date, count } (nhận ${vi})`,
      ]);
    }
  });

  it('a method it does not know, an end not after the start', () => {
    expect(both(expectChitieuError(() => midYearPopulation({ start, end, year: 2025, method: 'logistic' as 'linear' }), 'INVALID_ARGUMENT', 'method'))).toEqual([
      `method must be one of 'linear', 'geometric' (got "logistic")`,
      `method phải là một trong 'linear', 'geometric' (nhận "logistic")`,
    ]);
    expect(both(expectChitieuError(() => midYearPopulation({ start, end: { ...end, date: '2025-06-30' }, year: 2025 }), 'INVALID_ARGUMENT', 'end.date'))).toEqual([
      'end.date (2025-06-30) must be after start.date (2025-07-01)',
      'end.date (2025-06-30) phải sau start.date (2025-07-01)',
    ]);
  });

  it('a zero count with geometric interpolation', () => {
    expect(both(expectChitieuError(() => midYearPopulation({ start, end: { ...end, count: 0 }, year: 2025, method: 'geometric' }), 'OUT_OF_RANGE', 'end.count'))).toEqual([
      'end.count must be positive for geometric interpolation (got 0)',
      'end.count phải dương khi nội suy theo cấp số nhân (nhận 0)',
    ]);
  });

  it('a straight line below zero quotes its value to 6 digits', () => {
    // 100 → 10 from 2025-07-01 to 2026-07-01 (365 days); 2030-07-01 is 5 × 365 + 1 (2028-02-29)
    // = 1826 days on: (100 × (365 − 1826) + 10 × 1826) / 365 = −127 840 / 365 = −350.2465…
    const line = { start: { ...start, count: 100 }, end: { ...end, count: 10 }, year: 2030 };
    expect(both(expectChitieuError(() => midYearPopulation(line), 'OUT_OF_RANGE', 'year'))).toEqual([
      'year: the straight line through the two counts is negative on 1 July 2030 (-350.247); a population cannot be extrapolated that far',
      'year: đường thẳng qua hai số liệu cho giá trị âm vào ngày 1/7/2030 (-350.247); không thể ngoại suy dân số xa đến vậy',
    ]);
  });

  it('a year that is not a number, not whole, or outside 1900–2200', () => {
    expect(both(expectChitieuError(() => midYearPopulation({ start, end, year: '2025' as never }), 'INVALID_NUMBER', 'year'))).toEqual([
      'year must be a year, a whole number from 1900 to 2200 (got "2025")',
      'year phải là một năm, số nguyên từ 1900 đến 2200 (nhận "2025")',
    ]);
    expect(both(expectChitieuError(() => midYearPopulation({ start, end, year: Number.NaN }), 'INVALID_NUMBER', 'year'))).toEqual([
      'year must be a year, a whole number from 1900 to 2200 (got NaN)',
      'year phải là một năm, số nguyên từ 1900 đến 2200 (nhận NaN)',
    ]);
    expect(both(expectChitieuError(() => midYearPopulation({ start, end, year: 2025.5 }), 'NOT_AN_INTEGER', 'year'))).toEqual([
      'year must be a whole year (got 2025.5)',
      'year phải là một năm nguyên (nhận 2025.5)',
    ]);
    for (const year of [1899, 2201]) {
      expect(both(expectChitieuError(() => midYearPopulation({ start, end, year }), 'OUT_OF_RANGE', 'year'))).toEqual([
        `year must be a year from 1900 to 2200 (got ${year})`,
        `year phải là năm từ 1900 đến 2200 (nhận ${year})`,
      ]);
    }
  });

  it('accepts 1900 and 2200 themselves', () => {
    // a flat line (1000 on both dates) is 1000 on every 1 July
    const flat = { start: { date: '2025-07-01', count: 1000 }, end: { date: '2026-07-01', count: 1000 } };
    expect(midYearPopulation({ ...flat, year: 1900 }).toString()).toBe('1000');
    expect(midYearPopulation({ ...flat, year: 2200 }).toString()).toBe('1000');
    // constant growth factor 1 is 1000 too
    expect(midYearPopulation({ ...flat, year: 1900, method: 'geometric' }).toString()).toBe('1000');
  });

  it('a result beyond 1e400 names the year', () => {
    // linear: 0 → 1e399 in one day; 2200-07-01 is over 60 000 days on: more than 6e403
    const steep = { start: { date: '2025-07-01', count: 0 }, end: { date: '2025-07-02', count: '1e399' } };
    expect(both(expectChitieuError(() => midYearPopulation({ ...steep, year: 2200 }), 'OUT_OF_RANGE', 'year'))).toEqual([
      'year gives a result outside the range chitieu computes with (|x| up to 1e400)',
      'year cho kết quả nằm ngoài phạm vi chitieu tính toán (|x| tối đa 1e400)',
    ]);
    // geometric: 1 → 1e300 in one day; 2026-07-01 is 365 days on: (1e300)^365 = 1e109500
    const fast = { start: { date: '2025-07-01', count: 1 }, end: { date: '2025-07-02', count: '1e300' } };
    expectChitieuError(() => midYearPopulation({ ...fast, year: 2026, method: 'geometric' }), 'OUT_OF_RANGE', 'year');
  });
});

describe('populationAt and populationOfYear messages, en and vi', () => {
  const base = { date: '2020-01-01', count: 1000 };

  it('options and base that are not objects', () => {
    expect(both(expectChitieuError(() => populationAt(null as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must be an object (got null)',
      'options phải là một đối tượng (nhận null)',
    ]);
    for (const [value, shown] of [
      [undefined, 'undefined'],
      [null, 'null'],
    ] as const) {
      expect(both(expectChitieuError(() => populationAt({ base: value as never, growthRate: 0, date: '2021-01-01' }), 'INVALID_ARGUMENT', 'base'))).toEqual([
        `base must be { date, count } (got ${shown})`,
        `base phải có dạng { date, count } (nhận ${shown})`,
      ]);
    }
  });

  it('a compounding it does not know, a growth rate of −1 or less', () => {
    expect(both(expectChitieuError(() => populationAt({ base, growthRate: 0, date: '2021-01-01', compounding: 'monthly' as 'annual' }), 'INVALID_ARGUMENT', 'compounding'))).toEqual([
      `compounding must be one of 'annual', 'continuous' (got "monthly")`,
      `compounding phải là một trong 'annual', 'continuous' (nhận "monthly")`,
    ]);
    expect(both(expectChitieuError(() => populationAt({ base, growthRate: '-1.5', date: '2021-01-01' }), 'OUT_OF_RANGE', 'growthRate'))).toEqual([
      'growthRate must be greater than -1 with annual compounding (got -1.5)',
      'growthRate phải lớn hơn -1 khi tính lũy kế theo năm (nhận -1.5)',
    ]);
  });

  it('a result beyond 1e400 names the growth rate', () => {
    // continuous: e^(100 × 10) = e^1000 ≈ 1.97e434
    expect(both(expectChitieuError(() => populationAt({ base: { ...base, count: 1 }, growthRate: 100, date: '2030-01-01', compounding: 'continuous' }), 'OUT_OF_RANGE', 'growthRate'))).toEqual([
      'growthRate gives a result outside the range chitieu computes with (|x| up to 1e400)',
      'growthRate cho kết quả nằm ngoài phạm vi chitieu tính toán (|x| tối đa 1e400)',
    ]);
    // annual: (1e10 + 1)^50 > 1e500
    expectChitieuError(() => populationAt({ base: { ...base, count: 1 }, growthRate: '1e10', date: '2070-01-01' }), 'OUT_OF_RANGE', 'growthRate');
  });

  it('populationOfYear without options names the year', () => {
    expect(both(expectChitieuError(() => populationOfYear(undefined as never), 'INVALID_NUMBER', 'year'))).toEqual([
      'year must be a year, a whole number from 1900 to 2200 (got undefined)',
      'year phải là một năm, số nguyên từ 1900 đến 2200 (nhận undefined)',
    ]);
    // 1900 and 2200 are years: at a growth rate of 0 the count stays 1000
    expect(populationOfYear({ base, growthRate: 0, year: 1900 }).toString()).toBe('1000');
    expect(populationOfYear({ base, growthRate: 0, year: 2200 }).toString()).toBe('1000');
  });
});

describe('standardPopulationFor messages, en and vi', () => {
  const custom = (fields: object): StandardPopulation => ({ id: 'x', source: 'test', ...fields }) as unknown as StandardPopulation;

  it('start ages that are not a non-empty array', () => {
    expect(both(expectChitieuError(() => standardPopulationFor(esp2013, null as never), 'INVALID_ARGUMENT', 'startAges'))).toEqual([
      'startAges must be an array (got null)',
      'startAges phải là một mảng (nhận null)',
    ]);
    expect(both(expectChitieuError(() => standardPopulationFor(esp2013, []), 'INVALID_ARGUMENT', 'startAges'))).toEqual([
      'startAges must not be empty',
      'startAges không được rỗng',
    ]);
  });

  it('a start age that is not one of the standard’s, named by the standard', () => {
    const edges = '0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100';
    expect(both(expectChitieuError(() => standardPopulationFor(whoWorldStandard, [0, 1]), 'INVALID_AGE_BANDS', 'startAges[1]'))).toEqual([
      `startAges[1]: 1 is not a start age of WHO World Standard Population (2000–2025) (${edges})`,
      `startAges[1]: 1 không phải tuổi bắt đầu một nhóm của Dân số chuẩn thế giới của WHO (2000–2025) (${edges})`,
    ]);
    expect(both(expectChitieuError(() => standardPopulationFor(esp2013, [0, 5, 5]), 'INVALID_AGE_BANDS', 'startAges[2]'))).toEqual([
      'startAges[2]: the start age 5 appears twice',
      'startAges[2]: tuổi bắt đầu 5 bị lặp lại',
    ]);
  });

  it('a standard of the caller’s own: named, half named or unnamed', () => {
    const bands = { startAges: [0, 65], weights: [80, 20] };
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ ...bands, name: { en: 'Province 2019', vi: 'Tỉnh 2019' } }), [0, 60]), 'INVALID_AGE_BANDS', 'startAges[1]'))).toEqual([
      'startAges[1]: 60 is not a start age of Province 2019 (0, 65)',
      'startAges[1]: 60 không phải tuổi bắt đầu một nhóm của Tỉnh 2019 (0, 65)',
    ]);
    // a name needs both languages; otherwise, and without a name, "the standard population"
    for (const name of [undefined, null, 'Tỉnh 2019', { en: 'Province 2019' }, { vi: 'Tỉnh 2019' }]) {
      expect(both(expectChitieuError(() => standardPopulationFor(custom({ ...bands, name }), [60]), 'INVALID_AGE_BANDS', 'startAges[0]'))).toEqual([
        'startAges[0]: 60 is not a start age of the standard population (0, 65)',
        'startAges[0]: 60 không phải tuổi bắt đầu một nhóm của dân số chuẩn (0, 65)',
      ]);
    }
    // a start age that is not a number, and a standard's start age that is not one, by kind
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: [[0], 65], weights: [80, 20] }), [{} as number]), 'INVALID_AGE_BANDS', 'startAges[0]'))).toEqual([
      'startAges[0]: an object is not a start age of the standard population (an array, 65)',
      'startAges[0]: một đối tượng không phải tuổi bắt đầu một nhóm của dân số chuẩn (một mảng, 65)',
    ]);
    // the standard's own start ages are quoted as given
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: ['0', 65], weights: [80, 20] }), [0]), 'INVALID_AGE_BANDS', 'startAges[0]'))).toEqual([
      'startAges[0]: 0 is not a start age of the standard population ("0", 65)',
      'startAges[0]: 0 không phải tuổi bắt đầu một nhóm của dân số chuẩn ("0", 65)',
    ]);
  });

  it('a standard that is not an object, or whose bands are not arrays of the same length', () => {
    expect(both(expectChitieuError(() => standardPopulationFor(null as never, [0]), 'INVALID_ARGUMENT', 'standard'))).toEqual([
      'standard must be an object (got null)',
      'standard phải là một đối tượng (nhận null)',
    ]);
    expect(both(expectChitieuError(() => standardPopulationFor(5 as never, [0]), 'INVALID_ARGUMENT', 'standard'))).toEqual([
      'standard must be an object (got 5)',
      'standard phải là một đối tượng (nhận 5)',
    ]);
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: 'x', weights: [1] }), [0]), 'INVALID_ARGUMENT', 'standard.startAges'))).toEqual([
      'standard.startAges must be an array (got "x")',
      'standard.startAges phải là một mảng (nhận "x")',
    ]);
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: [0], weights: 'x' }), [0]), 'INVALID_ARGUMENT', 'standard.weights'))).toEqual([
      'standard.weights must be an array (got "x")',
      'standard.weights phải là một mảng (nhận "x")',
    ]);
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: [0, 5], weights: [1] }), [0]), 'LENGTH_MISMATCH', 'standard.weights'))).toEqual([
      'standard.weights must have as many entries as standard.startAges (2; got 1)',
      'standard.weights phải có số phần tử bằng standard.startAges (2; nhận 1)',
    ]);
  });

  it('weights that are not finite numbers, or negative', () => {
    for (const [weight, shown] of [
      ['2', '"2"'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
    ] as const) {
      expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: [0, 5], weights: [1, weight] }), [0]), 'INVALID_NUMBER', 'standard.weights[1]'))).toEqual([
        `standard.weights[1] must be a finite number (got ${shown})`,
        `standard.weights[1] phải là một số hữu hạn (nhận ${shown})`,
      ]);
    }
    expect(both(expectChitieuError(() => standardPopulationFor(custom({ startAges: [0, 5], weights: [-1, 1] }), [0]), 'NEGATIVE_COUNT', 'standard.weights[0]'))).toEqual([
      'standard.weights[0] must not be negative (got -1)',
      'standard.weights[0] không được âm (nhận -1)',
    ]);
    // a zero weight is allowed: 0–4 weighs 0, 5+ weighs 10; [0] sums both bands: 0 + 10 = 10
    expect(standardPopulationFor(custom({ startAges: [0, 5], weights: [0, 10] }), [0])).toEqual([10]);
    expect(standardPopulationFor(custom({ startAges: [0, 5], weights: [0, 10] }), [5, 0])).toEqual([10, 0]);
  });
});
