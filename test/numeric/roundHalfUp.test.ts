import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('roundHalfUp', () => {
  it('rounds halves away from zero', () => {
    // 2.25 is exactly halfway between 2.2 and 2.3; half-up takes the larger magnitude
    expect(roundHalfUp('2.25', 1).toString()).toBe('2.3');
    // symmetric: -2.25 is halfway between -2.2 and -2.3, away from zero is -2.3
    expect(roundHalfUp('-2.25', 1).toString()).toBe('-2.3');
    // 17.45 → 17.5 (the kind of figure a plan publishes as 17,5)
    expect(roundHalfUp('17.45', 1).toString()).toBe('17.5');
    // 0.5 at 0 decimals is halfway between 0 and 1 → 1; -0.5 → -1
    expect(roundHalfUp('0.5', 0).toString()).toBe('1');
    expect(roundHalfUp('-0.5', 0).toString()).toBe('-1');
  });

  it('rounds below a half down', () => {
    // 17.449: the dropped part 0.049 < 0.05 → 17.4
    expect(roundHalfUp(17.449, 1).toString()).toBe('17.4');
    // 0.049999 at 1 decimal: 0.049999 < 0.05 → 0.0
    expect(roundHalfUp('0.049999', 1).toString()).toBe('0');
  });

  it('reads numbers through their shortest text', () => {
    // the double nearest 2.675 is 2.67499999999999982236431605997495353221893310546875,
    // but its shortest text is '2.675', which is halfway between 2.67 and 2.68 → 2.68
    expect(roundHalfUp(2.675, 2).toString()).toBe('2.68');
  });

  it('keeps trailing places when asked with toFixed', () => {
    // 95 at 2 decimals is 95.00: the published “95,00%” of the seed plans (not “trên 95%”)
    expect(roundHalfUp(95, 2).toFixed(2)).toBe('95.00');
  });

  it('carries across digits', () => {
    // 999.95 at 1 decimal: .95 + .05 carries into the units: 1000.0
    expect(roundHalfUp('999.95', 1).toString()).toBe('1000');
  });

  it('accepts every Num form', () => {
    // 49.15 is halfway between 49.1 and 49.2 → 49.2 (seed figure 49,2 beds per 10 000)
    expect(roundHalfUp(new Decimal('49.15'), 1).toString()).toBe('49.2');
    // a bigint is already whole: 7 at 2 decimals stays 7
    expect(roundHalfUp(7n, 2).toString()).toBe('7');
  });

  it('rejects bad input with codes and fields', () => {
    expectChitieuError(() => roundHalfUp('1.5', 1.5), 'NOT_AN_INTEGER', 'decimals');
    expectChitieuError(() => roundHalfUp('1.5', 21), 'OUT_OF_RANGE', 'decimals');
    expectChitieuError(() => roundHalfUp('1.5', -1), 'OUT_OF_RANGE', 'decimals');
    expectChitieuError(() => roundHalfUp('1.5', Number.NaN), 'INVALID_NUMBER', 'decimals');
    expectChitieuError(() => roundHalfUp('1,5', 1), 'INVALID_NUMBER', 'value');
    expectChitieuError(() => roundHalfUp(Number.POSITIVE_INFINITY, 1), 'INVALID_NUMBER', 'value');
    // well-formed text beyond 1e400 is outside the range chitieu computes with
    expectChitieuError(() => roundHalfUp('1e99999999999999999', 1), 'OUT_OF_RANGE', 'value');
  });

  // a decimal with up to 6 places, as text
  const decimalText = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, places]) => new Decimal(units.toString()).dividedBy(10 ** places).toString());

  it('is monotonic: a ≤ b implies roundHalfUp(a) ≤ roundHalfUp(b)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.integer({ min: 0, max: 4 }), (a, b, places) => {
        const [low, high] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        expect(roundHalfUp(low, places).lte(roundHalfUp(high, places))).toBe(true);
      }),
    );
  });

  it('moves a value by at most half a unit of the last place', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), (a, places) => {
        const error = roundHalfUp(a, places).minus(a).abs();
        expect(error.lte(new Decimal(10).pow(-places).dividedBy(2))).toBe(true);
      }),
    );
  });
});
