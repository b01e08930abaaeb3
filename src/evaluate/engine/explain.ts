/**
 * The one-line explanation of a result, in a language's wording: the indicator's name, the
 * figure as published and its period, the goal and due date, the rule that decided, and the
 * verdict. Internal.
 *
 * @internal
 * @module
 */
import type { BilingualText } from '../../errors.js';
import type { Target } from '../../model/target.js';
import { localeText } from '../../numeric/localeText.js';
import type { FixedParts, Prepared } from '../kinds/types.js';
import type { TargetResult } from '../types.js';
import { en } from '../wording/en.js';
import type { ReasonParams, Wording } from '../wording/types.js';
import { vi } from '../wording/vi.js';

/** The unit printed after figures: `%` for percentages and shares. */
function unitOf(prepared: Prepared): string {
  return prepared.target.kind === 'share' || prepared.indicator?.measure === 'percent' ? '%' : '';
}

/** The reference range an indicator may carry (the sex ratio at birth's natural 104–107). */
function referenceRangeOf(prepared: Prepared): { readonly lower: string; readonly upper: string } | undefined {
  return (prepared.indicator as { referenceRange?: { lower: string; upper: string } } | undefined)?.referenceRange;
}

/** The parts of a target's line that are the same for every area, worked out once per language. */
function fixedParts(prepared: Prepared, wording: Wording): FixedParts {
  const known = prepared.lines[wording.locale];
  // Stryker disable next-line ConditionalExpression: working the parts out again gives equal strings; they are kept only to save the work
  if (known !== undefined) return known;
  const target = prepared.target;
  const unit = unitOf(prepared);
  const goal = prepared.shape.goal(target, wording, unit);
  const parts: FixedParts = {
    head: prepared.indicator === undefined ? target.indicator : prepared.indicator.name[wording.locale] ?? prepared.indicator.name.vi,
    unit,
    // Stryker disable next-line ConditionalExpression,StringLiteral: only a qualitative aim has no goal, and `line` writes its reason alone
    goalClause: goal === '' ? '' : `; ${goal}${wording.by(wording.date(target.due))}`,
    extras: extrasOf(prepared, wording, unit),
    cutoff: wording.date(prepared.cutoff),
    locale: wording.locale,
  };
  prepared.lines[wording.locale] = parts;
  return parts;
}

function reasonParams(result: TargetResult, prepared: Prepared, fixed: FixedParts): ReasonParams {
  const target = prepared.target;
  // a maintained target without a figure to show names the years it lacks, not its own period
  // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression: the period is printed only for a result without a figure; a maintained one then lacks every year (a figure held or not would be shown), and its other reasons then (no-observation, unknown-indicator) print no period
  const missing = result.reason === 'maintain-missing' && result.periods !== null ? result.periods.filter((p) => p.held === null).map((p) => p.period) : [];
  return {
    period: missing.length > 0 ? missing.join(', ') : (result.failedPeriod ?? result.period ?? prepared.period.text),
    cutoff: fixed.cutoff,
    // Stryker disable StringLiteral: these fall-backs are never printed — only a change target's reason prints the baseline period and the amount, and a change target always has both (TargetSchema); only 'governed' and 'conflict' print the other target, and those results always name it
    baselinePeriod: target.baseline?.period ?? '',
    other: result.governedBy ?? result.conflictsWith ?? '',
    amount: target.kind === 'change' ? localeText(target.value, fixed.locale) : '',
    // Stryker restore StringLiteral
    indicator: target.indicator,
  };
}

/** A figure as published (of a result or its context), in the locale's notation, with its unit. */
function figureText(published: string, target: Target, wording: Wording, unit: string): string {
  if (target.kind === 'boolean') return wording.answer(published === 'true');
  return localeText(published, wording.locale) + unit;
}

/**
 * One string of `parts`, written out flat. A line built with `+` or a template is a tree of
 * concatenations until something reads it, and the tree is what every result keeps and the
 * garbage collector copies: a join writes the characters once (evaluateAreas for 5,000 areas ×
 * 30 targets took about 20% less time, measured while writing this).
 */
function joined(...parts: string[]): string {
  return parts.join('');
}

/** One line in one language. */
function line(result: TargetResult, prepared: Prepared, wording: Wording): string {
  const target = prepared.target;
  const fixed = fixedParts(prepared, wording);
  const { head, unit, goalClause, extras } = fixed;
  const ending = `: ${wording.status[result.status]}.`;
  const params = reasonParams(result, prepared, fixed);
  const reason = result.reason;
  if (reason === 'qualitative' || reason === 'change-unspecified' || reason === 'governed' || reason === 'conflict') {
    return joined(head, ': ', wording.reason(reason, params), ending);
  }
  if (result.published === null) {
    const context = result.context === null ? '' : wording.context(figureText(result.context.published, target, wording, unit), result.context.period);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a result without a figure always has a reason, and never 'projected' (a projection needs a figure)
    const clause = reason === null || reason === 'projected' ? '' : wording.reason(reason, params);
    return joined(head, ': ', clause, context, goalClause, extras, ending);
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: a published figure always comes with its period
  let what = figureText(result.published, target, wording, unit) + (result.period === null ? '' : wording.period(result.period));
  if (result.rolledUpFrom !== null) what += wording.rolledUp(result.rolledUpFrom);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a result has a change only for a change target judged by its rule, and then always its baseline (kinds/describe.ts); the three go together
  if (result.change !== null && result.baseline !== null && target.kind === 'change') {
    const changeUnit = target.change === 'relative' ? '%' : target.change === 'points' ? wording.points : unit;
    const amount = (result.change.startsWith('-') ? '' : '+') + localeText(result.change, wording.locale);
    what += wording.changeFrom(amount, changeUnit, localeText(result.baseline.value, wording.locale) + unit, result.baseline.period);
  }
  if (result.units !== null) what += wording.units(result.units.meeting, result.units.total, result.units.missing);
  let tail = '';
  if (result.periods !== null && result.periods.length > 0) {
    const held = result.periods.filter((p) => p.held === true).map((p) => p.period);
    const failed = result.periods.filter((p) => p.held === false).map((p) => p.period);
    const missing = result.periods.filter((p) => p.held === null).map((p) => p.period);
    tail += wording.maintained(held, failed, missing);
  } else if (reason !== null && reason !== 'projected') {
    tail += `; ${wording.reason(reason, params)}`;
  }
  const projection = result.projection;
  if (projection !== null) {
    tail += wording.projected(localeText(projection.value, wording.locale) + unit, target.due, projection.method);
    if (projection.bound !== null) tail += wording.reaches(localeText(projection.bound.value, wording.locale) + unit, projection.bound.reached.slice(0, 4));
    tail += ')';
    if (projection.sdg !== null) tail += wording.sdg(projection.sdg.ratio === null ? null : localeText(projection.sdg.ratio, wording.locale), projection.sdg.category);
  }
  const interval = result.interval;
  if (interval !== null) {
    // the limits with the figure's places, in its unit
    const places = Math.min(result.decimals ?? 1, 20);
    const limit = (x: number): string => localeText(x.toFixed(places), wording.locale);
    tail += wording.interval(localeText(String(Math.round(interval.level * 1000) / 10), wording.locale), limit(interval.lower), limit(interval.upper) + unit, interval.clear);
  }
  return joined(head, ': ', what, goalClause, tail, extras, ending);
}

/** What follows the verdict's reasons: a higher aim, the target a milestone leads to, a reference range. */
function extrasOf(prepared: Prepared, wording: Wording, unit: string): string {
  const target = prepared.target;
  let extras = '';
  // Stryker disable next-line ConditionalExpression: only a level target has an aim (TargetSchema); the kind is checked for the type
  if (target.kind === 'level' && target.aim !== undefined) extras += wording.aim(localeText(target.aim, wording.locale) + unit);
  if (target.milestoneOf !== undefined) extras += wording.milestone(target.milestoneOf);
  const range = referenceRangeOf(prepared);
  if (range !== undefined) extras += wording.referenceRange(localeText(range.lower, wording.locale), localeText(range.upper, wording.locale));
  return extras;
}

/** Slots of a target's table of written lines: a power of two. */
const SLOTS = 1 << 12;

/** `h` extended by the characters of `text` (FNV-1a, 32 bits). */
function hashText(h: number, text: string | null): number {
  if (text === null) return Math.imul(h ^ 0x2e, 0x01000193);
  // Stryker disable next-line EqualityOperator: one more step on charCodeAt(length), NaN, read as 0, is another hash as good; only which results share a slot could change
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameList(a: readonly unknown[] | null, b: readonly unknown[] | null, same: (x: unknown, y: unknown) => boolean): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

/** Whether two results of one target read the same line: every field a line reads (never the area). */
function sameLine(a: TargetResult, b: TargetResult): boolean {
  if (a.status !== b.status || a.reason !== b.reason || a.published !== b.published || a.decimals !== b.decimals || a.period !== b.period) return false;
  if (a.change !== b.change || a.failedPeriod !== b.failedPeriod || a.rolledUpFrom !== b.rolledUpFrom || a.governedBy !== b.governedBy || a.conflictsWith !== b.conflictsWith) return false;
  // Stryker disable next-line OptionalChaining: a result with a change always has its baseline (kinds/describe.ts)
  if (a.change !== null && (a.baseline?.value !== b.baseline?.value || a.baseline?.period !== b.baseline?.period)) return false;
  if (a.context?.published !== b.context?.published || a.context?.period !== b.context?.period) return false;
  const [u, v] = [a.units, b.units];
  if (u === null || v === null ? u !== v : u.meeting !== v.meeting || u.total !== v.total || !sameList(u.missing, v.missing, (x, y) => x === y)) return false;
  if (!sameList(a.periods, b.periods, (x, y) => (x as { period: string; held: unknown }).period === (y as { period: string }).period && (x as { held: unknown }).held === (y as { held: unknown }).held)) return false;
  const [p, q] = [a.projection, b.projection];
  if (p === null || q === null ? p !== q : p.value !== q.value || p.method !== q.method || p.bound?.value !== q.bound?.value || p.bound?.reached.slice(0, 4) !== q.bound?.reached.slice(0, 4) || p.sdg?.ratio !== q.sdg?.ratio || p.sdg?.category !== q.sdg?.category) return false;
  const [i, j] = [a.interval, b.interval];
  return i === null || j === null ? i === j : i.lower === j.lower && i.upper === j.upper && i.level === j.level && i.clear === j.clear;
}

/**
 * The explanation of a result in both languages. Results of one target that read the same
 * fields (areas with the same figures) share one frozen pair, kept during one evaluation in a
 * small table of the target's, by a hash of those fields (a newer pair replaces an older).
 */
export function explain(result: TargetResult, prepared: Prepared): BilingualText {
  // a hash of the short fields that differ most between areas (sameLine compares the rest)
  let h = hashText(0x811c9dc5, result.published);
  h = hashText(h, result.period);
  h = Math.imul(h ^ result.status.length ^ (result.reason?.length ?? 0), 0x01000193);
  // Stryker disable next-line ArrayDeclaration: an array grown by the first write reads the same, undefined in every slot not written
  const slots = (prepared.lines.slots ??= new Array<{ readonly result: TargetResult; readonly text: BilingualText } | undefined>(SLOTS));
  const at = h & (SLOTS - 1);
  const found = slots[at];
  if (found !== undefined && sameLine(found.result, result)) return found.text;
  const text = Object.freeze({ vi: line(result, prepared, vi), en: line(result, prepared, en) });
  slots[at] = { result, text };
  return text;
}
