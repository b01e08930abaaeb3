/**
 * The fields the evaluation rules of issue #10 read: an indicator's nature, reference range
 * and variant; a target's governing target and a level's aim; an observation's population
 * basis; a reporting rule's replacement. Each is optional: absent, the parsed object has no
 * such key; present, it parses to its stored form.
 */
import { describe, expect, it } from 'vitest';
import { IndicatorSchema, ObservationSchema, PlanSchema, ReportingRuleSchema, TargetSchema } from '../../src/model/index.js';

/** The chitieu rule code of each issue (in `params.code`), else zod's own code. */
function codes(result: { error?: { issues: readonly object[] } }): string[] | undefined {
  return result.error?.issues.map((issue) => {
    const { code, params } = issue as { code: string; params?: { code?: string } };
    return params?.code ?? code;
  });
}

const doctors = {
  id: 'doctors-per-10k', name: { vi: 'Số bác sĩ trên 10.000 dân', en: 'Doctors per 10,000 population' }, measure: 'rate',
  unit: { vi: 'bác sĩ/vạn dân', en: 'doctors per 10,000 population' }, multiplier: 10000, polarity: 'higher-is-better', decimals: 1,
} as const;

describe('indicator: nature, referenceRange, variantOf', () => {
  it('are absent unless given', () => {
    const parsed = IndicatorSchema.parse(doctors);
    expect('nature' in parsed || 'referenceRange' in parsed || 'variantOf' in parsed).toBe(false);
  });

  it('accept flow and stock only', () => {
    expect(IndicatorSchema.parse({ ...doctors, nature: 'stock' }).nature).toBe('stock');
    expect(IndicatorSchema.parse({ ...doctors, nature: 'flow' }).nature).toBe('flow');
    expect(IndicatorSchema.safeParse({ ...doctors, nature: 'state' }).error?.issues[0]?.path).toEqual(['nature']);
  });

  it('store the reference range as decimal strings; equal bounds are a one-point band', () => {
    // the natural sex ratio at birth: about 104–107 boys per 100 girls
    const range = { lower: 104, upper: '107', note: { vi: 'Mức tự nhiên', en: 'Natural level' } };
    expect(IndicatorSchema.parse({ ...doctors, referenceRange: range }).referenceRange).toEqual({ lower: '104', upper: '107', note: range.note });
    expect(IndicatorSchema.safeParse({ ...doctors, referenceRange: { lower: '105', upper: '105' } }).success).toBe(true);
    // compared as decimals, not as text: '99.5' < '104' although '9' > '1'
    expect(IndicatorSchema.safeParse({ ...doctors, referenceRange: { lower: '99.5', upper: '104' } }).success).toBe(true);
    // a bound that is not a decimal gets its own issue; the order rule does not throw on it
    expect(IndicatorSchema.safeParse({ ...doctors, referenceRange: { lower: '104', upper: '107,0' } }).error?.issues[0]?.path).toEqual(['referenceRange', 'upper']);
    // a note must carry both languages, like every text of an indicator
    expect(IndicatorSchema.safeParse({ ...doctors, referenceRange: { lower: '104', upper: '107', note: { vi: 'x' } } }).success).toBe(false);
  });

  it('take a kebab-case id in variantOf', () => {
    const variant = { ...doctors, id: 'beds-per-10k-incl-commune-stations', variantOf: 'beds-per-10k' };
    expect(IndicatorSchema.parse(variant).variantOf).toBe('beds-per-10k');
    expect(IndicatorSchema.safeParse({ ...variant, variantOf: 'Beds per 10k' }).error?.issues[0]?.path).toEqual(['variantOf']);
  });
});

describe('target: governedBy and aim', () => {
  const floor = { id: 'tn/station-doctors', indicator: 'station-doctors', comparator: '>=', value: 4, aim: 5, due: '2027-12-31' } as const;

  it('store aim as a decimal string beside value, with > and >=; equal to value is allowed', () => {
    const parsed = TargetSchema.parse(floor);
    expect(parsed.kind === 'level' ? [parsed.comparator, parsed.value, parsed.aim] : []).toEqual(['>=', '4', '5']);
    expect(TargetSchema.safeParse({ ...floor, comparator: '>' }).success).toBe(true);
    expect(TargetSchema.safeParse({ ...floor, aim: 4 }).success).toBe(true);
    for (const comparator of ['<', '<=', '=', 'between'] as const) {
      const result = TargetSchema.safeParse({ ...floor, comparator, upper: comparator === 'between' ? '6' : undefined });
      expect(codes(result), comparator).toEqual(['AIM_WITHOUT_FLOOR']);
    }
  });

  it('keep aim to level targets: other kinds refuse it as an unknown key', () => {
    const maintain = TargetSchema.safeParse({ ...floor, kind: 'maintain' });
    expect(maintain.success).toBe(false);
    expect(maintain.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['aim'], path: [] });
  });

  it('take governedBy on any kind of target', () => {
    const appendix = TargetSchema.parse({ kind: 'maintain', id: 'b', indicator: 'x', comparator: '>=', value: '20', due: '2030-12-31', governedBy: 'a' });
    expect(appendix.governedBy).toBe('a');
  });

  it('let a plan record which side of a contradiction governs', () => {
    // Thống Nhất (002): “tuổi thọ trung bình đạt 77,67 tuổi” in the objectives, “76,5” in
    // the appendix's row label; the objectives govern.
    const plan = PlanSchema.parse({
      id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
      area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2030 },
      objectives: [{
        id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' },
        targets: [
          { id: 'body', indicator: 'life-expectancy', comparator: '>=', value: '77.67', due: '2030-12-31' },
          { id: 'appendix', indicator: 'life-expectancy', comparator: '>=', value: '76.5', due: '2030-12-31', governedBy: 'body' },
        ],
      }],
    });
    expect(plan.objectives[0]?.targets.map((target) => [target.id, target.governedBy])).toEqual([
      ['body', undefined],
      ['appendix', 'body'],
    ]);
  });
});

describe('observation: populationBasis', () => {
  const ratio = { indicator: 'doctors-per-10k', area: 'x', period: '2026', numerator: 21, denominator: 12000 } as const;

  it('accepts the four bases with a numerator and denominator, and nothing else', () => {
    for (const basis of ['same-date', 'mid-year', 'start-of-year', 'end-of-year'] as const) {
      expect(ObservationSchema.parse({ ...ratio, populationBasis: basis }).populationBasis).toBe(basis);
    }
    expect(ObservationSchema.safeParse({ ...ratio, populationBasis: 'average' }).error?.issues[0]?.path).toEqual(['populationBasis']);
    expect('populationBasis' in ObservationSchema.parse(ratio)).toBe(false);
  });
});

describe('reporting rule: replaces', () => {
  it('accepts every shorter period that exists within the rule’s period', () => {
    // months per period: monthly 1, quarterly 3, six-monthly 6, yearly 12
    const ok: [string, string, number][] = [
      ['yearly', 'quarterly', 4], // 12 / 3 = 4 quarters
      ['yearly', 'six-monthly', 2], // 12 / 6 = 2 halves
      ['yearly', 'monthly', 12],
      ['six-monthly', 'quarterly', 2], // 6 / 3 = 2
      ['quarterly', 'monthly', 3], // 3 / 1 = 3
    ];
    for (const [frequency, replaced, last] of ok) {
      expect(ReportingRuleSchema.safeParse({ frequency, replaces: { frequency: replaced, period: last } }).success, `${frequency}/${replaced}`).toBe(true);
      const beyond = ReportingRuleSchema.safeParse({ frequency, replaces: { frequency: replaced, period: last + 1 } });
      expect(codes(beyond), `${frequency}/${replaced}`).toEqual(
        ['REPLACES_UNKNOWN_PERIOD'],
      );
    }
  });

  it('rejects replacing a period as long as or longer than the rule’s own', () => {
    for (const [frequency, replaced] of [['quarterly', 'quarterly'], ['quarterly', 'six-monthly'], ['monthly', 'yearly']]) {
      const result = ReportingRuleSchema.safeParse({ frequency, replaces: { frequency: replaced, period: 1 } });
      expect(codes(result), `${frequency}/${replaced}`).toEqual(['REPLACES_LONGER_PERIOD']);
    }
  });

  it('rejects a period that is not a whole number from 1', () => {
    for (const period of [0, 1.5, -4]) {
      expect(ReportingRuleSchema.safeParse({ frequency: 'yearly', replaces: { frequency: 'quarterly', period } }).success, String(period)).toBe(false);
    }
  });
});
