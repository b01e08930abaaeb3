/**
 * Explanation clauses of projections, intervals and context, word for word in both languages:
 * a figure summed from the areas below, a linear and a growth-rate projection, the SDG method's four
 * categories and a target already met, a figure's interval, a natural range, a milestone. The
 * lines are the catalog's indicator names and the wording's phrases (src/evaluate/wording);
 * every figure in them is worked by hand beside it. Times are in years: a period `YYYY` ends at
 * the end of that year, so 2021 → 2025 is 4 years and 2025 → 2030-12-31 is 5.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', area: AREA, due: '2026-12-31', ...input } as unknown as TargetInput);
const obs = (indicator: string, period: string, fields: Partial<Observation>): Observation => ({ indicator, area: AREA, period, ...fields });

describe('explanations: a figure summed from the areas below', () => {
  it('3 + 4 = 7 stations from two villages: at least 7, achieved', () => {
    const count = target({ kind: 'count', indicator: 'stations-treating-insured-count', comparator: '>=', value: '7' });
    const observed = [
      { indicator: 'stations-treating-insured-count', area: 'v1', parent: AREA, period: '2026', value: '3' },
      { indicator: 'stations-treating-insured-count', area: 'v2', parent: AREA, period: '2026', value: '4' },
    ];
    const result = evaluateTarget(count, observed, { asOf: '2027-01-01' });
    expect(result.explanation.en).toBe('Number of commune stations treating insured (BHYT) patients: 7 (2026) (summed from 2 areas below); target at least 7 by 2026-12-31: achieved.');
    expect(result.explanation.vi).toBe('Số trạm y tế xã thực hiện khám bệnh, chữa bệnh bảo hiểm y tế: 7 (kỳ 2026) (cộng từ 2 địa bàn trực thuộc); chỉ tiêu ít nhất 7 đến 31/12/2026: đạt.');
  });
});

describe('explanations: projections by growth', () => {
  const doctors = target({ indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2030-12-31' });
  // 10.0 in 2021, then L in 2025: growth (L/10)^(1/4) a year; projected L × (L/10)^(5/4) at 2030-12-31.
  // The SDG method: R = ((L/10)^(1/4) − 1) / (1.75^(1/9) − 1), 9 years from the first figure to the
  // due date; 1.75^(1/9) = e^(0.559616/9) = e^0.0621795 = 1.064153
  const series = (latest: string) => [obs('doctors-per-10k', '2021', { value: '10' }), obs('doctors-per-10k', '2025', { value: latest })];
  const head = { en: 'Doctors per 10,000 population: ', vi: 'Số bác sĩ trên 10.000 dân: ' };
  it('growth rate: 14.0 projected to 21.3', () => {
    // 14 × 1.4^1.25 = 14 × e^(0.336472 × 1.25) = 14 × 1.522864 = 21.32 → 21.3 ≥ 17.5: on track
    const result = evaluateTarget(doctors, series('14'), { asOf: '2026-06-30', projection: 'growth-rate' });
    expect(result.explanation.en).toBe(`${head.en}14.0 (2025); target at least 17.5 by 2030-12-31; projected 21.3 by 2030-12-31 (growth rate): on track.`);
    expect(result.explanation.vi).toBe(`${head.vi}14,0 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 21,3 vào 31/12/2030 (theo tốc độ tăng trưởng): đúng tiến độ.`);
  });
  it('linear: 10.0 to 14.0 in 4 years, 1.0 a year, projected to 19.0', () => {
    // 14 + 1 × 5 years (2025 → 2030-12-31) = 19 → 19.0 ≥ 17.5: on track
    const result = evaluateTarget(doctors, series('14'), { asOf: '2026-06-30', projection: 'linear' });
    expect(result.explanation.en).toBe(`${head.en}14.0 (2025); target at least 17.5 by 2030-12-31; projected 19.0 by 2030-12-31 (linear): on track.`);
    expect(result.explanation.vi).toBe(`${head.vi}14,0 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 19,0 vào 31/12/2030 (tuyến tính): đúng tiến độ.`);
  });
  const sdg = (latest: string) => evaluateTarget(doctors, series(latest), { asOf: '2026-06-30', projection: 'sdg' });
  it('SDG, on track: R = 0.087757 / 0.064153 = 1.37 ≥ 0.95', () => {
    // 1.4^(1/4) = e^0.0841181 = 1.087757; projected 21.3 as above
    const result = sdg('14');
    expect(result.explanation.en).toBe(`${head.en}14.0 (2025); target at least 17.5 by 2030-12-31; projected 21.3 by 2030-12-31 (SDG method); ratio of actual to required growth 1.37: on track: on track.`);
    expect(result.explanation.vi).toBe(
      `${head.vi}14,0 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 21,3 vào 31/12/2030 (theo phương pháp SDG); tỷ số tăng trưởng thực tế/cần thiết 1,37: đúng hướng: đúng tiến độ.`,
    );
  });
  it('SDG, acceleration needed: R = 0.046635 / 0.064153 = 0.73, between 0.60 and 0.95', () => {
    // 1.2^(1/4) = e^0.0455804 = 1.046635; projected 12 × 1.2^1.25 = 12 × 1.255966 = 15.07 → 15.1
    const result = sdg('12');
    expect(result.explanation.en).toBe(`${head.en}12.0 (2025); target at least 17.5 by 2030-12-31; projected 15.1 by 2030-12-31 (SDG method); ratio of actual to required growth 0.73: acceleration needed: off track.`);
    expect(result.explanation.vi).toBe(
      `${head.vi}12,0 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 15,1 vào 31/12/2030 (theo phương pháp SDG); tỷ số tăng trưởng thực tế/cần thiết 0,73: cần đẩy nhanh: chậm tiến độ.`,
    );
  });
  it('SDG, limited progress: R = 0.012272 / 0.064153 = 0.19, between 0 and 0.60', () => {
    // 1.05^(1/4) = e^0.0121975 = 1.012272; projected 10.5 × 1.05^1.25 = 10.5 × 1.062886 = 11.16 → 11.2
    const result = sdg('10.5');
    expect(result.explanation.en).toBe(`${head.en}10.5 (2025); target at least 17.5 by 2030-12-31; projected 11.2 by 2030-12-31 (SDG method); ratio of actual to required growth 0.19: limited progress: off track.`);
    expect(result.explanation.vi).toBe(
      `${head.vi}10,5 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 11,2 vào 31/12/2030 (theo phương pháp SDG); tỷ số tăng trưởng thực tế/cần thiết 0,19: tiến bộ hạn chế: chậm tiến độ.`,
    );
  });
  it('SDG, deterioration: R = −0.025996 / 0.064153 = −0.41, below 0', () => {
    // 0.9^(1/4) = e^−0.0263401 = 0.974004; projected 9 × 0.9^1.25 = 9 × 0.876606 = 7.89 → 7.9
    const result = sdg('9');
    expect(result.explanation.en).toBe(`${head.en}9.0 (2025); target at least 17.5 by 2030-12-31; projected 7.9 by 2030-12-31 (SDG method); ratio of actual to required growth -0.41: deterioration: off track.`);
    expect(result.explanation.vi).toBe(
      `${head.vi}9,0 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 7,9 vào 31/12/2030 (theo phương pháp SDG); tỷ số tăng trưởng thực tế/cần thiết -0,41: đang xấu đi: chậm tiến độ.`,
    );
  });
  it('SDG, already met and kept: no ratio, on track', () => {
    // 18.0 ≥ 17.5 already; projected 18 × 1.8^1.25 = 18 × e^0.734733 = 18 × 2.084931 = 37.53 → 37.5, still met
    const result = sdg('18');
    expect(result.explanation.en).toBe(`${head.en}18.0 (2025); target at least 17.5 by 2030-12-31; projected 37.5 by 2030-12-31 (SDG method); on track: on track.`);
    expect(result.explanation.vi).toBe(`${head.vi}18,0 (kỳ 2025); chỉ tiêu ít nhất 17,5 đến 31/12/2030; dự báo 37,5 vào 31/12/2030 (theo phương pháp SDG); đúng hướng: đúng tiến độ.`);
  });
});

describe('explanations: what surrounds the figure', () => {
  it('a 95% Wilson interval clear of the target: 11 400 insured of 12 000, at least 80%', () => {
    // p = 0.95, n = 12 000, z = 1.959964, z²/n = 0.00032012: centre (0.95 + 0.00016006)/1.00032012 = 0.949856;
    // half-width 1.959964/1.00032012 × √(0.95 × 0.05/12 000 + z²/(4n²)) = 1.959337 × 0.00199123 = 0.0039015:
    // 94.5954…–95.3757… → 94.60–95.38 at the figure's 2 places, all above 80: clear
    const coverage = target({ indicator: 'health-insurance-coverage', comparator: '>=', value: '80' });
    const result = evaluateTarget(coverage, [obs('health-insurance-coverage', '2026', { numerator: '11400', denominator: '12000' })], { asOf: '2027-01-01', interval: 0.95 });
    expect(result.explanation.en).toBe('Health insurance (BHYT) coverage: 95.00% (2026); target at least 80% by 2026-12-31; 95% interval 94.60–95.38%: achieved.');
    expect(result.explanation.vi).toBe('Tỷ lệ bao phủ bảo hiểm y tế: 95,00% (kỳ 2026); chỉ tiêu ít nhất 80% đến 31/12/2026; khoảng tin cậy 95%: 94,60–95,38%: đạt.');
  });
  it('the sex ratio at birth with its natural range, 104–107 (the catalog’s referenceRange)', () => {
    // 108 published at 1 place: 108.0 ≤ 109: achieved
    const ratio = target({ indicator: 'sex-ratio-at-birth', comparator: '<=', value: '109' });
    const result = evaluateTarget(ratio, [obs('sex-ratio-at-birth', '2026', { value: '108' })], { asOf: '2027-01-01' });
    expect(result.explanation.en).toBe('Sex ratio at birth: 108.0 (2026); target at most 109 by 2026-12-31; natural range about 104–107: achieved.');
    expect(result.explanation.vi).toBe('Tỷ số giới tính khi sinh: 108,0 (kỳ 2026); chỉ tiêu không quá 109 đến 31/12/2026; mức tự nhiên khoảng 104–107: đạt.');
  });
  it('a milestone names the target it leads to (“năm 2024 có 07 Trạm Y tế” toward 100%)', () => {
    const milestone = target({ kind: 'count', indicator: 'stations', comparator: '>=', value: '7', milestoneOf: 'stations-100' });
    const result = evaluateTarget(milestone, [obs('stations', '2026', { value: '7' })], { asOf: '2027-01-01' });
    expect(result.explanation.en).toBe('stations: 7 (2026); target at least 7 by 2026-12-31; a milestone of target stations-100: achieved.');
    expect(result.explanation.vi).toBe('stations: 7 (kỳ 2026); chỉ tiêu ít nhất 7 đến 31/12/2026; mốc trung gian của chỉ tiêu stations-100: đạt.');
  });
});
