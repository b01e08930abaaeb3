/**
 * Yes/no targets beyond boolean.test.ts: parts that cover the period answer only a “no”
 * target, a “no” target without any part in its period, and an unwanted “yes” early in the
 * period before the due date. Every verdict is worked by hand beside it from DESIGN.md ("How a
 * target is judged": an unwanted “yes” in part of the period settles a “no” target; “no” for
 * parts that cover the whole period answers it; otherwise a part never stands in for the
 * whole). The indicator is the catalog's `major-epidemic` (a flow).
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({ id: 'epidemic', kind: 'boolean', area: AREA, indicator: 'major-epidemic', expected: false, due: '2026-12-31', ...input } as unknown as TargetInput);
const answer = (period: string, value: boolean): Observation => ({ indicator: 'major-epidemic', area: AREA, period, value });
const DUE = { asOf: '2027-01-31' };

describe('boolean: parts of the period', () => {
  it('“yes” in both halves does not answer a “yes” target for the year', () => {
    // a flow: parts never stand in for the whole, except “no” parts for a “no” target
    const result = evaluateTarget(target({ expected: true }), [answer('2026-H1', true), answer('2026-H2', true)], DUE);
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'partial-period', null]);
  });
  it('a “no” target with answers for last year only: no figure for 2026', () => {
    const result = evaluateTarget(target({}), [answer('2025', false)], DUE);
    expect([result.status, result.reason, result.published, result.context]).toEqual(['no-data', 'no-figure-for-period', null, { period: '2025', published: 'false' }]);
  });
});

describe('boolean: before the due date', () => {
  it('an epidemic in the first quarter settles a “no” target, though the second quarter had none', () => {
    // 2026-Q1 yes, 2026-Q2 no, judged 2026-07-31: the unwanted yes of Q1 is shown, off track so far
    const result = evaluateTarget(target({}), [answer('2026-Q1', true), answer('2026-Q2', false)], { asOf: '2026-07-31' });
    expect([result.status, result.reason, result.published, result.period]).toEqual(['off-track', 'so-far', 'true', '2026-Q1']);
  });
});
