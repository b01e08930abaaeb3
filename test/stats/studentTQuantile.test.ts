import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/stats/index.js';
import { expectChitieuError, reference, relativeError } from './helpers.js';

describe('studentTQuantile', () => {
  it('matches R’s qt on every fixture row (df 1 to 1e10) to 1e-11 relative', () => {
    expect(reference.qt.length).toBe(195);
    for (const row of reference.qt) {
      expect(relativeError(studentTQuantile(row.p, row.df), row.q), `p = ${row.p}, df = ${row.df}`).toBeLessThan(1e-11);
    }
  });

  it('closed forms: df = 1 is Cauchy (tan), df = 2 is t = (2p − 1)/√(2p(1 − p)), and 0 at p = 0.5', () => {
    for (const p of [0.01, 0.2, 0.75, 0.9, 0.999]) {
      expect(relativeError(studentTQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)))).toBeLessThan(1e-12);
      expect(relativeError(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(1e-12);
    }
    expect(studentTQuantile(0.5, 9)).toBe(0);
    // symmetric up to the rounding of 1 − 0.975 ≠ 0.025 in doubles
    expect(relativeError(studentTQuantile(0.025, 7), -studentTQuantile(0.975, 7))).toBeLessThan(1e-14);
  });

  it('rejects bad arguments', () => {
    expectChitieuError(() => studentTQuantile(0, 5), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => studentTQuantile(1, 5), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => studentTQuantile(Number.NaN, 5), 'INVALID_NUMBER', 'p');
    expectChitieuError(() => studentTQuantile(0.5, 0), 'OUT_OF_RANGE', 'df');
    expectChitieuError(() => studentTQuantile(0.5, -2), 'OUT_OF_RANGE', 'df');
    expectChitieuError(() => studentTQuantile(0.5, 2e10), 'OUT_OF_RANGE', 'df');
    expectChitieuError(() => studentTQuantile(0.5, Number.POSITIVE_INFINITY), 'INVALID_NUMBER', 'df');
    expectChitieuError(() => studentTQuantile('0.5' as never, 3), 'INVALID_ARGUMENT', 'p');
    // a quantile beyond a double: qt(1e-300, 0.5) is about −1e600
    expectChitieuError(() => studentTQuantile(1e-300, 0.5), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => studentTQuantile(0.975, 1e-300), 'OUT_OF_RANGE', 'p');
  });
});
