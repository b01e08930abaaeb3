/**
 * The calendar layer's errors in both languages: code, field and the whole message, English
 * (`error.message`) and Vietnamese (`error.vi`), each written out by hand from the message's
 * wording (src/calendar/messages/en.ts and vi.ts, and the shared src/messages for dates and
 * years) with the input it was given (DESIGN.md: stable codes, messages that name the field
 * and quote what was given, in vi and en).
 */
import { describe, expect, it } from 'vitest';
import { comparePeriods, endOfYearDate, parseIsoDate, parsePeriod, planPeriod, reportingDeadlines, toIsoDate } from '../../src/calendar/index.js';
import type { ReportingRule } from '../../src/model/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const both = (error: { message: string; vi: string }): [string, string] => [error.message, error.vi];
const deadlinesOf = (rules: unknown[]) => () => reportingDeadlines({ reporting: rules as ReportingRule[] }, 2026);

describe('dates, years and periods', () => {
  it('parseIsoDate: a field name that is not a non-empty string, a day that does not exist', () => {
    expect(both(expectChitieuError(() => parseIsoDate('2026-01-01', ''), 'INVALID_ARGUMENT', 'field'))).toEqual([
      'field must be a non-empty string (got "")',
      'field phải là một chuỗi khác rỗng (nhận "")',
    ]);
    expect(both(expectChitieuError(() => parseIsoDate('2026-01-01', 5 as unknown as string), 'INVALID_ARGUMENT', 'field'))).toEqual([
      'field must be a non-empty string (got 5)',
      'field phải là một chuỗi khác rỗng (nhận 5)',
    ]);
    expect(both(expectChitieuError(() => parseIsoDate('2026-02-30', 'due'), 'INVALID_DATE', 'due'))).toEqual([
      'due must be an existing calendar date written YYYY-MM-DD (got "2026-02-30")',
      'due phải là một ngày có thật, viết theo dạng YYYY-MM-DD (nhận "2026-02-30")',
    ]);
  });

  it('parsePeriod says why only for a day that does not exist and a span that runs backwards', () => {
    const en = (got: string) => `period must be 'YYYY', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-YYYY' (got ${got})`;
    const vi = (got: string) => `period phải có dạng 'YYYY', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-MM', 'YYYY-MM-DD' hoặc 'YYYY-YYYY' (nhận ${got})`;
    // 2026 is not a leap year: no 29 February
    expect(both(expectChitieuError(() => parsePeriod('2026-02-29'), 'INVALID_PERIOD', 'period'))).toEqual([
      `${en('"2026-02-29"')}: no such day`,
      `${vi('"2026-02-29"')}: không có ngày này`,
    ]);
    expect(both(expectChitieuError(() => parsePeriod('2025-2021'), 'INVALID_PERIOD', 'period'))).toEqual([
      `${en('"2025-2021"')}: the last year of a span must be after its first`,
      `${vi('"2025-2021"')}: năm cuối của giai đoạn phải sau năm đầu`,
    ]);
    // the form, a month 13, the year 0000 and a number: the notation alone
    for (const text of ['2026-Q5', '2026-13', '0000', '0000-Q1']) {
      expect(both(expectChitieuError(() => parsePeriod(text), 'INVALID_PERIOD', 'period')), text).toEqual([en(`"${text}"`), vi(`"${text}"`)]);
    }
    expect(both(expectChitieuError(() => parsePeriod(2026 as unknown as string), 'INVALID_PERIOD', 'period'))).toEqual([en('2026'), vi('2026')]);
  });

  it('comparePeriods names the side that is not a period', () => {
    expect(both(expectChitieuError(() => comparePeriods('2026', 'Q1'), 'INVALID_PERIOD', 'b'))).toEqual([
      'b is not an observation period (got "Q1")',
      'b không phải là một kỳ quan sát (nhận "Q1")',
    ]);
  });

  it('toIsoDate names the part and its range (April has 30 days)', () => {
    expect(both(expectChitieuError(() => toIsoDate(2026, 4, 31), 'INVALID_DATE', 'day'))).toEqual([
      'day must be a day, a whole number from 1 to 30 (got 31)',
      'day phải là ngày, số nguyên từ 1 đến 30 (nhận 31)',
    ]);
    expect(both(expectChitieuError(() => toIsoDate(2026, 13, 1), 'INVALID_DATE', 'month'))).toEqual([
      'month must be a month, a whole number from 1 to 12 (got 13)',
      'month phải là tháng, số nguyên từ 1 đến 12 (nhận 13)',
    ]);
    expect(both(expectChitieuError(() => toIsoDate('2026' as unknown as number, 1, 1), 'INVALID_DATE', 'year'))).toEqual([
      'year must be a year, a whole number from 1 to 9999 (got "2026")',
      'year phải là năm, số nguyên từ 1 đến 9999 (nhận "2026")',
    ]);
  });

  it('years of a plan: not a number, not whole, outside 1900–2200, and to before from', () => {
    expect(both(expectChitieuError(() => endOfYearDate('2026' as unknown as number), 'INVALID_NUMBER', 'year'))).toEqual([
      'year must be a year, a whole number from 1900 to 2200 (got "2026")',
      'year phải là một năm, số nguyên từ 1900 đến 2200 (nhận "2026")',
    ]);
    expect(both(expectChitieuError(() => endOfYearDate(2026.5), 'NOT_AN_INTEGER', 'year'))).toEqual([
      'year must be a whole year (got 2026.5)',
      'year phải là một năm nguyên (nhận 2026.5)',
    ]);
    expect(both(expectChitieuError(() => endOfYearDate(1899), 'OUT_OF_RANGE', 'year'))).toEqual([
      'year must be a year from 1900 to 2200 (got 1899)',
      'year phải là năm từ 1900 đến 2200 (nhận 1899)',
    ]);
    expect(both(expectChitieuError(() => planPeriod(2030, 2026), 'INVALID_ARGUMENT', 'to'))).toEqual([
      'to (2026) must not be before from (2030)',
      'to (2026) không được trước from (2030)',
    ]);
  });
});

describe('reporting rules', () => {
  it('the list and each rule’s frequency', () => {
    expect(both(expectChitieuError(() => reportingDeadlines({ reporting: 'quarterly' as unknown as ReportingRule[] }, 2026), 'INVALID_ARGUMENT', 'reporting'))).toEqual([
      'reporting must be a list of reporting rules (got "quarterly")',
      'reporting phải là danh sách quy định báo cáo (nhận "quarterly")',
    ]);
    const allowed = `'monthly', 'quarterly', 'six-monthly', 'yearly'`;
    // a rule that is null has no frequency
    expect(both(expectChitieuError(deadlinesOf([null]), 'INVALID_ARGUMENT', 'reporting[0].frequency'))).toEqual([
      `reporting[0].frequency must be one of ${allowed} (got undefined)`,
      `reporting[0].frequency phải là một trong ${allowed} (nhận undefined)`,
    ]);
    // an array holding a frequency is not the frequency (as a property key it would read as one)
    expect(both(expectChitieuError(deadlinesOf([{ frequency: ['yearly'] }]), 'INVALID_ARGUMENT', 'reporting[0].frequency'))).toEqual([
      `reporting[0].frequency must be one of ${allowed} (got an array)`,
      `reporting[0].frequency phải là một trong ${allowed} (nhận một mảng)`,
    ]);
  });

  it('month and day: one without the other, outside the period or the month, before not a boolean', () => {
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'yearly', day: 10 }]), 'INVALID_ARGUMENT', 'reporting[0].day'))).toEqual([
      'reporting[0].day is given without month',
      'reporting[0].day được cho mà thiếu month',
    ]);
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'yearly', month: 11 }]), 'INVALID_ARGUMENT', 'reporting[0].month'))).toEqual([
      'reporting[0].month is given without day',
      'reporting[0].month được cho mà thiếu day',
    ]);
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'quarterly', month: 4, day: 10 }]), 'INVALID_ARGUMENT', 'reporting[0].month'))).toEqual([
      'reporting[0].month must be a whole month from 1 to 3 within the quarterly period (got 4)',
      'reporting[0].month phải là số tháng nguyên từ 1 đến 3 trong kỳ quarterly (nhận 4)',
    ]);
    // day 32 exists in no month: refused as a day of the month, before any month is looked at
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'yearly', month: 11, day: 32 }]), 'INVALID_ARGUMENT', 'reporting[0].day'))).toEqual([
      'reporting[0].day must be a whole day from 1 to 31 (got 32)',
      'reporting[0].day phải là ngày nguyên từ 1 đến 31 (nhận 32)',
    ]);
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'yearly', month: 11, day: '10' }]), 'INVALID_ARGUMENT', 'reporting[0].day'))).toEqual([
      'reporting[0].day must be a whole day from 1 to 31 (got "10")',
      'reporting[0].day phải là ngày nguyên từ 1 đến 31 (nhận "10")',
    ]);
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'yearly', before: 'yes' }]), 'INVALID_ARGUMENT', 'reporting[0].before'))).toEqual([
      'reporting[0].before must be true or false (got "yes")',
      'reporting[0].before phải là true hoặc false (nhận "yes")',
    ]);
    // the last month of Q2 is June, which has 30 days
    expect(both(expectChitieuError(deadlinesOf([{ frequency: 'quarterly', month: 3, day: 31 }]), 'INVALID_ARGUMENT', 'reporting[0].day'))).toEqual([
      'reporting[0].day: 31 does not exist in 2026-06 (30 days), the deadline month of 2026-Q2',
      'reporting[0].day: ngày 31 không có trong tháng 2026-06 (30 ngày), tháng hạn báo cáo của kỳ 2026-Q2',
    ]);
  });

  it('replaces: its form, a shorter frequency, a period within the rule’s, a rule of that frequency', () => {
    const quarterly = { frequency: 'quarterly' };
    expect(both(expectChitieuError(deadlinesOf([quarterly, { frequency: 'yearly', replaces: 'Q4' }]), 'INVALID_ARGUMENT', 'reporting[1].replaces'))).toEqual([
      'reporting[1].replaces must be { frequency, period } (got "Q4")',
      'reporting[1].replaces phải có dạng { frequency, period } (nhận "Q4")',
    ]);
    expect(both(expectChitieuError(deadlinesOf([quarterly, { frequency: 'yearly', replaces: null }]), 'INVALID_ARGUMENT', 'reporting[1].replaces'))).toEqual([
      'reporting[1].replaces must be { frequency, period } (got null)',
      'reporting[1].replaces phải có dạng { frequency, period } (nhận null)',
    ]);
    expect(
      both(expectChitieuError(deadlinesOf([{ frequency: 'yearly' }, { frequency: 'quarterly', replaces: { frequency: 'yearly', period: 1 } }]), 'INVALID_ARGUMENT', 'reporting[1].replaces.frequency')),
    ).toEqual([
      `reporting[1].replaces.frequency must be a frequency shorter than the rule's 'quarterly' (got "yearly")`,
      `reporting[1].replaces.frequency phải là tần suất ngắn hơn 'quarterly' của quy định (nhận "yearly")`,
    ]);
    // an array holding a frequency is not the frequency
    expect(
      both(expectChitieuError(deadlinesOf([quarterly, { frequency: 'yearly', replaces: { frequency: ['quarterly'], period: 4 } }]), 'INVALID_ARGUMENT', 'reporting[1].replaces.frequency')),
    ).toEqual([
      `reporting[1].replaces.frequency must be a frequency shorter than the rule's 'yearly' (got an array)`,
      `reporting[1].replaces.frequency phải là tần suất ngắn hơn 'yearly' của quy định (nhận một mảng)`,
    ]);
    // a year has 12 / 3 = 4 quarters
    expect(
      both(expectChitieuError(deadlinesOf([quarterly, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: 5 } }]), 'INVALID_ARGUMENT', 'reporting[1].replaces.period')),
    ).toEqual([
      'reporting[1].replaces.period must be a whole number from 1 to 4: a yearly period has 4 quarterly periods (got 5)',
      'reporting[1].replaces.period phải là số nguyên từ 1 đến 4: một kỳ yearly có 4 kỳ quarterly (nhận 5)',
    ]);
    expect(
      both(expectChitieuError(deadlinesOf([quarterly, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: '4' } }]), 'INVALID_ARGUMENT', 'reporting[1].replaces.period')),
    ).toEqual([
      'reporting[1].replaces.period must be a whole number from 1 to 4: a yearly period has 4 quarterly periods (got "4")',
      'reporting[1].replaces.period phải là số nguyên từ 1 đến 4: một kỳ yearly có 4 kỳ quarterly (nhận "4")',
    ]);
    // a monthly rule is there, but no quarterly one
    const noRule = [
      'reporting[1].replaces.frequency names a quarterly report, but no rule is quarterly',
      'reporting[1].replaces.frequency trỏ tới báo cáo kỳ quarterly nhưng không có quy định báo cáo kỳ quarterly',
    ];
    expect(
      both(expectChitieuError(deadlinesOf([{ frequency: 'monthly' }, { frequency: 'yearly', replaces: { frequency: 'quarterly', period: 4 } }]), 'INVALID_ARGUMENT', 'reporting[1].replaces.frequency')),
    ).toEqual(noRule);
    // a later rule that is null has no frequency either: the replacing rule, read first, fails
    expect(
      both(expectChitieuError(deadlinesOf([{ frequency: 'yearly', replaces: { frequency: 'quarterly', period: 4 } }, null]), 'INVALID_ARGUMENT', 'reporting[0].replaces.frequency')),
    ).toEqual(noRule.map((text) => text.replace('reporting[1]', 'reporting[0]')));
  });
});
