import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, readNum, toDecimal, toDecimals, toNonNegative, toPositive } from '../../src/numeric/decimal.js';
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

describe('toDecimal and the exact kernel read the same numbers', () => {
  function outcome(read: () => unknown): string {
    try {
      read();
      return 'ok';
    } catch (error) {
      return (error as { code?: string }).code ?? 'not a ChitieuError';
    }
  }
  const digits = fc.stringMatching(/^[0-9]{0,60}$/);
  const text = fc.oneof(
    fc.tuple(fc.constantFrom('', '+', '-'), digits, fc.constantFrom('', '.'), digits, fc.constantFrom('', 'e', 'E', 'e-', 'e+'), fc.stringMatching(/^[0-9]{0,22}$/), fc.constantFrom('', ' ', '\u00a0'))
      .map((parts) => parts.join('')),
    fc.constantFrom('1e400', '1e401', '9.99e400', '1e-400', '1e-401', '0e999999999999', '-0', '.', 'e5', '1e', ' ', '1'.repeat(1000), '1'.repeat(1001), `1${'0'.repeat(5000)}`),
  );
  it('accept and refuse the same text, bigints and doubles, with the same code', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.double(), fc.bigInt({ min: -(10n ** 1200n), max: 10n ** 1200n })), (value) => {
        expect(outcome(() => toDecimal(value, 'x'))).toBe(outcome(() => readNum(value, 'x')));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
  it('read the same value (numbers of up to 50 digits, where a 60-digit Decimal is exact)', () => {
    fc.assert(
      fc.property(fc.oneof(text.filter((t) => t.replace(/[^0-9]/g, '').length <= 50), fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
        if (outcome(() => readNum(value, 'x')) !== 'ok') return;
        const q = readNum(value, 'x');
        expect(toDecimal(value, 'x').times(String(q.d)).equals(String(q.n))).toBe(true);
      }),
      { seed: 12, numRuns: 3000 },
    );
  });
});

describe('toDecimal at the edges of the range it reads', () => {
  it('accepts 1000 significant digits and exponents to ±400, and no more', () => {
    // 0.111…1 (1000 ones) has 1000 significant digits; one more is out of range
    expect(toDecimal(`0.${'1'.repeat(1000)}`, 'x').sd()).toBe(1000);
    expectChitieuError(() => toDecimal(`0.${'1'.repeat(1001)}`, 'x'), 'OUT_OF_RANGE', 'x');
    expect(toDecimal('1e400', 'x').e).toBe(400);
    expectChitieuError(() => toDecimal('1e401', 'x'), 'OUT_OF_RANGE', 'x');
    expect(toDecimal('1e-400', 'x').e).toBe(-400);
    expectChitieuError(() => toDecimal('1e-401', 'x'), 'OUT_OF_RANGE', 'x');
  });

  it('refuses a tiny number that decimal.js would round to 0, but reads 0 at any exponent as 0', () => {
    // 1 × 10^-9 000 000 000 is not zero: decimal.js underflows it to 0, chitieu refuses it
    expectChitieuError(() => toDecimal('1e-9000000000', 'x'), 'OUT_OF_RANGE', 'x');
    expectChitieuError(() => readNum('1e-9000000000', 'x'), 'OUT_OF_RANGE', 'x');
    // 0 × 10^-9 000 000 000 is zero
    expect(toDecimal('0e-9000000000', 'x').toString()).toBe('0');
  });

  it('quotes what it got, in both languages', () => {
    const notANumber = expectChitieuError(() => toDecimal(Number.NaN, 'x'), 'INVALID_NUMBER', 'x');
    expect(notANumber.message).toContain('(got NaN)');
    expect(notANumber.vi).toContain('(nhận NaN)');
    expect(expectChitieuError(() => toDecimal('abc', 'x'), 'INVALID_NUMBER', 'x').message).toContain('(got "abc")');
    expect(expectChitieuError(() => toDecimal(true as unknown as number, 'x'), 'INVALID_NUMBER', 'x').message).toContain('(got true)');
    const range = expectChitieuError(() => toDecimal('1e401', 'x'), 'OUT_OF_RANGE', 'x');
    expect(range.message).toContain('(got "1e401")');
    // the limits are stated: |x| from 1e-400 to 1e400, at most 1000 digits
    expect(range.message).toContain('1e-400');
    expect(range.message).toContain('1e400');
    expect(range.message).toContain('1000');
    expect(expectChitieuError(() => readNum('1e401', 'x'), 'OUT_OF_RANGE', 'x').message).toContain('(got "1e401")');
    expect(expectChitieuError(() => readNum('abc', 'x'), 'INVALID_NUMBER', 'x').message).toContain('(got "abc")');
    expect(expectChitieuError(() => toNonNegative(-3, 'count'), 'NEGATIVE_COUNT', 'count').message).toContain('(got -3)');
    expect(expectChitieuError(() => toDecimals(1.5, 'decimals'), 'NOT_AN_INTEGER', 'decimals').message).toContain('(got 1.5)');
    expect(expectChitieuError(() => toDecimals('2' as unknown as number, 'decimals'), 'INVALID_NUMBER', 'decimals').message).toContain('(got "2")');
    expect(expectChitieuError(() => toDecimals(21, 'decimals'), 'OUT_OF_RANGE', 'decimals').message).toContain('(got 21)');
  });

  it('reads decimals from 0 to 20 only, as whole numbers', () => {
    expect(toDecimals(0, 'decimals')).toBe(0);
    expectChitieuError(() => toDecimals(-1, 'decimals'), 'OUT_OF_RANGE', 'decimals');
    expectChitieuError(() => toDecimals(Number.NaN, 'decimals'), 'INVALID_NUMBER', 'decimals');
    expectChitieuError(() => toDecimals(Number.POSITIVE_INFINITY, 'decimals'), 'INVALID_NUMBER', 'decimals');
  });

  it('readNum refuses what is not a Num, and reads a bigint and a Decimal exactly', () => {
    for (const value of [null, undefined, {}, [], true, Symbol('x')]) {
      expectChitieuError(() => readNum(value, 'x'), 'INVALID_NUMBER', 'x');
    }
    expectChitieuError(() => readNum(new DecimalJs(Number.POSITIVE_INFINITY), 'x'), 'INVALID_NUMBER', 'x');
    // 12 345 678 901 234 567 890 (beyond 2^53) and 2.5 = 5/2
    expect(readNum(12345678901234567890n, 'x')).toEqual(readNum('12345678901234567890', 'x'));
    expect(readNum(new DecimalJs('2.5'), 'x')).toEqual(readNum('2.5', 'x'));
  });
});
