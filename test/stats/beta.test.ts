import { describe, expect, it } from 'vitest';
import { incompleteBeta, inverseIncompleteBeta, logBeta } from '../../src/stats/internal/beta.js';
import { relativeError } from './helpers.js';

// The regularized incomplete beta function and its inverse are internal (their public faces
// are studentTQuantile and the exact sex-ratio interval); they are tested directly here so
// that the corners those faces never reach with a checkable answer are pinned to R.

describe('logBeta', () => {
  it('matches R lbeta on both sides of the Stirling switch (larger argument 10)', () => {
    const cases: [number, number, number][] = [
      // R 4.2.2: sprintf('%.17g', lbeta(2, 3)) = log(1/12), by hand B(2, 3) = 1!·2!/4! = 1/12
      [2, 3, -2.4849066497880004],
      // R 4.2.2: sprintf('%.17g', lbeta(9.5, 9.5))
      [9.5, 9.5, -13.016778366438517],
      // R 4.2.2: sprintf('%.17g', lbeta(10, 0.5))
      [10, 0.5, -0.56643279639759392],
      // R 4.2.2: sprintf('%.17g', lbeta(1e6, 3.5))
      [1e6, 3.5, -47.153317725523507],
      // R 4.2.2: sprintf('%.17g', lbeta(0.5, 5e4))
      [0.5, 5e4, -4.8375216992804413],
    ];
    for (const [a, b, expected] of cases) {
      expect(relativeError(logBeta(a, b), expected), `lbeta(${a}, ${b})`).toBeLessThan(1e-14);
    }
  });
});

describe('incompleteBeta', () => {
  it('is 0 at x = 0 and 1 at x = 1 (I_0 = 0, I_1 = 1 by definition)', () => {
    expect(incompleteBeta(0, 1, 2, 3)).toEqual({ lower: 0, upper: 1 });
    expect(incompleteBeta(1, 0, 2, 3)).toEqual({ lower: 1, upper: 0 });
  });

  it('gives the lower tail from the complement past the switch: I_x(5, 1) = x⁵', () => {
    // by hand: I_x(a, 1) = x^a, so I_0.9(5, 1) = 0.9⁵ = 0.59049 and 1 − I = 0.40951;
    // x = 0.9 is past (a + 1)/(a + b + 2) = 6/8, where the upper tail is computed first
    const value = incompleteBeta(0.9, 0.1, 5, 1);
    expect(relativeError(value.lower, 0.59049)).toBeLessThan(1e-14);
    expect(relativeError(value.upper, 0.40951)).toBeLessThan(1e-14);
  });

  it('keeps the digits of the small coordinate when the other parameter is huge', () => {
    // 1 − 1e-9 is not a double: the exact complement is the y given, and a·log x with a = 1e9
    // would amplify the rounding of x to 1e-8 relative. R 4.2.2:
    //   sprintf('%.17g', pbeta(1e-9, 2, 1e9)) = 0.26424111802499523   (= 1 − I_{1−1e-9}(1e9, 2))
    //   sprintf('%.17g', pbeta(3e-9, 2, 1e9)) = 0.80085172742471156
    //   sprintf('%.17g', pbeta(7e-10, 3, 1e9)) = 0.034141584240680499
    const upper: [number, number, number][] = [
      [1e-9, 2, 0.26424111802499523],
      [3e-9, 2, 0.80085172742471156],
      [7e-10, 3, 0.034141584240680499],
    ];
    for (const [y, b, expected] of upper) {
      expect(relativeError(incompleteBeta(1 - y, y, 1e9, b).upper, expected), `y = ${y}`).toBeLessThan(1e-12);
    }
    // and the other way round, x small and b huge: R 4.2.2:
    //   sprintf('%.17g', pbeta(2e-9, 2, 1e9)) = 0.59399415110217413
    //   sprintf('%.17g', pbeta(7e-10, 3, 1e9)) = 0.034141584240680499
    const lower: [number, number, number][] = [
      [2e-9, 2, 0.59399415110217413],
      [7e-10, 3, 0.034141584240680499],
    ];
    for (const [x, a, expected] of lower) {
      expect(relativeError(incompleteBeta(x, 1 - x, a, 1e9).lower, expected), `x = ${x}`).toBeLessThan(1e-12);
    }
  });
});

describe('inverseIncompleteBeta', () => {
  it('inverts the closed forms I_x(a, 1) = x^a and 1 − I_x(1, b) = (1 − x)^b', () => {
    // by hand: x = p^(1/a); 0.9^(1/5) = 0.97914836236097... (R 4.2.2: qbeta(0.9, 5, 1) = 0.9791483623609768)
    const lower = inverseIncompleteBeta(0.9, 5, 1, 'lower');
    expect(relativeError(lower.x, 0.9791483623609768)).toBeLessThan(1e-14);
    expect(relativeError(lower.y, 1 - 0.9791483623609768)).toBeLessThan(1e-12);
    expect(lower.converged).toBe(true);
    // by hand: (1 − x)^b = p gives x = −expm1(log(p)/b); for p = 0.05, b = 1e6,
    // R 4.2.2: sprintf('%.17g', -expm1(log(0.05)/1e6)) = 2.9957277863525442e-06
    const upper = inverseIncompleteBeta(0.05, 1, 1e6, 'upper');
    expect(relativeError(upper.x, 2.9957277863525442e-6)).toBeLessThan(1e-10);
  });

  it('solves both tails where the root is ordinary (the exact sex-ratio limits)', () => {
    // R 4.2.2: sprintf('%.17g', qbeta(0.025, 50, 51)) = 0.39832112950330101
    const low = inverseIncompleteBeta(0.025, 50, 51, 'lower');
    expect(relativeError(low.x, 0.39832112950330101)).toBeLessThan(1e-13);
    // R 4.2.2: sprintf('%.17g', qbeta(0.025, 51, 50, lower.tail = FALSE)) = 0.60167887049669899
    const high = inverseIncompleteBeta(0.025, 51, 50, 'upper');
    expect(relativeError(high.x, 0.60167887049669899)).toBeLessThan(1e-13);
    // by symmetry of Beta(3, 3) about 1/2, its median is 1/2 (hand-worked)
    expect(Math.abs(inverseIncompleteBeta(0.5, 3, 3, 'lower').x - 0.5)).toBeLessThan(1e-15);
  });

  it('solves a root as small as 1e-151 (Newton on the log of the tail, not on the tail)', () => {
    // R 4.2.2: sprintf('%.17g', qbeta(1e-300, 2, 5)) = 2.5819888974715532e-151
    const tiny = inverseIncompleteBeta(1e-300, 2, 5, 'lower');
    expect(tiny.converged).toBe(true);
    expect(relativeError(tiny.x, 2.5819888974715532e-151)).toBeLessThan(1e-13);
    expect(tiny.y).toBe(1);
    // R 4.2.2: sprintf('%.17g', qbeta(1e-200, 3, 0.5)) = 3.1748021039364251e-67
    expect(relativeError(inverseIncompleteBeta(1e-200, 3, 0.5, 'lower').x, 3.1748021039364251e-67)).toBeLessThan(1e-13);
    // the upper tail far out: R 4.2.2:
    //   sprintf('%.17g', qbeta(1e-50, 0.5, 1000, lower.tail = FALSE)) = 0.10615255662015621
    expect(relativeError(inverseIncompleteBeta(1e-50, 0.5, 1000, 'upper').x, 0.10615255662015621)).toBeLessThan(1e-13);
    //   sprintf('%.17g', qbeta(1e-50, 1000, 0.5)) = 0.89384744337984379
    expect(relativeError(inverseIncompleteBeta(1e-50, 1000, 0.5, 'lower').x, 0.89384744337984379)).toBeLessThan(1e-13);
  });

  it('solves the mirror images: 1 − I_x(a, b) = I_{1−x}(b, a), so each root reflects', () => {
    // the upper tail of Beta(5, 2) at 1 − y is the lower tail of Beta(2, 5) at y (by symmetry);
    // R 4.2.2: sprintf('%.17g', qbeta(1e-300, 2, 5)) = 2.5819888974715532e-151
    const nearOne = inverseIncompleteBeta(1e-300, 5, 2, 'upper');
    expect(nearOne.converged).toBe(true);
    expect(relativeError(nearOne.y, 2.5819888974715532e-151)).toBeLessThan(1e-13);
    expect(nearOne.x).toBe(1);
    // R 4.2.2: sprintf('%.17g', qbeta(1e-200, 3, 0.5)) = 3.1748021039364251e-67
    expect(relativeError(inverseIncompleteBeta(1e-200, 0.5, 3, 'upper').y, 3.1748021039364251e-67)).toBeLessThan(1e-13);
    // the upper tail near p = 1, root small: 1 − I_x(1/2, 5) = 1 − 1e-3 at x = qbeta(0.001, 0.5, 5);
    // R 4.2.2: sprintf('%.17g', qbeta(0.001, 0.5, 5)) = 1.6511975020602941e-07
    expect(relativeError(inverseIncompleteBeta(1 - 0.001, 0.5, 5, 'upper').x, 1.6511975020602941e-7)).toBeLessThan(1e-12);
    // and its mirror, the lower tail near p = 1 with the root near 1
    expect(relativeError(inverseIncompleteBeta(1 - 0.001, 5, 0.5, 'lower').y, 1.6511975020602941e-7)).toBeLessThan(1e-12);
    // R 4.2.2: sprintf('%.17g', qbeta(1e-12, 0.5, 5)) = 1.651196775006301e-25, approached from both tails
    expect(relativeError(inverseIncompleteBeta(1e-12, 0.5, 5, 'lower').x, 1.651196775006301e-25)).toBeLessThan(1e-12);
    expect(relativeError(inverseIncompleteBeta(1e-12, 5, 0.5, 'upper').y, 1.651196775006301e-25)).toBeLessThan(1e-12);
  });

  it('solves a p above 1/2 through the other tail (1 − p is exact there)', () => {
    // 1 − I_x(0.05, 5) = 1 − 2⁻³⁰ is I_x(0.05, 5) = 2⁻³⁰ (1 − 2⁻³⁰ is a double and 2⁻³⁰ its exact
    // complement); R 4.2.2: sprintf('%.17g', qbeta(2^-30, 0.05, 5)) = 3.1064686997972448e-182
    const small = inverseIncompleteBeta(1 - 2 ** -30, 0.05, 5, 'upper');
    expect(small.converged).toBe(true);
    expect(relativeError(small.x, 3.1064686997972448e-182)).toBeLessThan(1e-12);
    // Beta(0.01, 0.01) is symmetric, so the root of I_x = 0.99 is 1 − (the root of I_y = 0.01);
    // R 4.2.2: sprintf('%.17g', qbeta(0.01, 0.01, 0.01)) = 1.2472643212277944e-170
    const nearOne = inverseIncompleteBeta(0.99, 0.01, 0.01, 'lower');
    expect(nearOne.converged).toBe(true);
    expect(relativeError(nearOne.y, 1.2472643212277944e-170)).toBeLessThan(1e-12);
    expect(relativeError(inverseIncompleteBeta(0.01, 0.01, 0.01, 'lower').x, 1.2472643212277944e-170)).toBeLessThan(1e-12);
  });

  it('stays inside its bracket for tiny parameters, where Newton steps overshoot', () => {
    // with a = 0.01 the root goes as p^(1/a) = p^100, so a 1e-15 error in the tail is 1e-13 in x
    const rows: [number, number, number, 'lower' | 'upper', 'x' | 'y', number][] = [
      // R 4.2.2: sprintf('%.17g', qbeta(0.05, 0.01, 0.01)) = 9.839180614936308e-101 (lower root;
      // Beta(0.01, 0.01) is symmetric, so it is also 1 − x of the upper-tail root)
      [0.05, 0.01, 0.01, 'lower', 'x', 9.839180614936308e-101],
      [0.05, 0.01, 0.01, 'upper', 'y', 9.839180614936308e-101],
      // R 4.2.2: sprintf('%.17g', qbeta(0.3, 0.01, 0.01)) = 6.4281199357187257e-23, both tails likewise
      [0.3, 0.01, 0.01, 'lower', 'x', 6.4281199357187257e-23],
      [0.3, 0.01, 0.01, 'upper', 'y', 6.4281199357187257e-23],
      // R 4.2.2: sprintf('%.17g', qbeta(0.001, 0.01, 0.1)) = 1.1832514272919164e-296
      [0.001, 0.01, 0.1, 'lower', 'x', 1.1832514272919164e-296],
      // R 4.2.2: sprintf('%.17g', qbeta(0.05, 0.1, 0.01)) = 0.0024890505070664171, and by
      // symmetry 1 − x of qbeta(0.05, 0.01, 0.1, lower.tail = FALSE)
      [0.05, 0.1, 0.01, 'lower', 'x', 0.0024890505070664171],
      [0.05, 0.01, 0.1, 'upper', 'y', 0.0024890505070664171],
      // R 4.2.2: sprintf('%.17g', qbeta(1e-10, 0.1, 0.01)) = 2.5545105680240565e-90, the 1 − x of
      // the upper-tail root of Beta(0.01, 0.1) at 1e-10
      [1e-10, 0.01, 0.1, 'upper', 'y', 2.5545105680240565e-90],
    ];
    for (const [p, a, b, tail, side, expected] of rows) {
      const root = inverseIncompleteBeta(p, a, b, tail);
      expect(root.converged, `${tail} ${p} of Beta(${a}, ${b})`).toBe(true);
      expect(relativeError(root[side], expected), `${tail} ${p} of Beta(${a}, ${b})`).toBeLessThan(1e-11);
    }
  });

  it('keeps the digits of 1 − x for a root near 1', () => {
    // the root of I_x(1e6, 1/2) = 0.95 is 1 − 1.97e-9: its complement is the root of
    // 1 − I_y(1/2, 1e6) = 0.95, i.e. R 4.2.2: sprintf('%.17g', qbeta(0.05, 0.5, 1e6)) = 1.9660704895946066e-09
    const nearOne = inverseIncompleteBeta(0.95, 1e6, 0.5, 'lower');
    expect(nearOne.converged).toBe(true);
    expect(relativeError(nearOne.y, 1.9660704895946066e-9)).toBeLessThan(1e-12);
  });

  it('solves far tails of huge parameters', () => {
    // R 4.2.2: sprintf('%.17g', qbeta(1e-10, 2e6, 1e6)) = 0.66493387267106341
    expect(relativeError(inverseIncompleteBeta(1e-10, 2e6, 1e6, 'lower').x, 0.66493387267106341)).toBeLessThan(1e-13);
    // R 4.2.2: sprintf('%.17g', qbeta(1e-10, 1e6, 2e6, lower.tail = FALSE)) = 0.33506612732893659
    expect(relativeError(inverseIncompleteBeta(1e-10, 1e6, 2e6, 'upper').x, 0.33506612732893659)).toBeLessThan(1e-12);
    // R 4.2.2: sprintf('%.17g', qbeta(0.3, 1e6, 2e6)) = 0.33319058273526214
    expect(relativeError(inverseIncompleteBeta(0.3, 1e6, 2e6, 'lower').x, 0.33319058273526214)).toBeLessThan(1e-12);
  });

  it('says when the root is below the smallest double', () => {
    // by hand: I_x(1/2, 1/2) = (2/π)·asin(√x), so the root of I_x = 1e-300 is
    // sin²(π·1e-300/2) ≈ 2.5e-600, which no double holds
    expect(inverseIncompleteBeta(1e-300, 0.5, 0.5, 'lower').converged).toBe(false);
    // and the mirror image for the upper tail: 1 − x ≈ 2.5e-600
    expect(inverseIncompleteBeta(1e-300, 0.5, 0.5, 'upper').converged).toBe(false);
  });
});
