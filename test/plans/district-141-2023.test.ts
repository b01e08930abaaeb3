import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFile as locateSeed, targetFinder } from './support.js';
import { PlanSchema } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { district141Kh2023 } from '../../src/plans/district-141-2023.js';

const { path: seedPath } = locateSeed('003_05f8f7336718eacd.txt');

const targets: Target[] = district141Kh2023.objectives.flatMap((objective) => objective.targets);

const target = targetFinder(district141Kh2023);

/** The fields the table checks, whatever the target's kind. */
function shape(t: Target): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: t.kind, indicator: t.indicator, due: t.due };
  if ('comparator' in t) out.comparator = t.comparator;
  if ('value' in t) out.value = t.value;
  if (t.kind === 'share') out.condition = t.condition;
  if (t.kind === 'maintain' && t.from !== undefined) out.from = t.from;
  return out;
}

const P = 'district-141-2023/';

describe('district141Kh2023 (141-KH/HU, district plan on grassroots health)', () => {
  it('is a valid plan and parses again to itself', () => {
    expect(PlanSchema.parse(district141Kh2023)).toEqual(district141Kh2023);
  });

  it('has the number and parents the document prints, and no date because it prints none', () => {
    // "Số /141 -KH/HU"
    expect(district141Kh2023.number).toBe('141-KH/HU');
    expect(district141Kh2023.issued).toBeUndefined();
    expect(district141Kh2023.issuer.level).toBe('district');
    // "Chỉ thị số 25-CT/TW ngày 25/10/2023" and "Kế hoạch số 264-KH/TU ngày 26/10/2023"
    expect(district141Kh2023.parents.map((p) => [p.number, p.date])).toEqual([
      ['25-CT/TW', '2023-10-25'],
      ['264-KH/TU', '2023-10-26'],
    ]);
  });

  it('has unique target ids', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });

  it('has a general objective and specific objectives to 2025 and 2030', () => {
    expect(district141Kh2023.objectives.map((o) => [o.kind, o.horizon])).toEqual([
      ['general', 2030],
      ['specific', 2025],
      ['specific', 2030],
    ]);
  });

  // Every target of seeds/README.md for 003, with the plan's own sentence beside it.
  it.each<[string, string, Record<string, unknown>]>([
    // 2025
    [
      'district-technical-list-2025',
      '“Trung tâm Y tế huyện thực hiện 90% danh mục kỹ thuật của tuyến huyện”',
      { kind: 'level', indicator: 'district-technical-list-coverage', comparator: '>=', value: '90', due: '2025-12-31' },
    ],
    [
      'stations-treating-insured-2025',
      '“100% Trạm y tế xã thực hiện khám chữa bệnh Bảo hiểm y tế”',
      { kind: 'level', indicator: 'stations-treating-insured', comparator: '>=', value: '100', due: '2025-12-31' },
    ],
    [
      'stations-full-primary-care-2025',
      '“100% Trạm y tế xã thực hiện đầy đủ các nội dung của chăm sóc sức khỏe ban đầu”',
      { kind: 'level', indicator: 'stations-full-primary-care', comparator: '>=', value: '100', due: '2025-12-31' },
    ],
    [
      'station-technical-list-2025',
      '“100% Trạm y tế xã … thực hiện tối thiểu 90% danh mục kỹ thuật của tuyến xã”',
      {
        kind: 'share',
        indicator: 'stations-meeting-technical-list',
        condition: { indicator: 'station-technical-list-coverage', comparator: '>=', value: '90' },
        comparator: '>=',
        value: '100',
        due: '2025-12-31',
      },
    ],
    [
      'communes-meeting-criteria-2025',
      '“100% xã đạt tiêu chí Quốc gia về y tế”',
      { kind: 'level', indicator: 'communes-meeting-national-criteria', comparator: '>=', value: '100', due: '2025-12-31' },
    ],
    [
      'population-under-management-2025',
      '“100% dân số thường trú trên địa bàn được quản lý, theo dõi sức khỏe”',
      { kind: 'level', indicator: 'population-under-health-management', comparator: '>=', value: '100', due: '2025-12-31' },
    ],
    [
      'insurance-coverage-2025',
      '“Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số”',
      { kind: 'level', indicator: 'health-insurance-coverage', comparator: '>=', value: '95', due: '2025-12-31' },
    ],
    [
      'primary-care-users-insured-2025',
      '“Trên 95% người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả”',
      { kind: 'level', indicator: 'primary-care-users-insured', comparator: '>', value: '95', due: '2025-12-31' },
    ],
    [
      'high-risk-checkup-2025',
      '“người có nguy cơ cao mắc bệnh được kiểm tra sức khoẻ ít nhất mỗi năm một lần” (everyone at high risk: 100%)',
      { kind: 'level', indicator: 'high-risk-checkup-coverage', comparator: '>=', value: '100', due: '2025-12-31' },
    ],
    // phasing
    [
      'stations-treating-insured-count-2024',
      '“năm 2024 có 07 Trạm Y tế”',
      { kind: 'count', indicator: 'stations-treating-insured-count', comparator: '>=', value: '7', due: '2024-12-31' },
    ],
    [
      'communes-meeting-criteria-count-2024',
      '“năm 2024 có 08 xã”',
      { kind: 'count', indicator: 'communes-meeting-national-criteria-count', comparator: '>=', value: '8', due: '2024-12-31' },
    ],
    // 2030
    [
      'district-technical-list-2030',
      '“Trung tâm Y tế huyện thực hiện trên 95% danh mục kỹ thuật của tuyến huyện”',
      { kind: 'level', indicator: 'district-technical-list-coverage', comparator: '>', value: '95', due: '2030-12-31' },
    ],
    [
      'stations-treating-insured-2030',
      '“Duy trì 100% Trạm y tế xã tham gia khám chữa bệnh Bảo hiểm y tế”',
      { kind: 'maintain', indicator: 'stations-treating-insured', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' },
    ],
    [
      'station-technical-list-2030',
      '“100% Trạm y tế xã thực hiện được từ 95% trở lên danh mục dịch vụ kỹ thuật của tuyến xã”',
      {
        kind: 'share',
        indicator: 'stations-meeting-technical-list',
        condition: { indicator: 'station-technical-list-coverage', comparator: '>=', value: '95' },
        comparator: '>=',
        value: '100',
        due: '2030-12-31',
      },
    ],
    [
      'communes-meeting-criteria-2030',
      '“Duy trì 100% xã đạt Tiêu chí quốc gia về Y tế”',
      { kind: 'maintain', indicator: 'communes-meeting-national-criteria', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' },
    ],
    [
      'population-under-management-2030',
      '“Duy trì 100% dân số thường trú trên địa bàn được quản lý, theo dõi sức khỏe”',
      { kind: 'maintain', indicator: 'population-under-health-management', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' },
    ],
    [
      'insurance-coverage-2030',
      '“Tỷ lệ bao phủ bảo hiểm y tế đạt 98% dân số”',
      { kind: 'level', indicator: 'health-insurance-coverage', comparator: '>=', value: '98', due: '2030-12-31' },
    ],
    [
      'primary-care-users-insured-2030',
      '“100% người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả”',
      { kind: 'level', indicator: 'primary-care-users-insured', comparator: '>=', value: '100', due: '2030-12-31' },
    ],
    [
      'stations-with-doctor-2030',
      '“Phấn đấu đến năm 2030, mỗi trạm y tế có ít nhất một bác sĩ”',
      {
        kind: 'share',
        indicator: 'stations-with-doctors',
        condition: { indicator: 'station-doctors', comparator: '>=', value: '1' },
        comparator: '>=',
        value: '100',
        due: '2030-12-31',
      },
    ],
    [
      'villages-with-health-worker-2030',
      '“mỗi thôn có một nhân viên y tế được đào tạo chuyên môn”',
      { kind: 'level', indicator: 'villages-with-health-worker', comparator: '>=', value: '100', due: '2030-12-31' },
    ],
  ])('%s: %s', (id, _quote, expected) => {
    expect(shape(target(P + id))).toEqual(expected);
  });

  it('records what the station-doctor figure includes', () => {
    // "(kể cả bác sĩ cơ hữu)"
    expect(target(`${P}stations-with-doctor-2030`).scope?.vi).toBe('kể cả bác sĩ cơ hữu');
  });

  it('links the 2024 phasing to the 2025 targets it leads to, and no other target', () => {
    // "(năm 2024 có 07 Trạm Y tế, năm 2025 các Trạm Y tế còn lại đạt tiêu chí)", "(năm 2024 có 08 xã, năm 2025 các xã còn lại đạt tiêu chí)"
    const linked = district141Kh2023.objectives
      .flatMap((objective) => objective.targets)
      .filter((t) => t.milestoneOf !== undefined)
      .map((t) => [t.id, t.milestoneOf, t.due, target(t.milestoneOf as string).due]);
    expect(linked).toEqual([
      [`${P}stations-treating-insured-count-2024`, `${P}stations-treating-insured-2025`, '2024-12-31', '2025-12-31'],
      [`${P}communes-meeting-criteria-count-2024`, `${P}communes-meeting-criteria-2025`, '2024-12-31', '2025-12-31'],
    ]);
  });

  it('marks the “Phấn đấu” (strive for) targets as aspirational and the plain ones not', () => {
    // "Phần đầu Trung tâm Y tế huyện …" (a misspelling of "Phấn đấu") against "Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số."
    expect(target(`${P}district-technical-list-2025`).aspirational).toBe(true);
    expect(target(`${P}insurance-coverage-2025`).aspirational).toBeUndefined();
  });

  it(
    'quotes every target and objective verbatim from the seed',
    () => {
      const seed = readFileSync(seedPath, 'utf8');
      const quoted = [
        district141Kh2023.title.vi,
        ...district141Kh2023.objectives.map((objective) => objective.text.vi),
        ...targets.map((t) => t.text?.vi ?? `missing text: ${t.id}`),
        ...targets.flatMap((t) => (t.scope === undefined ? [] : [t.scope.vi])),
      ];
      expect(quoted.filter((text) => !seed.includes(text))).toEqual([]);
    },
  );
});
