/**
 * parseWith and its wrappers: every failure code with its path and both messages. The
 * messages of chitieu's own rules are the library's wording (src/model); those of zod's
 * checks come from zod's `en` and `vi` locales (node_modules/zod/v4/locales/{en,vi}.js).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChitieuError } from '../../src/errors.js';
import {
  parseIndicator,
  parseObservation,
  parseObservations,
  parsePlan,
  parsePopulation,
  parseTarget,
  TargetSchema,
} from '../../src/model/index.js';
import { parseWith } from '../../src/model/parseWith.js';
import { indicator, level, plan } from './fixtures.js';

function failure(run: () => unknown): ChitieuError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    return error as ChitieuError;
  }
  throw new Error('expected a ChitieuError, nothing was thrown');
}

describe('chitieu rule codes', () => {
  const cases: { name: string; run: () => unknown; field: string; path: (string | number)[]; en: string; vi: string }[] = [
    {
      name: 'RANGE_WITHOUT_UPPER',
      run: () => parseTarget({ ...level, comparator: 'between', value: '4' }),
      field: 'upper', path: ['upper'],
      en: "a 'between' target needs an upper bound",
      vi: "chỉ tiêu dạng khoảng ('between') cần có cận trên (upper)",
    },
    {
      name: 'RANGE_REVERSED',
      // 5 > 4 as decimals: the upper bound is below the value
      run: () => parseTarget({ ...level, comparator: 'between', value: '5', upper: '4' }),
      field: 'upper', path: ['upper'],
      en: 'upper (4) must not be below value (5)',
      vi: 'cận trên (4) không được nhỏ hơn giá trị (5)',
    },
    {
      name: 'UPPER_WITHOUT_RANGE',
      run: () => parseTarget({ ...level, upper: '20' }),
      field: 'upper', path: ['upper'],
      en: "upper is only allowed with comparator 'between' (got '>=')",
      vi: "cận trên (upper) chỉ dùng với toán tử 'between' (nhận '>=')",
    },
    {
      name: 'CHANGE_WITHOUT_BASELINE',
      run: () => parseTarget({ kind: 'change', id: 'c', indicator: 'physical-activity', change: 'unspecified', comparator: '>=', value: '10', due: '2030-12-31' }),
      field: 'baseline', path: ['baseline'],
      en: 'a change target needs a baseline period to measure the change from',
      vi: 'chỉ tiêu thay đổi cần có kỳ gốc (baseline) để tính mức thay đổi',
    },
    {
      name: 'FROM_AFTER_DUE',
      run: () => parseTarget({ ...level, from: '2027-01-01' }),
      field: 'from', path: ['from'],
      en: 'from (2027-01-01) is after the due date (2026-12-31)',
      vi: 'ngày bắt đầu (2027-01-01) sau thời hạn (2026-12-31)',
    },
    {
      name: 'UNKNOWN_COMPARATOR',
      run: () => parseTarget({ ...level, comparator: '=>' }),
      field: 'comparator', path: ['comparator'],
      en: "unknown comparator '=>': expected one of '>', '>=', '<', '<=', '=', 'between'",
      vi: "toán tử so sánh '=>' không hợp lệ: cần một trong '>', '>=', '<', '<=', '=', 'between'",
    },
    {
      name: 'UNKNOWN_COMPARATOR (share condition)',
      run: () => parseTarget({ kind: 'share', id: 's', indicator: 'stations-with-4-doctors', due: '2026-12-31', units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: 'ít nhất', value: '4' }, comparator: '>=', value: '100' }),
      field: 'condition.comparator', path: ['condition', 'comparator'],
      en: "unknown comparator 'ít nhất': expected one of '>', '>=', '<', '<=', '='",
      vi: "toán tử so sánh 'ít nhất' không hợp lệ: cần một trong '>', '>=', '<', '<=', '='",
    },
    {
      name: 'UNKNOWN_KIND',
      run: () => parseTarget({ ...level, kind: 'ratio' }),
      field: 'kind', path: ['kind'],
      en: "unknown target kind 'ratio': expected one of 'level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'",
      vi: "loại chỉ tiêu 'ratio' không hợp lệ: cần một trong 'level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'",
    },
    {
      name: 'DUE_BEFORE_ISSUE',
      // issued 31/12/2025 (as Thống Nhất's 39-KH/ĐU); a target due 30/06/2025 falls before it
      run: () => parsePlan(plan({ issued: '2025-12-31' }, [level, { ...level, id: 't2', due: '2025-06-30' }])),
      field: 'objectives[0].targets[1].due', path: ['objectives', 0, 'targets', 1, 'due'],
      en: "due date 2025-06-30 is before the plan's issue date 2025-12-31",
      vi: 'thời hạn 2025-06-30 trước ngày ban hành kế hoạch 2025-12-31',
    },
    {
      name: 'DUPLICATE_ID (targets)',
      run: () => parsePlan(plan({}, [level, level])),
      field: 'objectives[0].targets[1].id', path: ['objectives', 0, 'targets', 1, 'id'],
      en: "target id 't' is used twice",
      vi: "mã chỉ tiêu 't' bị dùng hai lần",
    },
    {
      name: 'DUPLICATE_ID (objectives)',
      run: () => parsePlan(plan({ objectives: [{ id: 'o', kind: 'general', horizon: 2030, text: { vi: 'a' } }, { id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'b' } }] })),
      field: 'objectives[1].id', path: ['objectives', 1, 'id'],
      en: "objective id 'o' is used twice",
      vi: "mã mục tiêu 'o' bị dùng hai lần",
    },
    {
      name: 'PERIOD_REVERSED',
      run: () => parsePlan(plan({ period: { from: 2030, to: 2026 } })),
      field: 'period.to', path: ['period', 'to'],
      en: 'the period ends (2026) before it starts (2030)',
      vi: 'giai đoạn kết thúc (2026) trước khi bắt đầu (2030)',
    },
    {
      name: 'UNKNOWN_TARGET',
      run: () => parsePlan(plan({}, [{ ...level, milestoneOf: 'nowhere' }])),
      field: 'objectives[0].targets[0].milestoneOf', path: ['objectives', 0, 'targets', 0, 'milestoneOf'],
      en: "milestoneOf names target 'nowhere', which is not in the plan",
      vi: "milestoneOf trỏ tới chỉ tiêu 'nowhere' không có trong kế hoạch",
    },
    {
      name: 'MILESTONE_NOT_BEFORE_TARGET',
      run: () => parsePlan(plan({}, [{ ...level, id: 'm', due: '2027-12-31', milestoneOf: 't' }, level])),
      field: 'objectives[0].targets[0].milestoneOf', path: ['objectives', 0, 'targets', 0, 'milestoneOf'],
      en: "a milestone (due 2027-12-31) must fall due before its target 't' (due 2026-12-31)",
      vi: "mốc trung gian (hạn 2027-12-31) phải đến hạn trước chỉ tiêu 't' (hạn 2026-12-31)",
    },
    {
      name: 'AIM_WITHOUT_FLOOR',
      // an aim beyond a ceiling means nothing: “dưới 15,5%” has no higher figure to aspire to
      run: () => parseTarget({ ...level, comparator: '<', value: '15.5', aim: '14' }),
      field: 'aim', path: ['aim'],
      en: "aim is only allowed with comparator '>' or '>=' (got '<')",
      vi: "mức phấn đấu (aim) chỉ dùng với toán tử '>' hoặc '>=' (nhận '<')",
    },
    {
      name: 'AIM_BELOW_VALUE',
      // “ít nhất từ 4 - 5” written the wrong way round: aim 4 is below the floor 5
      run: () => parseTarget({ ...level, value: '5', aim: '4' }),
      field: 'aim', path: ['aim'],
      en: 'aim (4) must not be below value (5)',
      vi: 'mức phấn đấu (4) không được nhỏ hơn giá trị (5)',
    },
    {
      name: 'GOVERNED_BY_ITSELF',
      run: () => parsePlan(plan({}, [{ ...level, governedBy: 't' }])),
      field: 'objectives[0].targets[0].governedBy', path: ['objectives', 0, 'targets', 0, 'governedBy'],
      en: "target 't' cannot be governed by itself",
      vi: "chỉ tiêu 't' không thể do chính nó chi phối",
    },
    {
      name: 'UNKNOWN_TARGET (governedBy)',
      run: () => parsePlan(plan({}, [level, { ...level, id: 'appendix', governedBy: 'nowhere' }])),
      field: 'objectives[0].targets[1].governedBy', path: ['objectives', 0, 'targets', 1, 'governedBy'],
      en: "governedBy names target 'nowhere', which is not in the plan",
      vi: "governedBy trỏ tới chỉ tiêu 'nowhere' không có trong kế hoạch",
    },
    {
      name: 'GOVERNING_TARGET_GOVERNED',
      // a chain a → b → t: the governing target must itself be judged
      run: () => parsePlan(plan({}, [{ ...level, id: 'a', governedBy: 'b' }, { ...level, id: 'b', governedBy: 't' }, level])),
      field: 'objectives[0].targets[0].governedBy', path: ['objectives', 0, 'targets', 0, 'governedBy'],
      en: "governedBy names target 'b', which is itself governed by 't'",
      vi: "governedBy trỏ tới chỉ tiêu 'b', chỉ tiêu này lại do 't' chi phối",
    },
    {
      name: 'REPLACES_LONGER_PERIOD',
      run: () => parsePlan(plan({ reporting: [{ frequency: 'quarterly', replaces: { frequency: 'yearly', period: 1 } }, { frequency: 'yearly' }] })),
      field: 'reporting[0].replaces.frequency', path: ['reporting', 0, 'replaces', 'frequency'],
      en: 'a quarterly report cannot replace a yearly one: the replaced period must be shorter',
      vi: 'báo cáo kỳ quarterly không thể thay cho báo cáo kỳ yearly: kỳ được thay phải ngắn hơn',
    },
    {
      name: 'REPLACES_UNKNOWN_PERIOD',
      // 12 months / 3 = 4 quarters in a year: there is no fifth
      run: () => parsePlan(plan({ reporting: [{ frequency: 'quarterly' }, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: 5 } }] })),
      field: 'reporting[1].replaces.period', path: ['reporting', 1, 'replaces', 'period'],
      en: 'a yearly period has 4 quarterly periods (got period 5)',
      vi: 'một kỳ yearly có 4 kỳ quarterly (nhận kỳ 5)',
    },
    {
      name: 'REPLACES_UNKNOWN_RULE',
      run: () => parsePlan(plan({ reporting: [{ frequency: 'yearly', month: 11, day: 10, before: true, replaces: { frequency: 'quarterly', period: 4 } }] })),
      field: 'reporting[0].replaces.frequency', path: ['reporting', 0, 'replaces', 'frequency'],
      en: 'replaces names a quarterly report, but the plan has no quarterly reporting rule',
      vi: 'replaces trỏ tới báo cáo kỳ quarterly nhưng kế hoạch không có quy định báo cáo kỳ quarterly',
    },
    {
      name: 'REFERENCE_RANGE_REVERSED',
      run: () => parseIndicator({ ...indicator, referenceRange: { lower: '107', upper: '104' } }),
      field: 'referenceRange.upper', path: ['referenceRange', 'upper'],
      en: "the reference range's upper bound (104) is below its lower bound (107)",
      vi: 'cận trên của khoảng tham chiếu (104) nhỏ hơn cận dưới (107)',
    },
    {
      name: 'VARIANT_OF_ITSELF',
      run: () => parseIndicator({ ...indicator, variantOf: 'sex-ratio-at-birth' }),
      field: 'variantOf', path: ['variantOf'],
      en: "indicator 'sex-ratio-at-birth' cannot be a variant of itself",
      vi: "chỉ số 'sex-ratio-at-birth' không thể là biến thể của chính nó",
    },
    {
      name: 'POPULATION_BASIS_WITHOUT_RATIO',
      run: () => parseObservation({ indicator: 'doctors-per-10k', area: 'x', period: '2026', value: '17.5', populationBasis: 'same-date' }),
      field: 'populationBasis', path: ['populationBasis'],
      en: 'populationBasis is only allowed with numerator and denominator',
      vi: 'cơ sở dân số (populationBasis) chỉ dùng với tử số và mẫu số',
    },
    {
      name: 'INCOMPLETE_RATIO',
      run: () => parseObservation({ indicator: 'beds-per-10k', area: 'x', period: '2026', numerator: '59' }),
      field: 'denominator', path: ['denominator'],
      en: 'numerator and denominator must be given together',
      vi: 'tử số và mẫu số phải đi cùng nhau',
    },
    {
      name: 'VALUE_OR_RATIO',
      run: () => parseObservation({ indicator: 'beds-per-10k', area: 'x', period: '2026' }),
      field: 'value', path: ['value'],
      en: 'give either value or numerator and denominator, not both and not neither',
      vi: 'cần giá trị (value) hoặc cặp tử số và mẫu số, không được có cả hai hay thiếu cả hai',
    },
    {
      name: 'INCOMPLETE_INTERVAL',
      run: () => parseObservation({ indicator: 'stunting-under-5', area: 'VN', period: '2020', value: '19.6', lower: '19.1' }),
      field: 'upper', path: ['upper'],
      en: 'lower and upper must be given together',
      vi: 'cận dưới (lower) và cận trên (upper) phải đi cùng nhau',
    },
    {
      name: 'INTERVAL_WITHOUT_VALUE',
      run: () => parseObservation({ indicator: 'stunting-under-5', area: 'VN', period: '2020', numerator: '5', denominator: '10', lower: '0.1', upper: '0.9' }),
      field: 'lower', path: ['lower'],
      en: 'an interval (lower, upper) is only allowed with a numeric value',
      vi: 'khoảng tin cậy (lower, upper) chỉ dùng với giá trị số (value)',
    },
    {
      name: 'LEVEL_WITHOUT_INTERVAL',
      run: () => parseObservation({ indicator: 'stunting-under-5', area: 'VN', period: '2020', value: '19.6', level: 0.95 }),
      field: 'level', path: ['level'],
      en: 'level is only allowed with lower and upper',
      vi: 'mức tin cậy (level) chỉ dùng với lower và upper',
    },
    {
      name: 'VALUE_OUTSIDE_INTERVAL',
      // 21 > 20.1
      run: () => parseObservation({ indicator: 'stunting-under-5', area: 'VN', period: '2020', value: '21', lower: '19.1', upper: '20.1' }),
      field: 'value', path: ['value'],
      en: 'value must lie between lower and upper',
      vi: 'giá trị (value) phải nằm giữa lower và upper',
    },
    {
      name: 'PER_WITHOUT_RATIO',
      run: () => parseObservation({ indicator: 'beds-per-10k', area: 'x', period: '2026', value: '49.2', per: '10000' }),
      field: 'per', path: ['per'],
      en: 'per is only allowed with numerator and denominator',
      vi: 'hệ số (per) chỉ dùng với tử số và mẫu số',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const error = failure(c.run);
      const code = c.name.split(' ')[0];
      expect(error.code).toBe('SCHEMA');
      expect(error.field).toBe(c.field);
      expect(error.issues[0]).toEqual({ path: c.path, code, message: { en: c.en, vi: c.vi } });
      expect(error.message.startsWith(`${c.field}: ${c.en}`)).toBe(true);
      expect(error.vi.startsWith(`${c.field}: ${c.vi}`)).toBe(true);
    });
  }
});

describe("zod's own checks", () => {
  it("take the Vietnamese from zod's vi locale", () => {
    const error = failure(() => parseTarget({ ...level, id: undefined }));
    // zod en: "Invalid input: expected string, received undefined"
    // zod vi: "Đầu vào không hợp lệ: mong đợi string, nhận được undefined"
    expect(error.issues[0]).toEqual({
      path: ['id'],
      code: 'invalid_type',
      message: { en: 'Invalid input: expected string, received undefined', vi: 'Đầu vào không hợp lệ: mong đợi string, nhận được undefined' },
    });
    expect(error.field).toBe('id');
  });

  it("translate the model's own schema messages", () => {
    // the Vietnamese decimal comma is not accepted: '95,2' must be written '95.2'
    const error = failure(() => parseObservations([
      { indicator: 'health-insurance-coverage', area: 'x', period: '2025', value: '94.8' },
      { indicator: 'health-insurance-coverage', area: 'x', period: '2026', value: '95,2' },
    ]));
    expect(error.field).toBe('observations[1].value');
    expect(error.issues[0]?.message).toEqual({
      en: 'expected a decimal number written with "." (e.g. 17.5)',
      vi: 'cần một số thập phân viết bằng dấu "." (ví dụ 17.5)',
    });
  });

  it('count every issue in the message', () => {
    const error = failure(() => parseIndicator({ id: 'Bad Id', name: { vi: 'x', en: 'x' }, measure: 'rate', unit: { vi: 'x', en: 'x' }, polarity: 'up', decimals: 1 }));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['id', 'polarity']);
    expect(error.message).toBe('id: expected a kebab-case id (and 1 more issue)');
    expect(error.vi).toBe('id: cần mã dạng kebab-case (chữ thường, số, dấu "-") (và 1 lỗi khác)');
  });

  it('name the root when the input itself is wrong', () => {
    expect(failure(() => parsePlan(null)).field).toBe('input');
    expect(failure(() => parseObservations({})).field).toBe('observations');
  });

  it('population counts are not negative', () => {
    const error = failure(() => parsePopulation({ area: 'x', date: '2026-07-01', count: '-1' }));
    expect(error.issues[0]?.message.vi).toBe('cần một số đếm không âm');
  });

  it('leave zod’s global configuration alone: the schemas alone report zod’s generic issue', () => {
    failure(() => parseTarget({ ...level, id: 3 }));
    const again = TargetSchema.safeParse({ ...level, id: 3 });
    expect(again.error?.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'string', path: ['id'] });
  });

  it('parseWith takes any schema and a field prefix', () => {
    const error = failure(() => parseWith(z.object({ n: z.number() }), { n: 'x' }, 'options'));
    expect(error.field).toBe('options.n');
    expect(parseWith(z.object({ n: z.number() }), { n: 2 })).toEqual({ n: 2 });
  });
});
