/**
 * The reporting rhythm of a plan: sentences about reports (“báo cáo”) that name a frequency
 * (“hàng quý”, “6 tháng”, “hằng năm”) and a deadline (“trước ngày 10 tháng cuối quý”,
 * “trước ngày 10/11”). A sentence may set two rules (“…, riêng kỳ cuối năm … trước ngày
 * 10/11”): it is read in parts.
 *
 * @module
 */
import type { ReportingRule } from '../model/plan.js';
import { foldWords } from './fold.js';

type Frequency = ReportingRule['frequency'];

const FREQUENCIES: readonly [string, Frequency][] = [
  ['hàng quý', 'quarterly'],
  ['hằng quý', 'quarterly'],
  ['mỗi quý', 'quarterly'],
  ['6 tháng', 'six-monthly'],
  ['06 tháng', 'six-monthly'],
  ['sáu tháng', 'six-monthly'],
  ['hàng tháng', 'monthly'],
  ['hằng tháng', 'monthly'],
  ['hàng năm', 'yearly'],
  ['hằng năm', 'yearly'],
  ['1 năm', 'yearly'],
  ['01 năm', 'yearly'],
  ['cuối năm', 'yearly'],
  ['năm một lần', 'yearly'],
];
const FOLDED = FREQUENCIES.map(([words, frequency]) => [` ${foldWords(words)} `, frequency] as const);
const REPORT = foldWords('báo cáo');
const LAST_MONTH = /trước ngày (\d{1,2}) (?:của )?tháng cuối (quý|năm)/u;
// the month must not run on into more digits or a year (“10/11/2026” is a date, not 10 November of every year)
const DAY_MONTH = /trước ngày (\d{1,2})\s?\/\s?(\d{1,2})(?!\d|\s?\/\s?\d)/u;
const PERIODIC = foldWords('định kỳ');

function deadline(part: string, frequency: Frequency): Pick<ReportingRule, 'month' | 'day' | 'before'> {
  const last = LAST_MONTH.exec(part);
  if (last !== null) {
    const months: Record<Frequency, number> = { monthly: 1, quarterly: 3, 'six-monthly': 6, yearly: 12 };
    return { month: last[2] === 'quý' ? 3 : months[frequency], day: Number(last[1]), before: true };
  }
  const dayMonth = DAY_MONTH.exec(part);
  if (dayMonth !== null && frequency === 'yearly') return { month: Number(dayMonth[2]), day: Number(dayMonth[1]), before: true };
  return {};
}

/**
 * The reporting rules in a list of sentences (original text, the same text folded).
 */
export function readReporting(sentences: readonly { readonly text: string; readonly folded: string }[]): ReportingRule[] {
  const rules: ReportingRule[] = [];
  for (const sentence of sentences) {
    if (!sentence.folded.includes(REPORT)) continue;
    const parts = sentence.text.split(/,\s(?=riêng\s)/u);
    for (const part of parts) {
      const folded = ` ${foldWords(part).replace(/[,;.()]/g, ' ').replace(/\s+/g, ' ')} `;
      if (!folded.includes(` ${REPORT} `) && parts.length === 1) continue;
      const found = FOLDED.filter(([words]) => folded.includes(words)).map(([, frequency]) => frequency);
      if (!folded.includes(` ${PERIODIC} `) && !found.includes('quarterly') && !found.includes('monthly') && !/kỳ cuối năm|cuối năm/u.test(part)) continue;
      for (const frequency of [...new Set(found)]) {
        if (rules.some((rule) => rule.frequency === frequency)) continue;
        rules.push({ frequency, ...deadline(part, frequency), text: { vi: part.trim().replace(/[.;]+$/, '') } });
      }
    }
  }
  return rules;
}
