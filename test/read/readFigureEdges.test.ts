/**
 * One figure as a draft, in the cases the other reader tests do not meet: a change written
 * only with its sign (no verb), a change given as a range (“tăng/giảm 1 - 1,5 điểm phần
 * trăm”) and the question it raises, a level with its baseline figure and year (“từ 12‰ năm
 * 2020 xuống 10‰”), and a range after “duy trì”, which stays a level.
 *
 * Expected values are read by hand from each made-up sentence: “-0,5 điểm phần trăm” is a fall
 * of at least half a point; “tăng 1 - 1,5 điểm phần trăm” at least 1 point, 1.5 hoped for (the
 * question quotes the text's figures, 1 and 1.5); “từ 12‰ năm 2020 xuống 10‰” is at most 10
 * per 1,000 from 12 in 2020; “duy trì … ở mức 90 - 95%” is the range 90 to 95%. The question
 * texts are those of src/read/messages (en.ts, vi.ts). Indicator ids are the catalog's.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/index.js';

const BY_2030 = { due: '2030-12-31' } as const;
const STUNTING = 'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi';

/** The RANGE_FLOOR question about a change's range from `lower` to `upper`, as the text writes them. */
function rangeFloor(lower: string, upper: string): object {
  return {
    code: 'RANGE_FLOOR',
    field: 'upper',
    message: {
      en: `“At least from ${lower} - ${upper}”: read as a floor of the lower figure, the upper recorded as an aspiration. Is that right?`,
      vi: `“Ít nhất từ ${lower.replace('.', ',')} - ${upper.replace('.', ',')}”: đã đọc là mức tối thiểu bằng số nhỏ, số lớn ghi nhận là mức phấn đấu. Có đúng không?`,
    },
  };
}

describe('changes', () => {
  it('a change with only a minus sign goes down: “-0,5 điểm phần trăm” is at most −0.5 points', () => {
    const drafts = readTargets(`${STUNTING} -0,5 điểm phần trăm.`, BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'change', change: 'points', comparator: '<=', value: '-0.5', per: 100 });
    expect(drafts[0]?.questions.map((q) => q.code)).toEqual(['BASELINE_MISSING']);
  });

  it('a rise given as a range: at least the smaller rise, the larger recorded, and a question', () => {
    const drafts = readTargets(`${STUNTING} tăng 1 - 1,5 điểm phần trăm.`, BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'change', change: 'points', comparator: '>=', value: '1', upper: '1.5' });
    expect(drafts[0]?.questions).toContainEqual(rangeFloor('1', '1.5'));
  });

  it('a fall given as a range: at least the smaller fall (−1), the larger (−1.5) recorded, and the same question', () => {
    const drafts = readTargets(`${STUNTING} giảm 1 - 1,5 điểm phần trăm.`, BY_2030);
    expect(drafts).toHaveLength(1);
    // a fall of at least 1 point is a change of at most −1, as the rise above is at least 1
    expect(drafts[0]).toMatchObject({ targetKind: 'change', change: 'points', comparator: '<=', value: '-1', upper: '-1.5' });
    expect(drafts[0]?.questions).toContainEqual(rangeFloor('1', '1.5'));
  });

  it('“giảm ít nhất 0,5 điểm phần trăm”: a fall of at least half a point is a change of at most −0.5', () => {
    const drafts = readTargets(`${STUNTING} giảm ít nhất 0,5 điểm phần trăm.`, BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'change', change: 'points', comparator: '<=', value: '-0.5' });
  });

  it.each([
    // a per-mille change is in the indicator's own unit
    ['Tỷ suất sinh thô giảm 0,2‰.', 'absolute', '<=', '-0.2', ['INDICATOR_UNKNOWN', 'BASELINE_MISSING']],
    // 10% of a rate that is not a percentage: relative
    ['Giảm tỷ suất tử vong trẻ em dưới 1 tuổi 10%.', 'relative', '<=', '-10', ['BASELINE_MISSING']],
    // 10% of a number of visits (“số lượt”): relative, though no catalog indicator fits
    ['Tăng số lượt khám bệnh thêm 10%.', 'relative', '>=', '10', ['INDICATOR_UNKNOWN', 'BASELINE_MISSING']],
  ])('“%s” is a %s change, with no question about its kind', (sentence, change, comparator, value, codes) => {
    const drafts = readTargets(sentence, BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'change', change, comparator, value });
    expect(drafts[0]?.questions.map((q) => q.code)).toEqual(codes);
  });
});

describe('levels', () => {
  it('“từ 12‰ năm 2020 xuống 10‰”: at most 10 per 1,000, from 12 in 2020', () => {
    const drafts = readTargets('Giảm tỷ suất tử vong trẻ em dưới 1 tuổi từ 12‰ năm 2020 xuống 10‰.', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      targetKind: 'level',
      indicator: 'infant-mortality-rate',
      comparator: '<=',
      value: '10',
      per: 1000,
      baseline: { value: '12', period: '2020' },
    });
  });

  it('a bare figure of a lower-is-better rate is read as “at most”, and the reader asks', () => {
    const drafts = readTargets('Tỷ suất tử vong trẻ em dưới 1 tuổi: 10‰.', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'level', indicator: 'infant-mortality-rate', comparator: '<=', value: '10', per: 1000 });
    expect(drafts[0]?.questions).toEqual([
      {
        code: 'COMPARATOR_ASSUMED',
        field: 'comparator',
        message: { en: 'The figure stands alone; read as ≤. Is that right?', vi: 'Con số không kèm từ so sánh; đã đọc là ≤. Có đúng không?' },
      },
    ]);
  });

  it('“khoảng 95%” asks which threshold is meant, about the value', () => {
    const drafts = readTargets('Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt khoảng 95%.', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ approximate: true, comparator: '>=', value: '95' });
    expect(drafts[0]?.questions.map((q) => [q.code, q.field])).toEqual([['APPROXIMATE', 'value']]);
  });

  it('a level to keep over “giai đoạn 2026 - 2030” applies from 2026; a level to reach has no start', () => {
    const keep = readTargets('Duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi trên 95% trong giai đoạn 2026 - 2030.');
    expect(keep).toHaveLength(1);
    expect(keep[0]).toMatchObject({ targetKind: 'maintain', comparator: '>', value: '95', from: '2026-01-01', due: '2030-12-31' });
    const reach = readTargets('Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt trên 95% trong giai đoạn 2026 - 2030.');
    expect(reach).toHaveLength(1);
    expect(reach[0]).toMatchObject({ targetKind: 'level', comparator: '>', value: '95', due: '2030-12-31' });
    expect(reach[0]?.from).toBeUndefined();
  });

  it('a range to keep (“duy trì … ở mức 90 - 95%”) is a level between its bounds', () => {
    const drafts = readTargets('Duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi ở mức 90 - 95%.', BY_2030);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ targetKind: 'level', indicator: 'tcmr-full-immunization-under-1', comparator: 'between', value: '90', upper: '95', per: 100 });
  });
});
