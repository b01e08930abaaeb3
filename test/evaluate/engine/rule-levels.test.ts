/**
 * engine/rule.ts: the level a strict relative change must reach (one published step of the
 * percentage beyond the change asked), the gap of an "equal to" target (never positive), a
 * range with no upper bound (met by nothing) and the bound a figure inside a range moves to
 * (itself). Through evaluateTarget where a result shows it, else called directly; every figure
 * is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { levelRule, nearestBound, satisfies } from '../../../src/evaluate/engine/rule.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { TargetSchema } from '../../../src/model/target.js';
import { readDecimal } from '../../../src/numeric/exact/parse.js';
import type { Q } from '../../../src/numeric/exact/rational.js';

const q = (text: string): Q => readDecimal(text) as Q;
const target = (fields: Record<string, unknown>) => TargetSchema.parse({ id: 't', indicator: 'x', area: 'xa', ...fields });
const figure = (period: string, value: number) => ({ indicator: 'x', area: 'xa', period, value });

describe('a strict relative change', () => {
  it('must reach one published step of the percentage beyond the change', () => {
    // more than +10% from 200 (2021), at 1 place: the least change that meets it is 10.1%,
    // the level 200 × 1.101 = 220.2 (not 220 + 0.1 = 220.1)
    const up = target({ kind: 'change', change: 'relative', comparator: '>', value: '10', baseline: { period: '2021' }, decimals: 1, due: '2030-12-31' });
    const result = evaluateTarget(up, [figure('2021', 200), figure('2025', 210)], { asOf: '2026-06-30' });
    // 2025 = 210: a change of (210 − 200) / 200 × 100 = 5%, not met yet; the line through 2021
    // (ends 2022.0) and 2025 (2026.0) climbs 2.5 a year, to 210 + 5 × 2.5 = 222.5 at 2031.0,
    // +11.25% → 11.3 > 10: on track
    expect([result.status, result.change]).toEqual(['on-track', '5']);
    // 2025 ends at 2026.0, the due date at 2031.0: (220.2 − 210) / 5 = 2.04 a year, at 1 + 2 places
    expect(result.requiredAnnualChange).toBe('2.040');
    // progress from 200 toward 220.2: (210 − 200) / 20.2 × 100 = 49.504… → 49.5
    expect(result.progress).toBe('49.5');
  });
});

describe('the gap of an “equal to” target', () => {
  const equal = target({ comparator: '=', value: '15.5', decimals: 1, due: '2026-12-31' });
  const gap = (value: number) => evaluateTarget(equal, [figure('2026', value)], { asOf: '2027-01-31' }).gap;
  it('is minus the distance from the threshold, on either side', () => {
    // 15.8 − 15.5 = 0.3 above; 15.2 is 0.3 below: both a gap of -0.3; 15.5 itself: 0
    expect(gap(15.8)).toBe('-0.3');
    expect(gap(15.2)).toBe('-0.3');
    expect(gap(15.5)).toBe('0');
  });
});

describe('ranges', () => {
  it('a range with no upper bound is met by nothing', () => {
    // 5 is at least 1, but there is no upper bound to be below
    expect(satisfies(q('5'), 'between', q('1'), undefined)).toBe(false);
    expect(satisfies(q('5'), 'between', q('1'), q('10'))).toBe(true);
  });
  it('a figure inside a range is its own nearest bound', () => {
    // from 10 to 20: 15 is inside; 5 moves to 10, 25 to 20
    const range = levelRule('between', q('10'), q('20'), 0, false);
    expect(nearestBound(range, q('15'))).toEqual(q('15'));
    expect(nearestBound(range, q('5'))).toEqual(q('10'));
    expect(nearestBound(range, q('25'))).toEqual(q('20'));
  });
});
