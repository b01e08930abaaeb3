/**
 * The check of a scorecard before it is printed: every field the sheet reads (see `table.ts`)
 * of the type the evaluation gives it, so that a scorecard changed or rebuilt after the
 * evaluation (stored as JSON and edited, say) gets an error naming the field at fault instead
 * of a TypeError from inside a renderer. Internal.
 *
 * @internal
 * @module
 */
import { STATUS_ORDER } from '../statusLabel.js';
import type { Scorecard } from '../types.js';
import { en } from '../wording/en.js';

type Fields = Record<string, unknown>;

const COMPARATORS: ReadonlySet<unknown> = new Set(['>', '>=', '<', '<=', '=', 'between']);
const STATUSES: ReadonlySet<unknown> = new Set(STATUS_ORDER);

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** The field of `counts` at fault, if any: each status a whole count. */
function countsFault(counts: unknown, field: string): string | undefined {
  if (!isObject(counts)) return field;
  const status = STATUS_ORDER.find((s) => !(Number.isSafeInteger(counts[s]) && (counts[s] as number) >= 0));
  return status === undefined ? undefined : `${field}.${status}`;
}

/** The field of a threshold at fault, if any. */
function thresholdFault(threshold: unknown, field: string): string | undefined {
  if (threshold === null) return undefined;
  if (!isObject(threshold) || !COMPARATORS.has(threshold['comparator'])) return field;
  if (!isText(threshold['value'])) return `${field}.value`;
  if (threshold['comparator'] === 'between' && !isText(threshold['upper'])) return `${field}.upper`;
  return undefined;
}

/** The field of one result at fault, if any. */
function resultFault(result: unknown, field: string): string | undefined {
  if (!isObject(result)) return field;
  for (const name of ['target', 'indicator', 'area', 'due', 'kind']) if (!isText(result[name])) return `${field}.${name}`;
  if (result['period'] !== undefined && !isTextOrNull(result['period'])) return `${field}.period`;
  for (const name of ['published', 'gap', 'progress']) if (!isTextOrNull(result[name])) return `${field}.${name}`;
  if (!STATUSES.has(result['status'])) return `${field}.status`;
  const threshold = thresholdFault(result['threshold'], `${field}.threshold`);
  if (threshold !== undefined) return threshold;
  const explanation = result['explanation'];
  if (!isObject(explanation)) return `${field}.explanation`;
  for (const locale of ['vi', 'en']) if (!isText(explanation[locale])) return `${field}.explanation.${locale}`;
  return undefined;
}

/** The field of a list of text at fault, if any (`undefined` and `null` allowed where `nullable`). */
function textsFault(list: unknown, field: string, nullable = false): string | undefined {
  if (!Array.isArray(list)) return field;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!(isText(item) || (nullable && (item === undefined || item === null)))) return `${field}[${i}]`;
  }
  return undefined;
}

/** The field of a result table at fault, if any. */
function tableFault(card: Fields, field: string): string | undefined {
  const rows = card['rows'] as unknown[];
  const fault = textsFault(rows, `${field}.rows`) ?? textsFault(card['targets'], `${field}.targets`) ?? textsFault(card['indicators'], `${field}.indicators`) ?? textsFault(card['published'], `${field}.published`, true);
  if (fault !== undefined) return fault;
  const targets = card['targets'] as unknown[];
  if ((card['indicators'] as unknown[]).length !== targets.length) return `${field}.indicators`;
  const status = card['status'] as unknown[];
  const cells = rows.length * targets.length;
  if (status.length !== cells) return `${field}.status`;
  for (let i = 0; i < cells; i++) if (!STATUSES.has(status[i])) return `${field}.status[${i}]`;
  const reasons = card['reason'];
  if (!Array.isArray(reasons)) return `${field}.reason`;
  // a reason is one the wording has a label for (each language has the same ones)
  const bad = reasons.findIndex((reason: unknown) => !(reason === undefined || reason === null || (isText(reason) && Object.hasOwn(en.reasonLabel, reason))));
  return bad === -1 ? undefined : `${field}.reason[${bad}]`;
}

/**
 * The field of a scorecard that is not as the evaluation returns it (`scorecard.results[2].published`),
 * or `undefined` when the sheet can read all of it. `card` is already known to be an object of
 * one of the three kinds, with its list of results or rows.
 */
export function scorecardFault(card: Scorecard, field: string): string | undefined {
  const fields = card as unknown as Fields;
  if (!isText(fields['asOf'])) return `${field}.asOf`;
  const counts = countsFault(fields['counts'], `${field}.counts`);
  if (counts !== undefined) return counts;
  if (card.kind === 'chitieu/result-table') return tableFault(fields, field);
  if (!isText(fields['area'])) return `${field}.area`;
  if (card.kind === 'chitieu/plan-scorecard') {
    const title = fields['title'];
    if (!isObject(title) || !isText(title['vi'])) return `${field}.title`;
    if (title['en'] !== undefined && !isText(title['en'])) return `${field}.title.en`;
  }
  const results = fields['results'] as unknown[];
  for (let i = 0; i < results.length; i++) {
    const fault = resultFault(results[i], `${field}.results[${i}]`);
    if (fault !== undefined) return fault;
  }
  return undefined;
}
