/**
 * Target sentences of the seed plans, quoted verbatim, each with the target a health officer
 * reads from it (the seeds' README gives the same readings: indicator, comparator, value, due
 * date, kind). The due date a sentence does not name is given as the option, as its heading
 * would (the district plan 141's lists are headed “đến năm 2025” and “đến năm 2030”).
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';

type Reading = Partial<Pick<TargetDraft, 'indicator' | 'targetKind' | 'comparator' | 'value' | 'per' | 'due' | 'condition' | 'kind'>>;

const CASES: readonly (readonly [string, string | undefined, Reading])[] = [
  // Cao Minh (000), 2.1–2.4 and 2.6
  ['Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.', undefined, { indicator: 'beds-per-10k', targetKind: 'level', comparator: '>=', value: '49.2', per: 10000, due: '2026-12-31' }],
  ['Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.', undefined, { indicator: 'doctors-per-10k', targetKind: 'level', comparator: '>=', value: '17.5', per: 10000, due: '2026-12-31' }],
  ['Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.', undefined, { indicator: 'stations-with-doctors', targetKind: 'share', comparator: '>=', value: '100', due: '2026-12-31', condition: { indicator: 'station-doctors', comparator: '>=', value: '4' } }],
  ['Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.', undefined, { indicator: 'health-insurance-coverage', targetKind: 'level', comparator: '>', value: '95', per: 100, due: '2026-12-31' }],
  ['Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm y tế cấp xã lên 20%.', '2026-12-31', { indicator: 'insured-visits-at-commune-stations', comparator: '>=', value: '20', per: 100, due: '2026-12-31' }],
  // district 141 (003), to 2025 (lines 36–42)
  ['Phần đầu Trung tâm Y tế huyện thực hiện 90% danh mục kỹ thuật của tuyến huyện.', '2025-12-31', { indicator: 'district-technical-list-coverage', comparator: '>=', value: '90', due: '2025-12-31' }],
  ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số.', '2025-12-31', { indicator: 'health-insurance-coverage', targetKind: 'level', comparator: '>=', value: '95', due: '2025-12-31' }],
  ['Trên 95% người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả', '2025-12-31', { indicator: 'primary-care-users-insured', comparator: '>', value: '95', due: '2025-12-31' }],
  // … and to 2030 (lines 46–52)
  ['Trung tâm Y tế huyện thực hiện trên 95% danh mục kỹ thuật của tuyến huyện.', '2030-12-31', { indicator: 'district-technical-list-coverage', comparator: '>', value: '95', due: '2030-12-31' }],
  ['Duy trì 100% Trạm y tế xã tham gia khám chữa bệnh Bảo hiểm y tế.', '2030-12-31', { indicator: 'stations-treating-insured', targetKind: 'maintain', comparator: '>=', value: '100', due: '2030-12-31' }],
  ['Duy trì 100% xã đạt Tiêu chí quốc gia về Y tế.', '2030-12-31', { indicator: 'communes-meeting-national-criteria', targetKind: 'maintain', comparator: '>=', value: '100', due: '2030-12-31' }],
  ['Duy trì 100% dân số thường trú trên địa bàn được quản lý, theo dõi sức khỏe.', '2030-12-31', { indicator: 'population-under-health-management', targetKind: 'maintain', comparator: '>=', value: '100', due: '2030-12-31' }],
  ['Tỷ lệ bao phủ bảo hiểm y tế đạt 98% dân số.', '2030-12-31', { indicator: 'health-insurance-coverage', targetKind: 'level', comparator: '>=', value: '98', due: '2030-12-31' }],
  ['100% người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả', '2030-12-31', { indicator: 'primary-care-users-insured', comparator: '>=', value: '100', due: '2030-12-31' }],
];

describe('seed sentences and the targets read from them', () => {
  it.each(CASES)('%s', (text, due, reading) => {
    const drafts = readTargets(text, due === undefined ? undefined : { due });
    const draft = drafts.find((d) => d.indicator === reading.indicator);
    expect(draft, `a draft of ${String(reading.indicator)} in “${text}”`).toBeDefined();
    expect(draft).toMatchObject({ kind: 'target', ...reading });
    expect(text.slice(draft?.start, draft?.end)).toBe(draft?.text);
  });
});
