/**
 * checkAlignment on small hand-built plans. The figures are those of the plans: Ninh Bình
 * quotes 72-NQ/TW (004_601fc4afb53c578e.txt): at least 4 doctors per station by 2027 and 5
 * by 2030; Xuân Hưng (001_5e7367c98a0b8369.txt) asks at least 5 by 2027; Thống Nhất
 * (002_da0a84197d806a79.txt) 4–5 by 2027; insurance coverage “trên 95%” by 2026.
 */
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { checkAlignment } from '../../src/evaluate/checkAlignment.js';
import { parsePlan, type Plan } from '../../src/model/index.js';

function planWith(id: string, targets: unknown[]): Plan {
  return parsePlan({
    id, kind: 'plan', title: { vi: id }, issuer: { name: { vi: id }, level: 'commune' },
    area: { id, name: { vi: id }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
  });
}

const t = (id: string, indicator: string, comparator: string, value: string, due: string, extra: Record<string, unknown> = {}) => ({
  id, indicator, comparator, value, due, ...extra,
});

const parent = planWith('nq72', [
  t('nq72/doctors-2027', 'station-doctors', '>=', '4', '2027-12-31'),
  t('nq72/doctors-2030', 'station-doctors', '>=', '5', '2030-12-31'),
  t('nq72/bhyt-2026', 'health-insurance-coverage', '>', '95', '2026-12-31'),
  t('nq72/stunting', 'stunting-under-5', '<', '15.5', '2026-12-31'),
]);

function codes(child: Plan): [string, string[]][] {
  return checkAlignment(child, parent).map((f) => [f.code, [...f.targets]]);
}

describe('checkAlignment', () => {
  it('accepts a child as ambitious or more: Xuân Hưng 5 doctors by 2027', () => {
    // 5 ≥ 4 in 2027, and 5 by 2027 also meets the parent's 5 by 2030 earlier
    expect(codes(planWith('xh', [t('xh/doctors', 'station-doctors', '>=', '5', '2027-12-31')]))).toEqual([]);
  });

  it('accepts a range whose lower end meets the parent: Thống Nhất 4–5 by 2027', () => {
    // lower end 4 (inclusive) against the parent's >= 4: the same; the 2030 target is not taken up
    expect(codes(planWith('tn', [t('tn/doctors', 'station-doctors', 'between', '4', '2027-12-31', { upper: '5' })]))).toEqual([]);
  });

  it('flags a lower threshold in the same year', () => {
    // 3 < 4, both 2027
    expect(codes(planWith('c', [t('c/doctors', 'station-doctors', '>=', '3', '2027-12-31')]))).toEqual([['LESS_AMBITIOUS_THAN_PARENT', ['c/doctors', 'nq72/doctors-2027']]]);
  });

  it('flags inclusive where the parent is strict: “>= 95” under “trên 95%”', () => {
    const findings = checkAlignment(planWith('c', [t('c/bhyt', 'health-insurance-coverage', '>=', '95', '2026-12-31')]), parent);
    expect(findings).toEqual([{
      code: 'LESS_AMBITIOUS_THAN_PARENT', severity: 'error', targets: ['c/bhyt', 'nq72/bhyt-2026'],
      message: {
        en: "target 'c/bhyt' (>= 95, 2026) of 'c' asks less than 'nq72/bhyt-2026' (> 95, 2026) of 'nq72'",
        vi: "chỉ tiêu 'c/bhyt' (>= 95, 2026) của 'c' thấp hơn yêu cầu 'nq72/bhyt-2026' (> 95, 2026) của 'nq72'",
      },
    }]);
  });

  it('accepts strict where the parent is strict, and any higher value, compared exactly', () => {
    expect(codes(planWith('c', [t('c/bhyt', 'health-insurance-coverage', '>', '95.0', '2026-12-31')]))).toEqual([]);
    // 95.000000000000001 > 95 as decimals (as doubles both are 95)
    expect(codes(planWith('c', [t('c/bhyt', 'health-insurance-coverage', '>=', '95.000000000000001', '2026-12-31')]))).toEqual([]);
  });

  it('mirrors the rule for “below” targets', () => {
    // parent < 15.5: a child < 16 asks less; <= 15.5 asks less (inclusive under strict); < 15 asks more
    expect(codes(planWith('c', [t('c/s', 'stunting-under-5', '<', '16', '2026-12-31')]))).toHaveLength(1);
    expect(codes(planWith('c', [t('c/s', 'stunting-under-5', '<=', '15.5', '2026-12-31')]))).toHaveLength(1);
    expect(codes(planWith('c', [t('c/s', 'stunting-under-5', '<', '15', '2026-12-31')]))).toEqual([]);
  });

  it('flags the same level reached later', () => {
    // > 95 by 2027 where the parent asks > 95 by 2026
    const findings = checkAlignment(planWith('c', [t('c/bhyt', 'health-insurance-coverage', '>', '95', '2027-12-31')]), parent);
    expect(findings.map((f) => f.targets)).toEqual([['c/bhyt', 'nq72/bhyt-2026']]);
    expect(findings[0]?.message.en).toBe("target 'c/bhyt' (> 95, 2027) of 'c' reaches no more than 'nq72/bhyt-2026' (> 95, 2026) of 'nq72', later");
  });

  it('does not flag a higher level later, nor an earlier milestone', () => {
    // 96 by 2027 is more than the parent's 95 (later, but higher)
    expect(codes(planWith('c', [t('c/bhyt', 'health-insurance-coverage', '>', '96', '2027-12-31')]))).toEqual([]);
    // 4 by 2027 against the parent's 5 by 2030: an earlier milestone; it meets the parent's 2027 target
    expect(codes(planWith('c', [t('c/d', 'station-doctors', '>=', '4', '2027-12-31')]))).toEqual([]);
  });

  it('does not flag a later repeat when the child commits in time', () => {
    const child = planWith('c', [
      t('c/bhyt-2026', 'health-insurance-coverage', '>', '95', '2026-12-31'),
      t('c/bhyt-2030', 'health-insurance-coverage', '>', '95', '2030-12-31'),
    ]);
    expect(codes(child)).toEqual([]);
  });

  it('skips parent targets the child does not take up, and other indicators', () => {
    expect(codes(planWith('c', [t('c/beds', 'beds-per-10k', '>=', '1', '2026-12-31')]))).toEqual([]);
  });
});

describe('checkAlignment: what is not a parsed plan', () => {
  function thrown(run: () => unknown): [string, string, string] | string {
    try {
      run();
      return 'nothing thrown';
    } catch (error) {
      return error instanceof ChitieuError ? [error.code, error.field, error.message] : `not a ChitieuError: ${String(error)}`;
    }
  }

  it('rejects a child or parent that is not a parsed plan with INVALID_ARGUMENT naming it, not a TypeError', () => {
    const child = planWith('c', [t('c/doctors', 'station-doctors', '>=', '5', '2027-12-31')]);
    expect(thrown(() => checkAlignment(10 as never, [] as never))).toEqual([
      'INVALID_ARGUMENT', 'child', 'child must be a parsed plan: parse it first with parsePlan or PlanSchema.parse (got 10)',
    ]);
    expect(thrown(() => checkAlignment(child, [] as never))).toEqual([
      'INVALID_ARGUMENT', 'parent', 'parent must be a parsed plan: parse it first with parsePlan or PlanSchema.parse (got an array)',
    ]);
    expect(thrown(() => checkAlignment(null as never, parent)).slice(0, 2)).toEqual(['INVALID_ARGUMENT', 'child']);
    expect(thrown(() => checkAlignment(child, { ...parent, objectives: [null] } as never)).slice(0, 2)).toEqual(['INVALID_ARGUMENT', 'parent.objectives[0]']);
  });
});
