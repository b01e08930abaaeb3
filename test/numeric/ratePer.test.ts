import { describe, expect, it } from 'vitest';
import { Decimal, ratePer } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('ratePer', () => {
  it('computes numerator / denominator × per exactly when the quotient terminates', () => {
    // 3 maternal deaths per 20 000 births, per 100 000: 3 × 100 000 / 20 000 = 300 000 / 20 000 = 15
    expect(ratePer(3, 20000, 100000).toString()).toBe('15');
    // sex ratio at birth: 1 111 boys per 1 000 girls × 100 = 111 100 / 1 000 = 111.1
    expect(ratePer(1111, 1000, 100).toString()).toBe('111.1');
    // a fractional estimate: 0.5 × 100 / 2 = 50 / 2 = 25
    expect(ratePer('0.5', 2, 100).toString()).toBe('25');
    // bigint and Decimal inputs: 21 × 10 000 / 12 000 = 210 000 / 12 000 = 17.5
    expect(ratePer(21n, new Decimal(12000), '10000').toString()).toBe('17.5');
  });

  it('carries 60 significant digits where the quotient does not terminate', () => {
    // 1 × 100 / 3 = 33.333…: 2 integer digits + 58 decimals = 60 significant digits
    expect(ratePer(1, 3, 100).toString()).toBe(`33.${'3'.repeat(58)}`);
  });

  it('accepts a numerator above the denominator (coverage above 100%)', () => {
    // 1 030 vaccinated of an estimated 1 000: 1 030 × 100 / 1 000 = 103
    expect(ratePer(1030, 1000, 100).toString()).toBe('103');
  });

  it('returns 0, not -0, for a zero numerator', () => {
    // 0 × anything / d = 0; a -0 input is a zero count
    expect(Object.is(ratePer(-0, 5, 100).toNumber(), 0)).toBe(true);
  });

  it('rejects bad input with codes and fields', () => {
    expectChitieuError(() => ratePer(1, 0, 100), 'ZERO_DENOMINATOR', 'denominator');
    expectChitieuError(() => ratePer(1, 10, 0), 'ZERO_DENOMINATOR', 'per');
    expectChitieuError(() => ratePer(-1, 10, 100), 'NEGATIVE_COUNT', 'numerator');
    expectChitieuError(() => ratePer(1, -10, 100), 'NEGATIVE_COUNT', 'denominator');
    expectChitieuError(() => ratePer(1, 10, -100), 'NEGATIVE_COUNT', 'per');
    expectChitieuError(() => ratePer(Number.NaN, 10, 100), 'INVALID_NUMBER', 'numerator');
    expectChitieuError(() => ratePer(1, Number.POSITIVE_INFINITY, 100), 'INVALID_NUMBER', 'denominator');
    // Vietnamese text must go through parseNumber first
    expectChitieuError(() => ratePer('49,2', 10, 100), 'INVALID_NUMBER', 'numerator');
  });

  it('returns results up to 1e400 in magnitude and refuses larger ones', () => {
    // 1e399 × 10 / 1 = 1e400: the largest magnitude every function takes back as input
    expect(ratePer('1e399', 1, 10).toString()).toBe('1e+400');
    // 1e400 × 10 / 1 = 1e401: out of range, naming the numerator that drove it there
    const error = expectChitieuError(() => ratePer('1e400', 1, 10), 'OUT_OF_RANGE', 'numerator');
    expect(error.message).toContain('1e400');
  });
});
