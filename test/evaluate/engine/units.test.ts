/**
 * engine/units.ts, the safe-integer fast path of a table: `unitsAt` (a row's published figure
 * in whole units of 10^-decimals), `compareRow` (a plain row against a threshold) and
 * `unitBounds` (the published units that meet a level rule), each called on a store built from
 * observations, and where it gives up (`NaN`, `undefined`) so that the exact path judges. Every
 * figure is worked by hand beside it; 2^51 = 2 251 799 813 685 248 is the bound below which the
 * fast path's half-up rounding is exact (HALF_UP_LIMIT in numeric/exact/round.ts). The last
 * part checks verdicts of evaluateTable that a slip in the fast path would change; the
 * coverage indicator is a percent (× 100) published with 2 places, as the catalogue gives it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { changeRule, levelRule, type Rule } from '../../../src/evaluate/engine/rule.js';
import { storeOf } from '../../../src/evaluate/engine/store.js';
import { compareRow, unitBounds, unitsAt } from '../../../src/evaluate/engine/units.js';
import type { Comparator } from '../../../src/model/primitives.js';
import { readDecimal } from '../../../src/numeric/exact/parse.js';
import { ratio, type Q } from '../../../src/numeric/exact/rational.js';
import { TargetSchema } from '../../../src/model/target.js';

const LIMIT = 2 ** 51;

/** The store of one observation of indicator x in area a for 2026 (its row is at position 0). */
const one = (fields: Record<string, unknown>) => storeOf([{ indicator: 'x', area: 'a', period: '2026', ...fields }]);
/** `unitsAt` of a one-row store. */
const units = (fields: Record<string, unknown>, decimals: number, per = Number.NaN) => unitsAt(one(fields), 0, decimals, per);
/** A decimal written as text, read exactly. */
const q = (text: string): Q => readDecimal(text) as Q;

describe('unitsAt: a plain value', () => {
  it('with fewer places than published: scaled up exactly', () => {
    // 17.5 at 2 places = 1 750 hundredths; 5 at 0 places = 5; 0 at 3 places = 0
    expect(units({ value: 17.5 }, 2)).toBe(1750);
    expect(units({ value: 5 }, 0)).toBe(5);
    expect(units({ value: 0 }, 3)).toBe(0);
  });
  it('with as many places as published: its own digits', () => {
    // 1.25 at 2 places = 125 hundredths; -3.07 = -307
    expect(units({ value: 1.25 }, 2)).toBe(125);
    expect(units({ value: -3.07 }, 2)).toBe(-307);
  });
  it('with more places than published: rounded half away from zero', () => {
    // 1.25 at 1 place → 1.3 = 13 tenths; 1.24 → 1.2; -1.25 → -1.3; -1.24 → -1.2; 94.995 at 2 → 95.00
    expect(units({ value: 1.25 }, 1)).toBe(13);
    expect(units({ value: 1.24 }, 1)).toBe(12);
    expect(units({ value: -1.25 }, 1)).toBe(-13);
    expect(units({ value: -1.24 }, 1)).toBe(-12);
    expect(units({ value: 94.995 }, 2)).toBe(9500);
  });
  it('up to 15 places; past them the exact path judges', () => {
    // 0.000001 at 15 places = 10^-6 × 10^15 = 10^9 units; 1 at 15 places = 10^15 (below 2^51 ≈ 2.25 × 10^15)
    expect(units({ value: 0.000001 }, 15)).toBe(1e9);
    expect(units({ value: 1 }, 15)).toBe(1e15);
    // at 16 places, though 0.000001 would be 10^10 units
    expect(units({ value: 0.000001 }, 16)).toBeNaN();
  });
  it('whose units reach 2^51: the exact path judges', () => {
    // 10^13 at 2 places = 10^15 units, within 2^51; 10^14 at 2 places = 10^16, past it (either sign)
    expect(units({ value: 1e13 }, 2)).toBe(1e15);
    expect(units({ value: -1e13 }, 2)).toBe(-1e15);
    expect(units({ value: 1e14 }, 2)).toBeNaN();
    expect(units({ value: -1e14 }, 2)).toBeNaN();
  });
  it('that is not a decimal of at most 15 significant digits between 10^-6 and 10^15', () => {
    // 10^-7 and 10^15 have no such scale
    expect(units({ value: 1e-7 }, 10)).toBeNaN();
    expect(units({ value: 1e15 }, 0)).toBeNaN();
  });
  it('a yes/no row or a row kept exactly: the exact path judges', () => {
    // a yes is held as 1, which would be 1 unit; the 19-digit value is kept in the exact table
    expect(units({ value: true }, 0)).toBeNaN();
    expect(units({ value: '0.1234567890123456789' }, 2)).toBeNaN();
  });
});

describe('unitsAt: a ratio row', () => {
  it('n × multiplier / d, rounded half-up', () => {
    // 17 doctors / 98 000 people × 10 000 = 1.734 69… → 1.73 = 173 hundredths
    expect(units({ numerator: 17, denominator: 98000 }, 2, 10000)).toBe(173);
    // 1 / 16 × 100 = 6.25 → 6.3 = 63 tenths (half up)
    expect(units({ numerator: 1, denominator: 16 }, 1, 100)).toBe(63);
  });
  it('the row’s own multiplier before the indicator’s', () => {
    // per 1 000 on the row: 17 / 98 000 × 1 000 = 0.173 469… → 0.17 = 17 hundredths (not 173)
    expect(units({ numerator: 17, denominator: 98000, per: 1000 }, 2, 10000)).toBe(17);
  });
  it('parts or a multiplier that are not whole, positive and safe: the exact path judges', () => {
    // numerator 2.5, denominator 2.5, a multiplier of 2.5 on the row
    expect(units({ numerator: 2.5, denominator: 10 }, 2, 100)).toBeNaN();
    expect(units({ numerator: 5, denominator: 2.5 }, 2, 100)).toBeNaN();
    expect(units({ numerator: 5, denominator: 10, per: 2.5 }, 2, 100)).toBeNaN();
    // no multiplier at all (neither the row's nor the indicator's), or one of 0 or -100
    expect(units({ numerator: 5, denominator: 10 }, 2)).toBeNaN();
    expect(units({ numerator: 5, denominator: 10 }, 2, 0)).toBeNaN();
    expect(units({ numerator: 5, denominator: 10 }, 2, -100)).toBeNaN();
    // a denominator of 0
    expect(units({ numerator: 5, denominator: 0 }, 2, 100)).toBeNaN();
  });
  it('a denominator up to 2^51 − 1', () => {
    // 2^50 / (2^51 − 1) × 1 = 0.500 000 000 000 000 22… → 1 at 0 places; a denominator of 2^51 is past the bound
    expect(units({ numerator: 2 ** 50, denominator: LIMIT - 1 }, 0, 1)).toBe(1);
    expect(units({ numerator: 2 ** 50, denominator: LIMIT }, 0, 1)).toBeNaN();
  });
  it('n × multiplier × 10^decimals below 2^51', () => {
    // (2^45 − 1) × 64 / 1 = 2^51 − 64 = 2 251 799 813 685 184 units; 2^45 × 64 = 2^51 is past the bound
    expect(units({ numerator: 2 ** 45 - 1, denominator: 1 }, 0, 64)).toBe(2251799813685184);
    expect(units({ numerator: 2 ** 45, denominator: 1 }, 0, 64)).toBeNaN();
  });
});

describe('compareRow', () => {
  it('a plain value against a threshold: -1, 0 or 1', () => {
    // 1.5 = 3/2; 1.5 > 1.4; 1.5 < 1.6; 4 = 4
    expect(compareRow(one({ value: 1.5 }), 0, ratio(3, 2))).toBe(0);
    expect(compareRow(one({ value: 1.5 }), 0, q('1.4'))).toBe(1);
    expect(compareRow(one({ value: 1.5 }), 0, q('1.6'))).toBe(-1);
    expect(compareRow(one({ value: 4 }), 0, q('4'))).toBe(0);
    expect(compareRow(one({ value: -0.25 }), 0, q('-0.3'))).toBe(1);
  });
  it('does not apply to a ratio, a yes/no or an exact row, nor to a threshold in bigints', () => {
    expect(compareRow(one({ numerator: 1, denominator: 2 }), 0, q('0.5'))).toBeUndefined();
    expect(compareRow(one({ value: false }), 0, q('0'))).toBeUndefined();
    expect(compareRow(one({ value: '0.1234567890123456789' }), 0, q('0.1'))).toBeUndefined();
    // 10^-20 is read as 1n / 10n^20
    expect(compareRow(one({ value: 1 }), 0, q('1e-20'))).toBeUndefined();
  });
  it('nor to a value with no decimal scale', () => {
    // 10^-7 is below 10^-6
    expect(compareRow(one({ value: 1e-7 }), 0, q('0'))).toBeUndefined();
  });
  it('nor where a side of m × d against n × 10^k is past the safe integers', () => {
    // 123 456 789 012 345 × 1 000 ≈ 1.2 × 10^17 (the threshold 0.001 = 1/1 000)
    expect(compareRow(one({ value: 123456789012345 }), 0, q('0.001'))).toBeUndefined();
    // 1.5 = 15/10: 9 × 10^15 × 10 = 9 × 10^16 (the threshold 9 × 10^15 is itself safe)
    expect(compareRow(one({ value: 1.5 }), 0, ratio(9e15, 1))).toBeUndefined();
  });
});

describe('unitBounds', () => {
  const bounds = (comparator: Comparator, value: Q, decimals: number, upper?: Q) => unitBounds(levelRule(comparator, value, upper, decimals, false));

  it('each comparator, at a threshold between two published values', () => {
    // 15.55 at 1 place: 155.5 tenths, up 156, down 155
    expect(bounds('>=', q('15.55'), 1)).toEqual({ low: 156, high: Infinity });
    expect(bounds('>', q('15.55'), 1)).toEqual({ low: 156, high: Infinity });
    expect(bounds('<=', q('15.55'), 1)).toEqual({ low: -Infinity, high: 155 });
    expect(bounds('<', q('15.55'), 1)).toEqual({ low: -Infinity, high: 155 });
    // no published value equals 15.55: an empty range
    expect(bounds('=', q('15.55'), 1)).toEqual({ low: 1, high: 0 });
  });
  it('each comparator, at a threshold that is a published value', () => {
    // 15.5 at 1 place: 155 tenths; strictly above is from 156, strictly below up to 154
    expect(bounds('>=', q('15.5'), 1)).toEqual({ low: 155, high: Infinity });
    expect(bounds('>', q('15.5'), 1)).toEqual({ low: 156, high: Infinity });
    expect(bounds('<=', q('15.5'), 1)).toEqual({ low: -Infinity, high: 155 });
    expect(bounds('<', q('15.5'), 1)).toEqual({ low: -Infinity, high: 154 });
    expect(bounds('=', q('15.5'), 1)).toEqual({ low: 155, high: 155 });
  });
  it('a range', () => {
    // from 10.25 (up: 103 tenths) to 20.75 (down: 207 tenths)
    expect(bounds('between', q('10.25'), 1, q('20.75'))).toEqual({ low: 103, high: 207 });
    // an upper bound of 10^20 is past the safe integers
    expect(bounds('between', q('10'), 0, q('1e20'))).toBeUndefined();
  });
  it('not for a change, nor a rule compared exactly', () => {
    expect(unitBounds(changeRule('absolute', '>=', q('5'), q('10'), 1, false) as Rule)).toBeUndefined();
    expect(unitBounds(changeRule('relative', '>=', q('5'), q('10'), 1, false) as Rule)).toBeUndefined();
    expect(unitBounds(levelRule('>=', q('5'), undefined, 1, true))).toBeUndefined();
  });
  it('up to 15 places', () => {
    // 1 at 15 places = 10^15 units; 0.000001 at 16 places would be 10^10
    expect(bounds('>=', q('1'), 15)).toEqual({ low: 1e15, high: Infinity });
    expect(bounds('>=', q('0.000001'), 16)).toBeUndefined();
  });
  it('a threshold within ±2^51 units', () => {
    // 2^51 − 1 at 0 places is the last; 2^51 and -2^51 are past it; so is 3 × 10^13 at 2 places (3 × 10^15)
    expect(bounds('>=', ratio(LIMIT - 1, 1), 0)).toEqual({ low: LIMIT - 1, high: Infinity });
    expect(bounds('<=', ratio(1 - LIMIT, 1), 0)).toEqual({ low: -Infinity, high: 1 - LIMIT });
    expect(bounds('>=', ratio(LIMIT, 1), 0)).toBeUndefined();
    expect(bounds('<=', ratio(-LIMIT, 1), 0)).toBeUndefined();
    expect(bounds('>=', q('30000000000000'), 2)).toBeUndefined();
    expect(bounds('<=', q('-30000000000000'), 2)).toBeUndefined();
  });
  it('both of its roundings within the bound', () => {
    // (2^52 − 1) / 2 = 2^51 − ½: rounded up 2^51 (past the bound), down 2^51 − 1 (within); and its negative
    expect(bounds('<=', ratio(2 ** 52 - 1, 2), 0)).toBeUndefined();
    expect(bounds('>=', ratio(1 - 2 ** 52, 2), 0)).toBeUndefined();
  });
  it('a threshold held in bigints, though small', () => {
    // 10^-20 = 1n / 10n^20 at 2 places: rounded up 1, down 0, but worked in bigints
    expect(bounds('>=', q('1e-20'), 2)).toBeUndefined();
  });
});

describe('verdicts of a table on the fast path', () => {
  /** One target of indicator `indicator`, one row an area r0, r1, …: statuses and published figures. */
  const table = (fields: Record<string, unknown>, rows: readonly Record<string, unknown>[], indicator = 'x') => {
    const target = TargetSchema.parse({ id: 't', indicator, due: '2026-12-31', ...fields });
    const names = rows.map((_, i) => `r${i}`);
    const result = evaluateTable([target], rows.map((row, i) => ({ indicator, area: `r${i}`, period: '2026', ...row })), { asOf: '2027-01-31', rows: names });
    return { status: result.status, published: result.published };
  };
  it('strictly above a threshold that is a published value', () => {
    // above 15.5 at 1 place: 15.5 and 15.54 (→ 15.5) are not; 15.55 (→ 15.6) is
    expect(table({ comparator: '>', value: '15.5', decimals: 1 }, [{ value: 15.5 }, { value: 15.54 }, { value: 15.55 }])).toEqual({
      status: ['not-achieved', 'not-achieved', 'achieved'],
      published: ['15.5', '15.5', '15.6'],
    });
  });
  it('equal to a threshold that is a published value', () => {
    // = 15.5 at 1 place: 15.46 (→ 15.5) and 15.5 are; 15.56 (→ 15.6) is not
    expect(table({ comparator: '=', value: '15.5', decimals: 1 }, [{ value: 15.46 }, { value: 15.5 }, { value: 15.56 }]).status).toEqual([
      'achieved', 'achieved', 'not-achieved',
    ]);
  });
  it('a figure with more places than published, at the threshold', () => {
    // at least 95 at 2 places: 94.995 → 95.00 is; 94.994 → 94.99 is not
    expect(table({ comparator: '>=', value: '95', decimals: 2 }, [{ value: 94.995 }, { value: 94.994 }])).toEqual({
      status: ['achieved', 'not-achieved'],
      published: ['95.00', '94.99'],
    });
  });
  it('ratio rows of a percent indicator', () => {
    // at least 95%: 5 700 / 6 000 × 100 = 95.00 is; 56 999 / 60 000 × 100 = 94.998 33… → 95.00 is;
    // 5 699 / 6 000 × 100 = 94.983 33… → 94.98 is not
    const rows = [{ numerator: 5700, denominator: 6000 }, { numerator: 56999, denominator: 60000 }, { numerator: 5699, denominator: 6000 }];
    expect(table({ comparator: '>=', value: '95' }, rows, 'health-insurance-coverage')).toEqual({
      status: ['achieved', 'achieved', 'not-achieved'],
      published: ['95.00', '95.00', '94.98'],
    });
  });
  it('a ratio row with its own multiplier', () => {
    // 17 / 98 000 per 1 000 on the row = 0.173 469… → 0.17, below 1 (per 10 000 it would be 1.73)
    expect(table({ comparator: '>=', value: '1', decimals: 2 }, [{ numerator: 17, denominator: 98000, per: 1000 }])).toEqual({
      status: ['not-achieved'],
      published: ['0.17'],
    });
  });
});
