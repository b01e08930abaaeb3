/**
 * Yes/no targets (“không để dịch bệnh lớn xảy ra” is `expected: false` for a major epidemic),
 * judged on the answer for the target's own period (`Prepared.period`): the year ending on its
 * due date, or from `from` when the target sets it (“không để dịch lớn trong giai đoạn 2026–2030”). An unwanted
 * “yes” in part of the period (an epidemic in the first quarter) already settles a “no” target,
 * and “no” for parts that cover the whole period answers it; otherwise part of the period never
 * stands in for it. Before the due date, the period so far is judged. Internal.
 *
 * @internal
 * @module
 */
import type { BooleanTarget } from '../../model/target.js';
import { figureFor, hasPart, isProblem, latestOf, readRow, rowsOf, type Point, type Reading } from '../engine/figures.js';
import type { PeriodInfo, TargetPeriod } from '../engine/periods.js';
import { nextDay } from '../engine/time.js';
import { readingOf } from './numeric.js';
import type { Judged, Job, KindRule } from './types.js';

/** Whether the spans `starts[i]` … `ends[i]` leave no day of `period` uncovered. */
function covers(starts: readonly string[], ends: readonly string[], period: TargetPeriod): boolean {
  const order = starts.map((_, i) => i).sort((a, b) => ((starts[a] as string) < (starts[b] as string) ? -1 : 1));
  let next = period.start;
  for (const i of order) {
    if ((starts[i] as string) > next) return false;
    const end = ends[i] as string;
    if (end >= next) next = nextDay(end);
  }
  return next > period.end;
}

/**
 * The answers of rows inside the target's period up to the cut-off, latest last, with each row's
 * first and last day. Rows end by the cut-off, which is never past the period's end (the due
 * date once due, else the date judged, before it): only their first day is checked.
 */
function answersInPeriod(job: Job, reading: Reading, period: TargetPeriod): { points: (Point | { problem: 'value-type'; period: string })[]; starts: string[]; ends: string[] } {
  const { from, to } = rowsOf(reading, job.area);
  const points: (Point | { problem: 'value-type'; period: string })[] = [];
  const starts: string[] = [];
  const ends: string[] = [];
  for (let row = from; row < to; row++) {
    const info = job.store.periods[job.store.period[row] as number] as PeriodInfo;
    if (info.start < period.start) continue;
    const point = readRow(reading, row);
    // Stryker disable next-line StringLiteral: the code is never read — judge() reports any problem here as 'value-type' itself
    points.push(isProblem(point) ? { problem: 'value-type', period: point.period } : point);
    starts.push(info.start);
    ends.push(info.end);
  }
  return { points, starts, ends };
}

function shown(point: Point, status: Judged['status'], reason: Judged['reason']): Judged {
  return { status, reason, published: String(point.answer), decimals: null, period: point.period, figure: point, answer: point.answer };
}

/** The yes/no kind. */
export const boolean: KindRule = {
  id: 'boolean',
  judge(job): Judged {
    const { prepared } = job;
    const expected = (prepared.target as BooleanTarget).expected;
    const reading = readingOf(job, prepared.target.indicator, true, false, undefined, prepared.flow);
    const period = prepared.period;
    const parts = answersInPeriod(job, reading, period);
    const problem = parts.points.find((part) => 'problem' in part);
    if (problem !== undefined && 'problem' in problem) return { status: 'needs-review', reason: 'value-type', published: null, decimals: null, period: problem.period };
    const points = parts.points as Point[];
    // an unwanted yes anywhere in the period settles a “no” target
    const unwanted = expected ? undefined : points.filter((point) => point.answer === true).pop();
    if (prepared.isDue) {
      const figure = figureFor(reading, job.area, period);
      if (figure !== undefined && isProblem(figure)) return { status: 'needs-review', reason: figure.problem, published: null, decimals: null, period: figure.period };
      if (figure !== undefined) return shown(figure, figure.answer === expected ? 'achieved' : 'not-achieved', null);
      if (unwanted !== undefined) return shown(unwanted, 'not-achieved', null);
      // “no” for parts that cover the whole period answers a “no” target
      // (no parts cover nothing: covers() is false without them)
      if (!expected && covers(parts.starts, parts.ends, period)) return shown(points[points.length - 1] as Point, 'achieved', null);
      const latest = latestOf(reading, job.area);
      if (latest === undefined) return { status: 'no-data', reason: prepared.known ? 'no-observation' : 'unknown-indicator', published: null, decimals: null, period: null };
      const context = isProblem(latest) ? undefined : latest;
      return { status: 'no-data', reason: prepared.flow && hasPart(reading, job.area, period) ? 'partial-period' : 'no-figure-for-period', published: null, decimals: null, period: null, context };
    }
    if (unwanted !== undefined) return shown(unwanted, 'off-track', 'so-far');
    const latest = points[points.length - 1];
    if (latest === undefined) {
      const any = latestOf(reading, job.area);
      if (any === undefined) return { status: 'no-data', reason: prepared.known ? 'no-observation' : 'unknown-indicator', published: null, decimals: null, period: null };
      return { status: 'no-data', reason: 'no-trend', published: null, decimals: null, period: null, context: isProblem(any) ? undefined : any };
    }
    return shown(latest, latest.answer === expected ? 'on-track' : 'off-track', 'so-far');
  },
  describe(job, judged, result) {
    const expected = (job.prepared.target as BooleanTarget).expected;
    result.threshold = { comparator: '=', value: String(expected), upper: null, level: null };
    if (judged.answer !== undefined) result.actual = String(judged.answer);
    if (judged.context?.answer !== undefined) result.context = { period: judged.context.period, published: String(judged.context.answer) };
  },
  goal(target, wording) {
    return wording.expected((target as BooleanTarget).expected);
  },
  bounds: () => undefined,
};
