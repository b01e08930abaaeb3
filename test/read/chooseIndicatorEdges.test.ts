/**
 * Choosing a figure's indicator (src/read/chooseIndicator.ts), through the public reader: two
 * indicators named equally (a question, not a guess), a longer name that settles it, the
 * indicators given by “lần lượt là” (respectively), the count form of the indicator just read
 * (“…, năm 2026 có 15 xã”), figures that continue a list for an area (“…, miền núi đạt 90%”),
 * and a list that a figure of another unit or multiplier does not continue.
 *
 * Every expected value is read by hand from the Vietnamese sentence (the reasoning is beside
 * each case) against the catalog's definitions (src/catalog/indicators.ts): ehr-coverage is
 * “Tỷ lệ người dân có hồ sơ sức khỏe điện tử”, health-insurance-coverage the share of the
 * population insured, communes-meeting-national-criteria(-count) the communes meeting the
 * national health criteria (as a share, and as a number of communes).
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';

const DUE = { due: '2030-12-31' } as const;

function read(text: string): readonly TargetDraft[] {
  return readTargets(text, DUE);
}

function codes(draft: TargetDraft | undefined): string[] {
  return (draft?.questions ?? []).map((q) => q.code);
}

describe('two indicators named equally', () => {
  it.each([
    // one figure, and the words before it name two catalog indicators with equal weight: the
    // people with an electronic health record, and the people insured — a person must say which
    ['Đến năm 2030, tỷ lệ người dân có hồ sơ sức khỏe điện tử và tham gia bảo hiểm y tế đạt 95%.'],
    // the same two named after the figure (“đạt 95% người dân …”)
    ['Đến năm 2030, đạt 95% người dân có hồ sơ sức khỏe điện tử và tham gia bảo hiểm y tế.'],
  ])('%s → INDICATOR_AMBIGUOUS, naming both, and no indicator', (text) => {
    const drafts = read(text);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect([draft?.indicator, draft?.comparator, draft?.value, draft?.per]).toEqual([undefined, '>=', '95', 100]);
    expect(codes(draft)).toEqual(['INDICATOR_AMBIGUOUS']);
    const asked = draft?.questions[0];
    expect(asked?.field).toBe('indicator');
    expect(asked?.message.en).toContain('ehr-coverage');
    expect(asked?.message.en).toContain('health-insurance-coverage');
  });

  it('a fuller name settles it: “quản lý sức khỏe bằng hồ sơ sức khỏe điện tử” is the record indicator', () => {
    // “people whose health is managed with an electronic health record”: the record is the means
    // and the measure (the catalog's ehr-coverage), not health management in general
    const drafts = read('Đến năm 2030, tỷ lệ người dân được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử đạt 90%.');
    expect(drafts).toHaveLength(1);
    expect([drafts[0]?.indicator, drafts[0]?.comparator, drafts[0]?.value]).toEqual(['ehr-coverage', '>=', '90']);
    expect(codes(drafts[0])).toEqual([]);
  });
});

describe('“lần lượt là”: the indicators named before, in order', () => {
  it('each figure takes its indicator, its own words and no more', () => {
    // life expectancy “là 75,5 tuổi” (a bare figure: ≥ assumed, and asked), healthy life
    // expectancy “tối thiểu 68 năm” (≥ 68, said outright)
    const drafts = read('Đến năm 2030, tuổi thọ trung bình và thời gian sống khỏe mạnh lần lượt là 75,5 tuổi và tối thiểu 68 năm.');
    expect(drafts.map((d) => [d.indicator, d.comparator, d.value, d.unit])).toEqual([
      ['life-expectancy', '>=', '75.5', 'tuổi'],
      ['healthy-life-expectancy', '>=', '68', 'năm'],
    ]);
    // the first span ends with its figure: “và tối thiểu” belongs to the second
    expect(drafts[0]?.text.endsWith('75,5 tuổi')).toBe(true);
    expect(drafts[1]?.text).toBe('tối thiểu 68 năm');
    expect(codes(drafts[0])).toEqual(['COMPARATOR_ASSUMED']);
    expect(codes(drafts[1])).toEqual([]);
  });
});

describe('the count form of the indicator just read', () => {
  it('“…, năm 2026 có 15 xã” after the communes meeting the criteria counts those communes', () => {
    // “by 2030 all communes meet the national criteria, in 2026 there are 15 (such) communes”
    const drafts = read('Đến năm 2030, 100% xã đạt Bộ tiêu chí quốc gia về y tế, năm 2026 có 15 xã.');
    expect(drafts.map((d) => [d.indicator, d.targetKind, d.comparator, d.value, d.due])).toEqual([
      ['communes-meeting-national-criteria', 'level', '>=', '100', '2030-12-31'],
      ['communes-meeting-national-criteria-count', 'count', '>=', '15', '2026-12-31'],
    ]);
    expect(drafts[1]?.units).toBe('xã');
  });

  it('“…, năm 2026 có 7 xã” after the stations treating insured patients is not a count of those stations', () => {
    // seven communes are not seven stations: no catalog indicator counts them here
    const drafts = read('Đến năm 2030, 100% trạm y tế thực hiện khám chữa bệnh bảo hiểm y tế, năm 2026 có 7 xã.');
    expect(drafts).toHaveLength(2);
    expect(drafts[0]?.indicator).toBe('stations-treating-insured');
    expect([drafts[1]?.indicator, drafts[1]?.value, drafts[1]?.unit]).toEqual([undefined, '7', 'xã']);
    expect(codes(drafts[1])).toEqual(['INDICATOR_UNKNOWN']);
  });

  it('“…, năm 2026 có 7 thôn”: seven villages are not seven stations either', () => {
    const drafts = read('Đến năm 2030, 100% trạm y tế thực hiện khám chữa bệnh bảo hiểm y tế, năm 2026 có 7 thôn.');
    expect(drafts).toHaveLength(2);
    expect([drafts[1]?.indicator, drafts[1]?.value, drafts[1]?.unit]).toEqual([undefined, '7', 'thôn']);
    expect(codes(drafts[1])).toEqual(['INDICATOR_UNKNOWN']);
  });
});

describe('a list continued for an area', () => {
  it.each([
    // “…, mountain areas reach 90%”: the same indicator, for the mountain areas
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi đạt 90%.', '>=', []],
    // “miền núi có tỷ lệ đạt 90%”: the area's words stop at “có”
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi có tỷ lệ đạt 90%.', '>=', []],
    // “miền núi tỷ lệ đạt 90%” (“in the mountains the rate reaches 90%”): the area stops at “tỷ lệ”
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi tỷ lệ đạt 90%.', '>=', []],
    // no comparator (“miền núi 90%”, “miền núi ở mức 90%”): ≥ assumed from the indicator, and asked
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi 90%.', '>=', ['COMPARATOR_ASSUMED']],
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi ở mức 90%.', '>=', ['COMPARATOR_ASSUMED']],
    ['Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi khoảng 90%.', '>=', ['COMPARATOR_ASSUMED', 'APPROXIMATE']],
  ])('%s → 90% of the insurance coverage, for “miền núi”', (text, comparator, asked) => {
    const drafts = read(text);
    expect(drafts).toHaveLength(2);
    expect([drafts[0]?.indicator, drafts[0]?.value, drafts[0]?.scope]).toEqual(['health-insurance-coverage', '95', undefined]);
    const area = drafts[1];
    expect([area?.indicator, area?.comparator, area?.value, area?.scope]).toEqual(['health-insurance-coverage', comparator, '90', 'miền núi']);
    expect(codes(area)).toEqual(asked);
  });
});

describe('a list of areas', () => {
  it('each area’s figure has its own span, up to its comma', () => {
    // “…, mountain areas 90%, rural areas 92%”: three targets of the same indicator
    const drafts = read('Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, miền núi đạt 90%, nông thôn đạt 92%.');
    expect(drafts.map((d) => [d.indicator, d.value, d.scope, d.text])).toEqual([
      ['health-insurance-coverage', '95', undefined, 'Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%'],
      ['health-insurance-coverage', '90', 'miền núi', 'miền núi đạt 90%'],
      ['health-insurance-coverage', '92', 'nông thôn', 'nông thôn đạt 92%'],
    ]);
  });

  it('a list whose first figure names no indicator: the area’s figure names none either, and asks', () => {
    // “by 2030 reach 95%, mountain areas 90%”: 95% of what? The same unknown for the mountains
    const drafts = read('Đến năm 2030 đạt 95%, miền núi đạt 90%.');
    expect(drafts.map((d) => [d.indicator, d.value, d.scope])).toEqual([
      [undefined, '95', undefined],
      [undefined, '90', 'miền núi'],
    ]);
    expect(codes(drafts[0])).toEqual(['INDICATOR_UNKNOWN']);
    expect(codes(drafts[1])).toEqual(['INDICATOR_UNKNOWN']);
  });
});

describe('a list continues only with figures of the same kind', () => {
  it('“…đạt 15 bác sĩ, năm 2030 đạt 17”: the bare 17 is the same doctors per 10,000', () => {
    // “doctors per 10,000 people reach 15 in 2025, (and) reach 17 in 2030”
    const drafts = read('Số bác sĩ trên vạn dân năm 2025 đạt 15 bác sĩ, năm 2030 đạt 17.');
    expect(drafts.map((d) => [d.indicator, d.comparator, d.value, d.due])).toEqual([
      ['doctors-per-10k', '>=', '15', '2025-12-31'],
      ['doctors-per-10k', '>=', '17', '2030-12-31'],
    ]);
    expect(codes(drafts[1])).toEqual([]);
  });

  it('“19 bác sĩ/vạn dân và 95%”: a percentage does not continue doctors per 10,000', () => {
    // 95% of what? The sentence does not say
    const drafts = read('Đến năm 2030 đạt 19 bác sĩ/vạn dân và 95%.');
    expect(drafts.map((d) => [d.indicator, d.value, d.per])).toEqual([
      ['doctors-per-10k', '19', 10000],
      [undefined, '95', 100],
    ]);
    expect(codes(drafts[1])).toContain('INDICATOR_UNKNOWN');
  });
});
