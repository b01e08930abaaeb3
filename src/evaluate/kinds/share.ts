/**
 * Shares of units: “100% Trạm y tế có tối thiểu 4 bác sĩ” is the share of the area's stations
 * whose own figure meets the condition. Every unit of the area counts (the units below it in
 * `options.areas`, else every unit observed with the area as its parent up to the cut-off); a
 * unit without a figure for the period does not meet the condition and is named. A unit's
 * condition is compared exactly: 3.5 doctors (part time) is not “tối thiểu 4”. Without unit
 * figures, the share is read from the target's own indicator. Internal.
 *
 * @internal
 * @module
 */
import type { ShareTarget } from '../../model/target.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import type { Q } from '../../numeric/exact/rational.js';
import { toDecimalText } from '../../numeric/exact/text.js';
import { figureFor, isProblem, readRow, rowFor, rowsOf, rowsOfNumber, type Point, type Problem, type Reading } from '../engine/figures.js';
import type { PeriodInfo, TargetPeriod } from '../engine/periods.js';
import { holds, satisfies } from '../engine/rule.js';
import { compareRow } from '../engine/units.js';
import { partsOf, unitsBelow } from '../engine/tree.js';
import { boundsOf } from './bounds.js';
import { describeNumeric, thresholdOf } from './describe.js';
import { goalPhrase } from './goal.js';
import { directSource, judgeNumeric, levelRuleOf, readingOf, shareOf, type Source, type TrendEnds } from './numeric.js';
import type { Job, KindRule } from './types.js';

/**
 * A unit and its rows of the condition's indicator (`from` … `to − 1`), and the rows of its parts
 * (a station's sub-stations), whose figures add up to its own: read only when it has none of its own.
 */
interface Unit {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly parts: readonly { readonly from: number; readonly to: number }[];
}

/** The rows of the parts below `area` (all levels), for a unit without rows of its own. */
function partRows(job: Job, reading: Reading, area: string, depth: number): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  if (depth > 32) return found;
  for (const part of partsOf(job.tree, area)) {
    const rows = rowsOf(reading, part);
    if (rows.to > rows.from) found.push(rows);
    else found.push(...partRows(job, reading, part, depth + 1));
  }
  return found;
}

/** The units of the area with their rows: from the tree when given, else those observed under it (with figures of their own or of their parts). */
function unitsOf(job: Job, reading: Reading): Unit[] {
  const units: Unit[] = [];
  if (job.tree.given) {
    for (const id of unitsBelow(job.tree, job.area, 'facility')) {
      const { from, to } = rowsOf(reading, id);
      units.push({ id, from, to, parts: partRows(job, reading, id, 0) });
    }
    return units;
  }
  // the areas observed with the area as their parent, by number
  const { store } = job;
  // (an area never observed is number -1, which has no children either)
  const children = store.childrenOf[job.areaNumber];
  if (children === undefined) return units;
  for (const child of children) {
    const { from, to } = rowsOfNumber(reading, child);
    const id = store.areas[child] as string;
    const parts = partRows(job, reading, id, 0);
    if (to > from || parts.length > 0) units.push({ id, from, to, parts });
  }
  return units;
}

/** Every row range a unit's figures come from: its own, or its parts'. */
function rangesOf(unit: Unit): readonly { readonly from: number; readonly to: number }[] {
  return unit.to > unit.from ? [unit] : unit.parts;
}

/** The share of `units` meeting the condition in `period`, or `undefined` when no unit has a figure for it. */
function shareIn(target: ShareTarget, reading: Reading, units: readonly Unit[], condition: Q, period: TargetPeriod): Point | Problem | undefined {
  let meeting = 0;
  let observed = 0;
  const missing: string[] = [];
  for (const unit of units) {
    // the unit's own figure, else its parts' (a station's sub-stations)
    const row = rowFor(reading, unit.from, unit.to, period);
    // a plain figure compared in integers, without reading it as a point: a shortcut; skipped, the
    // row is read as a point and compared exactly below, with the same verdict (and at row -1,
    // compareRow finds no plain row and gives undefined)
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: see above, the shortcut gives the verdict of the exact comparison
    if (row >= 0) {
      const c = compareRow(reading.store, row, condition);
      // Stryker disable next-line BlockStatement: see above, the shortcut gives the verdict of the exact comparison
      if (c !== undefined) {
        observed++;
        if (holds(c, target.condition.comparator)) meeting++;
        continue;
      }
    }
    const figure = row >= 0 ? readRow(reading, row) : unit.to > unit.from ? undefined : figureFor(reading, unit.id, period);
    if (figure === undefined) {
      missing.push(unit.id);
      continue;
    }
    if (isProblem(figure)) return figure;
    observed++;
    if (satisfies(figure.value, target.condition.comparator, condition, undefined)) meeting++;
  }
  if (observed === 0) return undefined;
  return {
    period: period.text,
    time: period.time,
    value: shareOf(meeting, units.length),
    counts: undefined,
    answer: undefined,
    rolledUpFrom: undefined,
    units: { total: units.length, observed, meeting, missing },
  };
}

/** The periods the units have figures for, comparable with the target's (all, when `length` is undefined), oldest first (one per closing day, the shortest). */
function periodsOf(reading: Reading, units: readonly Unit[], length: string | undefined): PeriodInfo[] {
  const byEnd = new Map<string, PeriodInfo>();
  for (const unit of units) {
    for (const range of rangesOf(unit)) {
      for (let row = range.from; row < range.to; row++) {
        const info = reading.store.periods[reading.store.period[row] as number] as PeriodInfo;
        if (length !== undefined && info.length !== length) continue;
        const seen = byEnd.get(info.end);
        if (seen === undefined || seen.start < info.start) byEnd.set(info.end, info);
      }
    }
  }
  // ISO days sort as text
  return [...byEnd.keys()].sort().map((end) => byEnd.get(end) as PeriodInfo);
}

/** The latest of `infos` (oldest first) that has a share, with its index; `undefined` when none has one. */
function latestShare(infos: readonly PeriodInfo[], share: (info: PeriodInfo) => Point | Problem | undefined): [Point | Problem, number] | undefined {
  for (let i = infos.length - 1; i >= 0; i--) {
    const point = share(infos[i] as PeriodInfo);
    if (point !== undefined) return [point, i];
  }
  return undefined;
}

/** The figures of a share target: its units', or its own indicator's when it has no unit figures. */
function shareSource(job: Job): Source {
  const target = job.prepared.target as ShareTarget;
  const settings = job.prepared.settings;
  const unitIndicator = settings.indicator(target.condition.indicator);
  const flow = unitIndicator?.nature !== 'stock';
  const reading = readingOf(job, target.condition.indicator, false, unitIndicator?.measure === 'count', undefined, flow);
  const units = unitsOf(job, reading);
  if (!units.some((unit) => unit.to > unit.from || unit.parts.length > 0)) return directSource(job, 2);
  const condition = readDecimal(target.condition.value) as Q;
  const { period } = job.prepared;
  const share = (info: PeriodInfo): Point | Problem | undefined => shareIn(target, reading, units, condition, info);
  return {
    forPeriod: () => share(period),
    trendEnds: (): TrendEnds => {
      // the latest period with a share, and the earliest readable share before it (a period
      // where no unit has a figure, or where one cannot be read, is passed over)
      const infos = periodsOf(reading, units, flow ? period.length : undefined);
      const found = latestShare(infos, share);
      // Stryker disable next-line ObjectLiteral: `{}` reads as first and latest undefined all the same (judgeNumeric reads only those two)
      if (found === undefined) return { first: undefined, latest: undefined };
      const [latest, last] = found;
      for (let i = 0; i < last; i++) {
        const first = share(infos[i] as PeriodInfo);
        if (first !== undefined && !isProblem(first)) return { first, latest };
      }
      return { first: undefined, latest };
    },
    ofPeriod: (text) => {
      const p = reading.store.periodNumbers.get(text);
      return p === undefined ? undefined : share(reading.store.periods[p] as PeriodInfo);
    },
    latest: () => latestShare(periodsOf(reading, units, undefined), share)?.[0],
    partial: () =>
      periodsOf(reading, units, undefined).some(
        (info) =>
          info.start >= period.start &&
          // Stryker disable next-line ConditionalExpression: partial() is asked only once due, when rows are read up to the due date, the period's last day (rowsOfNumber): no row ends after it
          info.end <= period.end,
      ),
    fallbackDecimals: 2,
  };
}

/** The share-of-units kind. */
export const share: KindRule = {
  id: 'share',
  judge(job) {
    const target = job.prepared.target as ShareTarget;
    return judgeNumeric(job, shareSource(job), levelRuleOf(job, target.comparator), false);
  },
  describe(job, judged, result) {
    const target = job.prepared.target as ShareTarget;
    describeNumeric(job, judged, result, (rule) => thresholdOf(rule, target.value, undefined));
  },
  goal(target, wording) {
    const t = target as ShareTarget;
    return goalPhrase(t.comparator, t.value, undefined, '%', wording, false);
  },
  bounds(target) {
    const t = target as ShareTarget;
    const condition = readDecimal(t.condition.value) as Q;
    return boundsOf(`share|${t.condition.indicator}|${t.condition.comparator}|${toDecimalText(condition)}`, t.comparator, t.value, undefined);
  },
};
