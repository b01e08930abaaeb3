import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/stats/index.js';
import { expectChitieuError, reference, relativeError, R_TOLERANCE } from './helpers.js';

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
  it('Cornish–Fisher (df ≥ 1e5) agrees with R to 2e-13 far into the tail, where each term counts', () => {
    // R's qt refines its answer by Newton steps on pt to 1e-14 relative; at p = 1e-300 the
    // 1/df³ and 1/df⁴ terms move t by 2e-8 and 3e-11 relative, the 1/df² term by 6e-12 anywhere
    const rows: [number, number, number][] = [
      // R 4.2.2: sprintf('%.17g', qt(p, df))
      [1e-300, 1e5, -37.174670665466223],
      [1e-300, 1.5e5, -37.132064638150553],
      [1e-300, 1e6, -37.059820872774395],
      [1e-100, 1e5, -21.297598389715311],
      [1e-100, 1.5e5, -21.289545029151558],
      [1e-20, 1e5, -9.264350176279418],
      [1e-20, 1e6, -9.2625410652916553],
      [0.3, 1e5, -0.52440218423354557],
      [0.3, 1.5e5, -0.52440162705743321],
      [0.3, 1e6, -0.52440067986020866],
    ];
    for (const [p, df, expected] of rows) {
      expect(relativeError(studentTQuantile(p, df), expected), `qt(${p}, ${df})`).toBeLessThan(2e-13);
      // and the upper tail by symmetry, qt(1 − p) = −qt(p) up to the rounding of 1 − p
      if (p === 0.3) expect(relativeError(studentTQuantile(0.7, df), -expected), `qt(0.7, ${df})`).toBeLessThan(2e-13);
    }
  });

  it('reaches the far tail below df = 1e5 (it threw OUT_OF_RANGE before the log-scale solver)', () => {
    // R 4.2.2: sprintf('%.17g', qt(p, df)); each checked in R with pt(q, df, log.p = TRUE) − log(p) below 4e-13
    const rows: [number, number, number][] = [
      [1e-300, 99999, -37.17467194488097],
      [1e-200, 99999, -30.274699278053689],
      [1e-100, 99999, -21.297598631394866],
      [1e-300, 1000, -54.291388553051739],
      [1e-200, 1000, -38.617194453226745],
      [1e-300, 30, -50178575360.505234],
      [1e-200, 30, -23290831.507991228],
      [1e-100, 30, -10810.645001144016],
      // R 4.2.2: sprintf('%.17g', qt(0.3, 99999)) and qt(1e-5, 5e4)
      [0.3, 99999, -0.52440218425026108],
      [1e-5, 5e4, -4.2653000297523098],
      // near the median, where t²/(df + t²) is tiny: R 4.2.2: sprintf('%.17g', qt(p, df))
      [0.49, 99999, -0.025068970971073828],
      [0.45, 50000, -0.12566198508496162],
      [0.4999, 1000, -0.00025072550362288893],
    ];
    for (const [p, df, expected] of rows) {
      expect(relativeError(studentTQuantile(p, df), expected), `qt(${p}, ${df})`).toBeLessThan(1e-12);
    }
    // closed forms far out, by hand: df = 1 gives t = tan(π(p − 1/2)) = −cot(πp) = −1/(πp) for
    // p = 1e-100 (the next term, πp/3, is 1e-100 of it): −3.1830988618379067e99;
    // df = 2 gives t = (2p − 1)/√(2p(1 − p)) = −1/√(2e-300) = −7.0710678118654752e149 for p = 1e-300
    expect(relativeError(studentTQuantile(1e-100, 1), -1 / (Math.PI * 1e-100))).toBeLessThan(R_TOLERANCE);
    expect(relativeError(studentTQuantile(1e-300, 2), -7.071067811865475e149)).toBeLessThan(R_TOLERANCE);
    // and the upper tail, p = 1 − 2⁻⁴⁰ (a double, with 1 − p = 2⁻⁴⁰ exactly)
    const p = 1 - 2 ** -40;
    expect(relativeError(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * 2 ** -40))).toBeLessThan(1e-12);
  });

  it('names the value and the degrees of freedom in its messages', () => {
    const tooLarge = expectChitieuError(() => studentTQuantile(0.5, 2e10), 'OUT_OF_RANGE', 'df');
    expect(tooLarge.message).toContain('20000000000');
    // t² beyond a double: qt(1e-300, 1) = −3.2e299 (by hand, −1/(π·1e-300)) has t² ≈ 1e599
    const beyond = expectChitieuError(() => studentTQuantile(1e-300, 1), 'OUT_OF_RANGE', 'p');
    expect(beyond.message).toContain('df = 1');
    expect(beyond.message).toContain('1e-300');
  });
});

