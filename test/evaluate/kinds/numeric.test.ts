/**
 * Judging a numeric target: the figure printed with as many places as the exact comparison
 * used (DESIGN.md, "How a target is judged", 9), and the published precision. Every expected
 * value is worked by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });
const coverage = (comparator: string, value: string) => target({ indicator: 'health-insurance-coverage', comparator, value });
const exactly = (comparator: string, value: string, figure: Partial<Observation>) =>
  evaluateTarget(coverage(comparator, value), [obs('health-insurance-coverage', '2026', figure)], { asOf: '2027-01-01', compare: 'exact' });

describe('exact comparison prints the places it used', () => {
  it('95.004 > 95: 95.00 would read as not above, so three places', () => {
    // at 2 places 95.00 > 95 is false, the exact verdict true; at 3 places 95.004 > 95
    const result = exactly('>', '95', { value: '95.004' });
    expect([result.status, result.published]).toEqual(['achieved', '95.004']);
  });
  it('95.0004 ≥ 95: 95.00 and 95.000 would read as a tie, so four places', () => {
    // 95.00 ≥ 95 agrees with the verdict but shows the threshold itself while the figure is not it
    const result = exactly('>=', '95', { value: '95.0004' });
    expect([result.status, result.published]).toEqual(['achieved', '95.0004']);
  });
  it('94.996 ≥ 95 is not met: 95.00 would read as met, so three places', () => {
    const result = exactly('>=', '95', { value: '94.996' });
    expect([result.status, result.published]).toEqual(['not-achieved', '94.996']);
  });
  it('a figure equal to the threshold prints at the published places', () => {
    // 11 400 / 12 000 × 100 = 95 exactly: 95.00, a true tie
    const result = exactly('>=', '95', { numerator: '11400', denominator: '12000' });
    expect([result.status, result.published]).toEqual(['achieved', '95.00']);
  });
  it('95.6 is plainly above 95: two places suffice', () => {
    expect(exactly('>', '95', { value: '95.6' }).published).toBe('95.60');
  });
  it('a range: 95.004 is above 95, three places; 94.9996 is within, four (95.00 would read as the bound)', () => {
    const range = (value: string) =>
      evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: 'between', value: '90', upper: '95' }), [obs('health-insurance-coverage', '2026', { value })], { asOf: '2027-01-01', compare: 'exact' });
    // 95.00 would read as within; 95.004 > 95 is not
    expect([range('95.004').status, range('95.004').published]).toEqual(['not-achieved', '95.004']);
    // 94.9996 ≤ 95 is within; 95.00 and 95.000 show the upper bound itself
    expect([range('94.9996').status, range('94.9996').published]).toEqual(['achieved', '94.9996']);
  });
});
