/**
 * Any scorecard as a table of text: its title, scope, headers, one row per result (or per
 * cell of a table) with the status of each, and the counts. Every renderer prints this.
 * Internal.
 *
 * @internal
 * @module
 */
import { localeText } from '../../numeric/localeText.js';
import { STATUS_ORDER } from '../statusLabel.js';
import type { Scorecard, TargetResult, TargetStatus, Threshold } from '../types.js';
import type { Wording } from '../wording/types.js';

/** A scorecard laid out for printing. */
export interface Sheet {
  readonly title: string;
  readonly scope: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The status of each row. */
  readonly statuses: readonly TargetStatus[];
  /** “đạt: 3”, … in the scorecards' order of statuses. */
  readonly counts: readonly string[];
  /** The position of the explanation (or reason) column, which text output prints as the line. */
  readonly lineColumn: number;
  /**
   * Per row, how text output names it: a table's cell as `area · target`; a result by its
   * target's id, with its area beside it when that is not the scorecard's own (a province
   * target in a commune's plan).
   */
  readonly ids: readonly string[];
}

function number(text: string | null, wording: Wording): string {
  return text === null ? '' : localeText(text, wording.locale);
}

function threshold(t: Threshold | null, wording: Wording): string {
  if (t === null) return '';
  if (t.comparator === 'between') return `${number(t.value, wording)}–${number(t.upper, wording)}`;
  const value = t.value === 'true' || t.value === 'false' ? wording.answer(t.value === 'true') : number(t.value, wording);
  return `${t.comparator} ${value}`;
}

function resultRow(result: TargetResult, wording: Wording): string[] {
  const value = result.published === null ? '' : result.kind === 'boolean' ? wording.answer(result.published === 'true') : number(result.published, wording);
  return [
    result.target,
    result.indicator,
    result.area,
    result.period ?? '',
    value,
    threshold(result.threshold, wording),
    number(result.gap, wording),
    number(result.progress, wording),
    result.due,
    wording.status[result.status],
    result.explanation[wording.locale],
  ];
}

/** Lay a scorecard out for printing in a language. */
export function sheetOf(card: Scorecard, wording: Wording): Sheet {
  const h = wording.headers;
  const counts = STATUS_ORDER.map((status) => `${wording.status[status]}: ${card.counts[status]}`);
  if (card.kind === 'chitieu/result-table') {
    const rows: string[][] = [];
    const statuses: TargetStatus[] = [];
    const ids: string[] = [];
    let i = 0;
    for (const area of card.rows) {
      for (let t = 0; t < card.targets.length; t++, i++) {
        const status = card.status[i] as TargetStatus;
        const reason = card.reason[i] ?? null;
        const published = card.published[i] ?? null;
        const target = card.targets[t] as string;
        statuses.push(status);
        ids.push(`${area} · ${target}`);
        rows.push([area, target, card.indicators[t] as string, published === 'true' || published === 'false' ? wording.answer(published === 'true') : number(published, wording), wording.status[status], reason === null ? '' : wording.reasonLabel[reason]]);
      }
    }
    return {
      title: wording.tableScope(card.rows.length, card.targets.length, card.asOf),
      scope: '',
      headers: [h.area, h.target, h.indicator, h.value, h.status, h.reason],
      rows,
      statuses,
      counts,
      lineColumn: 5,
      ids,
    };
  }
  const title = card.kind === 'chitieu/plan-scorecard' ? (wording.locale === 'en' ? (card.title.en ?? card.title.vi) : card.title.vi) : card.area;
  return {
    title,
    scope: wording.scope(card.area, card.asOf),
    headers: [h.target, h.indicator, h.area, h.period, h.value, h.threshold, h.gap, h.progress, h.due, h.status, h.explanation],
    rows: card.results.map((result) => resultRow(result, wording)),
    statuses: card.results.map((result) => result.status),
    counts,
    lineColumn: 10,
    ids: card.results.map((result) => (result.area === card.area ? result.target : `${result.target} (${result.area})`)),
  };
}
