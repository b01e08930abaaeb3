/**
 * Maintain targets in a table's cells, which are judged in safe integers when they can be
 * (the fast path of maintain.ts) and must then agree with the exact path of a full result
 * (evaluateTarget). Every expected value is worked by hand beside it: a figure is rounded
 * half-up at the published places (ehr-coverage is a percentage with 2), then compared
 * (DESIGN.md, "How a target is judged", 5: a figure for every year from the start).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type Target, type TargetInput } from '../../../src/model/target.js';

const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 'keep', kind: 'maintain', due: '2030-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, area: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area, period, ...fields });

/** The table's cells, and each area's full result, as [status, reason, published]. */
function both(keep: Target, observations: Observation[], rows: string[], asOf: string): { cells: unknown[]; full: unknown[] } {
  const table = evaluateTable([keep], observations, { asOf, rows });
  const cells = rows.map((_, r) => [table.status[r], table.reason[r], table.published[r]]);
  const full = rows.map((area) => {
    const result = evaluateTarget({ ...keep, area } as Target, observations, { asOf });
    return [result.status, result.reason, result.published];
  });
  return { cells, full };
}

describe('maintain in a table: at the edge of the published figure', () => {
  it('99.995 rounds up to 100.00 and holds; 99.994 rounds to 99.99 and does not; so does a ratio', () => {
    // ≥ 100 from 2021, judged on 2023-01-31 (due 2030): 2021 and 2022 must hold, so far.
    // a: 100 and 99.995 → 100.00 ≥ 100: on track. b: 100 and 99.994 → 99.99 < 100: off track, failed.
    // c: 1 000/1 000 = 100%, then 19 999/20 000 × 100 = 99.995 → 100.00: on track
    const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2021-01-01' });
    const observations = [
      obs('ehr-coverage', 'a', '2021', { value: '100' }), obs('ehr-coverage', 'a', '2022', { value: '99.995' }),
      obs('ehr-coverage', 'b', '2021', { value: '100' }), obs('ehr-coverage', 'b', '2022', { value: '99.994' }),
      obs('ehr-coverage', 'c', '2021', { numerator: '1000', denominator: '1000' }), obs('ehr-coverage', 'c', '2022', { numerator: '19999', denominator: '20000' }),
    ];
    const { cells, full } = both(keep, observations, ['a', 'b', 'c'], '2023-01-31');
    const expected = [['on-track', null, '100.00'], ['off-track', 'maintain-failed', '99.99'], ['on-track', null, '100.00']];
    expect(cells).toEqual(expected);
    expect(full).toEqual(expected);
  });
  it('once due, the year of the due date alone when the target sets no start', () => {
    // no `from`, no baseline: the years judged start with the due year, 2030: 100 → 100.00 ≥ 100
    const { cells, full } = both(target({ indicator: 'ehr-coverage', comparator: '>=', value: '100' }), [obs('ehr-coverage', 'a', '2030', { value: '100' })], ['a'], '2031-01-31');
    expect(cells).toEqual([['achieved', null, '100.00']]);
    expect(full).toEqual([['achieved', null, '100.00']]);
  });
});

describe('maintain in a table: where the integers do not apply', () => {
  it('the first year not yet complete: judged so far', () => {
    // from 2026-01-01, judged on 2026-07-01: no whole year yet; the first quarter's 100 → 100.00 holds
    const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2026-01-01' });
    const { cells, full } = both(keep, [obs('ehr-coverage', 'a', '2026-Q1', { value: '100' })], ['a'], '2026-07-01');
    expect(cells).toEqual([['on-track', 'so-far', '100.00']]);
    expect(full).toEqual([['on-track', 'so-far', '100.00']]);
  });
  it('a level of 10²⁰ at 2 places, past the safe integers: judged exactly', () => {
    // 10²⁰ × 10² units is beyond 2⁵³. a: 10²⁰ ≥ 10²⁰ holds in 2021: on track.
    // b: 5 (500 units, safe) against a level that is not: 5.00 < 10²⁰, failed: off track
    const keep = target({ indicator: 'big', comparator: '>=', value: '100000000000000000000', decimals: 2, from: '2021-01-01' });
    const { cells, full } = both(keep, [obs('big', 'a', '2021', { value: '100000000000000000000' }), obs('big', 'b', '2021', { value: '5' })], ['a', 'b'], '2022-01-31');
    expect(cells).toEqual([['on-track', null, '100000000000000000000.00'], ['off-track', 'maintain-failed', '5.00']]);
    expect(full).toEqual(cells);
  });
  it('a year without a figure: no data, never taken as held', () => {
    // 2021 and 2022 to judge. a: 2021 = 100 holds, 2022 missing; b: 2021 missing, 2022 = 100;
    // both show their latest figure, 100.00. c: nothing at all, for an indicator of the catalog
    const keep = target({ indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2021-01-01' });
    const observations = [obs('ehr-coverage', 'a', '2021', { value: '100' }), obs('ehr-coverage', 'b', '2022', { value: '100' })];
    const { cells, full } = both(keep, observations, ['a', 'b', 'c'], '2023-01-31');
    expect(cells).toEqual([['no-data', 'maintain-missing', '100.00'], ['no-data', 'maintain-missing', '100.00'], ['no-data', 'no-observation', null]]);
    expect(full).toEqual(cells);
  });
  it('a ratio without a multiplier, of an indicator not in the catalog: a person must look at it', () => {
    // 1/2 with no `per` and no multiplier known for `keep-rate`: no figure can be read
    const keep = target({ indicator: 'keep-rate', comparator: '>=', value: '50', decimals: 1, from: '2021-01-01' });
    const { cells, full } = both(keep, [obs('keep-rate', 'a', '2021', { numerator: '1', denominator: '2' })], ['a'], '2022-01-31');
    expect(cells).toEqual([['needs-review', 'no-multiplier', null]]);
    expect(full).toEqual(cells);
  });
});
