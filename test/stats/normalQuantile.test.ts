import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/index.js';
import { expectChitieuError, reference, relativeError, R_TOLERANCE } from './helpers.js';

describe('normalQuantile', () => {
  it('matches R qnorm on every fixture row (fixtures/make-fixtures.R, R 4.2.2)', () => {
    expect(reference.qnorm.length).toBeGreaterThan(30);
    for (const row of reference.qnorm) {
      const actual = normalQuantile(row.p);
      if (row.q === 0) expect(actual).toBe(0);
      else expect(relativeError(actual, row.q), `p = ${row.p}`).toBeLessThanOrEqual(R_TOLERANCE);
    }
  });

  it('is 0 at the median and odd about it', () => {
    // Φ(0) = 1/2 by symmetry of the density, so the median is 0 exactly (q = p − 0.5 = 0)
    expect(normalQuantile(0.5)).toBe(0);
    // symmetry Φ⁻¹(p) = −Φ⁻¹(1 − p); 0.25 and 0.75 are exact doubles and 1 − 0.75 = 0.25
    expect(normalQuantile(0.25)).toBe(-normalQuantile(0.75));
  });

  it('gives the textbook z values', () => {
    // printed normal tables: z(0.975) = 1.959964, z(0.95) = 1.644854, z(0.995) = 2.575829
    expect(normalQuantile(0.975).toFixed(6)).toBe('1.959964');
    expect(normalQuantile(0.95).toFixed(6)).toBe('1.644854');
    expect(normalQuantile(0.995).toFixed(6)).toBe('2.575829');
  });

  it('increases with p', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }),
        fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }),
        (a, b) => {
          const [p, q] = a < b ? [a, b] : [b, a];
          fc.pre(q - p > 1e-12 * q);
          return normalQuantile(p) < normalQuantile(q);
        },
      ),
    );
  });

  it('rejects p outside (0, 1) and non-finite input', () => {
    expectChitieuError(() => normalQuantile(0), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => normalQuantile(1), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => normalQuantile(-0.5), 'OUT_OF_RANGE', 'p');
    expectChitieuError(() => normalQuantile(Number.NaN), 'INVALID_NUMBER', 'p');
    expectChitieuError(() => normalQuantile(Number.POSITIVE_INFINITY), 'INVALID_NUMBER', 'p');
    expectChitieuError(() => normalQuantile('0.5' as unknown as number), 'INVALID_ARGUMENT', 'p');
  });
  it('keeps 1e-15 relative accuracy in the far tails (the r > 5 branch of AS 241)', () => {
    const rows: [number, number][] = [
      // R 4.2.2: sprintf('%.17g', qnorm(1e-300))
      [1e-300, -37.047096299361201],
      // R 4.2.2: sprintf('%.17g', qnorm(1e-20))
      [1e-20, -9.2623400897984052],
      // R 4.2.2: sprintf('%.17g', qnorm(1e-12))
      [1e-12, -7.0344838253011321],
      // R 4.2.2: sprintf('%.17g', qnorm(1 - 1e-15)) (the same double 1 − 1e-15)
      [1 - 1e-15, 7.9414444874159766],
    ];
    for (const [p, expected] of rows) {
      expect(relativeError(normalQuantile(p), expected), `p = ${p}`).toBeLessThan(1e-14);
    }
  });
});
