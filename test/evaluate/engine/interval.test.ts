/**
 * engine/interval.ts through the `interval` option: which interval a figure gets from its
 * counts (Wilson for a share of people, exact Poisson below 10 events and Byar's from 10 for
 * a rate), the edges of each choice (none, all, more events than people), and the targets that
 * get none (a change, an equality). Reference limits from Python (scipy 1.17):
 *   z = scipy.stats.norm.ppf(0.975)
 *   Wilson, 0 of n:   upper = z² / (n + z²);   n of n: lower = n / (n + z²)
 *   exact Poisson:    lower = chi2.ppf(0.025, 2x) / 2, upper = chi2.ppf(0.975, 2x + 2) / 2
 *   Byar:             lower = x (1 − 1/(9x) − z/(3√x))³, upper = (x+1) (1 − 1/(9(x+1)) + z/(3√(x+1)))³
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { ObservationInput } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = (input: Partial<TargetInput> & Record<string, unknown>) => TargetSchema.parse({ id: 't', due: '2026-12-31', area: 'xa', ...input } as TargetInput);
const at = (indicator: string, fields: Partial<ObservationInput>): ObservationInput[] => [{ indicator, area: 'xa', period: '2026', ...fields } as ObservationInput];
const asOf = '2027-01-31';
const coverage = (comparator: string, value: string, upper?: string) =>
  target({ indicator: 'health-insurance-coverage', comparator, value, ...(upper === undefined ? {} : { upper }) });

describe('a share of people: Wilson', () => {
  it('0 of 100 insured: 0 – 3.70%, wholly below “trên 95%”: red, clear', () => {
    // z² / (100 + z²) × 100 = 3.699349820698568
    const result = evaluateTarget(coverage('>', '95'), at('health-insurance-coverage', { numerator: 0, denominator: 100 }), { asOf, interval: true });
    expect([result.published, result.status]).toEqual(['0.00', 'not-achieved']);
    expect(result.interval).toMatchObject({ method: 'wilson', level: 0.95, rating: 'red', clear: true });
    expect(result.interval?.lower).toBeCloseTo(0, 12);
    expect(result.interval?.upper).toBeCloseTo(3.699349820698568, 9);
  });
  it('100 of 100 insured: 96.30 – 100%, wholly at or above 95%: green', () => {
    // 100 / (100 + z²) × 100 = 96.30065017930143
    const result = evaluateTarget(coverage('>=', '95'), at('health-insurance-coverage', { numerator: 100, denominator: 100 }), { asOf, interval: true });
    expect(result.interval).toMatchObject({ method: 'wilson', rating: 'green', clear: true });
    expect(result.interval?.lower).toBeCloseTo(96.30065017930143, 9);
    expect(result.interval?.upper).toBeCloseTo(100, 9);
  });
  it('a range: 95 600 of 100 000 is 95.47 – 95.73%, wholly inside 90 – 99: green', () => {
    // Wilson 95%: 95.47112181128952 – 95.72537491284291 (as in test/evaluate/interval.test.ts)
    const result = evaluateTarget(coverage('between', '90', '99'), at('health-insurance-coverage', { numerator: 95600, denominator: 100000 }), { asOf, interval: true });
    expect([result.status, result.interval?.method, result.interval?.rating, result.interval?.clear]).toEqual(['achieved', 'wilson', 'green', true]);
    expect(result.interval?.lower).toBeCloseTo(95.47112181128952, 9);
  });
  it('the sex ratio at birth is worked by its own Wilson interval, named wilson', () => {
    // 25 270 boys, 22 500 girls: 110.31 – 114.35 (test/evaluate/interval.test.ts)
    const ratio = target({ indicator: 'sex-ratio-at-birth', comparator: '<=', value: '111.1' });
    const result = evaluateTarget(ratio, at('sex-ratio-at-birth', { numerator: 25270, denominator: 22500 }), { asOf, interval: true });
    expect(result.interval?.method).toBe('wilson');
    expect(result.interval?.lower).toBeCloseTo(110.31146328049695, 6);
  });
});

describe('a rate: exact Poisson below 10 events, Byar from 10', () => {
  it('5 doctors for 12 000 people: exact limits 1.35 – 9.72 per 10 000, all below 17.5: red', () => {
    // chi2.ppf(0.025, 10) / 2 × 10 000 / 12 000 = 1.3529053250986838; chi2.ppf(0.975, 12) / 2 × 10 000 / 12 000 = 9.723610066102227
    const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
    const result = evaluateTarget(doctors, at('doctors-per-10k', { numerator: 5, denominator: 12000 }), { asOf, interval: true });
    expect([result.published, result.interval?.method, result.interval?.rating, result.interval?.clear]).toEqual(['4.2', 'poisson-exact', 'red', true]);
    expect(result.interval?.lower).toBeCloseTo(1.3529053250986838, 9);
    expect(result.interval?.upper).toBeCloseTo(9.723610066102227, 9);
  });
  it('per 100 with more events than people (150 visits by 100 people) is a rate, not a share', () => {
    // Byar for 150 events: 126.95467351612417 – 176.0181582818998, per 100 of 100: the same; all ≥ 100: green
    const visits = target({ indicator: 'visits-per-100', comparator: '>=', value: '100', decimals: 0 });
    const result = evaluateTarget(visits, at('visits-per-100', { numerator: 150, denominator: 100, per: 100 }), { asOf, interval: true });
    expect([result.published, result.interval?.method, result.interval?.rating]).toEqual(['150', 'byar', 'green']);
    expect(result.interval?.lower).toBeCloseTo(126.95467351612417, 9);
    expect(result.interval?.upper).toBeCloseTo(176.0181582818998, 9);
  });
});

describe('no interval', () => {
  it('counts that are not whole numbers give none', () => {
    // 96.5 of 100 and 96 of 100.5: no count of people, no interval
    const half = evaluateTarget(coverage('>', '95'), at('health-insurance-coverage', { numerator: '96.5', denominator: '100' }), { asOf, interval: true });
    expect([half.published, half.interval]).toEqual(['96.50', null]);
    // 96 / 100.5 × 100 = 95.5223… → 95.52
    const odd = evaluateTarget(coverage('>', '95'), at('health-insurance-coverage', { numerator: '96', denominator: '100.5' }), { asOf, interval: true });
    expect([odd.published, odd.interval]).toEqual(['95.52', null]);
  });
  it('a denominator too small for a double (10^-399, read as 0) gives none', () => {
    // 96 of 10^-399 people is no count of people: as a double the denominator is 0
    const tiny = '0.' + '0'.repeat(398) + '1';
    const result = evaluateTarget(coverage('>', '95'), at('health-insurance-coverage', { numerator: '96', denominator: tiny }), { asOf, interval: true });
    expect([result.status, result.interval]).toEqual(['achieved', null]);
  });
  it('a change target, and an equality, get none', () => {
    // 2021: 90 of 100, 2026: 96 of 100: 96.00 − 90.00 = +6 points ≥ 5 (a change is written without trailing zeros, as '3' in evaluateAreas.test.ts)
    const observations: ObservationInput[] = [
      { indicator: 'health-insurance-coverage', area: 'xa', period: '2021', numerator: 90, denominator: 100 },
      { indicator: 'health-insurance-coverage', area: 'xa', period: '2026', numerator: 96, denominator: 100 },
    ];
    const up = target({ kind: 'change', indicator: 'health-insurance-coverage', change: 'points', comparator: '>=', value: '5', baseline: { period: '2021' } });
    const change = evaluateTarget(up, observations, { asOf, interval: true });
    expect([change.status, change.change, change.interval]).toEqual(['achieved', '6', null]);
    const equal = evaluateTarget(coverage('=', '96'), at('health-insurance-coverage', { numerator: 96, denominator: 100 }), { asOf, interval: true });
    expect([equal.status, equal.interval]).toEqual(['achieved', null]);
  });
});
