import { describe, expect, it } from 'vitest';
import { sexRatioAtBirth } from '../../src/stats/index.js';
import { expectChitieuError, reference, relativeError } from './helpers.js';

describe('sexRatioAtBirth', () => {
  it('25,270 boys and 22,500 girls: 112.3, 95% 110.3–114.3 (Wilson), 110.3–114.4 (Clopper–Pearson)', () => {
    const wilson = sexRatioAtBirth({ boys: 25270, girls: 22500 });
    expect([wilson.value.toFixed(1), wilson.lower.toFixed(1), wilson.upper.toFixed(1)]).toEqual(['112.3', '110.3', '114.3']);
    const exact = sexRatioAtBirth({ boys: 25270, girls: 22500, method: 'exact' });
    expect([exact.lower.toFixed(1), exact.upper.toFixed(1)]).toEqual(['110.3', '114.4']);
    expect(wilson.shareOfBoys).toBe(25270 / 47770);
  });

  it('matches R (epitools binom.wilson, binom.test) on every fixture row', () => {
    expect(reference.sexRatio.length).toBe(10);
    for (const row of reference.sexRatio) {
      const where = `${row.boys}:${row.girls} at ${row.level}`;
      const wilson = sexRatioAtBirth({ boys: row.boys, girls: row.girls, level: row.level });
      const exact = sexRatioAtBirth({ boys: row.boys, girls: row.girls, level: row.level, method: 'exact' });
      // epitools' direct formula gives 3e-15 instead of 0 for no boys; chitieu's Wilson gives 0
      if (row.boys === 0) expect(wilson.lower, where).toBe(0);
      else expect(relativeError(wilson.lower, row.wilsonLower), where).toBeLessThan(1e-10);
      expect(relativeError(wilson.upper, row.wilsonUpper), where).toBeLessThan(1e-10);
      if (row.boys === 0) expect(exact.lower, where).toBe(0);
      else expect(relativeError(exact.lower, row.exactLower), where).toBeLessThan(1e-10);
      expect(relativeError(exact.upper, row.exactUpper), where).toBeLessThan(1e-10);
    }
  });

  it('per 1 gives the ratio itself', () => {
    expect(sexRatioAtBirth({ boys: 1120, girls: 1000, per: 1 }).value).toBe(1.12);
  });

  it('rejects bad input', () => {
    expectChitieuError(() => sexRatioAtBirth({ boys: 10, girls: 0 }), 'ZERO_DENOMINATOR', 'girls');
    expectChitieuError(() => sexRatioAtBirth({ boys: -1, girls: 5 }), 'NEGATIVE_COUNT', 'boys');
    expectChitieuError(() => sexRatioAtBirth({ boys: 1.5, girls: 5 }), 'NOT_AN_INTEGER', 'boys');
    expectChitieuError(() => sexRatioAtBirth({ boys: Number.NaN, girls: 5 }), 'INVALID_NUMBER', 'boys');
    expectChitieuError(() => sexRatioAtBirth({ boys: '5' as never, girls: 5 }), 'INVALID_ARGUMENT', 'boys');
    expectChitieuError(() => sexRatioAtBirth({ boys: 2 ** 52, girls: 2 ** 52 }), 'OUT_OF_RANGE', 'boys');
    expectChitieuError(() => sexRatioAtBirth({ boys: 5, girls: 5, per: 0 }), 'OUT_OF_RANGE', 'per');
    expectChitieuError(() => sexRatioAtBirth({ boys: 5, girls: 5, level: 2 }), 'OUT_OF_RANGE', 'level');
    expectChitieuError(() => sexRatioAtBirth({ boys: 5, girls: 5, method: 'wald' as 'exact' }), 'INVALID_ARGUMENT', 'method');
    expectChitieuError(() => sexRatioAtBirth(undefined as never), 'INVALID_ARGUMENT', 'options');
  });
});

describe('sexRatioAtBirth at the edges', () => {
  it('a ratio that overflows a double is refused on per', () => {
    // 2 boys per girl × 1e308 = 2e308, beyond the largest double (1.797e308)
    expectChitieuError(() => sexRatioAtBirth({ boys: 2, girls: 1, per: 1e308 }), 'OUT_OF_RANGE', 'per');
  });
  it('names girls when girls is bad', () => {
    expectChitieuError(() => sexRatioAtBirth({ boys: 5, girls: 2.5 }), 'NOT_AN_INTEGER', 'girls');
  });
});
