import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, toDecimal, toDecimals, toNonNegative, toPositive } from '../../src/numeric/decimal.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('Decimal', () => {
  it('is a private clone: 60 digits, half-up, unaffected by the global decimal.js', () => {
    // 1/3 to 60 significant digits: '0.' followed by sixty 3s
    expect(new Decimal(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(60)}`);
    // the global decimal.js keeps its own default of 20 digits
    expect(new DecimalJs(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(20)}`);
  });
});

describe('toDecimal and friends', () => {
  it('converts every Num form', () => {
    expect(toDecimal(' 17.50 ', 'x').toString()).toBe('17.5'); // trailing zero dropped, spaces trimmed
    expect(toDecimal(3n, 'x').toString()).toBe('3');
    expect(toDecimal('1e6', 'x').toString()).toBe('1000000'); // 1 × 10^6
    expect(toDecimal(new DecimalJs('0.25'), 'x').toString()).toBe('0.25');
    expect(toNonNegative('12345.5', 'x').toString()).toBe('12345.5');
    expect(Object.is(toNonNegative(-0, 'x').toNumber(), 0)).toBe(true); // -0 is a zero count
    expect(toPositive(10000, 'per').toString()).toBe('10000');
    expect(toDecimals(20, 'decimals')).toBe(20); // the largest allowed
  });

  it('rejects bad input naming the field', () => {
    expectChitieuError(() => toDecimal('', 'x'), 'INVALID_NUMBER', 'x');
    expectChitieuError(() => toDecimal('1,5', 'x'), 'INVALID_NUMBER', 'x');
    expectChitieuError(() => toDecimal('1e99999999999999999', 'x'), 'OUT_OF_RANGE', 'x'); // beyond 1e400
    expectChitieuError(() => toDecimal(new DecimalJs(Number.NaN), 'x'), 'INVALID_NUMBER', 'x');
    expectChitieuError(() => toDecimal(null as unknown as number, 'x'), 'INVALID_NUMBER', 'x');
    expectChitieuError(() => toNonNegative(-1, 'count'), 'NEGATIVE_COUNT', 'count');
    expectChitieuError(() => toPositive(0, 'per'), 'ZERO_DENOMINATOR', 'per');
    expectChitieuError(() => toDecimals(1.5, 'decimals'), 'NOT_AN_INTEGER', 'decimals');
    expectChitieuError(() => toDecimals('1' as unknown as number, 'decimals'), 'INVALID_NUMBER', 'decimals');
  });
});
