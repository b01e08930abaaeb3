import { fail } from '../errors.js';
import { NOT_ONE_OF, UNKNOWN_LOCALE } from '../messages/index.js';
import { NOT_A_SCORECARD, RENDER_OPTIONS, SCORECARD_CHANGED } from './messages/index.js';
import { scorecardFault } from './render/check.js';
import { RENDER_FORMATS, rendererOf } from './render/registry.js';
import { sheetOf } from './render/table.js';
import type { Scorecard } from './types.js';
import { wordingOf } from './wording/index.js';

/** The value at a field path such as `scorecard.results[2].threshold.value` (the first name is the scorecard). */
function valueAt(scorecard: unknown, field: string): unknown {
  let value = scorecard;
  for (const key of field.split(/[.[\]]/).filter((part) => part !== '').slice(1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Print any scorecard — a plan's ({@link evaluatePlan}), an area's ({@link evaluateAreas}) or
 * a table of many areas ({@link evaluateTable}) — as plain text, a Markdown table, CSV or a
 * self-contained HTML table, in Vietnamese or English: status labels and headers in the
 * locale, numbers in its notation (`17,5` / `17.5`).
 *
 * - `text`: the title, the area and date, one line per target (status, target id,
 *   explanation), then the counts by status.
 * - `markdown`: a heading, a table with one row per target, and the counts.
 * - `csv`: RFC 4180 — a header row, one row per target, fields quoted when they contain a
 *   comma, a quote or a line break (quotes doubled), lines ended by CRLF. Columns: target,
 *   indicator, area, period, value, threshold, gap, progress, due, status, explanation (for a
 *   table: area, target, indicator, value, status, reason).
 * - `html`: a `<section>` holding its own `<style>` and a `<table>` whose status cells are
 *   coloured (đạt green, chậm tiến độ amber, không đạt red, chưa có số liệu grey, cần xem xét
 *   blue), every text escaped.
 *
 * @param scorecard - a scorecard or a result table.
 * @param options - `format` and `locale`.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` (fields `options`, `options.format`, and
 *   `scorecard` when it is not one the evaluation returned), `UNKNOWN_LOCALE` (field
 *   `options.locale`).
 * @category Evaluation
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
 *   { indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', numerator: 21, denominator: 12000 },
 * ], { asOf: '2027-01-31' });
 * const csv = renderScorecard(card, { format: 'csv', locale: 'vi' });
 * console.log(csv.split('\r\n')[1]?.split(',').slice(0, 5)); // [ 'doctors', 'doctors-per-10k', 'cao-minh', '2026', '"17' ]
 * console.log(renderScorecard(card, { format: 'text', locale: 'en' }).includes('achieved: 1')); // true
 * console.log(renderScorecard(card, { format: 'html', locale: 'vi' }).includes('<td class="status-achieved">đạt</td>')); // true
 * ```
 */
export function renderScorecard(scorecard: Scorecard, options: { format: 'text' | 'markdown' | 'csv' | 'html'; locale: 'vi' | 'en' }): string {
  if (typeof options !== 'object' || options === null) {
    throw fail(RENDER_OPTIONS, 'options', { value: options, formats: RENDER_FORMATS });
  }
  const { format, locale } = options;
  if (locale !== 'vi' && locale !== 'en') {
    throw fail(UNKNOWN_LOCALE, 'options.locale', { value: locale });
  }
  const renderer = rendererOf(format);
  if (renderer === undefined) {
    throw fail(NOT_ONE_OF, 'options.format', { value: format, allowed: RENDER_FORMATS });
  }
  const kind = (scorecard as { kind?: unknown } | null)?.kind;
  const valid =
    typeof scorecard === 'object' && scorecard !== null && typeof (scorecard as { counts?: unknown }).counts === 'object' &&
    (((kind === 'chitieu/plan-scorecard' || kind === 'chitieu/area-scorecard') && Array.isArray((scorecard as { results?: unknown }).results)) ||
      (kind === 'chitieu/result-table' && Array.isArray((scorecard as { rows?: unknown }).rows) && Array.isArray((scorecard as { status?: unknown }).status)));
  if (!valid) {
    throw fail(NOT_A_SCORECARD, 'scorecard', { value: scorecard });
  }
  const fault = scorecardFault(scorecard, 'scorecard');
  if (fault !== undefined) throw fail(SCORECARD_CHANGED, fault, { value: valueAt(scorecard, fault) });
  const wording = wordingOf(locale);
  return renderer.render(sheetOf(scorecard, wording), wording);
}
