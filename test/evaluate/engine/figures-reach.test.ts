/**
 * engine/figures.ts, how far reading goes: a due figure summed down to 33 levels below the area
 * and not further (as trends already are, figures.test.ts); areas whose observed parents run in
 * a circle give no figure rather than reading forever; rows dated after the cut-off are not
 * read, even in the store's first series; and an indicator never observed has no figure in any
 * area, whatever the other areas hold; a multiplier that is not a whole number is applied in
 * full; a trend summed from the areas below takes one figure per closing date, the one starting
 * latest (as a stock's figure is: figures.test.ts). Thresholds are the targets' own; the counts
 * are as given, worked in the comments.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Area } from '../../../src/model/area.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', due: '2026-12-31', area: 'xa', ...input } as unknown as TargetInput);
const row = (indicator: string, area: string, period: string, value: string, parent?: string): Observation =>
  ({ indicator, area, period, value, ...(parent === undefined ? {} : { parent }) }) as Observation;
const commune = (id: string, parent?: string): Area => ({ id, name: { vi: id }, level: parent === undefined ? 'district' : 'commune', ...(parent === undefined ? {} : { parent }) }) as Area;

describe('a due figure summed from the areas below', () => {
  // a chain L0 ⊃ L1 ⊃ … ⊃ L34 (options.areas), a count of 60 in 2026 in one area only; each level sums its one part
  const chain = Array.from({ length: 35 }, (_, i) => commune(`L${i}`, i === 0 ? undefined : `L${i - 1}`));
  const cases = target({ kind: 'count', indicator: 'x', comparator: '>=', value: '50', area: 'L0' });
  it('is read 33 levels down: 60 at L33 is L0’s 60 ≥ 50', () => {
    const result = evaluateTarget(cases, [row('x', 'L33', '2026', '60')], { asOf: '2027-01-31', areas: chain });
    expect([result.status, result.published, result.rolledUpFrom]).toEqual(['achieved', '60', 1]);
  });
  it('not 34 levels down: 60 at L34 gives L0 no figure', () => {
    const result = evaluateTarget(cases, [row('x', 'L34', '2026', '60')], { asOf: '2027-01-31', areas: chain });
    expect([result.status, result.published]).toEqual(['no-data', null]);
  });
});

describe('areas whose observed parents run in a circle', () => {
  // 'a' is observed under 'b' and 'b' under 'a' (for another indicator); 'x' is observed in neither
  const circle = [row('y', 'a', '2026', '1', 'b'), row('y', 'b', '2026', '1', 'a')];
  const cases = target({ kind: 'count', indicator: 'x', comparator: '>=', value: '50', area: 'a' });
  it('due: no figure, no endless reading', () => {
    expect(evaluateTarget(cases, circle, { asOf: '2027-01-31' }).status).toBe('no-data');
  });
  it('before the due date: no trend, no endless reading', () => {
    expect(evaluateTarget(cases, circle, { asOf: '2026-03-31' }).status).toBe('no-data');
  });
});

describe('rows after the cut-off', () => {
  it('the only row, dated 2026, is not read on 2026-03-31: nothing observed so far', () => {
    const cases = target({ kind: 'count', indicator: 'x', comparator: '>=', value: '50' });
    const result = evaluateTarget(cases, [row('x', 'xa', '2026', '60')], { asOf: '2026-03-31' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'unknown-indicator', null]); // x is not in the catalog: nothing observed of an indicator it does not know
  });
});

describe('an indicator never observed', () => {
  it('has no figure in the second area, though the first holds the last indicator observed', () => {
    // areas xa (first) and xb, one indicator y observed in both; x is never observed
    const observations = [row('y', 'xa', '2026', '60'), row('y', 'xb', '2026', '60')];
    const cases = target({ kind: 'count', indicator: 'x', comparator: '>=', value: '50', area: 'xb' });
    const result = evaluateTarget(cases, observations, { asOf: '2027-01-31' });
    expect([result.status, result.published]).toEqual(['no-data', null]);
  });
});

describe('a multiplier that is not a whole number', () => {
  it('3 of 4 per 0.5 is 0.375', () => {
    // 3 / 4 × 0.5 = 0.375 ≥ 0.3
    const share = target({ indicator: 'x', comparator: '>=', value: '0.3', decimals: 3 });
    const result = evaluateTarget(share, [{ indicator: 'x', area: 'xa', period: '2026', numerator: '3', denominator: '4', per: '0.5' }], { asOf: '2027-01-31' });
    expect([result.status, result.published, result.actual]).toEqual(['achieved', '0.375', '0.375']);
  });
});

describe('a trend summed from the areas below, two figures closing on one day', () => {
  it('takes December 2024 rather than the year 2024 as the first figure', () => {
    // doctors-per-10k is a stock; stations a and b each have 2024, 2024-12 and 2025, per 10,000 of 10,000 people:
    // 2024: (10 + 10) / 20,000 × 10,000 = 10; 2024-12: (12 + 12) / 20,000 × 10,000 = 12; 2025: (20 + 20) / 20,000 × 10,000 = 20
    // from December 2024 (12) to 2025 (20): 8 a year; five more years to 2030-12-31: 20 + 8 × 5 = 60
    const counts = (area: string, period: string, numerator: string) =>
      ({ indicator: 'doctors-per-10k', area, parent: 'xa', period, numerator, denominator: '10000' }) as Observation;
    const observations = ['a', 'b'].flatMap((area) => [counts(area, '2024', '10'), counts(area, '2024-12', '12'), counts(area, '2025', '20')]);
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '40', due: '2030-12-31', decimals: 0 });
    const result = evaluateTarget(doctors, observations, { asOf: '2026-01-31' });
    expect([result.status, result.projection?.slopePerYear, result.projection?.value, result.rolledUpFrom]).toEqual(['on-track', '8.00', '60', 2]);
  });
});
