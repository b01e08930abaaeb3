import { describe, expect, it } from 'vitest';
import { sexRatioAtBirth } from '../../src/stats/index.js';
import { expectChitieuError, R_TOLERANCE, reference, relativeError } from './helpers.js';

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

describe('sexRatioAtBirth, exact limits for very unequal counts', () => {
  it('match R to 1e-9 when the share of boys is near 0 or near 1 (the smaller share is solved for)', () => {
    // [boys, girls, lower, upper] per 100 girls at 95%. R 4.2.2, each limit from the beta quantile
    // that lies below 0.5, so that R's own share is precise (qbeta's root near 1 loses the digits of 1 − π):
    //   lowr <- function(b, g) { q <- qbeta(0.025, b, g + 1); if (q < 0.5) 100 * q / (1 - q) else { s <- qbeta(0.975, g + 1, b); 100 * (1 - s) / s } }
    //   upr  <- function(b, g) { q <- qbeta(0.975, b + 1, g); if (q < 0.5) 100 * q / (1 - q) else { s <- qbeta(0.025, g, b + 1); 100 * (1 - s) / s } }
    //   sprintf('%.17g', c(lowr(b, g), upr(b, g)))
    const rows = [
      [10, 1, 142.25984812825678, 43397.698405883806],
      [1000, 1, 17907.039933581545, 3953688.8097520117],
      [100000, 1, 1794761.5664568092, 394982801.84109485],
      [1000000, 1, 17947984.894489471, 3949792920.3097401],
      [1000000, 2, 13841392.647699287, 412866668.40622836],
      [1000000, 5, 8570176.6031625103, 61595969.904177107],
      [10000000, 1000, 939888.89972056786, 1064996.6310768907],
      [50000, 40000, 123.36479426262227, 126.65748444276261],
      [49999000, 1000, 4699362.5306590796, 5324863.4447593894],
      [49999999, 1, 897401237.0478127, 197489450976.03604],
      // balanced and large: a solver check at 1e-9 of p, tighter than the incomplete beta's own
      // precision with parameters near 10⁷, refused these as 'level too close to 1'
      [7000000, 3000000, 233.01792801992403, 233.64920775164504],
      [25000000, 25000000, 99.944575212161411, 100.05545552394508],
      [1, 1000000, 2.5317782987002285e-06, 0.00055716561267389272],
      [3, 10000000, 6.1867201829895616e-06, 8.7672755979055354e-05],
    ];
    for (const [boys, girls, lower, upper] of rows) {
      const srb = sexRatioAtBirth({ boys: boys as number, girls: girls as number, method: 'exact' });
      expect([boys, girls, relativeError(srb.lower, lower as number) <= R_TOLERANCE, relativeError(srb.upper, upper as number) <= R_TOLERANCE]).toEqual([boys, girls, true, true]);
    }
  });

  it('refuses more than 5·10⁷ births, where the limits would be less exact than promised', () => {
    // 300,000,000 boys and 1,000 girls: R 4.2.2 gives 28196754.146030758–31949803.150063332
    // (lowr/upr above); at 10⁸ births and 1 girl (level 0.8) the incomplete beta is off by 1.5e-9
    expectChitieuError(() => sexRatioAtBirth({ boys: 3e8, girls: 1000, method: 'exact' }), 'OUT_OF_RANGE', 'boys');
    expectChitieuError(() => sexRatioAtBirth({ boys: 5e7 - 9, girls: 10, method: 'exact' }), 'OUT_OF_RANGE', 'boys');
    // Wilson has no such limit: 300,000 boys per 1,000 girls, 95% about 28,000–32,000
    const wilson = sexRatioAtBirth({ boys: 3e8, girls: 1000 });
    expect([Math.round(wilson.value), wilson.lower < 3e7 && wilson.upper > 3e7]).toEqual([30000000, true]);
  });
});
