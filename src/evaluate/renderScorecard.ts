import { chitieuError } from '../errors.js';
import { formatNumber } from '../numeric/formatNumber.js';
import { placesOf } from './internal/rational.js';
import { STATUS_ORDER, statusLabel } from './statusLabel.js';
import type { PlanScorecard, TargetResult } from './types.js';

type Locale = 'vi' | 'en';

const HEADERS: Record<Locale, readonly string[]> = {
  vi: ['Chỉ tiêu', 'Chỉ số', 'Địa bàn', 'Kỳ số liệu', 'Giá trị', 'Ngưỡng', 'Chênh lệch', 'Tiến độ (%)', 'Thời hạn', 'Trạng thái', 'Giải thích'],
  en: ['Target', 'Indicator', 'Area', 'Period', 'Value', 'Threshold', 'Gap', 'Progress (%)', 'Due', 'Status', 'Explanation'],
};

function number(text: string | null, locale: Locale): string {
  return text === null ? '' : formatNumber(text, { locale, decimals: placesOf(text) });
}

function threshold(result: TargetResult, locale: Locale): string {
  const t = result.threshold;
  if (t === null) return '';
  if (t.comparator === 'between') return `${number(t.value, locale)}–${number(t.upper, locale)}`;
  const value = t.value === 'true' || t.value === 'false' ? t.value : number(t.value, locale);
  return `${t.comparator} ${value}`;
}

function cells(result: TargetResult, locale: Locale): string[] {
  const value =
    result.published === null
      ? ''
      : result.decimals === null
        ? result.published
        : formatNumber(result.published, { locale, decimals: result.decimals });
  return [
    result.target,
    result.indicator,
    result.area,
    result.period ?? '',
    value,
    threshold(result, locale),
    number(result.gap, locale),
    number(result.progress, locale),
    result.due,
    statusLabel(result.status)[locale],
    result.explanation[locale],
  ];
}

/** RFC 4180: quote a field when it holds a comma, a quote or a line break; double the quotes. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Print a {@link PlanScorecard} as plain text, a Markdown table or CSV, in Vietnamese or
 * English: status labels and headers in the locale, numbers in its notation (`17,5` /
 * `17.5`).
 *
 * - `text`: the plan's title, the area and date, one line per target (status, target id,
 *   explanation), then the counts by status.
 * - `markdown`: a heading, a table with one row per target, and the counts.
 * - `csv`: RFC 4180 — a header row, one row per target, fields quoted when they contain a
 *   comma, a quote or a line break (quotes doubled), lines ended by CRLF. Columns: target,
 *   indicator, area, period, value, threshold, gap, progress, due, status, explanation.
 *
 * @param scorecard - from {@link evaluatePlan}.
 * @param options - `format` and `locale`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (fields `options`, `options.format`),
 *   `UNKNOWN_LOCALE` (field `options.locale`).
 * @example
 * ```ts
 * import { evaluatePlan, PlanSchema, renderScorecard } from 'chitieu';
 *
 * const plan = PlanSchema.parse({
 *   id: 'demo', kind: 'plan', title: { vi: 'Kế hoạch y tế xã', en: 'Commune health plan' },
 *   issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
 *   area: { id: 'cao-minh', name: { vi: 'Xã Cao Minh' }, level: 'commune' }, period: { from: 2026, to: 2026 },
 *   objectives: [{ id: 'o1', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu' }, targets: [
 *     { id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
 *   ] }],
 * });
 * const card = evaluatePlan(plan, [
 *   { indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', numerator: '21', denominator: '12000' },
 * ], { asOf: '2027-01-31' });
 * const csv = renderScorecard(card, { format: 'csv', locale: 'vi' });
 * console.log(csv.split('\r\n')[1]?.split(',').slice(0, 5)); // [ 'doctors', 'doctors-per-10k', 'cao-minh', '2026', '"17' ]
 * console.log(renderScorecard(card, { format: 'text', locale: 'en' }).includes('achieved: 1')); // true
 * ```
 */
export function renderScorecard(
  scorecard: PlanScorecard,
  options: { format: 'text' | 'markdown' | 'csv'; locale: 'vi' | 'en' },
): string {
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('INVALID_ARGUMENT', 'options', {
      en: "options must be an object with format ('text', 'markdown' or 'csv') and locale ('vi' or 'en')",
      vi: "options phải là một đối tượng có format ('text', 'markdown' hoặc 'csv') và locale ('vi' hoặc 'en')",
    });
  }
  const { format, locale } = options;
  if (locale !== 'vi' && locale !== 'en') {
    throw chitieuError('UNKNOWN_LOCALE', 'options.locale', {
      en: `options.locale must be 'vi' or 'en' (got ${JSON.stringify(locale)})`,
      vi: `options.locale phải là 'vi' hoặc 'en' (nhận ${JSON.stringify(locale)})`,
    });
  }
  const counts = STATUS_ORDER.map((status) => `${statusLabel(status)[locale]}: ${scorecard.counts[status]}`);
  const title = locale === 'en' ? (scorecard.title.en ?? scorecard.title.vi) : scorecard.title.vi;
  const when = locale === 'vi' ? `Địa bàn ${scorecard.area}, tính đến ${scorecard.asOf}` : `Area ${scorecard.area}, as of ${scorecard.asOf}`;
  switch (format) {
    case 'csv': {
      const rows = [HEADERS[locale], ...scorecard.results.map((result) => cells(result, locale))];
      return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
    }
    case 'markdown': {
      const header = HEADERS[locale];
      const lines = [
        `## ${markdownCell(title)}`,
        '',
        markdownCell(when),
        '',
        `| ${header.join(' | ')} |`,
        `|${header.map(() => ' --- ').join('|')}|`,
        ...scorecard.results.map((result) => `| ${cells(result, locale).map(markdownCell).join(' | ')} |`),
        '',
        counts.join(' · '),
      ];
      return lines.join('\n') + '\n';
    }
    case 'text': {
      const lines = [
        title,
        when,
        '',
        ...scorecard.results.map((result) => `[${statusLabel(result.status)[locale]}] ${result.target}: ${result.explanation[locale]}`),
        '',
        counts.join('; '),
      ];
      return lines.join('\n') + '\n';
    }
    default: {
      const shown = JSON.stringify(format);
      throw chitieuError('INVALID_ARGUMENT', 'options.format', {
        en: `options.format must be 'text', 'markdown' or 'csv' (got ${shown})`,
        vi: `options.format phải là 'text', 'markdown' hoặc 'csv' (nhận ${shown})`,
      });
    }
  }
}
