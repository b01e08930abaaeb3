import { describe, expect, it } from 'vitest';
import { reportingDeadlines, type ReportingDeadline } from '../../src/calendar/index.js';
import type { Plan, ReportingRule } from '../../src/model/index.js';
import { errorOf } from '../helpers/errors.js';

// test/fixtures/seeds/004_601fc4afb53c578e.txt, line 192 (Ninh Bình Department of Health):
// “Định kỳ hàng quý báo cáo kết quả về Sở Y tế (qua phòng Tài chính) trước ngày 10 tháng
// cuối quý, riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11 …”
const ninhBinh: { reporting: ReportingRule[] } = {
  reporting: [
    {
      frequency: 'quarterly',
      month: 3, // the last month of the quarter
      day: 10,
      before: true,
      text: { vi: 'Định kỳ hàng quý báo cáo kết quả về Sở Y tế (qua phòng Tài chính) trước ngày 10 tháng cuối quý' },
    },
    {
      frequency: 'yearly',
      month: 11,
      day: 10,
      before: true,
      // “riêng kỳ cuối năm”: the year-end report takes the place of the fourth quarter's
      replaces: { frequency: 'quarterly', period: 4 },
      text: { vi: 'riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11' },
    },
  ],
};

describe('reportingDeadlines', () => {
  it("gives Ninh Bình's four 2026 deadlines: three quarters, then the year-end report in place of the fourth quarter's", () => {
    const deadlines = reportingDeadlines(ninhBinh, 2026);
    const withoutText = deadlines.map((deadline) => {
      const rest: { -readonly [K in keyof ReportingDeadline]?: ReportingDeadline[K] } = { ...deadline };
      delete rest.text;
      return rest;
    });
    // “trước ngày 10 tháng cuối quý”: the 10th of March, June and September, so the 9th is
    // the last day; “trước ngày 10/11”: 10 November, last day 9 November. Q4's own deadline
    // (10 December) is gone: the year-end report replaces it.
    expect(withoutText).toEqual([
      { frequency: 'quarterly', period: '2026-Q1', periodStart: '2026-01-01', periodEnd: '2026-03-31', deadline: '2026-03-10', before: true, lastDay: '2026-03-09' },
      { frequency: 'quarterly', period: '2026-Q2', periodStart: '2026-04-01', periodEnd: '2026-06-30', deadline: '2026-06-10', before: true, lastDay: '2026-06-09' },
      { frequency: 'quarterly', period: '2026-Q3', periodStart: '2026-07-01', periodEnd: '2026-09-30', deadline: '2026-09-10', before: true, lastDay: '2026-09-09' },
      {
        frequency: 'yearly',
        period: '2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline: '2026-11-10',
        before: true,
        lastDay: '2026-11-09',
        replaces: '2026-Q4',
      },
    ]);
    expect(deadlines[3]?.text?.vi).toBe('riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11');
  });

  it('keeps the fourth quarter when the yearly rule does not replace it', () => {
    const [quarterly, yearly] = ninhBinh.reporting as [ReportingRule, ReportingRule];
    const plainYearly: ReportingRule = { ...yearly };
    delete plainYearly.replaces;
    const deadlines = reportingDeadlines({ reporting: [quarterly, plainYearly] }, 2026);
    expect(deadlines.map((d) => [d.period, d.deadline])).toEqual([
      ['2026-Q1', '2026-03-10'],
      ['2026-Q2', '2026-06-10'],
      ['2026-Q3', '2026-09-10'],
      ['2026', '2026-11-10'],
      ['2026-Q4', '2026-12-10'],
    ]);
    expect(deadlines.some((d) => d.replaces !== undefined)).toBe(false);
  });

  it('replaces the matching period of each longer period: month 3 of every quarter, H1 of the year', () => {
    // a quarterly report replacing the third month's: March, June, September, December go
    const monthly = reportingDeadlines({ reporting: [{ frequency: 'monthly' }, { frequency: 'quarterly', replaces: { frequency: 'monthly', period: 3 } }] }, 2026);
    expect(monthly.filter((d) => d.frequency === 'monthly').map((d) => d.period)).toEqual([
      '2026-01', '2026-02', '2026-04', '2026-05', '2026-07', '2026-08', '2026-10', '2026-11',
    ]);
    expect(monthly.filter((d) => d.frequency === 'quarterly').map((d) => d.replaces)).toEqual(['2026-03', '2026-06', '2026-09', '2026-12']);
    // a yearly report replacing the first half's: only H2 is left; both fall due on 31
    // December, and the year, which starts first, comes first
    const halves = reportingDeadlines({ reporting: [{ frequency: 'six-monthly' }, { frequency: 'yearly', replaces: { frequency: 'six-monthly', period: 1 } }] }, 2026);
    expect(halves.map((d) => [d.period, d.deadline, d.replaces])).toEqual([
      ['2026', '2026-12-31', '2026-H1'],
      ['2026-H2', '2026-12-31', undefined],
    ]);
  });

  it('says which day is the last: the day before a “trước ngày” deadline, across months and years', () => {
    // before 1 March 2024: 29 February (a leap year); before 1 March 2026: 28 February
    expect(reportingDeadlines({ reporting: [{ frequency: 'yearly', month: 3, day: 1, before: true }] }, 2024)[0]?.lastDay).toBe('2024-02-29');
    expect(reportingDeadlines({ reporting: [{ frequency: 'yearly', month: 3, day: 1, before: true }] }, 2026)[0]?.lastDay).toBe('2026-02-28');
    // before 1 January 2026: 31 December 2025, the year before
    expect(reportingDeadlines({ reporting: [{ frequency: 'yearly', month: 1, day: 1, before: true }] }, 2026)[0]).toMatchObject({
      deadline: '2026-01-01',
      lastDay: '2025-12-31',
    });
    // without “trước”, the printed day is the last day
    expect(reportingDeadlines({ reporting: [{ frequency: 'yearly', month: 11, day: 10 }] }, 2026)[0]).toMatchObject({
      deadline: '2026-11-10',
      before: false,
      lastDay: '2026-11-10',
    });
  });

  it('uses the last day of each period when the rule gives no deadline', () => {
    const deadlines = reportingDeadlines({ reporting: [{ frequency: 'six-monthly' }] }, 2026);
    expect(deadlines).toEqual([
      { frequency: 'six-monthly', period: '2026-H1', periodStart: '2026-01-01', periodEnd: '2026-06-30', deadline: '2026-06-30', before: false, lastDay: '2026-06-30' },
      { frequency: 'six-monthly', period: '2026-H2', periodStart: '2026-07-01', periodEnd: '2026-12-31', deadline: '2026-12-31', before: false, lastDay: '2026-12-31' },
    ]);
    // monthly without a day: each month's last day, February 29 in a leap year
    const monthly = reportingDeadlines({ reporting: [{ frequency: 'monthly' }] }, 2024);
    expect(monthly).toHaveLength(12);
    expect(monthly[1]).toMatchObject({ period: '2024-02', deadline: '2024-02-29' });
    expect(monthly[11]).toMatchObject({ period: '2024-12', periodStart: '2024-12-01', deadline: '2024-12-31' });
  });

  it('counts the month within the period: month 2 of H2 is August', () => {
    const [h1, h2] = reportingDeadlines({ reporting: [{ frequency: 'six-monthly', month: 2, day: 15 }] }, 2026);
    expect(h1?.deadline).toBe('2026-02-15');
    expect(h2?.deadline).toBe('2026-08-15');
  });

  it('sorts same-day deadlines by period start, then rule order', () => {
    const deadlines = reportingDeadlines(
      {
        reporting: [
          { frequency: 'quarterly' }, // Q4 ends 2026-12-31
          { frequency: 'yearly' }, // the year ends 2026-12-31 and starts earlier
          { frequency: 'monthly' }, // December's deadline is 2026-12-31 too
        ],
      },
      2026,
    );
    expect(deadlines).toHaveLength(4 + 1 + 12);
    const last = deadlines.filter((d) => d.deadline === '2026-12-31').map((d) => d.period);
    // starts: 2026-01-01 (year), 2026-10-01 (Q4), 2026-12-01 (December)
    expect(last).toEqual(['2026', '2026-Q4', '2026-12']);
  });

  it('sorts by deadline before period start: a yearly report due 5 January comes before January’s, due the 28th', () => {
    const deadlines = reportingDeadlines({ reporting: [{ frequency: 'monthly', month: 1, day: 28 }, { frequency: 'yearly', month: 1, day: 5 }] }, 2026);
    // both periods start on 1 January; deadlines 2026-01-05 (year) < 2026-01-28 (January) < 2026-02-28 …
    expect(deadlines.slice(0, 3).map((d) => [d.period, d.deadline])).toEqual([
      ['2026', '2026-01-05'],
      ['2026-01', '2026-01-28'],
      ['2026-02', '2026-02-28'],
    ]);
  });

  it('keeps rules with the same deadline and period in the order of the rules', () => {
    const rule = (vi: string): ReportingRule => ({ frequency: 'yearly', text: { vi } });
    const deadlines = reportingDeadlines({ reporting: [rule('a'), rule('b'), rule('c')] }, 2026);
    expect(deadlines.map((d) => [d.deadline, d.text?.vi])).toEqual([
      ['2026-12-31', 'a'],
      ['2026-12-31', 'b'],
      ['2026-12-31', 'c'],
    ]);
  });

  it('a half-year report replacing the second quarter of each half: Q2 and Q4 go', () => {
    // each half has 6 / 3 = 2 quarters: the second of H1 is Q2, the second of H2 is Q4
    const deadlines = reportingDeadlines({ reporting: [{ frequency: 'quarterly' }, { frequency: 'six-monthly', replaces: { frequency: 'quarterly', period: 2 } }] }, 2026);
    expect(deadlines.map((d) => [d.period, d.deadline, d.replaces])).toEqual([
      ['2026-Q1', '2026-03-31', undefined],
      ['2026-H1', '2026-06-30', '2026-Q2'],
      ['2026-Q3', '2026-09-30', undefined],
      ['2026-H2', '2026-12-31', '2026-Q4'],
    ]);
  });

  it('a deadline has no replaces or text key unless its rule gives one', () => {
    const [plain] = reportingDeadlines({ reporting: [{ frequency: 'yearly' }] }, 2026);
    expect(Object.keys(plain ?? {})).toEqual(['frequency', 'period', 'periodStart', 'periodEnd', 'deadline', 'before', 'lastDay']);
    const last = reportingDeadlines(ninhBinh, 2026)[3];
    expect(Object.keys(last ?? {})).toEqual(['frequency', 'period', 'periodStart', 'periodEnd', 'deadline', 'before', 'lastDay', 'replaces', 'text']);
  });

  it('accepts a plan without reporting rules, and a parsed Plan as is', () => {
    expect(reportingDeadlines({}, 2026)).toEqual([]);
    // nothing at all, or null, has no rules either
    expect(reportingDeadlines(undefined as unknown as Plan, 2026)).toEqual([]);
    expect(reportingDeadlines(null as unknown as Plan, 2026)).toEqual([]);
    // type-level: the model's Plan fits the structural parameter
    const fromModel = (plan: Plan) => reportingDeadlines(plan, 2026);
    expect(typeof fromModel).toBe('function');
  });

  it('rejects a day that a deadline month lacks, naming reporting[i].day', () => {
    // quarterly, month 3, day 31: March 31 exists, June 31 does not (June has 30 days)
    const error = errorOf(() =>
      reportingDeadlines({ reporting: [ninhBinh.reporting[0] as ReportingRule, { frequency: 'quarterly', month: 3, day: 31 }] }, 2026),
    );
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'reporting[1].day' });
    expect(error.message).toContain('2026-06');
    // a monthly rule on day 31 fails in February, the first month without one
    expect(errorOf(() => reportingDeadlines({ reporting: [{ frequency: 'monthly', month: 1, day: 31 }] }, 2026))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'reporting[0].day',
    });
    // February 29 exists in 2024, not in 2026
    const feb29 = { reporting: [{ frequency: 'yearly' as const, month: 2, day: 29 }] };
    expect(reportingDeadlines(feb29, 2024)[0]?.deadline).toBe('2024-02-29');
    expect(errorOf(() => reportingDeadlines(feb29, 2026))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'reporting[0].day' });
  });

  it('validates the rules and the year', () => {
    const cases: [ReportingRule, string][] = [
      [{ frequency: 'quarterly', month: 4, day: 10 }, 'reporting[0].month'], // a quarter has 3 months
      [{ frequency: 'monthly', month: 2, day: 10 }, 'reporting[0].month'],
      [{ frequency: 'yearly', month: 0, day: 10 }, 'reporting[0].month'],
      [{ frequency: 'yearly', month: 1.5, day: 10 }, 'reporting[0].month'],
      [{ frequency: 'yearly', month: 11 }, 'reporting[0].month'],
      [{ frequency: 'yearly', day: 10 }, 'reporting[0].day'],
      [{ frequency: 'yearly', month: 11, day: 32 }, 'reporting[0].day'],
      [{ frequency: 'yearly', month: 11, day: 0 }, 'reporting[0].day'],
      [{ frequency: 'weekly' as 'yearly' }, 'reporting[0].frequency'],
      [{ frequency: 'yearly', before: 'yes' as unknown as boolean }, 'reporting[0].before'],
    ];
    for (const [rule, field] of cases) {
      expect(errorOf(() => reportingDeadlines({ reporting: [rule] }, 2026)), JSON.stringify(rule)).toMatchObject({
        code: 'INVALID_ARGUMENT',
        field,
      });
    }
    const replacing: [ReportingRule[], string][] = [
      // a quarter cannot stand in for a year, nor a quarter for a quarter
      [[{ frequency: 'yearly' }, { frequency: 'quarterly', replaces: { frequency: 'yearly', period: 1 } }], 'reporting[1].replaces.frequency'],
      [[{ frequency: 'quarterly' }, { frequency: 'quarterly', replaces: { frequency: 'quarterly', period: 1 } }], 'reporting[1].replaces.frequency'],
      [[{ frequency: 'quarterly' }, { frequency: 'yearly', replaces: { frequency: 'fortnightly' as 'quarterly', period: 1 } }], 'reporting[1].replaces.frequency'],
      // a year has 4 quarters
      [[{ frequency: 'quarterly' }, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: 5 } }], 'reporting[1].replaces.period'],
      [[{ frequency: 'quarterly' }, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: 0 } }], 'reporting[1].replaces.period'],
      [[{ frequency: 'quarterly' }, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: 3.5 } }], 'reporting[1].replaces.period'],
      [[{ frequency: 'quarterly' }, { frequency: 'yearly', replaces: 'Q4' as unknown as ReportingRule['replaces'] }], 'reporting[1].replaces'],
      // nothing quarterly to replace
      [[{ frequency: 'yearly', replaces: { frequency: 'quarterly', period: 4 } }], 'reporting[0].replaces.frequency'],
    ];
    for (const [rules, field] of replacing) {
      expect(errorOf(() => reportingDeadlines({ reporting: rules }, 2026)), JSON.stringify(rules)).toMatchObject({ code: 'INVALID_ARGUMENT', field });
    }
    expect(errorOf(() => reportingDeadlines({ reporting: replacing[3]?.[0] ?? [] }, 2026)).message).toContain('a yearly period has 4 quarterly periods');
    expect(errorOf(() => reportingDeadlines({ reporting: 'quarterly' as unknown as ReportingRule[] }, 2026))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'reporting',
    });
    expect(errorOf(() => reportingDeadlines(ninhBinh, 2201))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'year' });
  });
});
