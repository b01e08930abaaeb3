import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../helpers/errors.js';
import { aggregateRates } from '../../src/population/index.js';


const xaA = { area: 'Xã A', numerator: 12, denominator: 8000 }; // 12 / 8 000 × 10 000 = 15
const xaB = { area: 'Xã B', numerator: 9, denominator: 4000 }; //    9 / 4 000 × 10 000 = 22.5
const communes = [xaA, xaB];

describe('aggregateRates', () => {
  it('sums numerators and denominators, never averages the rates', () => {
    const total = aggregateRates(communes, { per: 10000 });
    // (12 + 9) / (8 000 + 4 000) × 10 000 = 21 / 12 000 × 10 000 = 17.5
    expect(total.numerator.toString()).toBe('21');
    expect(total.denominator.toString()).toBe('12000');
    expect(total.rate.toString()).toBe('17.5');
    // WRONG: the mean of the communes' rates, (15 + 22.5) / 2 = 18.75, weighs 4 000 people
    // like 8 000; the total must not be that.
    expect(total.rate.toString()).not.toBe('18.75');
    expect(total.areas).toEqual(['Xã A', 'Xã B']);
  });

  it('keeps a repeating quotient unrounded', () => {
    // (1 + 1) / (3 000 + 6 000) × 10 000 = 20 000 / 9 000 = 20/9 = 2.222…
    const total = aggregateRates(
      [
        { area: 'A', numerator: '1', denominator: '3000' },
        { area: 'B', numerator: 1n, denominator: 6000n },
      ],
      { per: '10000' },
    );
    expect(total.rate.toDecimalPlaces(10).toString()).toBe('2.2222222222');
  });

  it('accepts an area with a zero denominator when the total is positive', () => {
    // (0 + 3) / (0 + 1 000) × 10 000 = 30
    const total = aggregateRates(
      [
        { area: 'A', numerator: 0, denominator: 0 },
        { area: 'B', numerator: 3, denominator: 1000 },
      ],
      { per: 10000 },
    );
    expect(total.rate.toString()).toBe('30');
  });

  it('lies between the smallest and largest area rate (a weighted mean)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ numerator: fc.nat(100000), denominator: fc.integer({ min: 1, max: 1000000 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (counts) => {
          const rows = counts.map((c, i) => ({ area: `a${i}`, ...c }));
          const rate = aggregateRates(rows, { per: 10000 }).rate;
          const rates = rows.map((r) => aggregateRates([r], { per: 10000 }).rate);
          return rates.some((r) => r.lessThanOrEqualTo(rate)) && rates.some((r) => r.greaterThanOrEqualTo(rate));
        },
      ),
    );
  });

  it('rejects an area listed twice', () => {
    const error = errorOf(() => aggregateRates([...communes, { area: 'Xã A', numerator: 1, denominator: 10 }], { per: 10000 }));
    expect(error).toMatchObject({ code: 'OVERLAPPING_AREAS', field: 'rows[2].area' });
    expect(error.message).toContain('rows[0]');
  });

  it('checks the rows against the expected areas', () => {
    expect(aggregateRates(communes, { per: 10000, areas: ['Xã B', 'Xã A'] }).rate.toString()).toBe('17.5');
    const missing = errorOf(() => aggregateRates(communes, { per: 10000, areas: ['Xã A', 'Xã B', 'Xã C'] }));
    expect(missing).toMatchObject({ code: 'MISSING_AREA', field: 'areas[2]' });
    expect(missing.message).toContain('Xã C');
    expect(missing.vi).toContain('Xã C');
    expect(errorOf(() => aggregateRates(communes, { per: 10000, areas: ['Xã A'] }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'rows[1].area',
    });
    expect(errorOf(() => aggregateRates(communes, { per: 10000, areas: ['Xã A', 'Xã B', 'Xã A'] }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'areas[2]',
    });
  });

  it('rejects a row inside another row when the hierarchy is given', () => {
    const parentOf = { 'Thôn 1': 'Xã A', 'Xã A': 'Huyện X', 'Xã B': 'Huyện X', 'Xã C': 'Huyện Y' };
    // siblings are fine
    expect(aggregateRates(communes, { per: 10000, parentOf }).rate.toString()).toBe('17.5');
    // a district and one of its own communes
    const rows = [{ area: 'Huyện X', numerator: 21, denominator: 12000 }, xaB];
    const error = errorOf(() => aggregateRates(rows, { per: 10000, parentOf }));
    expect(error).toMatchObject({ code: 'OVERLAPPING_AREAS', field: 'rows[1].area' });
    expect(error.message).toContain('Huyện X');
    // a grandchild and its grandparent
    const deep = [{ area: 'Thôn 1', numerator: 1, denominator: 500 }, { area: 'Huyện X', numerator: 2, denominator: 900 }];
    expect(errorOf(() => aggregateRates(deep, { per: 10000, parentOf }))).toMatchObject({
      code: 'OVERLAPPING_AREAS',
      field: 'rows[0].area',
    });
    // a commune of another district is fine
    const other = [{ area: 'Xã C', numerator: 1, denominator: 500 }, { area: 'Huyện X', numerator: 2, denominator: 900 }];
    // (1 + 2) / 1 400 × 100 = 3/14 = 0.2142857…
    expect(aggregateRates(other, { per: 100, parentOf }).rate.toDecimalPlaces(7).toString()).toBe('0.2142857');
  });

  it('rejects a cycle in the hierarchy and ignores inherited object keys', () => {
    expect(
      errorOf(() => aggregateRates(communes, { per: 10000, parentOf: { 'Xã A': 'Huyện X', 'Huyện X': 'Xã A' } })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'parentOf' });
    // 'constructor' and 'toString' are not parents just because every object has them
    const rows = [
      { area: 'constructor', numerator: 1, denominator: 100 },
      { area: 'toString', numerator: 1, denominator: 100 },
    ];
    // 2 / 200 × 100 = 1
    expect(aggregateRates(rows, { per: 100, parentOf: {} }).rate.toString()).toBe('1');
  });

  it('rejects empty rows, bad rows, a zero total and a bad multiplier', () => {
    expect(errorOf(() => aggregateRates([], { per: 10000 }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'rows' });
    expect(errorOf(() => aggregateRates([{ area: '', numerator: 1, denominator: 1 }], { per: 10000 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'rows[0].area',
    });
    expect(
      errorOf(() => aggregateRates([xaA, { area: 'Xã B', numerator: -1, denominator: 10 }], { per: 10000 })),
    ).toMatchObject({ code: 'NEGATIVE_COUNT', field: 'rows[1].numerator' });
    expect(
      errorOf(() => aggregateRates([{ area: 'Xã B', numerator: 1, denominator: Number.NaN }], { per: 10000 })),
    ).toMatchObject({ code: 'INVALID_NUMBER', field: 'rows[0].denominator' });
    expect(
      errorOf(() =>
        aggregateRates(
          [
            { area: 'A', numerator: 0, denominator: 0 },
            { area: 'B', numerator: 0, denominator: '0' },
          ],
          { per: 10000 },
        ),
      ),
    ).toMatchObject({ code: 'ZERO_DENOMINATOR', field: 'rows' });
    expect(errorOf(() => aggregateRates(communes, { per: 0 }))).toMatchObject({ code: 'ZERO_DENOMINATOR', field: 'per' });
  });
});
