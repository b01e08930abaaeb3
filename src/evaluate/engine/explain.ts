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
import type { Prepared } from '../kinds/types.js';
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

function reasonParams(result: TargetResult, prepared: Prepared, wording: Wording): ReasonParams {
  const target = prepared.target;
  return {
    period: result.failedPeriod ?? result.period ?? prepared.period.text,
    cutoff: wording.date(prepared.cutoff),
    baselinePeriod: target.baseline?.period ?? '',
    other: result.governedBy ?? result.conflictsWith ?? '',
    amount: target.kind === 'change' ? localeText(target.value, wording.locale) : '',
    indicator: target.indicator,
  };
}

/** The figure of a result as published, in the locale's notation, with its unit. */
function figureText(result: TargetResult, target: Target, wording: Wording, unit: string): string {
  if (result.published === null) return '';
  if (target.kind === 'boolean') return wording.answer(result.published === 'true');
  return localeText(result.published, wording.locale) + unit;
}

/** One line in one language. */
function line(result: TargetResult, prepared: Prepared, wording: Wording): string {
  const target = prepared.target;
  const head = prepared.indicator === undefined ? target.indicator : prepared.indicator.name[wording.locale] ?? prepared.indicator.name.vi;
  const ending = `: ${wording.status[result.status]}.`;
  const unit = unitOf(prepared);
  const params = reasonParams(result, prepared, wording);
  const reason = result.reason;
  if (reason === 'qualitative' || reason === 'change-unspecified' || reason === 'governed' || reason === 'conflict') {
    return `${head}: ${wording.reason(reason, params)}${ending}`;
  }
  const goal = prepared.shape.goal(target, wording, unit);
  const due = wording.by(wording.date(target.due));
  const goalClause = goal === '' ? '' : `; ${goal}${due}`;
  const extras = extrasOf(result, prepared, wording, unit);
  if (result.published === null) {
    const context = result.context === null ? '' : wording.context(contextText(result, target, wording, unit), result.context.period);
    const clause = reason === null || reason === 'projected' ? '' : wording.reason(reason, params);
    return `${head}: ${clause}${context}${goalClause}${extras}${ending}`;
  }
  let what = figureText(result, target, wording, unit) + (result.period === null ? '' : wording.period(result.period));
  if (result.rolledUpFrom !== null) what += wording.rolledUp(result.rolledUpFrom);
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
  return `${head}: ${what}${goalClause}${tail}${extras}${ending}`;
}

function contextText(result: TargetResult, target: Target, wording: Wording, unit: string): string {
  const context = result.context;
  if (context === null) return '';
  if (target.kind === 'boolean') return wording.answer(context.published === 'true');
  return localeText(context.published, wording.locale) + unit;
}

/** What follows the verdict's reasons: a higher aim, the target a milestone leads to, a reference range. */
function extrasOf(_result: TargetResult, prepared: Prepared, wording: Wording, unit: string): string {
  const target = prepared.target;
  let extras = '';
  if (target.kind === 'level' && target.aim !== undefined) extras += wording.aim(localeText(target.aim, wording.locale) + unit);
  if (target.milestoneOf !== undefined) extras += wording.milestone(target.milestoneOf);
  const range = referenceRangeOf(prepared);
  if (range !== undefined) extras += wording.referenceRange(localeText(range.lower, wording.locale), localeText(range.upper, wording.locale));
  return extras;
}

/** The explanation of a result in both languages. */
export function explain(result: TargetResult, prepared: Prepared): BilingualText {
  return Object.freeze({ vi: line(result, prepared, vi), en: line(result, prepared, en) });
}
