/**
 * The stats layer's errors in both languages: code, field and the whole message, English
 * (`error.message`) and Vietnamese (`error.vi`), written out from the catalogue's wording with
 * the input each was given (DESIGN.md: stable codes, messages that name the field and quote
 * what was given, in vi and en). An app shows these texts, so each is pinned here.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareQuantile,
  chiSquareTrend,
  compareWithBenchmark,
  compareWithGoal,
  crudeRate,
  directlyStandardisedRate,
  lifeTable,
  meanInterval,
  poissonInterval,
  sexRatioAtBirth,
  studentTQuantile,
} from '../../src/stats/index.js';
import { expectChitieuError } from './helpers.js';

const both = (error: { message: string; vi: string }): [string, string] => [error.message, error.vi];

describe('stats messages, en and vi', () => {
  it('df above 1e10, a t quantile beyond a double', () => {
    expect(both(expectChitieuError(() => chiSquareQuantile(0.5, 2e10), 'OUT_OF_RANGE', 'df'))).toEqual([
      'df must be at most 1e10 (got 20000000000)',
      'df (bậc tự do) không được lớn hơn 1e10 (nhận 20000000000)',
    ]);
    expect(both(expectChitieuError(() => studentTQuantile(1e-300, 0.5), 'OUT_OF_RANGE', 'p'))).toEqual([
      'p is too far in the tail for df = 0.5: the quantile is beyond the range of a double (p = 1e-300)',
      'p quá xa ở đuôi phân phối với df = 0.5: phân vị vượt phạm vi số thực double (p = 1e-300)',
    ]);
  });

  it('meanInterval: values whose spread overflows, neither values nor a summary', () => {
    expect(both(expectChitieuError(() => meanInterval({ values: [1e308, -1e308, 1e308] }), 'OUT_OF_RANGE', 'values'))).toEqual([
      'values are too large for their spread to be computed in doubles',
      'values quá lớn, không tính được độ phân tán bằng số thực double',
    ]);
    expect(both(expectChitieuError(() => meanInterval({} as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must give values, or mean, standardDeviation and count',
      'options phải có values, hoặc mean, standardDeviation và count',
    ]);
  });

  it('sexRatioAtBirth: births beyond 2^53 − 1, an exact limit beyond a double', () => {
    // 9007199254740991 + 1 = 2^53 = 9007199254740992
    expect(both(expectChitieuError(() => sexRatioAtBirth({ boys: Number.MAX_SAFE_INTEGER, girls: 1 }), 'OUT_OF_RANGE', 'boys'))).toEqual([
      'boys + girls must be at most 9007199254740991 (got 9007199254740992)',
      'boys + girls không được lớn hơn 9007199254740991 (nhận 9007199254740992)',
    ]);
    // 50 000 000 boys and 1 girl: one birth past what the exact limits take
    expect(both(expectChitieuError(() => sexRatioAtBirth({ boys: 5e7, girls: 1, method: 'exact' }), 'OUT_OF_RANGE', 'boys'))).toEqual([
      "boys + girls must be at most 50000000 for exact limits (got 50000001); use method 'wilson'",
      "boys + girls không được lớn hơn 50000000 với giới hạn chính xác (nhận 50000001); hãy dùng method 'wilson'",
    ]);
  });

  it('chiSquareTrend: scores all equal', () => {
    expect(both(expectChitieuError(() => chiSquareTrend({ successes: [1, 2], totals: [10, 10], scores: [3, 3] }), 'INVALID_ARGUMENT', 'scores'))).toEqual([
      'scores must not all be equal',
      'scores không được bằng nhau hết',
    ]);
  });

  it('compareWithBenchmark: a level twice', () => {
    const intervals = [
      { level: 0.95, lower: 1, upper: 3 },
      { level: 0.95, lower: 0, upper: 4 },
    ];
    expect(both(expectChitieuError(() => compareWithBenchmark({ value: 2, intervals, benchmark: 2, polarity: 'none' }), 'INVALID_ARGUMENT', 'intervals'))).toEqual([
      'intervals must not give the level 0.95 twice',
      'intervals không được có mức 0.95 hai lần',
    ]);
  });

  it('compareWithGoal: a value outside its interval, upperGoal missing or not allowed', () => {
    expect(both(expectChitieuError(() => compareWithGoal({ value: 5, lower: 1, upper: 3, comparator: '>', goal: 2 }), 'OUT_OF_RANGE', 'value'))).toEqual([
      'value (5) must lie within its interval (1 to 3)',
      'value (5) phải nằm trong khoảng tin cậy của nó (1 đến 3)',
    ]);
    expect(both(expectChitieuError(() => compareWithGoal({ value: 2, lower: 1, upper: 3, comparator: 'between', goal: 2 }), 'INVALID_ARGUMENT', 'upperGoal'))).toEqual([
      "upperGoal is required with comparator 'between'",
      "upperGoal là bắt buộc khi comparator là 'between'",
    ]);
    expect(both(expectChitieuError(() => compareWithGoal({ value: 2, lower: 1, upper: 3, comparator: '<', goal: 2, upperGoal: 4 }), 'INVALID_ARGUMENT', 'upperGoal'))).toEqual([
      "upperGoal is only allowed with comparator 'between'",
      "upperGoal chỉ dùng khi comparator là 'between'",
    ]);
  });

  it('directlyStandardisedRate: no weight, no events', () => {
    expect(both(expectChitieuError(() => directlyStandardisedRate({ events: [1, 2], population: [10, 10], standard: [0, 0] }), 'ZERO_DENOMINATOR', 'standard'))).toEqual([
      'standard must have at least one band with a weight above 0',
      'standard phải có ít nhất một nhóm có trọng số lớn hơn 0',
    ]);
    expect(both(expectChitieuError(() => directlyStandardisedRate({ events: [0, 0], population: [10, 10], standard: [1, 1] }), 'OUT_OF_RANGE', 'events'))).toEqual([
      'events must include at least one event: Dobson’s limits scale the limits of the total count',
      'events phải có ít nhất một sự kiện: giới hạn Dobson dựa trên tổng số sự kiện',
    ]);
  });

  it('exact limits for 5e9 events or more', () => {
    expect(both(expectChitieuError(() => poissonInterval(5e9), 'OUT_OF_RANGE', 'count'))).toEqual([
      "count must total below 5e9 for exact limits (got 5000000000); use method 'byar'",
      "count phải có tổng nhỏ hơn 5e9 với giới hạn chính xác (nhận 5000000000); hãy dùng 'byar'",
    ]);
    expect(both(expectChitieuError(() => crudeRate({ events: 6e9, population: 1e10, method: 'exact' }), 'OUT_OF_RANGE', 'events'))).toEqual([
      "events must total below 5e9 for exact limits (got 6000000000); use method 'byar'",
      "events phải có tổng nhỏ hơn 5e9 với giới hạn chính xác (nhận 6000000000); hãy dùng 'byar'",
    ]);
  });

  it('lifeTable: no deaths in the open band, a certain death in a band', () => {
    const base = { startAges: [0, 1, 5], deaths: [10, 2, 300], population: [1000, 4000, 5000] };
    expect(both(expectChitieuError(() => lifeTable({ ...base, deaths: [10, 2, 0] }), 'ZERO_DENOMINATOR', 'deaths[2]'))).toEqual([
      'deaths[2] must be greater than 0 in the open last band (its years lived are lx / mx)',
      'deaths[2] phải lớn hơn 0 ở nhóm tuổi mở cuối cùng (số năm sống của nhóm là lx / mx)',
    ]);
    // 2000 deaths in 4000: mx = 0.5, and in the 4-year band from age 1, 4 · 0.5 · 0.5 = 1
    expect(both(expectChitieuError(() => lifeTable({ ...base, deaths: [10, 2000, 300] }), 'OUT_OF_RANGE', 'deaths[1]'))).toEqual([
      'deaths[1] give a probability of dying of 1 or more in the 4-year band from age 1 (mx = 0.5); merge it with a neighbouring band',
      'deaths[1] cho xác suất chết từ 1 trở lên trong nhóm 4 năm từ tuổi 1 (mx = 0.5); hãy gộp với nhóm bên cạnh',
    ]);
  });

  it('a level whose (1 + level) / 2 rounds to 1', () => {
    expect(both(expectChitieuError(() => crudeRate({ events: 6, population: 420, level: 0.9999999999999999 }), 'OUT_OF_RANGE', 'level'))).toEqual([
      'level must be below 0.9999999999999999: (1 + level) / 2 rounds to 1 in a double, which leaves no tail (got 0.9999999999999999)',
      'level phải nhỏ hơn 0.9999999999999999: (1 + level) / 2 làm tròn thành 1 trong số thực double, không còn phần đuôi (nhận 0.9999999999999999)',
    ]);
  });
});
