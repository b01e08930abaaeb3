/**
 * engine/evaluate.ts, what is worked out once per target (prepare) and how a full result is
 * handed back (describe): a target due on the day of the evaluation is judged as due; a
 * projection stops at 0 for a count, a rate, a ratio or a count indicator, and not for a mean
 * or an indicator the settings do not know; a level target's period is the year ending on its
 * due date even when it names a `from` (only a yes/no target covers the span); and every
 * object a result holds is frozen, as src/evaluate/types.ts says. The figures are worked by
 * hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { TargetResult } from '../../../src/evaluate/types.js';
import { IndicatorSchema } from '../../../src/model/indicator.js';
import { TargetSchema } from '../../../src/model/target.js';

const indicator = (measure: string, multiplier?: number) =>
  IndicatorSchema.parse({ id: 'x', name: { vi: 'x', en: 'x' }, measure, unit: { vi: 'đơn vị', en: 'unit' }, polarity: 'lower-is-better', decimals: 1, ...(multiplier === undefined ? {} : { multiplier }) });

describe('a target due on the day of the evaluation', () => {
  it('is judged as due: 20 in 2026 meets “at least 17.5” (achieved, not a trend)', () => {
    const target = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '17.5', due: '2026-12-31', area: 'xa', decimals: 1 });
    const result = evaluateTarget(target, [{ indicator: 'x', area: 'xa', period: '2026', value: '20' }], { asOf: '2026-12-31' });
    expect([result.status, result.reason, result.published, result.period]).toEqual(['achieved', null, '20.0', '2026']);
  });
});

describe('where a projection stops', () => {
  // 10 in 2024 and 6 in 2025: −4 a year. From 6 at the end of 2025 the line reaches 0 after
  // 6 / 4 = 1.5 years, in mid-2027; unbounded, at 2030-12-31 it is 6 − 4 × 5 = −14.
  const falling = [
    { indicator: 'x', area: 'xa', period: '2024', value: '10' },
    { indicator: 'x', area: 'xa', period: '2025', value: '6' },
  ];
  const asOf = '2026-01-31';
  const level = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '<=', value: '2', due: '2030-12-31', area: 'xa', decimals: 1 });
  const stopped = (result: TargetResult) => [result.projection?.value, result.projection?.bound?.value, result.projection?.bound?.reached.slice(0, 4)];
  it('a count target stops at 0 in 2027', () => {
    const count = TargetSchema.parse({ id: 't', kind: 'count', indicator: 'x', comparator: '<=', value: '2', due: '2030-12-31', area: 'xa' });
    expect(stopped(evaluateTarget(count, falling, { asOf }))).toEqual(['0', '0', '2027']);
  });
  it.each([
    ['a rate', indicator('rate', 1000)],
    ['a ratio', indicator('ratio')],
    ['a count', indicator('count')],
  ])('a level target of %s stops at 0 in 2027', (_, x) => {
    expect(stopped(evaluateTarget(level, falling, { asOf, indicators: { x } }))).toEqual(['0.0', '0', '2027']);
  });
  it('a level target of a mean does not stop: −14.0 at the due date', () => {
    expect(stopped(evaluateTarget(level, falling, { asOf, indicators: { x: indicator('mean') } }))).toEqual(['-14.0', undefined, undefined]);
  });
  it('a level target of an indicator the settings do not know does not stop: −14.0', () => {
    const result = evaluateTarget(level, falling, { asOf });
    expect([result.projection?.value, result.projection?.bound]).toEqual(['-14.0', null]);
  });
});

describe('the period of a target that names where it starts', () => {
  it('a level target from 2024 due at the end of 2026 is judged on 2026 alone: 20 meets “at least 17.5”', () => {
    const target = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '17.5', from: '2024-01-01', due: '2026-12-31', area: 'xa', decimals: 1 });
    const observations = [{ indicator: 'x', area: 'xa', period: '2026', value: '20' }];
    const result = evaluateTarget(target, observations, { asOf: '2027-01-31' });
    expect([result.status, result.period, result.published]).toEqual(['achieved', '2026', '20.0']);
  });
});

describe('a full result is frozen, with every object it holds', () => {
  const frozen = (result: TargetResult, fields: readonly (keyof TargetResult)[]) =>
    fields.map((field) => [field, result[field] !== null && Object.isFrozen(result[field])]);
  it('threshold, baseline, projection and the bound it stops at', () => {
    // the count falling from 10 to 6 above: it stops at 0 in 2027
    const count = TargetSchema.parse({ id: 't', kind: 'count', indicator: 'x', comparator: '<=', value: '2', due: '2030-12-31', area: 'xa' });
    const observations = [
      { indicator: 'x', area: 'xa', period: '2024', value: '10' },
      { indicator: 'x', area: 'xa', period: '2025', value: '6' },
    ];
    const result = evaluateTarget(count, observations, { asOf: '2026-01-31' });
    expect(Object.isFrozen(result)).toBe(true);
    expect(frozen(result, ['threshold', 'baseline', 'projection'])).toEqual([['threshold', true], ['baseline', true], ['projection', true]]);
    expect([result.projection?.bound?.value, Object.isFrozen(result.projection?.bound)]).toEqual(['0', true]);
  });
  it('the SDG assessment of a projection', () => {
    // 60% in 2024, 80% in 2025 against “at least 95%” by 2030: below it, so an SDG ratio is worked
    const share = TargetSchema.parse({ id: 't', indicator: 'covered', comparator: '>=', value: '95', due: '2030-12-31', area: 'xa', decimals: 1 });
    const covered = IndicatorSchema.parse({ id: 'covered', name: { vi: 'c', en: 'c' }, measure: 'percent', unit: { vi: '%', en: '%' }, polarity: 'higher-is-better', decimals: 1 });
    const observations = [
      { indicator: 'covered', area: 'xa', period: '2024', value: '60' },
      { indicator: 'covered', area: 'xa', period: '2025', value: '80' },
    ];
    const result = evaluateTarget(share, observations, { asOf: '2026-01-31', projection: 'sdg', indicators: { covered } });
    expect(result.projection?.sdg).not.toBeNull();
    expect(Object.isFrozen(result.projection?.sdg)).toBe(true);
  });
  it('the latest figure shown when the due year has none', () => {
    // due at the end of 2026, evaluated in 2027: only 2025 is observed
    const target = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '>=', value: '17.5', due: '2026-12-31', area: 'xa', decimals: 1 });
    const result = evaluateTarget(target, [{ indicator: 'x', area: 'xa', period: '2025', value: '20' }], { asOf: '2027-01-31' });
    expect([result.status, result.context?.period, result.context?.published]).toEqual(['no-data', '2025', '20.0']);
    expect(Object.isFrozen(result.context)).toBe(true);
  });
  it('what it takes and the interval of a rate that falls short', () => {
    // 18 doctors / 12,000 people × 10,000 = 15.0 < 17.5: not achieved
    const target = TargetSchema.parse({ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31', area: 'xa' });
    const observations = [{ indicator: 'doctors-per-10k', area: 'xa', period: '2026', numerator: '18', denominator: '12000' }];
    const result = evaluateTarget(target, observations, { asOf: '2027-01-31', interval: true });
    expect([result.status, result.published]).toEqual(['not-achieved', '15.0']);
    expect(frozen(result, ['whatItTakes', 'interval'])).toEqual([['whatItTakes', true], ['interval', true]]);
  });
  it('the units of a share of stations', () => {
    // two stations of the commune, 4 and 3 doctors: 1 of 2 has at least 4, 50% < 100%
    const target = TargetSchema.parse({
      kind: 'share', id: 't', indicator: 'stations-with-4-doctors', due: '2026-12-31', area: 'xa', comparator: '>=', value: '100',
      units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
    });
    const observations = [
      { indicator: 'station-doctors', area: 's1', parent: 'xa', period: '2026', value: '4' },
      { indicator: 'station-doctors', area: 's2', parent: 'xa', period: '2026', value: '3' },
    ];
    const result = evaluateTarget(target, observations, { asOf: '2027-01-31' });
    expect([result.status, result.units?.meeting, result.units?.total]).toEqual(['not-achieved', 1, 2]);
    expect(Object.isFrozen(result.units)).toBe(true);
  });
});
