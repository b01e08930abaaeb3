/**
 * Numeric verdicts at their edges, beyond evaluateTarget.test.ts: before the due date with only
 * a figure for part of a year that cannot be read, the base of progress once due, the error of
 * a growth rate carried out of range, and a maintain target with nothing observed. Every
 * expected value is worked by hand beside it; explanations and the error's message are the
 * wording's (src/evaluate/wording) and the message catalogue's (src/evaluate/messages) text put
 * together word for word.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';
import { expectChitieuError } from '../../helpers/errors.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });

describe('before the due date: the only figure is for part of a year, and cannot be read', () => {
  it('a yes/no for the first quarter of a flow judged by the year: a person must look at it', () => {
    // `visits` is not in the catalog, so a flow: a quarter makes no yearly trend; the latest
    // figure of any period is the 2026-Q1 one, a yes/no where a number belongs
    const result = evaluateTarget(target({ indicator: 'visits', comparator: '>=', value: '10', due: '2030-12-31' }), [obs('visits', '2026-Q1', { value: true })], { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.published, result.period]).toEqual(['needs-review', 'value-type', null, '2026-Q1']);
    expect(result.explanation.en).toBe("visits: the 2026-Q1 value is not of the target's type; target at least 10 by 2030-12-31: needs review.");
    expect(result.explanation.vi).toBe('visits: giá trị kỳ 2026-Q1 không đúng loại của chỉ tiêu; chỉ tiêu ít nhất 10 đến 31/12/2030: cần xem xét.');
  });
});

describe('once due: the base of progress is an earlier figure, never the figure judged', () => {
  const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5' });
  it('one figure only: no baseline and no progress', () => {
    // 17.0 < 17.5: not achieved; nothing earlier to measure progress from
    const result = evaluateTarget(doctors, [obs('doctors-per-10k', '2026', { value: '17' })], { asOf: '2027-01-01' });
    expect([result.status, result.published, result.baseline, result.progress]).toEqual(['not-achieved', '17.0', null, null]);
  });
  it('an earlier figure: progress from it', () => {
    // from 16.0 (2025) to 17.0 of the 17.5 needed: (17 − 16)/(17.5 − 16) × 100 = 66.666… → 66.7
    const result = evaluateTarget(doctors, [obs('doctors-per-10k', '2025', { value: '16' }), obs('doctors-per-10k', '2026', { value: '17' })], { asOf: '2027-01-01' });
    expect([result.status, result.baseline, result.progress]).toEqual(['not-achieved', { period: '2025', value: '16' }, '66.7']);
  });
});

describe('a growth rate carried out of range', () => {
  it('names the method, the target and the limit in both languages', () => {
    // 10³⁰⁰ then 0 (read as 0.001) a month later: about 10^-17840 by 2030-12-31, past 10^-10000
    // (MAX_PROJECTED_EXPONENT); the messages' projectionBeyondRange with value "growth-rate", target 't', max 10000
    const fewer = target({ indicator: 'doctors-per-10k', comparator: '<=', value: '10', due: '2030-12-31' });
    const series = [obs('doctors-per-10k', '2025-11', { value: '1e300' }), obs('doctors-per-10k', '2025-12', { value: '0' })];
    const error = expectChitieuError(() => evaluateTarget(fewer, series, { asOf: '2026-01-15', projection: 'growth-rate' }), 'OUT_OF_RANGE', 'options.projection');
    expect(error.message).toBe(
      `options.projection "growth-rate" carries target 't' past 10^10000 (or below 10^-10000) by its due date: its figures change too fast for a constant growth rate; check them, or project with 'linear'`,
    );
    expect(error.vi).toBe(
      `options.projection "growth-rate" đưa chỉ tiêu 't' vượt quá 10^10000 (hoặc nhỏ hơn 10^-10000) vào hạn của nó: số liệu thay đổi quá nhanh để dự báo theo tốc độ tăng không đổi; hãy kiểm tra số liệu, hoặc dự báo bằng 'linear'`,
    );
  });
});

describe('maintain: nothing observed', () => {
  it('two whole years to judge and no figure at all for a catalog indicator: no observation, not a missing year', () => {
    // from 2021-01-01, judged on 2023-01-01: 2021 and 2022 are whole years, neither has a figure,
    // and the area has no rows at all
    const keep = target({ kind: 'maintain', indicator: 'ehr-coverage', comparator: '>=', value: '100', from: '2021-01-01' });
    const result = evaluateTarget(keep, [], { asOf: '2023-01-01' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'no-observation', null]);
    expect(result.periods).toEqual([{ period: '2021', published: null, held: null }, { period: '2022', published: null, held: null }]);
    expect(result.explanation.en).toBe('Population with an electronic health record (e-health book): no observation by 2023-01-01; target at least 100% by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe(
      'Tỷ lệ người dân có hồ sơ sức khỏe điện tử (sổ sức khỏe điện tử): không có số liệu nào đến hết ngày 01/01/2023; chỉ tiêu ít nhất 100% đến 31/12/2026: chưa có số liệu.',
    );
  });
});
