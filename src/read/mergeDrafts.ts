/**
 * Targets a plan states more than once: in its objectives, again in its tasks, again in an
 * appendix. Drafts that set the same threshold (indicator, kind, comparator, value, upper,
 * condition, due date) are one target: the first is kept, with the lines of the others; a
 * level that a “duy trì” (maintain) target of the same threshold already covers joins it; an
 * aim without a figure joins a figure for the same indicator and year (“bao phủ bảo hiểm y tế
 * toàn dân” and the appendix's “>95”). The first statement's wording (and its “phấn đấu” or
 * not) is kept; a scope only a repeat gives is added.
 *
 * @module
 */
import type { TargetDraft } from './types.js';

/** A draft with where it stands in the document. */
export interface Placed {
  readonly draft: TargetDraft;
  /** The index of its section. */
  readonly section: number;
  /** Lines of the repeats merged into it (filled while merging). */
  readonly repeats: number[];
}

function family(draft: TargetDraft): string {
  switch (draft.targetKind) {
    case 'level':
    case 'maintain':
    case 'count':
      // Stryker disable next-line StringLiteral: any label unlike the other families' keys does
      return 'bound';
    case 'share':
      return `share:${String(draft.condition?.comparator)}${String(draft.condition?.value)}`;
    case 'change':
      return `change:${String(draft.change)}`;
    case 'boolean':
      return `boolean:${String(draft.expected)}`;
    // Stryker disable next-line ConditionalExpression: every kind but 'qualitative' has its case above, and mergeDrafts passes 'qualitative' by before it asks for a family
    default:
      return draft.targetKind;
  }
}

/** A figure as a number, so that `95` and `95.0` are one threshold (`undefined` stays so: Number gives NaN). */
function number(value: string | undefined): string | undefined {
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : value;
}

function key(draft: TargetDraft): string {
  // join writes an absent field as ''
  return [draft.indicator, family(draft), draft.comparator, number(draft.value), number(draft.upper), draft.due].join('|');
}

function year(draft: TargetDraft): string {
  return String(draft.due?.slice(0, 4));
}

/** Merge repeated targets; results and drafts without an indicator pass through. */
export function mergeDrafts(placed: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  const byKey = new Map<string, number>();
  for (const item of placed) {
    const { draft } = item;
    if (draft.kind === 'result' || draft.indicator === undefined || draft.targetKind === 'qualitative') {
      out.push(item);
      continue;
    }
    const k = key(draft);
    const found = byKey.get(k);
    if (found === undefined) {
      byKey.set(k, out.length);
      out.push(item);
      continue;
    }
    const kept = out[found] as Placed;
    const merged: TargetDraft = {
      ...(draft.targetKind === 'maintain' && kept.draft.targetKind !== 'maintain' ? { ...kept.draft, targetKind: 'maintain', ...(draft.from === undefined ? {} : { from: draft.from }) } : kept.draft),
      ...(kept.draft.scope === undefined && draft.scope !== undefined ? { scope: draft.scope } : {}),
    };
    kept.repeats.push(draft.line, ...item.repeats);
    out[found] = { ...kept, draft: Object.freeze(merged) };
  }
  // an aim without a figure joins a figure for the same indicator and year
  const figured = new Set(out.filter((item) => item.draft.targetKind !== 'qualitative' && item.draft.kind === 'target').map((item) => `${String(item.draft.indicator)}|${year(item.draft)}`));
  const aims = new Map<string, number>();
  const result: Placed[] = [];
  for (const item of out) {
    const { draft } = item;
    if (draft.targetKind === 'qualitative' && draft.indicator !== undefined) {
      const k = `${draft.indicator}|${year(draft)}`;
      if (figured.has(k)) continue;
      const seen = aims.get(k);
      if (seen !== undefined) {
        (result[seen] as Placed).repeats.push(draft.line);
        continue;
      }
      aims.set(k, result.length);
    }
    result.push(item);
  }
  return result;
}
