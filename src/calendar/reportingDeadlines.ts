import { formatISO } from 'date-fns/formatISO';
import { frozen } from '../freeze.js';
import { subDays } from 'date-fns/subDays';
import { fail } from '../errors.js';
import { NOT_ONE_OF } from '../messages/index.js';
import { DAY_OF_MONTH, MONTH_IN_PERIOD, NOT_BOOLEAN, NOT_REPLACEMENT, NOT_RULES, NO_SUCH_DEADLINE, REPLACES_LONGER, REPLACES_NO_RULE, REPLACES_PERIOD, WITHOUT } from './messages/index.js';
import { checkYear } from './checkYear.js';
import { daysInMonth } from './daysInMonth.js';
import { dayKey } from './dayKey.js';
import { formatDay } from './formatDay.js';
import { isWhole } from './isWhole.js';
import { UTCDay } from './UTCDay.js';
import type { ReportingRule } from '../model/plan.js';
import type { ReportingFrequency } from '../model/types.js';
import type { ReportingDeadline } from './types.js';

/** Months per period, for each frequency. */
const LENGTH: Record<ReportingFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  'six-monthly': 6,
  yearly: 12,
};

function label(frequency: ReportingFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-${String(index + 1).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'six-monthly':
      return `${year}-H${index + 1}`;
    case 'yearly':
      return String(year);
  }
}

/**
 * A plan's reporting deadlines in `year`, one per rule and period, sorted by deadline
 * (ties: by period start, then in the order of the rules).
 *
 * The rules are the model's `ReportingRule`s (`Plan.reporting`; a type-only import, no zod at
 * run time): `month` is counted within the period (1 = its first month; for a quarter 3 = its
 * last month; for `'yearly'` 11 = November) and `day` is the day of that month; both absent
 * when the plan gives no deadline; `before: true` records "trước ngày".
 *
 * Each rule yields one deadline per period of its frequency in the year
 * (12 months, 4 quarters, 2 halves or the year): the `day` of the rule's `month` counted
 * within the period, or the period's last day when the rule gives neither. The plan is
 * taken structurally (`{ reporting?: ReportingRule[] }`), so a parsed `Plan` works as is;
 * a plan without `reporting` has no deadlines.
 *
 * A rule with `replaces` stands in for one report of a shorter rule: Ninh Bình's yearly
 * rule, due before 10 November, has `replaces: { frequency: 'quarterly', period: 4 }`, so
 * the fourth quarter's deadline is left out and the yearly deadline says
 * `replaces: '2026-Q4'`. Ninh Bình then has four deadlines a year, not five.
 *
 * Each deadline gives the printed day (`deadline`) and the last day a report is on time
 * (`lastDay`). “Trước ngày 10” (`before: true`) means before the 10th, so the 9th is the
 * last day; without `before`, the printed day itself is.
 *
 * @category Calendar
 * @param plan - anything with an optional `reporting` list of rules.
 * @param year - a whole year from 1900 to 2200.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `reporting`, `reporting[i].frequency`,
 *   `reporting[i].month` (not a whole month within the period, or given without `day`),
 *   `reporting[i].day` (given without `month`, or not a day of that month in one of the
 *   year's periods: day 31 of a quarter's last month fails in June),
 *   `reporting[i].replaces.frequency` (not shorter than the rule's, or no rule of the plan
 *   has it) or `reporting[i].replaces.period` (not a whole period within the rule's: a
 *   year has 4 quarters); `year` errors as in {@link endOfYearDate}.
 * @example
 * ```ts
 * import { reportingDeadlines } from 'chitieu';
 *
 * // Ninh Bình: quarterly reports “trước ngày 10 tháng cuối quý”, “riêng kỳ cuối năm” the
 * // year's report “trước ngày 10/11”, in place of the fourth quarter's
 * const plan = {
 *   reporting: [
 *     { frequency: 'quarterly' as const, month: 3, day: 10, before: true },
 *     { frequency: 'yearly' as const, month: 11, day: 10, before: true, replaces: { frequency: 'quarterly' as const, period: 4 } },
 *   ],
 * };
 * const deadlines = reportingDeadlines(plan, 2026);
 * console.log(deadlines.map((d) => d.deadline).join(' ')); // '2026-03-10 2026-06-10 2026-09-10 2026-11-10'
 * console.log(deadlines.map((d) => d.lastDay).join(' ')); // '2026-03-09 2026-06-09 2026-09-09 2026-11-09'
 * console.log([deadlines[3]?.period, deadlines[3]?.replaces]); // [ '2026', '2026-Q4' ]
 * ```
 */
export function reportingDeadlines(
  plan: { readonly reporting?: readonly ReportingRule[] },
  year: number,
): ReportingDeadline[] {
  const y = checkYear(year, 'year');
  const rules = plan?.reporting;
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw fail(NOT_RULES, 'reporting', { value: rules });

  const found: { entry: ReportingDeadline }[] = [];
  /** `frequency period` of each report another rule replaces, e.g. `'quarterly 2026-Q4'`. */
  const replaced = new Set<string>();
  rules.forEach((rule: ReportingRule, i: number) => {
    const at = `reporting[${i}]`;
    const frequency = rule?.frequency;
    if (typeof frequency !== 'string' || !Object.hasOwn(LENGTH, frequency)) {
      throw fail(NOT_ONE_OF, `${at}.frequency`, { value: frequency, allowed: Object.keys(LENGTH) });
    }
    const length = LENGTH[frequency];
    const due = checkDue(rule, at, frequency);
    if (rule.before !== undefined && typeof rule.before !== 'boolean') {
      throw fail(NOT_BOOLEAN, `${at}.before`, { value: rule.before });
    }
    const before = rule.before === true;
    const replaces = checkReplaces(rules, rule, i, frequency);

    for (let index = 0; index < 12 / length; index += 1) {
      const firstMonth = index * length + 1;
      const lastMonth = firstMonth + length - 1;
      const periodStart = formatDay(y, firstMonth, 1);
      const periodEnd = formatDay(y, lastMonth, daysInMonth(y, lastMonth));
      let deadline = periodEnd;
      if (due !== undefined) {
        const dueMonth = firstMonth + due.month - 1;
        const last = daysInMonth(y, dueMonth);
        if (due.day > last) {
          throw fail(NO_SUCH_DEADLINE, `${at}.day`, { day: due.day, month: `${y}-${String(dueMonth).padStart(2, '0')}`, days: last, period: label(frequency, y, index) });
        }
        deadline = formatDay(y, dueMonth, due.day);
      }
      let replacedPeriod: string | undefined;
      if (replaces !== undefined) {
        const perPeriod = length / LENGTH[replaces.frequency];
        replacedPeriod = label(replaces.frequency, y, index * perPeriod + replaces.period - 1);
        replaced.add(`${replaces.frequency} ${replacedPeriod}`);
      }
      const entry: ReportingDeadline = {
        frequency,
        period: label(frequency, y, index),
        periodStart,
        periodEnd,
        deadline,
        before,
        lastDay: before ? dayBefore(deadline) : deadline,
        ...(replacedPeriod === undefined ? {} : { replaces: replacedPeriod }),
        ...(rule.text === undefined ? {} : { text: rule.text }),
      };
      found.push({ entry });
    }
  });

  const kept = found.filter((item) => !replaced.has(`${item.entry.frequency} ${item.entry.period}`));
  // Array.prototype.sort is stable and `found` is in rule order, so ties stay in rule order.
  kept.sort(
    (a, b) =>
      dayKey(a.entry.deadline) - dayKey(b.entry.deadline) || dayKey(a.entry.periodStart) - dayKey(b.entry.periodStart),
  );
  return frozen(kept.map((item) => item.entry));
}

/** The day before an ISO date: “trước ngày 10” leaves the 9th as the last day. */
function dayBefore(iso: string): string {
  const day = UTCDay.of(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  return formatISO(subDays(day, 1), { representation: 'date' });
}

/**
 * Check `reporting[i].month` and `.day`: both absent (no deadline: undefined), or a whole
 * month within the period and a whole day from 1 to 31.
 */
function checkDue(rule: ReportingRule, at: string, frequency: ReportingFrequency): { month: number; day: number } | undefined {
  const { month, day } = rule;
  if (month === undefined && day === undefined) return undefined;
  if (month === undefined) throw fail(WITHOUT, `${at}.day`, { missing: 'month' });
  if (day === undefined) throw fail(WITHOUT, `${at}.month`, { missing: 'day' });
  const length = LENGTH[frequency];
  if (!(isWhole(month) && month >= 1 && month <= length)) {
    throw fail(MONTH_IN_PERIOD, `${at}.month`, { value: month, length, frequency });
  }
  if (!(isWhole(day) && day >= 1 && day <= 31)) {
    throw fail(DAY_OF_MONTH, `${at}.day`, { value: day });
  }
  return { month, day };
}

/**
 * Check `reporting[i].replaces`: a shorter frequency that another rule has (the rule's own
 * frequency is longer, so it never counts), and a period within the rule's.
 */
function checkReplaces(
  rules: readonly ReportingRule[],
  rule: ReportingRule,
  i: number,
  frequency: ReportingFrequency,
): { frequency: ReportingFrequency; period: number } | undefined {
  const replaces: unknown = rule.replaces;
  if (replaces === undefined) return undefined;
  const at = `reporting[${i}].replaces`;
  if (replaces === null || typeof replaces !== 'object') {
    throw fail(NOT_REPLACEMENT, at, { value: replaces });
  }
  const { frequency: shorter, period } = replaces as { frequency?: unknown; period?: unknown };
  if (typeof shorter !== 'string' || !Object.hasOwn(LENGTH, shorter) || LENGTH[shorter as ReportingFrequency] >= LENGTH[frequency]) {
    throw fail(REPLACES_LONGER, `${at}.frequency`, { value: shorter, frequency });
  }
  const count = LENGTH[frequency] / LENGTH[shorter as ReportingFrequency];
  if (!(isWhole(period) && period >= 1 && period <= count)) {
    throw fail(REPLACES_PERIOD, `${at}.period`, { value: period, count, frequency, shorter: shorter as string });
  }
  if (!rules.some((other) => other?.frequency === shorter)) {
    throw fail(REPLACES_NO_RULE, `${at}.frequency`, { shorter: shorter as string });
  }
  return { frequency: shorter as ReportingFrequency, period };
}
