/**
 * Figures the other reader tests do not meet: a figure written against its multiplier (“14/vạn
 * dân”, “14/1 vạn dân”), a multiplier written “trên 1 nghìn trẻ đẻ sống”,
 * a disease name with a number in it (“COVID-19”), a population's age with “trở lên” right
 * before the figure, four-digit counts beside the years a bare four-digit number may be,
 * “điểm” as a score rather than percentage points, a range of per-mille figures with the sign
 * written twice, and a signed change (“-0,5 điểm phần trăm”) after a word.
 *
 * Each expected draft is read by hand from its made-up sentence: “trên 1 nghìn” is per 1,000;
 * “100% … được …” is everyone (at least 100%, nothing to ask); “ít nhất 1500 trẻ em” is a
 * count of at least 1,500; “14‰ - 15‰” is the range 14 to 15 per 1,000; “-0,5 điểm phần
 * trăm” a fall of at least half a point. Indicator ids are the catalog's (src/catalog).
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/index.js';

const BY_2030 = { due: '2030-12-31' } as const;

describe('multipliers and names', () => {
  it.each([
    ['Số bác sĩ đạt 14/vạn dân.', 'doctors-per-10k', '14'],
    ['Số bác sĩ đạt 14/1 vạn dân.', 'doctors-per-10k', '14'],
    ['Số giường bệnh đạt 32/vạn dân.', 'beds-per-10k', '32'],
  ])('a figure written against its multiplier, “%s”, is a figure per 10,000, not a document number or a date', (sentence, indicator, value) => {
    // “14/vạn dân” and “14/1 vạn dân” both say 14 per ten thousand people, as “14 bác sĩ/vạn dân”
    // does; neither is a document number (“14/KH-UBND”) nor 14 January
    const drafts = readTargets(sentence, BY_2030);
    expect(drafts.map((draft) => [draft.targetKind, draft.indicator, draft.comparator, draft.value, draft.per, draft.due])).toEqual([
      ['level', indicator, '>=', value, 10000, '2030-12-31'],
    ]);
  });

  it('a document number before a target is still not a figure: “Kế hoạch số 14/KH-UBND”', () => {
    const drafts = readTargets('Theo Kế hoạch số 14/KH-UBND, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', BY_2030);
    // the one target is the coverage of 95%; the 14 names the plan
    expect(drafts.map((draft) => [draft.indicator, draft.comparator, draft.value])).toEqual([['health-insurance-coverage', '>=', '95']]);
  });

  it('reads “dưới 10 trên 1 nghìn trẻ đẻ sống” as below 10 per 1,000 live births', () => {
    const drafts = readTargets('Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 10 trên 1 nghìn trẻ đẻ sống.', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'level', indicator: 'infant-mortality-rate', comparator: '<', value: '10', per: 1000, due: '2030-12-31' });
    expect(drafts[0]?.questions).toEqual([]);
  });

  it('the 19 of “COVID-19” is part of a name, not a figure', () => {
    const drafts = readTargets('Tỷ lệ bao phủ bảo hiểm y tế sau đại dịch COVID-19 đạt 95%.', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ indicator: 'health-insurance-coverage', comparator: '>=', value: '95', per: 100 });
    expect(drafts[0]?.questions).toEqual([]);
  });

  it('after “người từ 60 tuổi trở lên”, the next figure (100%) is a figure, not part of the age', () => {
    const drafts = readTargets('Người từ 60 tuổi trở lên 100% được lập hồ sơ quản lý sức khỏe.', BY_2030);
    expect(drafts).toHaveLength(1);
    // 100% of a population: everyone, at least 100%, without asking about the comparator
    expect(drafts[0]).toMatchObject({ targetKind: 'level', comparator: '>=', value: '100', per: 100 });
    expect(drafts[0]?.questions.map((q) => q.code)).not.toContain('COMPARATOR_ASSUMED');
  });
});

describe('four-digit numbers: years or counts', () => {
  it.each([
    ['Khám sàng lọc cho ít nhất 1500 trẻ em.', '1500'],
    ['Khám sàng lọc cho ít nhất 2500 trẻ em.', '2500'],
  ])('“%s”: %s is below or above the years a plan names, so it is a count', (sentence, value) => {
    const drafts = readTargets(sentence, BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: 'target', targetKind: 'level', comparator: '>=', value });
  });

  it('a number that could be a year is a figure when a unit follows it: “thêm 2000 bác sĩ”', () => {
    const drafts = readTargets('Tăng số bác sĩ thêm 2000 bác sĩ.', BY_2030);
    expect(drafts).toHaveLength(1);
    // “tăng … thêm 2000 bác sĩ”: an increase of at least 2,000 doctors
    expect(drafts[0]).toMatchObject({ targetKind: 'change', change: 'absolute', comparator: '>=', value: '2000', unit: 'bác sĩ' });
  });

  it('a bare year at the end of a sentence is not a second figure', () => {
    const drafts = readTargets('Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt 95% vào 2030', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ indicator: 'tcmr-full-immunization-under-1', comparator: '>=', value: '95', per: 100 });
  });
});

describe('signs after the figure', () => {
  it.each([['Điểm chất lượng bệnh viện đạt 3,5 điểm.'], ['Điểm chất lượng bệnh viện đạt 3,5 điểm']])(
    '“điểm” alone is a score, not percentage points: %s',
    (sentence) => {
      const drafts = readTargets(sentence, BY_2030);
      expect(drafts).toHaveLength(1);
      // “đạt 3,5 điểm”: reach a score of 3.5, a level with no multiplier
      expect(drafts[0]).toMatchObject({ targetKind: 'level', comparator: '>=', value: '3.5' });
      expect(drafts[0]?.per).toBeUndefined();
      expect(drafts[0]?.change).toBeUndefined();
    },
  );

  it.each([['Tỷ suất sinh thô ở mức 14‰ - 15‰.'], ['Tỷ suất sinh thô đạt từ 14‰ đến 15‰.']])('a per-mille range with its sign twice: %s', (sentence) => {
    const drafts = readTargets(sentence, BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'level', comparator: 'between', value: '14', upper: '15', per: 1000 });
  });

  it('a minus sign after a word, spaced from it, is the figure\'s sign: “… tuổi -0,5 điểm phần trăm”', () => {
    const drafts = readTargets('Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi -0,5 điểm phần trăm.', BY_2030);
    expect(drafts).toHaveLength(1);
    // a change of −0.5 percentage points: a fall of at least half a point
    expect(drafts[0]).toMatchObject({ targetKind: 'change', indicator: 'stunting-under-5', change: 'points', comparator: '<=', value: '-0.5', per: 100 });
  });
});
