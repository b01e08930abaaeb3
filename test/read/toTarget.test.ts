/**
 * A draft as a target of the model (toTarget): each draft below is what a health officer
 * reads from a seed sentence, and the expected target is that reading written in the model's
 * input form (src/model/target.ts): the fields the sentence settles, the plan's defaults for
 * the rest, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { toTarget, type TargetDefaults } from '../../src/read/toTarget.js';
import type { TargetDraft } from '../../src/read/types.js';

/** A plan for 2026–2030, issued in 2025: its defaults. */
const DEFAULTS: TargetDefaults = { due: '2030-12-31', baselinePeriod: '2025', from: '2026-01-01' };

function draft(fields: Partial<TargetDraft> & Pick<TargetDraft, 'text' | 'targetKind'>): TargetDraft {
  return { start: 0, end: fields.text.length, line: 1, kind: 'target', aspirational: false, approximate: false, confidence: 1, questions: [], ...fields };
}

// Cao Minh 2.2, verbatim: “Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.”
const DOCTORS = 'Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.';

describe('toTarget: levels', () => {
  it('a level as the sentence states it (Cao Minh 2.2: doctors per 10,000 ≥ 17.5 by the end of 2026)', () => {
    const read = draft({ text: DOCTORS, targetKind: 'level', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', per: 10000, due: '2026-12-31' });
    // 17.5 has one decimal, as many as the catalog's doctors-per-10k: no `decimals`
    expect(toTarget(read, 'cao-minh/doctors', DEFAULTS)).toEqual({
      id: 'cao-minh/doctors', indicator: 'doctors-per-10k', due: '2026-12-31', text: { vi: DOCTORS }, comparator: '>=', value: '17.5',
    });
  });

  it('no indicator, no target', () => {
    expect(toTarget(draft({ text: DOCTORS, targetKind: 'level', comparator: '>=', value: '17.5', due: '2026-12-31' }), 't', DEFAULTS)).toBeUndefined();
  });

  it('no comparator, no level', () => {
    expect(toTarget(draft({ text: DOCTORS, targetKind: 'level', indicator: 'doctors-per-10k', value: '17.5' }), 't', DEFAULTS)).toBeUndefined();
  });

  it('a sentence without a date takes the plan’s due date', () => {
    const text = 'Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.';
    expect(toTarget(draft({ text, targetKind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', per: 100 }), 't', DEFAULTS)).toEqual({
      id: 't', indicator: 'health-insurance-coverage', due: '2030-12-31', text: { vi: text }, comparator: '>', value: '95',
    });
  });

  it('more decimals than the catalog’s indicator: the target keeps them (Thống Nhất: life expectancy 77,67, the catalog one decimal)', () => {
    const text = 'Tuổi thọ trung bình đạt 77,67 tuổi.';
    const target = toTarget(draft({ text, targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '77.67', unit: 'tuổi', due: '2030-12-31' }), 't', DEFAULTS);
    expect(target).toMatchObject({ value: '77.67', decimals: 2 });
    // as many decimals as the catalog (one), or fewer: none written
    expect(toTarget(draft({ text, targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '77.6', due: '2030-12-31' }), 't', DEFAULTS)).not.toHaveProperty('decimals');
    expect(toTarget(draft({ text, targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '77', due: '2030-12-31' }), 't', DEFAULTS)).not.toHaveProperty('decimals');
  });

  it('an indicator the catalog lacks: no decimals from it, whatever the figure', () => {
    const text = 'Tỷ lệ hài lòng của người bệnh đạt trên 80,25%.';
    const target = toTarget(draft({ text, targetKind: 'level', indicator: 'not-in-the-catalog', comparator: '>', value: '80.25', due: '2026-12-31' }), 't', DEFAULTS);
    expect(target).toEqual({ id: 't', indicator: 'not-in-the-catalog', due: '2026-12-31', text: { vi: text }, comparator: '>', value: '80.25' });
  });

  it('a bound without a figure has an empty value: there is no figure to write', () => {
    const text = 'Số bác sĩ/vạn dân tăng.';
    expect(toTarget(draft({ text, targetKind: 'level', indicator: 'doctors-per-10k', comparator: '>=', due: '2026-12-31' }), 't', DEFAULTS)).toMatchObject({ value: '' });
  });

  it('the text with its spaces and line breaks made single; an empty text becomes the indicator', () => {
    const spread = draft({ text: '  số bác sĩ/vạn dân:\n   17,5  ', targetKind: 'level', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
    expect(toTarget(spread, 't', DEFAULTS)?.text).toEqual({ vi: 'số bác sĩ/vạn dân: 17,5' });
    const blank = draft({ text: ' \n ', targetKind: 'level', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
    expect(toTarget(blank, 't', DEFAULTS)?.text).toEqual({ vi: 'doctors-per-10k' });
  });

  it('a range “4 - 5” is between 4 and 5; “ít nhất từ 4 - 5” a floor of 4 that aims at 5', () => {
    const text = 'Đến năm 2027 có ít nhất từ 4 - 5 bác sĩ tại trạm.';
    const base = { text, targetKind: 'level', indicator: 'station-doctors', value: '4', upper: '5', due: '2027-12-31' } as const;
    expect(toTarget(draft({ ...base, comparator: 'between' }), 't', DEFAULTS)).toMatchObject({ comparator: 'between', value: '4', upper: '5' });
    expect(toTarget(draft({ ...base, comparator: 'between' }), 't', DEFAULTS)).not.toHaveProperty('aim');
    expect(toTarget(draft({ ...base, comparator: '>=' }), 't', DEFAULTS)).toMatchObject({ comparator: '>=', value: '4', aim: '5' });
    expect(toTarget(draft({ ...base, comparator: '>=' }), 't', DEFAULTS)).not.toHaveProperty('upper');
    expect(toTarget(draft({ ...base, comparator: '>' }), 't', DEFAULTS)).toMatchObject({ comparator: '>', aim: '5' });
    // a ceiling has no aim above it
    const ceiling = toTarget(draft({ ...base, comparator: '<=' }), 't', DEFAULTS);
    expect(ceiling).not.toHaveProperty('aim');
    expect(ceiling).not.toHaveProperty('upper');
    // no upper: neither
    const floor = toTarget(draft({ ...base, upper: undefined, comparator: '>=' }), 't', DEFAULTS);
    expect(floor).not.toHaveProperty('aim');
    const range = toTarget(draft({ ...base, upper: undefined, comparator: 'between' }), 't', DEFAULTS);
    expect(range).not.toHaveProperty('upper');
  });

  it('scope, “phấn đấu” and a milestone are written; absent, they are left out', () => {
    const text = 'Phấn đấu năm 2026 đạt trên 95% dân số tham gia bảo hiểm y tế ở miền núi.';
    const read = draft({ text, targetKind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31', scope: 'miền núi', aspirational: true });
    expect(toTarget(read, 't', { ...DEFAULTS, milestoneOf: 'later' })).toEqual({
      id: 't', indicator: 'health-insurance-coverage', due: '2026-12-31', text: { vi: text }, comparator: '>', value: '95',
      scope: { vi: 'miền núi' }, aspirational: true, milestoneOf: 'later',
    });
    const plain = toTarget(draft({ ...read, scope: undefined, aspirational: false }), 't', DEFAULTS) as object;
    expect(Object.keys(plain).sort()).toEqual(['comparator', 'due', 'id', 'indicator', 'text', 'value']);
  });

  it('a first day on or before the due date is kept, a later one dropped', () => {
    const text = 'Từ năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.';
    const base = { text, targetKind: 'level', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' } as const;
    expect(toTarget(draft({ ...base, from: '2026-01-01' }), 't', DEFAULTS)).toMatchObject({ from: '2026-01-01' });
    expect(toTarget(draft({ ...base, from: '2026-12-31' }), 't', DEFAULTS)).toMatchObject({ from: '2026-12-31' });
    expect(toTarget(draft({ ...base, from: '2027-01-01' }), 't', DEFAULTS)).not.toHaveProperty('from');
  });

  it('a baseline with a period is written with its value and comparator; one without a period is not', () => {
    const text = 'Tỷ lệ tử vong trẻ em dưới 1 tuổi giảm từ 15,8‰ năm 2020 xuống còn 12‰.';
    const base = { text, targetKind: 'level', indicator: 'infant-mortality-rate', comparator: '<=', value: '12', per: 1000, due: '2030-12-31' } as const;
    expect(toTarget(draft({ ...base, baseline: { value: '15.8', period: '2020', comparator: '<=' } }), 't', DEFAULTS)).toMatchObject({ baseline: { value: '15.8', period: '2020', comparator: '<=' } });
    // no value or comparator given: none written (not even as absent keys)
    expect(Object.keys(toTarget(draft({ ...base, baseline: { period: '2020' } }), 't', DEFAULTS)?.['baseline' as never] ?? {})).toEqual(['period']);
    expect(toTarget(draft({ ...base, baseline: { value: '15.8' } }), 't', DEFAULTS)).not.toHaveProperty('baseline');
  });
});

describe('toTarget: other kinds', () => {
  it('qualitative: “bao phủ bảo hiểm y tế toàn dân” (Xuân Hưng, by 2030)', () => {
    const text = 'đến năm 2030 bao phủ bảo hiểm y tế toàn dân';
    expect(toTarget(draft({ text, targetKind: 'qualitative', indicator: 'health-insurance-coverage', due: '2030-12-31' }), 't', DEFAULTS)).toEqual({
      id: 't', indicator: 'health-insurance-coverage', due: '2030-12-31', text: { vi: text }, kind: 'qualitative',
    });
  });

  it('yes/no: the expected answer, “no” when the draft does not say', () => {
    const text = 'Không để dịch bệnh lớn xảy ra.';
    const base = { text, targetKind: 'boolean', indicator: 'major-epidemic', due: '2026-12-31' } as const;
    expect(toTarget(draft({ ...base, expected: true }), 't', DEFAULTS)).toMatchObject({ kind: 'boolean', expected: true });
    expect(toTarget(draft({ ...base }), 't', DEFAULTS)).toMatchObject({ kind: 'boolean', expected: false });
  });

  it('a change: “tăng thêm 10%” from the plan’s baseline year when the sentence names none (Xuân Hưng, physical activity)', () => {
    const text = 'Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%.';
    const base = { text, targetKind: 'change', indicator: 'physical-activity', comparator: '>=', value: '10', due: '2030-12-31' } as const;
    expect(toTarget(draft({ ...base }), 't', DEFAULTS)).toEqual({
      id: 't', indicator: 'physical-activity', due: '2030-12-31', text: { vi: text }, kind: 'change', change: 'unspecified', comparator: '>=', value: '10', baseline: { period: '2025' },
    });
    expect(toTarget(draft({ ...base, change: 'points', baseline: { period: '2020', value: '30' } }), 't', DEFAULTS)).toMatchObject({ change: 'points', baseline: { period: '2020', value: '30' } });
    expect(toTarget(draft({ ...base, comparator: undefined }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, comparator: 'between', upper: '12' }), 't', DEFAULTS)).toBeUndefined();
  });

  it('maintain: “duy trì 100% …” from the draft’s first day, else the plan’s, else the due year’s first day', () => {
    const text = 'Duy trì 100% xã đạt Bộ tiêu chí quốc gia về y tế.';
    const base = { text, targetKind: 'maintain', indicator: 'communes-meeting-national-criteria', comparator: '>=', value: '100', due: '2030-12-31' } as const;
    expect(toTarget(draft({ ...base }), 't', DEFAULTS)).toEqual({
      id: 't', indicator: 'communes-meeting-national-criteria', due: '2030-12-31', text: { vi: text }, kind: 'maintain', comparator: '>=', value: '100', from: '2026-01-01',
    });
    expect(toTarget(draft({ ...base, from: '2027-01-01' }), 't', DEFAULTS)).toMatchObject({ from: '2027-01-01' });
    // the plan starts after the target's due date (a 2025 milestone of a 2026–2030 plan): the due year
    expect(toTarget(draft({ ...base, due: '2025-12-31' }), 't', DEFAULTS)).toMatchObject({ from: '2025-01-01' });
    // the plan's first day on the due date itself still applies (a plan from 1 July 2026, a target due that day)
    expect(toTarget(draft({ ...base, due: '2026-07-01' }), 't', { ...DEFAULTS, from: '2026-07-01' })).toMatchObject({ from: '2026-07-01' });
    expect(toTarget(draft({ ...base, baseline: { period: '2025', value: '100' } }), 't', DEFAULTS)).toMatchObject({ baseline: { period: '2025', value: '100' } });
    expect(toTarget(draft({ ...base }), 't', DEFAULTS)).not.toHaveProperty('baseline');
    expect(toTarget(draft({ ...base, comparator: undefined }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, comparator: 'between', upper: '100' }), 't', DEFAULTS)).toBeUndefined();
  });

  it('a share: Cao Minh 2.3, “100% Trạm y tế có tối thiểu 4 bác sĩ”', () => {
    const text = 'Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.';
    const condition = { indicator: 'station-doctors', comparator: '>=', value: '4' } as const;
    const base = { text, targetKind: 'share', indicator: 'stations-with-doctors', comparator: '>=', value: '100', due: '2026-12-31', condition } as const;
    expect(toTarget(draft({ ...base, units: 'trạm y tế' }), 't', DEFAULTS)).toEqual({
      id: 't', indicator: 'stations-with-doctors', due: '2026-12-31', text: { vi: text }, kind: 'share', units: { vi: 'trạm y tế' }, condition, comparator: '>=', value: '100',
    });
    // units the sentence does not name: “đơn vị” (unit)
    expect(toTarget(draft({ ...base }), 't', DEFAULTS)).toMatchObject({ units: { vi: 'đơn vị' } });
    expect(toTarget(draft({ ...base, condition: undefined }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, comparator: undefined }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, comparator: 'between', upper: '100' }), 't', DEFAULTS)).toBeUndefined();
  });

  it('a count: a whole number of units, with its units when named', () => {
    // district 141: “7 trạm y tế … năm 2024”
    const text = 'Năm 2024 có 7 trạm y tế khám, chữa bệnh bảo hiểm y tế.';
    const base = { text, targetKind: 'count', indicator: 'stations-treating-insured-count', comparator: '>=', value: '7', due: '2024-12-31' } as const;
    expect(toTarget(draft({ ...base, units: 'trạm y tế' }), 't', DEFAULTS)).toEqual({
      id: 't', indicator: 'stations-treating-insured-count', due: '2024-12-31', text: { vi: text }, kind: 'count', units: { vi: 'trạm y tế' }, comparator: '>=', value: '7',
    });
    expect(toTarget(draft({ ...base }), 't', DEFAULTS)).not.toHaveProperty('units');
    expect(toTarget(draft({ ...base, value: '12' }), 't', DEFAULTS)).toMatchObject({ kind: 'count', value: '12' });
    // 7.5 stations: not a count
    expect(toTarget(draft({ ...base, value: '7.5' }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, value: 'x7' }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, value: '7x' }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, value: undefined }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, comparator: undefined }), 't', DEFAULTS)).toBeUndefined();
    expect(toTarget(draft({ ...base, comparator: 'between', upper: '8' }), 't', DEFAULTS)).toBeUndefined();
  });
});
