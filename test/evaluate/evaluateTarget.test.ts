/**
 * evaluateTarget: every kind and status, published against exact comparison, projections and
 * what it takes. Every expected value is worked by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import { indexObservations } from '../../src/evaluate/indexObservations.js';
import type { Observation } from '../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../src/model/target.js';
import { aggregateRates } from '../../src/population/aggregateRates.js';

const AREA = 'cao-minh';
const target = (input: Partial<TargetInput> & Record<string, unknown>) =>
  TargetSchema.parse({ id: 't', due: '2026-12-31', area: AREA, ...input } as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });

function codeOf(run: () => unknown): [string, string] | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ChitieuError ? [error.code, error.field] : undefined;
  }
}

describe('level targets: published precision, strict and inclusive', () => {
  const coverage = [obs('health-insurance-coverage', '2026', { numerator: '11400', denominator: '12000' })];
  it('"trên 95%": 11 400 / 12 000 = 95.00% is not above 95', () => {
    // 11400 / 12000 × 100 = 95 exactly; published at the catalog's 2 places: '95.00'
    const result = evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: '>', value: '95' }), coverage, { asOf: '2027-01-01' });
    expect(result.published).toBe('95.00');
    expect(result.actual).toBe('95');
    expect(result.status).toBe('not-achieved');
    expect(result.gap).toBe('0'); // 95.00 − 95
    // 11 401 insured: 11401/12000 × 100 = 95.0083… → 95.01 > 95; so 1 more person
    expect(result.whatItTakes).toMatchObject({ denominator: '12000', per: '100', current: '11400', minimum: '11401', more: '1' });
    expect(result.explanation.vi).toContain('95,00%');
    expect(result.explanation.en).toContain('95.00%');
  });
  it('"ít nhất 95%" is met by the same 95.00%', () => {
    const result = evaluateTarget(target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '95' }), coverage, { asOf: '2027-01-01' });
    expect(result.status).toBe('achieved');
    expect(result.whatItTakes).toBeNull(); // met: nothing more to take
  });
  it('95.004 published as 95.00 is not above 95; exact comparison says it is', () => {
    const observed = [obs('health-insurance-coverage', '2026', { value: '95.004' })];
    const strict = target({ indicator: 'health-insurance-coverage', comparator: '>', value: '95' });
    expect(evaluateTarget(strict, observed, { asOf: '2027-01-01' }).status).toBe('not-achieved'); // 95.004 → 95.00
    const exact = evaluateTarget(strict, observed, { asOf: '2027-01-01', compare: 'exact' });
    expect(exact.status).toBe('achieved'); // 95.004 > 95
    expect(exact.gap).toBe('0.004'); // 95.004 − 95
  });
  it('17.45 rounds onto 17.5 and meets ">= 17.5" as published; exact mode says no', () => {
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
    const observed = [obs('doctors-per-10k', '2026', { value: '17.45' })];
    const published = evaluateTarget(doctors, observed, { asOf: '2027-01-01' });
    expect(published.published).toBe('17.5'); // half-up at 1 place
    expect(published.status).toBe('achieved');
    expect(evaluateTarget(doctors, observed, { asOf: '2027-01-01', compare: 'exact' }).status).toBe('not-achieved'); // 17.45 < 17.5
  });
  it('a lower-is-better target: stunting below 15.5%', () => {
    const stunting = target({ indicator: 'stunting-under-5', comparator: '<', value: '15.5' });
    // 15.46 → published 15.5 (1 place): not below 15.5
    expect(evaluateTarget(stunting, [obs('stunting-under-5', '2026', { value: '15.46' })], { asOf: '2027-01-01' }).status).toBe('not-achieved');
    // 15.44 → 15.4 < 15.5; gap = 15.5 − 15.4 = 0.1 (positive: beyond the threshold in the good direction)
    const met = evaluateTarget(stunting, [obs('stunting-under-5', '2026', { value: '15.44' })], { asOf: '2027-01-01' });
    expect([met.status, met.published, met.gap]).toEqual(['achieved', '15.4', '0.1']);
  });
  it('what it takes for a lower-is-better rate: 160 stunted of 1 000 children, below 15.5%', () => {
    // published ≤ 15.4 needs n/1000 × 100 < 15.45, n < 154.5, so at most 154; 160 − 154 = 6 fewer
    const stunting = target({ indicator: 'stunting-under-5', comparator: '<', value: '15.5' });
    const result = evaluateTarget(stunting, [obs('stunting-under-5', '2026', { numerator: '160', denominator: '1000' })], { asOf: '2027-01-01' });
    expect(result.published).toBe('16.0'); // 160/1000 × 100 = 16
    expect(result.whatItTakes).toMatchObject({ maximum: '154', fewer: '6', minimum: null, more: null });
  });
  it('what it takes for doctors: 12 000 people, 17.5 per 10 000 needs 21; with 18, 3 more', () => {
    // 21/12000 × 10000 = 17.5; 20/12000 × 10000 = 16.67 → 16.7 < 17.5. 18 doctors: 15.0; 21 − 18 = 3
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
    const result = evaluateTarget(doctors, [obs('doctors-per-10k', '2026', { numerator: '18', denominator: '12000' })], { asOf: '2027-01-01' });
    expect([result.status, result.published]).toEqual(['not-achieved', '15.0']);
    expect(result.whatItTakes).toEqual({ denominator: '12000', per: '10000', current: '18', minimum: '21', maximum: null, more: '3', fewer: null });
    expect(result.gap).toBe('-2.5'); // 15.0 − 17.5
  });
  it('options.population gives the denominator when observations are values', () => {
    // 12 000 people, ≥ 17.5 per 10 000 → 21 (as above); no current count is known
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
    const result = evaluateTarget(doctors, [obs('doctors-per-10k', '2026', { value: '15.0' })], { asOf: '2027-01-01', population: 12000 });
    expect(result.whatItTakes).toMatchObject({ denominator: '12000', minimum: '21', current: null, more: null });
  });
  it('exact value of a rate that does not terminate, to 60 significant digits', () => {
    // 59 / 12 000 × 10 000 = 49.1666…; published 49.2
    const beds = target({ indicator: 'beds-per-10k', comparator: '>=', value: '49.2' });
    const result = evaluateTarget(beds, [obs('beds-per-10k', '2026', { numerator: '59', denominator: '12000' })], { asOf: '2027-01-01' });
    expect(result.actual).toBe('49.1666666666666666666666666666666666666666666666666666666667');
    expect([result.published, result.status]).toEqual(['49.2', 'achieved']);
  });
  it('between: bounds inclusive, at the published precision', () => {
    const range = target({ indicator: 'x-count', comparator: 'between', value: '4', upper: '5', decimals: 1 });
    const at = (value: string) => evaluateTarget(range, [obs('x-count', '2026', { value })], { asOf: '2027-01-01' });
    expect(at('5').status).toBe('achieved'); // 5.0 ≤ 5
    expect(at('5.04').status).toBe('achieved'); // → 5.0
    expect(at('5.06').status).toBe('not-achieved'); // → 5.1 > 5
    expect(at('5.06').gap).toBe('-0.1'); // 5 − 5.1
    expect(at('3.96').status).toBe('achieved'); // → 4.0 ≥ 4
    expect(at('4.5').gap).toBe('0.5'); // min(4.5 − 4, 5 − 4.5)
  });
  it("'=': equality at the published precision", () => {
    const full = target({ indicator: 'ehr-coverage', comparator: '=', value: '100' });
    expect(evaluateTarget(full, [obs('ehr-coverage', '2026', { value: '99.996' })], { asOf: '2027-01-01' }).status).toBe('achieved'); // → 100.00
    const short = evaluateTarget(full, [obs('ehr-coverage', '2026', { value: '99.994' })], { asOf: '2027-01-01' });
    expect([short.status, short.gap]).toEqual(['not-achieved', '-0.01']); // → 99.99; −|99.99 − 100|
  });
});

describe('which observation', () => {
  const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
  it('ignores periods that end after asOf', () => {
    // 2026 ends 2026-12-31 > 2026-06-30: the 2025 figure (10.0) is the only one: no trend yet
    const observed = [obs('doctors-per-10k', '2025', { value: '10' }), obs('doctors-per-10k', '2026', { value: '20' })];
    const result = evaluateTarget(doctors, observed, { asOf: '2026-06-30' });
    expect([result.period, result.published, result.status, result.reason]).toEqual(['2025', '10.0', 'no-data', 'no-trend']);
    // 2026-Q2 ends 2026-06-30 and doctors are a stock: it counts. The line from 10 (end of 2025,
    // t = 2026) to 18 (t = 2026 + 181/365) rises 8 × 365/181 a year; at the due date (t = 2027)
    // it is 18 + 8 × 184/181 = 26.13 ≥ 17.5
    const quarterly = evaluateTarget(doctors, [...observed, obs('doctors-per-10k', '2026-Q2', { value: '18' })], { asOf: '2026-06-30' });
    expect([quarterly.period, quarterly.status, quarterly.reason, quarterly.projection?.value]).toEqual(['2026-Q2', 'on-track', 'projected', '26.1']);
  });
  it('once due, judges the figure at the due date, not later ones', () => {
    const observed = [obs('doctors-per-10k', '2026', { value: '16' }), obs('doctors-per-10k', '2027', { value: '19' })];
    const result = evaluateTarget(doctors, observed, { asOf: '2028-06-30' });
    expect([result.period, result.status]).toEqual(['2026', 'not-achieved']);
  });
  it('no observation for the area: no-data', () => {
    const elsewhere = [{ indicator: 'doctors-per-10k', area: 'xuan-hung', period: '2026', value: '20' }];
    const result = evaluateTarget(doctors, elsewhere, { asOf: '2027-01-01' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'no-observation', null]);
    expect(evaluateTarget(doctors, [], { asOf: '2027-01-01' }).status).toBe('no-data');
    // the explanation says what is missing once, then the status label once
    expect(result.explanation.vi).toBe('Số bác sĩ trên 10.000 dân: không có số liệu nào đến hết ngày 31/12/2026; chỉ tiêu ít nhất 17,5 đến 31/12/2026: chưa có số liệu.');
    expect(result.explanation.vi.split('chưa có số liệu').length - 1).toBe(1);
    expect(result.explanation.en).toBe('Doctors per 10,000 population: no observation by 2026-12-31; target at least 17.5 by 2026-12-31: no data.');
  });
  it('a ratio without a multiplier for an unknown indicator: needs-review, never a guess', () => {
    const own = target({ indicator: 'home-visits', comparator: '>=', value: '5' });
    const result = evaluateTarget(own, [obs('home-visits', '2026', { numerator: '3', denominator: '100' })], { asOf: '2027-01-01' });
    expect([result.status, result.reason]).toEqual(['needs-review', 'no-multiplier']);
    expect(result.explanation.en).toContain('no multiplier');
  });
  it('a zero denominator: needs-review', () => {
    const result = evaluateTarget(doctors, [obs('doctors-per-10k', '2026', { numerator: '3', denominator: '0' })], { asOf: '2027-01-01' });
    expect([result.status, result.reason]).toEqual(['needs-review', 'zero-denominator']);
  });
  it('options.indicators supplies an indicator outside the catalog', () => {
    // 3/100 × 1000 = 30 per 1 000, published with 0 places: 30 ≥ 5
    const own = target({ indicator: 'home-visits', comparator: '>=', value: '5' });
    const lookup = new Map([
      ['home-visits', { id: 'home-visits', name: { vi: 'Lượt thăm nhà', en: 'Home visits' }, measure: 'rate' as const, unit: { vi: 'lượt', en: 'visits' }, multiplier: 1000 as const, polarity: 'higher-is-better' as const, decimals: 0, references: [] }],
    ]);
    const result = evaluateTarget(own, [obs('home-visits', '2026', { numerator: '3', denominator: '100' })], { asOf: '2027-01-01', indicators: lookup });
    expect([result.status, result.published]).toEqual(['achieved', '30']);
    expect(result.explanation.en).toContain('Home visits');
  });
  it('an index gives the same result as the array', () => {
    const observed = [obs('doctors-per-10k', '2024', { value: '12' }), obs('doctors-per-10k', '2025', { value: '15' })];
    expect(evaluateTarget(doctors, indexObservations(observed), { asOf: '2026-01-01' })).toEqual(evaluateTarget(doctors, observed, { asOf: '2026-01-01' }));
  });
});

describe('projection before the due date', () => {
  // baseline 2021 = 10, 2024 = 13, due 2030-12-31. Times: the end of 2021 is 2022.0, of 2024
  // 2025.0, of 2030-12-31 2031.0. Line: slope (13 − 10)/3 = 1 a year; at 2031: 13 + 6 × 1 = 19.
  const observed = [obs('x-level', '2024', { value: '13' })];
  const make = (value: string) =>
    target({ indicator: 'x-level', comparator: '>=', value, due: '2030-12-31', baseline: { period: '2021', value: '10' } });
  it('linear: 19 by 2030 meets ">= 19" (on track), not ">= 20" (off track)', () => {
    const onTrack = evaluateTarget(make('19'), observed, { asOf: '2025-06-30' });
    expect(onTrack.status).toBe('on-track');
    expect(onTrack.projection).toEqual({ method: 'linear', value: '19', slopePerYear: '1.00', growthRate: null, from: '2021', to: '2030-12-31', bound: null, sdg: null });
    const offTrack = evaluateTarget(make('20'), observed, { asOf: '2025-06-30' });
    expect([offTrack.status, offTrack.reason]).toEqual(['off-track', 'projected']);
    // (20 − 13) / 6 years = 1.1666… → 1.17 (published places 0, plus 2)
    expect(offTrack.requiredAnnualChange).toBe('1.17');
    // progress (13 − 10)/(20 − 10) × 100 = 30.0
    expect(offTrack.progress).toBe('30.0');
    expect(offTrack.baseline).toEqual({ period: '2021', value: '10' });
  });
  it('growth rate: 13 × (13/10)^(6/3) = 13 × 1.69 = 21.97 → 22', () => {
    const result = evaluateTarget(make('20'), observed, { asOf: '2025-06-30', projection: 'growth-rate' });
    expect(result.status).toBe('on-track');
    expect(result.projection?.value).toBe('22');
    // (1.3^(1/3) − 1) × 100 = 9.1393…% → '9.14'; average change to 2031: (21.97 − 13)/6 = 1.495 → '1.50'
    expect(result.projection?.growthRate).toBe('9.14');
    expect(result.projection?.slopePerYear).toBe('1.50');
  });
  it('growth rate far past the range of figures read from text stays exact: 0 then 1 000 000 doctors in a month', () => {
    // 0 is read as 0.001 (the SDG floor): × 10⁹ from the end of November 2025 (t = 2025 + 334/365)
    // to the end of December (t = 2026), 31/365 of a year; the due date is 5 years on, so the
    // projection is 10⁶ × (10⁹)^(5 / (31/365)) = 10^(6 + 9 × 58.8709…) = 10^535.8387… = 6.8977… × 10⁵³⁵
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '10', due: '2030-12-31' });
    const series = [obs('doctors-per-10k', '2025-11', { value: '0' }), obs('doctors-per-10k', '2025-12', { value: '1000000' })];
    const result = evaluateTarget(doctors, series, { asOf: '2026-01-15', projection: 'growth-rate' });
    expect([result.status, result.reason]).toEqual(['on-track', 'projected']);
    const whole = result.projection?.value.split('.')[0] ?? '';
    expect([whole.length, whole.slice(0, 5)]).toEqual([536, '68977']);
    // the other way (10⁶ then 0, at most 10): 10⁻³ × (10⁻⁹)^58.87… = 10^-532.8…, published 0.0
    const fewer = target({ indicator: 'doctors-per-10k', comparator: '<=', value: '10', due: '2030-12-31' });
    const falling = evaluateTarget(fewer, [obs('doctors-per-10k', '2025-11', { value: '1000000' }), obs('doctors-per-10k', '2025-12', { value: '0' })], { asOf: '2026-01-15', projection: 'growth-rate' });
    expect([falling.status, falling.projection?.value]).toEqual(['on-track', '0.0']);
  });
  it('growth rate past 10^±10000 is not a projection: OUT_OF_RANGE naming options.projection and the target', () => {
    // 10³⁰⁰ then 0 (read as 0.001) in a month: × 10⁻³⁰³ a month, 58.87 months on: about 10^-17840
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '<=', value: '10', due: '2030-12-31' });
    const series = [obs('doctors-per-10k', '2025-11', { value: '1e300' }), obs('doctors-per-10k', '2025-12', { value: '0' })];
    expect(codeOf(() => evaluateTarget(doctors, series, { asOf: '2026-01-15', projection: 'growth-rate' }))).toEqual(['OUT_OF_RANGE', 'options.projection']);
    // a straight line has no such reach: 0 - 10³⁰⁰ a month carries below 0, where the projection stops
    expect(codeOf(() => evaluateTarget(doctors, series, { asOf: '2026-01-15', projection: 'linear' }))).toBeUndefined();
  });
  it('without a baseline value, from the earliest observation; a decreasing target', () => {
    // stunting 20.0 in 2021, 17.0 in 2024, target ≤ 15 by 2030: slope −1/yr → 17 − 6 = 11.0 ≤ 15
    const stunting = target({ indicator: 'stunting-under-5', comparator: '<=', value: '15', due: '2030-12-31' });
    const series = [obs('stunting-under-5', '2021', { value: '20' }), obs('stunting-under-5', '2024', { value: '17' })];
    const result = evaluateTarget(stunting, series, { asOf: '2025-06-30' });
    expect([result.status, result.projection?.value]).toEqual(['on-track', '11.0']);
    // progress (17 − 20)/(15 − 20) × 100 = 60.0
    expect(result.progress).toBe('60.0');
  });
  it('already met: the projection at the due date decides, from the baseline through the latest figure', () => {
    // baseline 10 (2021, t = 2022) to 21 (2024, t = 2025): 11/3 a year; at t = 2031: 21 + 6 × 11/3 = 43 ≥ 20
    const series = [obs('x-level', '2023', { value: '25' }), obs('x-level', '2024', { value: '21' })];
    const result = evaluateTarget(make('20'), series, { asOf: '2025-06-30' });
    expect([result.status, result.reason, result.projection?.value]).toEqual(['on-track', 'projected', '43']);
  });
  it('met early is not on track when the trend leaves the target: 99 then 96 against "trên 95%" by 2030', () => {
    // −3 points a year from 96 (end of 2025) to the end of 2030: 96 − 5 × 3 = 81, not above 95
    const coverage = target({ indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2030-12-31' });
    const series = [obs('health-insurance-coverage', '2024', { value: '99' }), obs('health-insurance-coverage', '2025', { value: '96' })];
    const result = evaluateTarget(coverage, series, { asOf: '2026-01-31' });
    expect([result.published, result.status, result.reason, result.projection?.value]).toEqual(['96.00', 'off-track', 'projected', '81.00']);
  });
  it('one observation and no baseline: no trend yet, no-data (never off-track)', () => {
    const plain = target({ indicator: 'x-level', comparator: '>=', value: '20', due: '2030-12-31' });
    const result = evaluateTarget(plain, observed, { asOf: '2025-06-30' });
    expect([result.status, result.reason, result.projection, result.published]).toEqual(['no-data', 'no-trend', null, '13']);
  });
});

describe('change targets', () => {
  it('absolute: mean height +1.5 cm from 150.0', () => {
    const grow = target({ kind: 'change', indicator: 'mean-height-1-18', change: 'absolute', comparator: '>=', value: '1.5', baseline: { period: '2020', value: '150.0' } });
    const at = (value: string) => evaluateTarget(grow, [obs('mean-height-1-18', '2026', { value })], { asOf: '2027-01-01' });
    expect([at('151.5').status, at('151.5').change, at('151.5').threshold?.level]).toEqual(['achieved', '1.5', '151.5']); // 151.5 − 150
    expect(at('151.44').status).toBe('not-achieved'); // → 151.4, +1.4
  });
  it('relative: +10% of a baseline observed in its period, rounded like the figure', () => {
    // baseline 2021 = 40.0; 2026 = 43.96 → 44.0 (1 place); (44.0 − 40)/40 × 100 = 10.0 ≥ 10
    const up = target({ kind: 'change', indicator: 'stunting-under-5', change: 'relative', comparator: '>=', value: '10', baseline: { period: '2021' } });
    const series = [obs('stunting-under-5', '2021', { value: '40' }), obs('stunting-under-5', '2026', { value: '43.96' })];
    const result = evaluateTarget(up, series, { asOf: '2027-01-01' });
    expect([result.status, result.change, result.baseline]).toEqual(['achieved', '10', { period: '2021', value: '40' }]);
    expect(result.threshold?.level).toBe('44'); // 40 × 1.1
  });
  it('points: +2 percentage points from 80 is not met by 81.9', () => {
    const up = target({ kind: 'change', indicator: 'ehr-coverage', change: 'points', comparator: '>=', value: '2', baseline: { period: '2021', value: '80' } });
    const result = evaluateTarget(up, [obs('ehr-coverage', '2026', { value: '81.9' })], { asOf: '2027-01-01' });
    expect([result.status, result.change, result.gap]).toEqual(['not-achieved', '1.9', '-0.1']); // 81.90 − 80; 81.9 − 82
  });
  it('unspecified: needs-review, saying why', () => {
    const vague = target({ kind: 'change', indicator: 'ehr-coverage', change: 'unspecified', comparator: '>=', value: '10', baseline: { period: '2021', value: '80' } });
    const result = evaluateTarget(vague, [obs('ehr-coverage', '2026', { value: '95' })], { asOf: '2027-01-01' });
    expect([result.status, result.reason]).toEqual(['needs-review', 'change-unspecified']);
    expect(result.explanation.en).toContain('the plan does not say whether 10% is relative or percentage points');
    expect(result.explanation.vi).toContain('10%');
  });
  it('no baseline value given or observed: no-data', () => {
    const up = target({ kind: 'change', indicator: 'ehr-coverage', change: 'points', comparator: '>=', value: '2', baseline: { period: '2021' } });
    const result = evaluateTarget(up, [obs('ehr-coverage', '2026', { value: '81.9' })], { asOf: '2027-01-01' });
    expect([result.status, result.reason]).toEqual(['no-data', 'no-baseline']);
  });
});

describe('maintain, share, count, boolean, qualitative', () => {
  const keep = target({ kind: 'maintain', indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2021-01-01' });
  const years = (values: string[]) => values.map((value, i) => obs('ehr-coverage', String(2021 + i), { value }));
  it('maintain: every observation in the period must hold', () => {
    expect(evaluateTarget(keep, years(['100', '100', '100', '100', '100', '100']), { asOf: '2027-01-01' }).status).toBe('achieved');
    const failed = evaluateTarget(keep, years(['100', '100', '99.5', '100', '100', '100']), { asOf: '2027-01-01' });
    expect([failed.status, failed.failedPeriod, failed.gap]).toEqual(['not-achieved', '2023', '-0.5']); // 99.50 − 100
    expect(failed.explanation.en).toContain('not held in 2023');
    expect(failed.periods?.map((p) => p.held)).toEqual([true, true, false, true, true, true]);
    const early = evaluateTarget(keep, years(['100', '99.5']), { asOf: '2023-01-01' });
    expect([early.status, early.reason]).toEqual(['off-track', 'maintain-failed']);
    expect(evaluateTarget(keep, years(['100', '100']), { asOf: '2023-01-01' }).status).toBe('on-track');
    // observations before `from` do not count: 2020 = 90 is outside [2021-01-01, …]
    expect(evaluateTarget(keep, [obs('ehr-coverage', '2020', { value: '90' }), ...years(['100', '100'])], { asOf: '2023-01-01' }).status).toBe('on-track');
    // a year without a figure is not taken as held: 2022 is missing
    const gap = evaluateTarget(keep, years(['100']), { asOf: '2023-01-01' });
    expect([gap.status, gap.reason, gap.periods]).toEqual(['no-data', 'maintain-missing', [{ period: '2021', published: '100.00', held: true }, { period: '2022', published: null, held: null }]]);
    expect(gap.explanation.en).toContain('held in 2021; no figure for 2022');
  });
  const stations = target({
    kind: 'share', indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, decimals: 1,
    condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100',
  });
  const unit = (station: string, value: string, period = '2026'): Observation => ({ indicator: 'station-doctors', area: station, parent: AREA, period, value });
  it('share of units: 2 of 3 stations with at least 4 doctors = 66.7%', () => {
    // 4 ≥ 4, 5 ≥ 4, 3 < 4: 2/3 × 100 = 66.666… → 66.7; needs 3 of 3: 1 more
    const result = evaluateTarget(stations, [unit('s1', '4'), unit('s2', '5'), unit('s3', '3')], { asOf: '2027-01-01' });
    expect([result.status, result.published, result.units]).toEqual(['not-achieved', '66.7', { total: 3, observed: 3, meeting: 2, missing: [] }]);
    expect(result.whatItTakes).toMatchObject({ denominator: '3', current: '2', minimum: '3', more: '1' });
    expect(evaluateTarget(stations, [unit('s1', '4'), unit('s2', '5')], { asOf: '2027-01-01' }).status).toBe('achieved'); // 2/2
  });
  it('share: the latest period of units, and direct observations when there are none', () => {
    const later = [unit('s1', '3', '2025'), unit('s1', '4'), unit('s2', '4')];
    expect(evaluateTarget(stations, later, { asOf: '2027-01-01' }).published).toBe('100.0'); // 2026: 2/2
    const direct = evaluateTarget(stations, [obs('stations-with-doctors', '2026', { value: '75' })], { asOf: '2027-01-01' });
    expect([direct.status, direct.published]).toEqual(['not-achieved', '75.0']);
  });
  it('count: whole numbers', () => {
    const seven = target({ kind: 'count', indicator: 'stations-treating-insured-count', comparator: '>=', value: '7', due: '2024-12-31' });
    expect(evaluateTarget(seven, [obs('stations-treating-insured-count', '2024', { value: '7' })], { asOf: '2025-01-01' }).status).toBe('achieved');
    const six = evaluateTarget(seven, [obs('stations-treating-insured-count', '2024', { value: '6' })], { asOf: '2025-01-01' });
    expect([six.status, six.published, six.gap]).toEqual(['not-achieved', '6', '-1']);
  });
  it('boolean: no major epidemic', () => {
    const none = target({ kind: 'boolean', indicator: 'major-epidemic', expected: false });
    const at = (value: boolean, asOf: string, period = '2026-Q1') => evaluateTarget(none, [obs('major-epidemic', period, { value })], { asOf }).status;
    expect(at(false, '2027-01-01', '2026')).toBe('achieved');
    expect(at(true, '2027-01-01', '2026')).toBe('not-achieved');
    // a first quarter without an epidemic does not answer for the year; one with an epidemic does
    expect(at(false, '2027-01-01')).toBe('no-data');
    expect(at(true, '2027-01-01')).toBe('not-achieved');
    expect(at(false, '2026-06-30')).toBe('on-track');
    expect(at(true, '2026-06-30')).toBe('off-track');
    expect(evaluateTarget(none, [obs('major-epidemic', '2026', { value: '1' })], { asOf: '2027-01-01' }).reason).toBe('value-type');
  });
  it('qualitative: needs-review', () => {
    const aim = target({ kind: 'qualitative', indicator: 'hospital-fee-exemption', text: { vi: 'Miễn viện phí cơ bản' } });
    const result = evaluateTarget(aim, [], { asOf: '2027-01-01' });
    expect([result.status, result.reason]).toEqual(['needs-review', 'qualitative']);
  });
});

describe('aggregation of areas', () => {
  it('a district from its communes: Σ numerators / Σ denominators, not the mean of rates', () => {
    // 12 doctors / 8 000 (15.0) and 9 / 4 000 (22.5): 21 / 12 000 × 10 000 = 17.5, not (15 + 22.5)/2 = 18.75
    const total = aggregateRates(
      [
        { area: 'xa-a', numerator: 12, denominator: 8000 },
        { area: 'xa-b', numerator: 9, denominator: 4000 },
      ],
      { per: 10000 },
    );
    const district = [{ indicator: 'doctors-per-10k', area: 'huyen', period: '2026', numerator: total.numerator.toString(), denominator: total.denominator.toString() }];
    const result = evaluateTarget(target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', area: 'huyen' }), district, { asOf: '2027-01-01' });
    expect([result.published, result.status]).toEqual(['17.5', 'achieved']);
    expect(evaluateTarget(target({ indicator: 'doctors-per-10k', comparator: '>=', value: '18', area: 'huyen' }), district, { asOf: '2027-01-01' }).status).toBe('not-achieved');
  });
});

describe('explanations', () => {
  it('show the published figure in each locale', () => {
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
    const result = evaluateTarget(doctors, [obs('doctors-per-10k', '2026', { value: '17.45' })], { asOf: '2027-01-01' });
    expect(result.explanation.en).toBe('Doctors per 10,000 population: 17.5 (2026); target at least 17.5 by 2026-12-31: achieved.');
    expect(result.explanation.vi).toBe('Số bác sĩ trên 10.000 dân: 17,5 (kỳ 2026); chỉ tiêu ít nhất 17,5 đến 31/12/2026: đạt.');
  });
});

describe('errors', () => {
  const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
  it('name the offending option', () => {
    expect(codeOf(() => evaluateTarget(doctors, [], {} as never))).toEqual(['INVALID_ARGUMENT', 'options.asOf']);
    expect(codeOf(() => evaluateTarget(doctors, [], { asOf: '2026-02-30' }))).toEqual(['INVALID_DATE', 'options.asOf']);
    expect(codeOf(() => evaluateTarget(doctors, [], { asOf: '2026-12-31', compare: 'rounded' as never }))).toEqual(['INVALID_ARGUMENT', 'options.compare']);
    expect(codeOf(() => evaluateTarget(doctors, [], { asOf: '2026-12-31', projection: 'cubic' as never }))).toEqual(['INVALID_ARGUMENT', 'options.projection']);
    expect(codeOf(() => evaluateTarget(doctors, [], { asOf: '2026-12-31', population: -1 }))).toEqual(['NEGATIVE_COUNT', 'options.population']);
    const nowhere = TargetSchema.parse({ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
    expect(codeOf(() => evaluateTarget(nowhere, [], { asOf: '2026-12-31' }))).toEqual(['INVALID_ARGUMENT', 'options.area']);
    expect(codeOf(() => evaluateTarget(doctors, 'x' as never, { asOf: '2026-12-31' }))).toEqual(['INVALID_ARGUMENT', 'observations']);
    expect(codeOf(() => evaluateTarget(doctors, [obs('doctors-per-10k', '2026-Q5', { value: '1' })], { asOf: '2026-12-31' }))).toEqual([
      'INVALID_PERIOD',
      'observations[0].period',
    ]);
  });
});
