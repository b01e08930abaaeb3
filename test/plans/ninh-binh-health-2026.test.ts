import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFile as locateSeed, targetFinder } from './support.js';
import { PlanSchema } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { reportingDeadlines } from '../../src/calendar/index.js';
import { ninhBinhHealth2026 } from '../../src/plans/ninh-binh-health-2026.js';

const { path: seedPath } = locateSeed('004_601fc4afb53c578e.txt');

const targets: Target[] = ninhBinhHealth2026.objectives.flatMap((objective) => objective.targets);

const target = targetFinder(ninhBinhHealth2026);

/** The fields the table checks, whatever the target's kind. */
function shape(t: Target): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: t.kind, indicator: t.indicator, due: t.due };
  if ('comparator' in t) out.comparator = t.comparator;
  if ('value' in t) out.value = t.value;
  if (t.kind === 'share') out.condition = t.condition;
  if (t.kind === 'boolean') out.expected = t.expected;
  return out;
}

/**
 * The seed is a Markdown conversion that renders one “≥ 95%” as LaTeX (`$\geq 95\%$`); the
 * plan quotes the sign itself. This undoes that one artefact and nothing else.
 */
function normaliseSeed(text: string): string {
  return text.replace(/\$\\geq\s*([\d,]+)\\%\$/g, '≥ $1%');
}

const P = 'ninh-binh-health-2026/';

describe('ninhBinhHealth2026 (Ninh Bình Department of Health, plan for 2026)', () => {
  it('is a valid plan and parses again to itself', () => {
    expect(PlanSchema.parse(ninhBinhHealth2026)).toEqual(ninhBinhHealth2026);
  });

  it('keeps the blanks of the draft: no number, a year-only date', () => {
    // "Số /KH-SYT" and "Ninh Bình, ngày tháng năm 2025"
    expect(ninhBinhHealth2026.number).toBeUndefined();
    expect(ninhBinhHealth2026.issued).toBe('2025');
    expect(ninhBinhHealth2026.issuedText).toBe('Ninh Bình, ngày tháng năm 2025');
    expect(ninhBinhHealth2026.issuer.level).toBe('department');
    expect(ninhBinhHealth2026.period).toEqual({ from: 2026, to: 2026 });
  });

  it('names its parents by number and date', () => {
    // "Văn bản số 163/UBND-VP2 ngày 16/12/2025", "Nghị quyết số 47/NQ-HĐND ngày 09/12/2025",
    // "Quyết định số 1789/QĐ-UBND ngày 10/12/2025", "Nghị quyết số 05-NQ/ĐU ngày 10/11/2025",
    // "Nghị quyết 72-NQ/TW ngày 09/9/2025"
    expect(ninhBinhHealth2026.parents.map((p) => [p.number, p.date])).toEqual([
      ['163/UBND-VP2', '2025-12-16'],
      ['47/NQ-HĐND', '2025-12-09'],
      ['1789/QĐ-UBND', '2025-12-10'],
      ['05-NQ/ĐU', '2025-11-10'],
      ['72-NQ/TW', '2025-09-09'],
    ]);
  });

  it('has unique target ids', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });

  // Every target of seeds/README.md for 004, with the plan's own sentence beside it.
  it.each<[string, string, Record<string, unknown>]>([
    [
      'doctors',
      '“Số bác sỹ/1 vạn dân: 11,5 bác sỹ (bao gồm số bác sỹ làm việc tại Bệnh viện Bạch Mai 2, Việt Đức 2)”',
      { kind: 'level', indicator: 'doctors-per-10k', comparator: '>=', value: '11.5', due: '2026-12-31' },
    ],
    [
      'beds',
      '“Số giường bệnh/1 vạn dân: 35 giường bệnh (bao gồm số giường bệnh tại Bệnh viện Bạch Mai 2, Việt Đức 2)”',
      { kind: 'level', indicator: 'beds-per-10k', comparator: '>=', value: '35', due: '2026-12-31' },
    ],
    [
      'insurance-coverage',
      '“Tỷ lệ người dân có thẻ bảo hiểm y tế: 95,3%”',
      { kind: 'level', indicator: 'health-insurance-coverage', comparator: '>=', value: '95.3', due: '2026-12-31' },
    ],
    [
      'sex-ratio-at-birth',
      '“Tỷ số giới tính khi sinh: 111,1 bé trai/100 bé gái” (a ceiling: “đưa tỉ số giới tính khi sinh về mức cân bằng tự nhiên”)',
      { kind: 'level', indicator: 'sex-ratio-at-birth', comparator: '<=', value: '111.1', due: '2026-12-31' },
    ],
    [
      'stunting',
      '“Tỷ lệ suy dinh dưỡng trẻ em dưới 05 tuổi thể thấp còi giảm còn dưới 15,5%”',
      { kind: 'level', indicator: 'stunting-under-5', comparator: '<', value: '15.5', due: '2026-12-31' },
    ],
    [
      'stations-with-doctor',
      '“Tỷ lệ trạm y tế xã/phường có bác sỹ làm việc: 100%”',
      {
        kind: 'share',
        indicator: 'stations-with-doctors',
        condition: { indicator: 'station-doctors', comparator: '>=', value: '1' },
        comparator: '>=',
        value: '100',
        due: '2026-12-31',
      },
    ],
    [
      'tcmr-full-immunization',
      '“Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vắc xin trong CTTCMR đạt ≥ 95%”',
      { kind: 'level', indicator: 'tcmr-full-immunization-under-1', comparator: '>=', value: '95', due: '2026-12-31' },
    ],
    [
      'tcmr-vaccines',
      'II.2.1.c: “bảo đảm tỷ lệ tiêm các loại vắc xin trong tiêm chủng mở rộng đạt trên 95%” (“trên” is strict; the plan’s year)',
      { kind: 'level', indicator: 'essential-immunization-coverage', comparator: '>', value: '95', due: '2026-12-31' },
    ],
    [
      'ehr',
      '“Tỷ lệ người dân được lập hồ sơ sức khỏe điện tử: 40%”',
      { kind: 'level', indicator: 'ehr-coverage', comparator: '>=', value: '40', due: '2026-12-31' },
    ],
    [
      'stations-ncd-care',
      '“Tỷ lệ trạm y tế xã/phường thực hiện dự phòng, quản lý, điều trị một số bệnh không lây nhiễm đạt 100%”',
      { kind: 'level', indicator: 'stations-ncd-care', comparator: '>=', value: '100', due: '2026-12-31' },
    ],
    [
      'social-protection',
      '“Tỷ lệ đối tượng bảo trợ xã hội đủ điều kiện được hưởng trợ cấp theo quy định đạt 100%”',
      { kind: 'level', indicator: 'social-protection-coverage', comparator: '>=', value: '100', due: '2026-12-31' },
    ],
    [
      'special-circumstances-children',
      '“Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, trợ giúp bằng các hình thức khác nhau đạt trên 95%”',
      { kind: 'level', indicator: 'special-circumstances-children-supported', comparator: '>', value: '95', due: '2026-12-31' },
    ],
    [
      'patient-satisfaction',
      '“Tỷ lệ người dân hài lòng với dịch vụ y tế đạt trên 80%”',
      { kind: 'level', indicator: 'patient-satisfaction', comparator: '>', value: '80', due: '2026-12-31' },
    ],
    [
      'no-major-epidemic',
      '“Không để dịch bệnh lớn xảy ra trên địa bàn tỉnh”',
      { kind: 'boolean', indicator: 'major-epidemic', expected: false, due: '2026-12-31' },
    ],
    [
      'stations-4-doctors-2027',
      '72-NQ/TW quoted: “đến năm 2027 mỗi trạm y tế có ít nhất 4 bác sĩ”',
      {
        kind: 'share',
        indicator: 'stations-with-doctors',
        condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
        comparator: '>=',
        value: '100',
        due: '2027-12-31',
      },
    ],
    [
      'stations-5-doctors-2030',
      '72-NQ/TW quoted: “đến năm 2030 mỗi trạm có ít nhất 5 bác sĩ”',
      {
        kind: 'share',
        indicator: 'stations-with-doctors',
        condition: { indicator: 'station-doctors', comparator: '>=', value: '5' },
        comparator: '>=',
        value: '100',
        due: '2030-12-31',
      },
    ],
    [
      'insured-visits',
      '72-NQ/TW quoted: “Tăng tỉ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế cấp xã lên trên 20%” (no year; 2030)',
      { kind: 'level', indicator: 'insured-visits-at-commune-stations', comparator: '>', value: '20', due: '2030-12-31' },
    ],
    [
      'stations-invested',
      '72-NQ/TW quoted: “100% trạm y tế cấp xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực …” (no year; 2030)',
      { kind: 'level', indicator: 'stations-invested', comparator: '>=', value: '100', due: '2030-12-31' },
    ],
  ])('%s: %s', (id, _quote, expected) => {
    expect(shape(target(P + id))).toEqual(expected);
  });

  it('records that doctors and beds include the Bạch Mai 2 and Việt Đức 2 hospitals', () => {
    // "(bao gồm số bác sỹ làm việc tại Bệnh viện Bạch Mai 2, Việt Đức 2)"
    expect(target(`${P}doctors`).scope?.vi).toBe('bao gồm số bác sỹ làm việc tại Bệnh viện Bạch Mai 2, Việt Đức 2');
    // "(bao gồm số giường bệnh tại Bệnh viện Bạch Mai 2, Việt Đức 2)"
    expect(target(`${P}beds`).scope?.vi).toBe('bao gồm số giường bệnh tại Bệnh viện Bạch Mai 2, Việt Đức 2');
  });

  it('reports quarterly before the 10th of the last month, and at year end before 10 November instead of the fourth quarter', () => {
    // "trước ngày 10 tháng cuối quý, riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11"
    expect(ninhBinhHealth2026.reporting.map(({ frequency, month, day, before, replaces }) => ({ frequency, month, day, before, replaces }))).toEqual([
      { frequency: 'quarterly', month: 3, day: 10, before: true, replaces: undefined },
      { frequency: 'yearly', month: 11, day: 10, before: true, replaces: { frequency: 'quarterly', period: 4 } },
    ]);
  });

  it('has four reporting deadlines a year, the 9th being the last day of each', () => {
    // worked by hand for 2026: the 10th of March, June and September (the quarters' last
    // months), then 10 November for the year, which stands in for the fourth quarter;
    // “trước ngày 10” leaves the 9th as the last day
    expect(reportingDeadlines(ninhBinhHealth2026, 2026).map((d) => [d.period, d.deadline, d.lastDay, d.replaces])).toEqual([
      ['2026-Q1', '2026-03-10', '2026-03-09', undefined],
      ['2026-Q2', '2026-06-10', '2026-06-09', undefined],
      ['2026-Q3', '2026-09-10', '2026-09-09', undefined],
      ['2026', '2026-11-10', '2026-11-09', '2026-Q4'],
    ]);
  });

  it('finds the missing immunization target in section II.2.1.c, distinct from under-1 full immunization', () => {
    const seed = readFileSync(seedPath, 'utf8');
    const sentence = target(`${P}tcmr-vaccines`).text?.vi ?? '';
    // the seed's line 82 ends the sentence with “;”
    expect(seed).toContain(`${sentence};`);
    expect(target(`${P}tcmr-vaccines`).aspirational).toBeUndefined();
    expect(target(`${P}tcmr-full-immunization`).indicator).not.toBe(target(`${P}tcmr-vaccines`).indicator);
  });

  it('normalises only the LaTeX “≥” artefact of the seed', () => {
    // worked by hand: '$\geq 95\%$' → '≥ 95%'; other text is untouched
    expect(normaliseSeed('đạt $\\geq 95\\%$;')).toBe('đạt ≥ 95%;');
    expect(normaliseSeed('đạt trên 95%')).toBe('đạt trên 95%');
  });

  it(
    'quotes every target, objective and reporting rule verbatim from the seed',
    () => {
      const seed = normaliseSeed(readFileSync(seedPath, 'utf8'));
      const quoted = [
        ninhBinhHealth2026.title.vi,
        ninhBinhHealth2026.issuedText ?? 'missing issuedText',
        ...ninhBinhHealth2026.objectives.map((objective) => objective.text.vi),
        ...targets.map((t) => t.text?.vi ?? `missing text: ${t.id}`),
        ...targets.flatMap((t) => (t.scope === undefined ? [] : [t.scope.vi])),
        ...ninhBinhHealth2026.reporting.map((rule) => rule.text?.vi ?? 'missing reporting text'),
      ];
      expect(quoted.filter((text) => !seed.includes(text))).toEqual([]);
    },
  );
});
