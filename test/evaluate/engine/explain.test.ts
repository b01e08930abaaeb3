/**
 * engine/explain.ts: the parts of an explanation beyond the figure and goal — a higher aim, the
 * target a milestone leads to, an indicator's natural range, a figure summed from the areas
 * below, a result without a figure; the reasons of a qualitative aim, of a change without its
 * baseline value or from a baseline of zero, of a maintained target judged so far — and the sharing of one explanation between areas whose
 * lines read the same (a newer line replaces an older in the target's table). Each expected line
 * is put together by hand from the wording (src/evaluate/wording/en.ts, vi.ts): name, ': ',
 * figure, period, goal clause, tail, extras, ': ' status '.'.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAreas } from '../../../src/evaluate/evaluateAreas.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation, ObservationInput } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', due: '2026-12-31', ...input } as unknown as TargetInput);
const asOf = '2027-01-31';

describe('what follows the verdict’s reasons', () => {
  it('a higher aim and the target a milestone leads to', () => {
    // 76.4 at 1 place ≥ 76; the aim 77.5 and the milestone are only told
    const life = target({ indicator: 'x', area: 'xa', comparator: '>=', value: '76', aim: '77.5', milestoneOf: 'le-2030', decimals: 1 });
    const result = evaluateTarget(life, [{ indicator: 'x', area: 'xa', period: '2026', value: '76.4' }], { asOf });
    expect(result.explanation.en).toBe('x: 76.4 (2026); target at least 76 by 2026-12-31; striving for 77.5; a milestone of target le-2030: achieved.');
    expect(result.explanation.vi).toBe('x: 76,4 (kỳ 2026); chỉ tiêu ít nhất 76 đến 31/12/2026; phấn đấu 77,5; mốc trung gian của chỉ tiêu le-2030: đạt.');
  });
  it('a percentage’s aim carries the % sign', () => {
    // coverage is a percentage (unit %), published at 2 places: 11 500 / 12 000 × 100 = 95.8333… → 95.83 > 95
    const coverage = target({ indicator: 'health-insurance-coverage', area: 'xa', comparator: '>', value: '95', aim: '98' });
    const result = evaluateTarget(coverage, [{ indicator: 'health-insurance-coverage', area: 'xa', period: '2026', numerator: '11500', denominator: '12000' }], { asOf });
    expect(result.explanation.en).toBe('Health insurance (BHYT) coverage: 95.83% (2026); target above 95% by 2026-12-31; striving for 98%: achieved.');
    expect(result.explanation.vi).toBe('Tỷ lệ bao phủ bảo hiểm y tế: 95,83% (kỳ 2026); chỉ tiêu trên 95% đến 31/12/2026; phấn đấu 98%: đạt.');
  });
  it('the sex ratio at birth’s natural range, 104–107', () => {
    // 112.3 > 111.1: not achieved; the catalog gives the range 104–107 (src/catalog/indicators.ts)
    const ratio = target({ indicator: 'sex-ratio-at-birth', area: 'xa', comparator: '<=', value: '111.1' });
    const result = evaluateTarget(ratio, [{ indicator: 'sex-ratio-at-birth', area: 'xa', period: '2026', value: '112.3' }], { asOf });
    expect(result.explanation.en).toBe('Sex ratio at birth: 112.3 (2026); target at most 111.1 by 2026-12-31; natural range about 104–107: not achieved.');
    expect(result.explanation.vi).toBe('Tỷ số giới tính khi sinh: 112,3 (kỳ 2026); chỉ tiêu không quá 111,1 đến 31/12/2026; mức tự nhiên khoảng 104–107: không đạt.');
  });
});

describe('the figure', () => {
  const doctors = target({ indicator: 'doctors-per-10k', area: 'xa', comparator: '>=', value: '17.5' });
  it('summed from the areas below says from how many', () => {
    // (10 + 8) / (6 000 + 6 000) × 10 000 = 15.0 < 17.5
    const observations: Observation[] = [
      { indicator: 'doctors-per-10k', area: 'a', parent: 'xa', period: '2026', numerator: '10', denominator: '6000' },
      { indicator: 'doctors-per-10k', area: 'b', parent: 'xa', period: '2026', numerator: '8', denominator: '6000' },
    ];
    const result = evaluateTarget(doctors, observations, { asOf });
    expect([result.published, result.rolledUpFrom]).toEqual(['15.0', 2]);
    expect(result.explanation.en).toBe('Doctors per 10,000 population: 15.0 (2026) (summed from 2 areas below); target at least 17.5 by 2026-12-31: not achieved.');
    expect(result.explanation.vi).toBe('Số bác sĩ trên 10.000 dân: 15,0 (kỳ 2026) (cộng từ 2 địa bàn trực thuộc); chỉ tiêu ít nhất 17,5 đến 31/12/2026: không đạt.');
  });
  it('none at all: the reason, then the goal', () => {
    // due, so the cut-off is the due date; nothing observed for the indicator anywhere
    const result = evaluateTarget(doctors, [], { asOf });
    expect([result.status, result.reason]).toEqual(['no-data', 'no-observation']);
    expect(result.explanation.en).toBe('Doctors per 10,000 population: no observation by 2026-12-31; target at least 17.5 by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe('Số bác sĩ trên 10.000 dân: không có số liệu nào đến hết ngày 31/12/2026; chỉ tiêu ít nhất 17,5 đến 31/12/2026: chưa có số liệu.');
  });
});

describe('areas share an explanation only when their lines read the same', () => {
  it('published intervals that differ in one limit or the level are other lines; the same one is shared', () => {
    // every area: 14.8 < 15.5 (1 place), achieved; only the interval differs, each straddling 15.5
    const stunting = target({ indicator: 'x', comparator: '<', value: '15.5', decimals: 1 });
    const rows: [string, Partial<ObservationInput>][] = [
      ['a', { lower: '13.9', upper: '15.7', level: 0.95 }],
      ['b', { lower: '13.8', upper: '15.7', level: 0.95 }], // the lower limit differs from a's
      ['c', { lower: '13.8', upper: '15.6', level: 0.95 }], // the upper from b's
      ['d', { lower: '13.8', upper: '15.6', level: 0.9 }], // the level from c's
      ['e', { lower: '13.8', upper: '15.6', level: 0.9 }], // as d
      ['f', {}], // no interval
      ['g', {}], // as f
    ];
    const observations = rows.map(([area, fields]) => ({ indicator: 'x', area, period: '2026', value: '14.8', ...fields }) as ObservationInput);
    const cards = evaluateAreas([stunting], observations, { asOf, rows: rows.map(([area]) => area), interval: true });
    const [a, b, c, d, e, f, g] = cards.map((card) => card.results[0]?.explanation);
    const en = (interval: string) => `x: 14.8 (2026); target below 15.5 by 2026-12-31${interval}: achieved.`;
    // level 0.95 → Math.round(950) / 10 = 95; limits at the figure's 1 place
    expect([a?.en, b?.en, c?.en, d?.en, f?.en]).toEqual([
      en('; 95% interval 13.9–15.7: cannot be told apart from the target'),
      en('; 95% interval 13.8–15.7: cannot be told apart from the target'),
      en('; 95% interval 13.8–15.6: cannot be told apart from the target'),
      en('; 90% interval 13.8–15.6: cannot be told apart from the target'),
      en(''),
    ]);
    expect(d?.vi).toBe('x: 14,8 (kỳ 2026); chỉ tiêu dưới 15,5 đến 31/12/2026; khoảng tin cậy 90%: 13,8–15,6, chưa phân biệt được với chỉ tiêu: đạt.');
    expect(f?.vi).toBe('x: 14,8 (kỳ 2026); chỉ tiêu dưới 15,5 đến 31/12/2026: đạt.');
    // the same line: the same frozen pair
    expect(e).toBe(d);
    expect(g).toBe(f);
  });
  it('the same limits, one clear and one not, are other lines', () => {
    // “không quá 15,5” at 0 places; both figures publish as 16 (15.6 → 16, 15.5 → 16 half-up): not achieved
    // a: 15.6 inside 15.6–17.4, all above 15.5: red, clear. b: 15.5 below its interval, which is
    // read as 15.5–17.4 (widened to the figure), touching 15.5: amber, not clear. Limits at 0 places: 16–17
    const ceiling = target({ indicator: 'x', comparator: '<=', value: '15.5', decimals: 0 });
    const interval = { lower: '15.6', upper: '17.4', level: 0.95 };
    const observations = [
      { indicator: 'x', area: 'a', period: '2026', value: '15.6', ...interval },
      { indicator: 'x', area: 'b', period: '2026', value: '15.5', ...interval },
    ] as ObservationInput[];
    const [a, b] = evaluateAreas([ceiling], observations, { asOf, rows: ['a', 'b'], interval: true }).map((card) => card.results[0]);
    expect([a?.interval?.rating, a?.interval?.clear, b?.interval?.rating, b?.interval?.clear]).toEqual(['red', true, 'amber', false]);
    expect(a?.explanation.en).toBe('x: 16 (2026); target at most 15.5 by 2026-12-31; 95% interval 16–17: not achieved.');
    expect(b?.explanation.en).toBe('x: 16 (2026); target at most 15.5 by 2026-12-31; 95% interval 16–17: cannot be told apart from the target: not achieved.');
    expect(b?.explanation.vi).toBe('x: 16 (kỳ 2026); chỉ tiêu không quá 15,5 đến 31/12/2026; khoảng tin cậy 95%: 16–17, chưa phân biệt được với chỉ tiêu: không đạt.');
  });
  it('the same relative change from another baseline is another line', () => {
    // a: (1250 − 1000) / 1000 × 100 = 25 → 25.0; b: (1250 − 1000.2) / 1000.2 × 100 = 24.975004… → 25.0 at 1 place,
    // a change written without trailing zeros ('25'), as in evaluateAreas.test.ts; thousands grouped (en 1,250.0, vi 1.250,0)
    // the same figure 1250.0 and change, but baselines 1000 and 1000.2; c as a
    const up = target({ kind: 'change', indicator: 'x', change: 'relative', comparator: '>=', value: '20', baseline: { period: '2021' }, decimals: 1 });
    const value = (area: string, period: string, v: string): Observation => ({ indicator: 'x', area, period, value: v });
    const observations = [value('a', '2021', '1000'), value('a', '2026', '1250'), value('b', '2021', '1000.2'), value('b', '2026', '1250'), value('c', '2021', '1000'), value('c', '2026', '1250')];
    const [a, b, c] = evaluateAreas([up], observations, { asOf, rows: ['a', 'b', 'c'] }).map((card) => card.results[0]);
    expect([a?.published, b?.published, a?.change, b?.change]).toEqual(['1250.0', '1250.0', '25', '25']);
    expect(a?.explanation.en).toBe('x: 1,250.0 (2026), a change of +25% from 1,000 (2021); target a change at least 20% by 2026-12-31: achieved.');
    expect(b?.explanation.en).toBe('x: 1,250.0 (2026), a change of +25% from 1,000.2 (2021); target a change at least 20% by 2026-12-31: achieved.');
    expect(b?.explanation.vi).toBe('x: 1.250,0 (kỳ 2026), thay đổi +25% so với 1.000,2 (kỳ 2021); chỉ tiêu thay đổi ít nhất 20% đến 31/12/2026: đạt.');
    // c reads a's line, but b's replaced a's in the table: an equal pair
    expect(c?.explanation).toEqual(a?.explanation);
  });
  it('maintained over the same years with the same figures: one line', () => {
    // 12 ≥ 10 in 2026 and in 2027, in both areas
    const keep = target({ kind: 'maintain', indicator: 'x', comparator: '>=', value: '10', from: '2026-01-01', due: '2027-12-31', decimals: 0 });
    const observations: Observation[] = ['a', 'b'].flatMap((area) => ['2026', '2027'].map((period) => ({ indicator: 'x', area, period, value: '12' })));
    const [a, b] = evaluateAreas([keep], observations, { asOf: '2028-01-31', rows: ['a', 'b'] }).map((card) => card.results[0]);
    expect(a?.periods).toEqual([{ period: '2026', held: true, published: '12' }, { period: '2027', held: true, published: '12' }]);
    expect(b?.explanation).toBe(a?.explanation);
  });
});

describe('reasons as the line tells them', () => {
  it('a qualitative aim that is a milestone: only the reason, nothing after it', () => {
    // a person must judge it; the milestone it leads to is not told (no figure, no goal)
    const vision = target({ kind: 'qualitative', indicator: 'health-system', area: 'xa', milestoneOf: 'vision-2045', text: { vi: 'Hệ thống y tế hiện đại' } });
    const result = evaluateTarget(vision, [], { asOf });
    expect([result.status, result.reason]).toEqual(['needs-review', 'qualitative']);
    expect(result.explanation.en).toBe('health-system: a qualitative aim that a person must judge: needs review.');
    expect(result.explanation.vi).toBe('health-system: mục tiêu định tính, cần người đánh giá: cần xem xét.');
  });
  it('a change without its baseline value names the baseline’s period', () => {
    // the baseline period 2021 has no observation, so there is no change to judge
    const up = target({ kind: 'change', indicator: 'x', area: 'xa', change: 'relative', comparator: '>=', value: '20', baseline: { period: '2021' }, decimals: 1 });
    const result = evaluateTarget(up, [{ indicator: 'x', area: 'xa', period: '2026', value: '1250' }], { asOf });
    expect(result.reason).toBe('no-baseline');
    expect(result.explanation.en).toContain('no baseline value for 2021');
    expect(result.explanation.vi).toContain('không có giá trị mốc cơ sở kỳ 2021');
  });
  it('a relative change from a baseline of zero: the figure, no change, and why', () => {
    // 0 in 2021, 5 in 2026: (5 − 0) / 0 is undefined
    const up = target({ kind: 'change', indicator: 'x', area: 'xa', change: 'relative', comparator: '>=', value: '20', baseline: { period: '2021' }, decimals: 1 });
    const result = evaluateTarget(up, [{ indicator: 'x', area: 'xa', period: '2021', value: '0' }, { indicator: 'x', area: 'xa', period: '2026', value: '5' }], { asOf });
    expect([result.reason, result.change]).toEqual(['zero-baseline', null]);
    expect(result.explanation.en).toBe(`x: 5.0 (2026); target a change at least 20% by 2026-12-31; the baseline is zero, so a relative change is undefined: needs review.`);
  });
  it('maintained, before a whole year has passed: the figure so far', () => {
    // from 2026, judged on 2026-06-30: no year complete; the first quarter's 12 ≥ 10 so far
    const keep = target({ kind: 'maintain', indicator: 'x', area: 'xa', comparator: '>=', value: '10', from: '2026-01-01', due: '2027-12-31', decimals: 0 });
    const result = evaluateTarget(keep, [{ indicator: 'x', area: 'xa', period: '2026-Q1', value: '12' }], { asOf: '2026-06-30' });
    expect([result.status, result.reason, result.periods]).toEqual(['on-track', 'so-far', []]);
    expect(result.explanation.en).toBe('x: 12 (2026-Q1); target at least 10 by 2027-12-31; so far in the period: on track.');
    expect(result.explanation.vi).toBe('x: 12 (kỳ 2026-Q1); chỉ tiêu ít nhất 10 đến 31/12/2027; tính đến nay trong kỳ: đúng tiến độ.');
  });
});
