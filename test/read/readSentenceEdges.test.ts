/**
 * One sentence into drafts (src/read/readSentence.ts): “từ A … xuống còn B” makes A the
 * baseline of B only when nothing but a date stands between A and the words of B, and a
 * sentence without tokens gives nothing.
 *
 * The expected drafts are read by hand from each sentence (reasoning beside it): the catalog's
 * infant-mortality-rate and under-5-mortality-rate are deaths per 1,000 live births, lower
 * is better.
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../../src/read/readSentence.js';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';

function read(text: string): readonly TargetDraft[] {
  return readTargets(text, { due: '2030-12-31' });
}

describe('“từ A … xuống còn B”: A is B’s baseline', () => {
  it('with the baseline’s year between the two figures', () => {
    // “infant mortality down from 15.8‰ in 2020 to 14‰ in 2025”: one target, ≤ 14 per 1,000 by
    // 2025, from a baseline of 15.8 in 2020
    const drafts = read('Tỷ suất chết trẻ em dưới 1 tuổi giảm từ 15,8‰ năm 2020 xuống còn 14‰ năm 2025.');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      indicator: 'infant-mortality-rate',
      comparator: '<=',
      value: '14',
      per: 1000,
      due: '2025-12-31',
      baseline: { value: '15.8', period: '2020' },
    });
  });

  it('not when other words stand between: “từ 15‰ trở xuống và … còn 20‰” are two targets', () => {
    // “infant mortality 15‰ or less, and under-5 mortality down to 20‰”: two indicators, two
    // ceilings, no baseline
    const drafts = read('Đến năm 2030, tỷ suất chết trẻ em dưới 1 tuổi từ 15‰ trở xuống và tỷ suất chết trẻ em dưới 5 tuổi giảm xuống còn 20‰.');
    expect(drafts.map((d) => [d.indicator, d.comparator, d.value, d.per, d.baseline])).toEqual([
      ['infant-mortality-rate', '<=', '15', 1000, undefined],
      ['under-5-mortality-rate', '<=', '20', 1000, undefined],
    ]);
  });
});

describe('“từ A … xuống còn B” after another target', () => {
  it('the words of the target before are not B’s', () => {
    // “insurance coverage reaches 95%, infant mortality down from 15.8‰ to 14‰”: the second
    // target's words start after the first one's figure
    const drafts = read('Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, tỷ suất chết trẻ em dưới 1 tuổi giảm từ 15,8‰ xuống còn 14‰.');
    expect(drafts.map((d) => [d.indicator, d.value, d.baseline?.value])).toEqual([
      ['health-insurance-coverage', '95', undefined],
      ['infant-mortality-rate', '14', '15.8'],
    ]);
    expect(drafts[1]?.text).toBe('tỷ suất chết trẻ em dưới 1 tuổi giảm từ 15,8‰ xuống còn 14‰');
  });
});

describe('“lần lượt là”: the indicators named after the last figure before it', () => {
  it('a target before the list does not lend its indicator to the list', () => {
    // “full immunisation 95%, life expectancy and healthy life years respectively 75.5 and at least 68”
    const drafts = read('Đến năm 2030, tỷ lệ tiêm chủng đầy đủ đạt 95%, tuổi thọ trung bình và thời gian sống khỏe mạnh lần lượt là 75,5 tuổi và tối thiểu 68 năm.');
    expect(drafts.map((d) => [d.indicator, d.value])).toEqual([
      ['tcmr-full-immunization-under-1', '95'],
      ['life-expectancy', '75.5'],
      ['healthy-life-expectancy', '68'],
    ]);
  });

  it('three figures for two indicators cannot be paired: each figure is asked about', () => {
    // “insurance coverage and the electronic record respectively 95%, 90% and 85%”: which
    // figure is whose is not said
    const drafts = read('Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế và tỷ lệ người dân có hồ sơ sức khỏe điện tử lần lượt đạt 95%, 90% và 85%.');
    expect(drafts.map((d) => [d.indicator, d.value])).toEqual([
      [undefined, '95'],
      [undefined, '90'],
      [undefined, '85'],
    ]);
    for (const draft of drafts) expect(draft.questions.some((q) => q.field === 'indicator')).toBe(true);
  });
});

describe('an empty sentence', () => {
  it('gives no draft', () => {
    expect(readSentence([], { mode: 'objective' })).toEqual([]);
    expect(readSentence([], { mode: 'result', defaultDue: '2030-12-31', dueFrom: 'option' })).toEqual([]);
  });
});
