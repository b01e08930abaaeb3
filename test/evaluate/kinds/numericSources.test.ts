/**
 * How a level-like target reads its figures, beyond numeric.test.ts: an area with figures of its
 * own is never read from its parts, a year whose sum from the areas below cannot be read does
 * not start a trend, a figure of counts without a set precision is published
 * at the precision of its multiplier, a baseline that is only a bound or cannot be read is no
 * base, a baseline at the latest figure's own period makes no trend, and a table's cells give
 * the exact path's figure and precision (a count with a precision of its own; a ratio without
 * a multiplier). Every expected value is worked by hand beside it (DESIGN.md, "How a target is
 * judged": the published figure is rounded half-up at the published places; a percentage of
 * counts is published with 2 places, another rate with 1, unless the target or the indicator
 * sets them).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: 'xa', due: '2026-12-31', ...input } as unknown as TargetInput);
const value = (indicator: string, area: string, period: string, v: string, parent?: string): Observation => ({ indicator, area, period, value: v, ...(parent === undefined ? {} : { parent }) });
const ratio = (indicator: string, period: string, numerator: string, denominator: string, per?: string): Observation =>
  ({ indicator, area: 'xa', period, numerator, denominator, ...(per === undefined ? {} : { per }) }) as Observation;

describe('an area with figures of its own', () => {
  it('a flow counted only by quarters has no yearly trend, though its villages have years', () => {
    // 'visits' is not in the catalog, so it is a flow: only yearly figures make a yearly trend.
    // xa has its own 2025-Q1 figure (30), so its villages' years (100 + 100 in 2023, 120 + 120 in
    // 2024) are not summed for it: no trend; the latest figure, 30 for 2025-Q1, is context
    const observed = [
      value('visits', 'xa', '2025-Q1', '30'),
      value('visits', 'v1', '2023', '100', 'xa'), value('visits', 'v2', '2023', '100', 'xa'),
      value('visits', 'v1', '2024', '120', 'xa'), value('visits', 'v2', '2024', '120', 'xa'),
    ];
    const result = evaluateTarget(target({ kind: 'count', indicator: 'visits', comparator: '>=', value: '300', due: '2030-12-31' }), observed, { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.published, result.projection, result.context]).toEqual(['no-data', 'no-trend', null, null, { period: '2025-Q1', published: '30' }]);
  });
});

describe('an area with figures only from the areas below it', () => {
  it('a year whose sum cannot be read does not start the trend: the next year does', () => {
    // xa has no figures of its own; its villages' counts are summed. 2021: v1 has a zero denominator,
    // so 2021 cannot be read. 2023: (60 + 70) / (100 + 100) × 100 = 65.00; 2025: (80 + 90) / 200 × 100
    // = 85.00. From 2023 (t = 2024) to 2025 (t = 2026): 10 a year; at 2030-12-31 (t = 2031):
    // 85 + 5 × 10 = 135 ≥ 90: on track
    const share = (area: string, period: string, numerator: string, denominator: string): Observation =>
      ({ indicator: 'clinic-share', area, parent: 'xa', period, numerator, denominator, per: '100' }) as Observation;
    const observed = [
      share('v1', '2021', '1', '0'), share('v2', '2021', '50', '100'),
      share('v1', '2023', '60', '100'), share('v2', '2023', '70', '100'),
      share('v1', '2025', '80', '100'), share('v2', '2025', '90', '100'),
    ];
    const result = evaluateTarget(target({ indicator: 'clinic-share', comparator: '>=', value: '90', due: '2030-12-31' }), observed, { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.published, result.period, result.baseline, result.rolledUpFrom]).toEqual(['on-track', 'projected', '85.00', '2025', { period: '2023', value: '65' }, 2]);
  });
});

describe('the precision of a figure of counts', () => {
  it('a percentage (per 100) has 2 places, a rate per 1 000 has 1', () => {
    // 1 / 8 × 100 = 12.5 → 12.50; 1 / 8 × 1 000 = 125 → 125.0
    const percent = evaluateTarget(target({ indicator: 'clinic-share', comparator: '>=', value: '10' }), [ratio('clinic-share', '2026', '1', '8', '100')], { asOf: '2027-01-31' });
    expect([percent.status, percent.published]).toEqual(['achieved', '12.50']);
    const rate = evaluateTarget(target({ indicator: 'clinic-rate', comparator: '>=', value: '200' }), [ratio('clinic-rate', '2026', '1', '8', '1000')], { asOf: '2027-01-31' });
    expect([rate.status, rate.published]).toEqual(['not-achieved', '125.0']);
  });
});

describe('a baseline that is no base', () => {
  const coverage = (baseline: Record<string, unknown>) => target({ indicator: 'coverage', comparator: '>=', value: '90', decimals: 1, baseline });
  it('a baseline written as a bound (“trên 80%”) is not a value to measure progress from', () => {
    // 85.0 < 90: not achieved; only the 2026 figure, so no earlier one either: no baseline, no progress
    const result = evaluateTarget(coverage({ period: '2021', value: '80', comparator: '>' }), [value('coverage', 'xa', '2026', '85')], { asOf: '2027-01-31' });
    expect([result.status, result.published, result.baseline, result.progress]).toEqual(['not-achieved', '85.0', null, null]);
  });
  it('a baseline period whose figure cannot be read (a zero denominator) is no base', () => {
    // 2021: 1 / 0; 2026: 17 / 20 × 100 = 85.0 < 90. No readable earlier figure: no baseline, no progress
    const observed = [ratio('coverage', '2021', '1', '0', '100'), ratio('coverage', '2026', '17', '20', '100')];
    const result = evaluateTarget(coverage({ period: '2021' }), observed, { asOf: '2027-01-31' });
    expect([result.status, result.published, result.baseline, result.progress]).toEqual(['not-achieved', '85.0', null, null]);
  });
  it('a baseline of the latest figure’s own period makes no trend', () => {
    // baseline 2025 = 50 and the latest figure is 2025's, 60: both at the end of 2025, no span to project over
    const result = evaluateTarget(coverage({ period: '2025', value: '50' }), [value('coverage', 'xa', '2025', '60')], { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.published, result.baseline, result.projection]).toEqual(['no-data', 'no-trend', '60.0', { period: '2025', value: '50' }, null]);
  });
});

describe('a table’s cells', () => {
  it('a count with a precision of its own is published at it', () => {
    // a count has no places unless the target sets them: 1 place, 7 → 7.0 ≥ 7
    const table = evaluateTable([target({ kind: 'count', indicator: 'stations', comparator: '>=', value: '7', decimals: 1 })], [value('stations', 'xa', '2026', '7')], { asOf: '2027-01-31', rows: ['xa'] });
    expect([table.status, table.published]).toEqual([['achieved'], ['7.0']]);
  });
  it('a ratio of counts without a multiplier is not guessed', () => {
    // 'clinic-ratio' is not in the catalog and the row gives no `per`: 1 / 8 of what? needs review
    const table = evaluateTable([target({ indicator: 'clinic-ratio', comparator: '>=', value: '10', decimals: 1 })], [ratio('clinic-ratio', '2026', '1', '8')], { asOf: '2027-01-31', rows: ['xa'] });
    expect([table.status, table.reason, table.published]).toEqual([['needs-review'], ['no-multiplier'], [null]]);
  });
});
