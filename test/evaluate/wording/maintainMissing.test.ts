/**
 * A maintained target with no figure to show: its explanation names the years it lacks, not
 * the target's own period. “Duy trì 100% … từ 2021” judged on 2023-01-01 asks for 2021 and
 * 2022 (the years ended by then); a figure for 2020 lies before the period and counts for
 * neither. The names are the catalog's for `ehr-coverage`.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = TargetSchema.parse({
  id: 'ehr', kind: 'maintain', area: 'xa', indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2021-01-01', due: '2026-12-31',
} as TargetInput);
const at = (period: string) => ({ indicator: 'ehr-coverage', area: 'xa', period, value: '100' });

describe('maintain: the years without a figure', () => {
  it('only a 2020 figure: no figure for 2021, 2022, not “for 2026”', () => {
    const result = evaluateTarget(target, [at('2020')], { asOf: '2023-01-01' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'maintain-missing', null]);
    expect(result.periods?.map((p) => [p.period, p.held])).toEqual([['2021', null], ['2022', null]]);
    expect(result.explanation.en).toBe('Population with an electronic health record (e-health book): no figure for 2021, 2022; target at least 100% by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe('Tỷ lệ người dân có hồ sơ sức khỏe điện tử (sổ sức khỏe điện tử): thiếu số liệu kỳ 2021, 2022; chỉ tiêu ít nhất 100% đến 31/12/2026: chưa có số liệu.');
  });
  it('a 2021 figure: held in 2021, no figure for 2022', () => {
    const result = evaluateTarget(target, [at('2021')], { asOf: '2023-01-01' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'maintain-missing', '100.00']);
    expect(result.explanation.en).toBe('Population with an electronic health record (e-health book): 100.00% (2021); target at least 100% by 2026-12-31; held in 2021; no figure for 2022: no data.');
  });
});
