/**
 * The details of a numeric result, filled in only when a full result is asked for: the exact
 * figure, the threshold, gap, progress, baseline, change, projection, the change per year it
 * takes, and what it takes in counts. Internal.
 *
 * @internal
 * @module
 */
import type { Comparator } from '../../model/primitives.js';
import { largestCount, smallestCount } from '../../numeric/exact/counts.js';
import { cmp, div, HUNDRED, isZero, mul, sub, type Q } from '../../numeric/exact/rational.js';
import { fixedText, toDecimalText } from '../../numeric/exact/text.js';
import type { Point } from '../engine/figures.js';
import { gapOf, meets, meetingLevel, nearestBound, published, ruleFigure, type Rule } from '../engine/rule.js';
import { intervalOf } from '../engine/interval.js';
import { dayAt } from '../engine/time.js';
import type { Assessment } from '../projection/types.js';
import type { Projection, Threshold, WhatItTakes } from '../types.js';
import type { Draft, Job, Judged } from './types.js';

/** The threshold of a level-like rule, in the target's terms. */
export function thresholdOf(rule: Rule, value: string, upper: string | undefined): Threshold {
  return { comparator: rule.comparator, value, upper: upper ?? null, level: toDecimalText(rule.level) };
}

/** Fill the figure fields every numeric result has: exact value, period, roll-up, context. */
export function describeFigure(judged: Judged, result: Draft): void {
  const figure = judged.figure;
  if (figure !== undefined) {
    result.actual = toDecimalText(figure.value);
    if (figure.rolledUpFrom !== undefined) result.rolledUpFrom = figure.rolledUpFrom;
    // Stryker disable next-line MethodExpression: a share's list of units without a figure is made anew for each figure (share.ts, shareIn) and never written after, so freezing it or a copy reads the same
    if (figure.units !== undefined) result.units = { ...figure.units, missing: Object.freeze(figure.units.missing.slice()) };
  }
  // a context comes with the places it is shown at (numeric.ts, judgeNumeric)
  const context = judged.context;
  if (context !== undefined) result.context = { period: context.period, published: fixedText(context.value, judged.decimals as number) };
}

/** Fill the details of a judged numeric target (threshold, gap, progress, projection, what it takes). */
export function describeNumeric(job: Job, judged: Judged, result: Draft, threshold: (rule: Rule) => Threshold): void {
  describeFigure(judged, result);
  const rule = judged.rule;
  if (rule === undefined) return;
  // a rule comes with the figure it was applied to (numeric.ts, judgeNumeric)
  const figure = judged.figure as Point;
  if (rule === job.prepared.levelRule) result.threshold = job.prepared.threshold ??= Object.freeze(threshold(rule));
  else result.threshold = threshold(rule);
  const level = published(rule, figure.value);
  const met = meets(rule, level);
  const base = judged.base;
  if (base !== undefined) result.baseline = { period: base.period, value: toDecimalText(published(rule, base.value)) };
  if (rule.change !== undefined) result.change = toDecimalText(ruleFigure(rule, level));
  result.gap = toDecimalText(gapOf(rule, level));
  result.progress = progressOf(rule, base, level, met);
  const projected = judged.projected;
  // a projection comes with the base it was drawn from and its assessment (numeric.ts, judgeNumeric)
  if (projected !== undefined) {
    const from = base as Point;
    const assessment = judged.assessment as Assessment;
    const places = rule.decimals + 2;
    const summary: Projection = {
      method: job.prepared.settings.projection.id,
      value: fixedText(projected.value, rule.decimals),
      slopePerYear: fixedText(projected.slopePerYear, places),
      growthRate: projected.growthPercent === undefined ? null : fixedText(projected.growthPercent, places),
      from: from.period,
      to: job.prepared.target.due,
      bound: projected.bound === undefined ? null : { value: toDecimalText(projected.bound.value), reached: dayAt(projected.bound.time) },
      sdg:
        assessment.sdg === undefined
          ? null
          : { ratio: assessment.sdg.ratio === undefined ? null : fixedText(assessment.sdg.ratio, 2), category: assessment.sdg.category },
    };
    result.projection = summary;
  }
  if (!job.prepared.isDue && !met) {
    const remaining = sub(job.prepared.dueTime, figure.time);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: before the due date (asOf < due) every figure read ends before it, so remaining > 0 always; the check only guards the division
    if (cmp(remaining, { n: 0, d: 1 }) > 0) result.requiredAnnualChange = fixedText(div(sub(nearestBound(rule, level), level), remaining), rule.decimals + 2);
  }
  result.whatItTakes = met ? null : whatItTakes(job, figure, rule);
  const confidence = job.prepared.settings.interval;
  if (
    confidence !== undefined &&
    // Stryker disable next-line ConditionalExpression: a share of units carries neither counts nor a published interval, so intervalOf finds none for it all the same
    figure.units === undefined
  )
    result.interval = intervalOf(figure, job.prepared.target.indicator, confidence, rule) ?? null;
}

/**
 * Progress from the baseline, in percent with one decimal, toward the nearest level that
 * meets the target: only from a baseline that does not already meet it, not for a range, and
 * only when the rounded percentage agrees with the verdict (100.0 or more exactly when met).
 */
function progressOf(rule: Rule, base: Point | undefined, level: Q, met: boolean): string | null {
  if (base === undefined || rule.comparator === 'between') return null;
  const from = published(rule, base.value);
  if (meets(rule, from)) return null;
  const span = sub(meetingLevel(rule), from);
  if (isZero(span)) return null;
  const text = fixedText(mul(div(sub(level, from), span), HUNDRED), 1);
  const rounded = Number(text);
  return (rounded >= 100) === met ? text : null;
}

/** Counts needed at the current denominator, for rates and shares of units. */
export function whatItTakes(job: Job, figure: Point, rule: Rule): WhatItTakes | null {
  if (rule.change !== undefined) return null;
  const { prepared } = job;
  const population = prepared.settings.population;
  let denominator: Q | undefined;
  let per: Q | undefined;
  let current: Q | undefined;
  if (figure.units !== undefined) {
    denominator = { n: figure.units.total, d: 1 };
    per = HUNDRED;
    current = { n: figure.units.meeting, d: 1 };
  } else if (figure.counts !== undefined) {
    denominator = population ?? figure.counts.d;
    per = figure.counts.per;
    current = population === undefined ? figure.counts.n : undefined;
  } else {
    // without a population, the denominator stays undefined: nothing to work
    const measure = prepared.indicator?.measure;
    if (measure === 'rate' || measure === 'percent' || measure === 'ratio') per = prepared.per;
    denominator = population;
  }
  if (denominator === undefined || per === undefined || isZero(denominator)) return null;
  const comparator: Comparator = rule.comparator;
  const low = comparator === '>' || comparator === '>=' ? comparator : comparator === '=' || comparator === 'between' ? '>=' : undefined;
  const high = comparator === '<' || comparator === '<=' ? comparator : comparator === '=' || comparator === 'between' ? '<=' : undefined;
  const minimum = low === undefined ? undefined : smallestCount(denominator, per, low, rule.level, rule.decimals);
  const maximum = high === undefined ? undefined : largestCount(denominator, per, high, rule.upper ?? rule.level, rule.decimals);
  // the current count, when it is a whole number
  let now: bigint | undefined;
  if (current !== undefined) {
    const n = BigInt(current.n);
    const d = BigInt(current.d);
    if (n % d === 0n) {
      // Stryker disable next-line ArithmeticOperator: a reduced fraction whose d divides n has d = 1, where n / d = n × d
      now = n / d;
    }
  }
  // Stryker disable next-line EqualityOperator: at a = b both branches give '0'
  const difference = (a: bigint, b: bigint): string => (a > b ? (a - b).toString() : '0');
  return {
    denominator: toDecimalText(denominator),
    per: toDecimalText(per),
    current: current === undefined ? null : toDecimalText(current),
    minimum: minimum === undefined ? null : minimum.toString(),
    maximum: maximum === undefined || maximum === null ? null : maximum.toString(),
    more: minimum === undefined || now === undefined ? null : difference(BigInt(minimum), now),
    fewer: maximum === undefined || maximum === null || now === undefined ? null : difference(now, BigInt(maximum)),
  };
}
