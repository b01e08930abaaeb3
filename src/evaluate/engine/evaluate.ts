/**
 * The evaluation of one target for one area: preparing the target once, judging it (the
 * verdict alone, which is all a table keeps), and describing it in full. Internal.
 *
 * @internal
 * @module
 */
import { fail } from '../../errors.js';
import { NOT_PARSED } from '../../messages/index.js';
import type { Indicator } from '../../model/indicator.js';
import type { Objective } from '../../model/objective.js';
import type { Plan } from '../../model/plan.js';
import type { Target } from '../../model/target.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import { HUNDRED, int, type Q } from '../../numeric/exact/rational.js';
import { kindOf, shapeOf } from '../kinds/registry.js';
import type { Draft, Job, Judged, Prepared } from '../kinds/types.js';
import { OBJECTIVE_NOT_PARSED } from '../messages/index.js';
import type { TargetResult } from '../types.js';
import { explain } from './explain.js';
import { targetPeriod } from './periods.js';
import type { Settings } from './settings.js';
import type { Store } from './store.js';
import { endOfDay, yearEndingOn } from './time.js';
import type { Tree } from './tree.js';

/** The comparators of a threshold, and a level's range besides. */
const THRESHOLDS: ReadonlySet<unknown> = new Set(['>', '>=', '<', '<=', '=']);
const CHANGES: ReadonlySet<unknown> = new Set(['absolute', 'relative', 'points', 'unspecified']);

/** The parsers that make a target, and a plan, for the messages that send callers to them. */
const TARGET_PARSERS = ['parseTarget', 'TargetSchema.parse'];
const PLAN_PARSERS = ['parsePlan', 'PlanSchema.parse'];

const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isDay = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isDecimal = (value: unknown): boolean => typeof value === 'string' && typeof readDecimal(value) !== 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether the fields every kind of target has are as parsing leaves them. */
function baseParsed(t: Record<string, unknown>): boolean {
  const baseline = t['baseline'];
  const decimals = t['decimals'];
  return (
    isText(t['id']) &&
    isText(t['indicator']) &&
    isDay(t['due']) &&
    (t['area'] === undefined || isText(t['area'])) &&
    (t['from'] === undefined || isDay(t['from'])) &&
    (t['governedBy'] === undefined || isText(t['governedBy'])) &&
    (t['milestoneOf'] === undefined || isText(t['milestoneOf'])) &&
    // Number.isInteger is false for anything but a number
    (decimals === undefined || (Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 20)) &&
    (baseline === undefined ||
      (isObject(baseline) &&
        typeof baseline['period'] === 'string' &&
        (baseline['value'] === undefined || isDecimal(baseline['value'])) &&
        (baseline['comparator'] === undefined || THRESHOLDS.has(baseline['comparator']))))
  );
}

/** Whether the fields of a target's own kind are as parsing leaves them. */
function kindParsed(t: Record<string, unknown>): boolean {
  const threshold = THRESHOLDS.has(t['comparator']) && isDecimal(t['value']);
  switch (t['kind']) {
    case 'level':
      return (
        isDecimal(t['value']) &&
        (t['comparator'] === 'between' ? isDecimal(t['upper']) : THRESHOLDS.has(t['comparator']) && t['upper'] === undefined) &&
        (t['aim'] === undefined || isDecimal(t['aim']))
      );
    case 'change':
      return threshold && CHANGES.has(t['change']);
    case 'maintain':
    case 'count':
      return threshold;
    case 'share': {
      const condition = t['condition'];
      return threshold && isObject(condition) && isText(condition['indicator']) && THRESHOLDS.has(condition['comparator']) && isDecimal(condition['value']);
    }
    case 'boolean':
      return typeof t['expected'] === 'boolean';
    case 'qualitative':
      return true;
    // Stryker disable next-line ConditionalExpression: without its return the default case falls out of the switch and returns undefined, which checkTarget reads as not parsed just as false
    default:
      return false;
  }
}

/**
 * Check that a target is a parsed one, as far as the engine reads it: each field it reads of the
 * type parsing gives it (decimal text where a number is written, a comparator of the target's
 * kind, ISO dates). The engine trusts parsed data, and says so to anything else.
 */
export function checkTarget(target: unknown, field: string): Target {
  if (!isObject(target) || !baseParsed(target) || !kindParsed(target)) {
    throw fail(NOT_PARSED, field, { value: target, what: 'target', parsers: TARGET_PARSERS });
  }
  return target as unknown as Target;
}

/**
 * Check that a plan is a parsed one, as far as the evaluation and the checks read it: an id, a
 * title, an area and a list of objectives, each with an id, a horizon and targets that
 * {@link checkTarget} accepts (a list with holes is not one).
 *
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `field` (or the objective or target
 *   at fault, e.g. `plan.objectives[0].targets[2]`), saying to parse the plan first.
 */
export function checkParsedPlan(plan: unknown, field: string): Plan {
  const p = plan as Partial<Plan> | null;
  if (
    typeof p !== 'object' ||
    p === null ||
    !isText(p.id) ||
    typeof p.title?.vi !== 'string' ||
    (p.title.en !== undefined && typeof p.title.en !== 'string') ||
    !isText(p.area?.id) ||
    !Array.isArray(p.objectives)
  ) {
    throw fail(NOT_PARSED, field, { value: plan, what: 'plan', parsers: PLAN_PARSERS });
  }
  for (let o = 0; o < p.objectives.length; o++) {
    const at = `${field}.objectives[${o}]`;
    const objective: unknown = p.objectives[o];
    const x = objective as Partial<Objective> | null;
    if (typeof x !== 'object' || x === null || typeof x.id !== 'string' || typeof x.horizon !== 'number' || !Array.isArray(x.targets)) {
      throw fail(OBJECTIVE_NOT_PARSED, at, { value: objective });
    }
    for (let t = 0; t < x.targets.length; t++) checkTarget(x.targets[t], `${at}.targets[${t}]`);
  }
  return p as Plan;
}

/** The multiplier of an indicator (100 for a percentage), if known. */
function perOf(indicator: Indicator | undefined): Q | undefined {
  if (indicator === undefined) return undefined;
  if (indicator.multiplier !== undefined) return int(indicator.multiplier);
  return indicator.measure === 'percent' ? HUNDRED : undefined;
}

/** Whether an indicator is a stock (a state at a date); anything else is read as a flow. */
function isStock(indicator: Indicator | undefined): boolean {
  return (indicator as { nature?: string } | undefined)?.nature === 'stock';
}

/** Work out what judging a target needs whatever the area. */
export function prepare(target: Target, settings: Settings): Prepared {
  const indicator = settings.indicator(target.indicator);
  const isDue = settings.asOf >= target.due;
  const fields = target as { value?: string; upper?: string };
  const measure = indicator?.measure;
  const share = target.kind === 'share' || measure === 'percent';
  const nonNegative = share || target.kind === 'count' || measure === 'rate' || measure === 'ratio' || measure === 'count';
  return {
    target,
    rule: kindOf(target),
    shape: shapeOf(target),
    settings,
    indicator,
    known: indicator !== undefined,
    flow: !isStock(indicator),
    isDue,
    cutoff: isDue ? target.due : settings.asOf,
    // a yes/no target from `from` covers the whole span (“không để dịch lớn trong giai đoạn 2026–2030”)
    period: target.kind === 'boolean' && target.from !== undefined ? targetPeriod(target.from, target.due) : targetPeriod(yearEndingOn(target.due), target.due),
    dueTime: endOfDay(target.due),
    per: perOf(indicator),
    value: fields.value === undefined ? undefined : (readDecimal(fields.value) as Q),
    upper: fields.upper === undefined ? undefined : (readDecimal(fields.upper) as Q),
    lower: nonNegative ? { n: 0, d: 1 } : undefined,
    top: share ? HUNDRED : undefined,
    decimals: target.decimals ?? indicator?.decimals,
    levelRule: undefined,
    years: undefined,
    unitBounds: undefined,
    threshold: undefined,
    // Stryker disable next-line ObjectLiteral: a cache that explain fills in; its fields are read as undefined all the same when the object is made without them
    lines: { slots: undefined, vi: undefined, en: undefined },
  };
}

/**
 * The verdict, with what describing it needs when `detail` is set; without it, only what a
 * table keeps of a cell (status, reason, the figure printed). `areaNumber` is the area's number
 * in the store, when already looked up.
 */
export function judge(prepared: Prepared, store: Store, tree: Tree, area: string, detail: boolean, areaNumber = store.areaNumbers.get(area) ?? -1): Judged {
  if (prepared.target.governedBy !== undefined) return { status: 'needs-review', reason: 'governed', published: null, decimals: null, period: null };
  return prepared.rule.judge({ prepared, store, tree, area, areaNumber, detail });
}

/** A result with every field present, from a verdict. */
function draftOf(prepared: Prepared, area: string, judged: Judged): Draft {
  const target = prepared.target;
  return {
    target: target.id,
    indicator: target.indicator,
    area,
    kind: target.kind,
    status: judged.status,
    reason: judged.reason,
    actual: null,
    published: judged.published,
    decimals: judged.decimals,
    change: null,
    threshold: null,
    gap: null,
    progress: null,
    baseline: null,
    due: target.due,
    asOf: prepared.settings.asOf,
    period: judged.period,
    context: null,
    failedPeriod: null,
    periods: null,
    units: null,
    rolledUpFrom: null,
    projection: null,
    requiredAnnualChange: null,
    whatItTakes: null,
    interval: null,
    governedBy: target.governedBy ?? null,
    conflictsWith: null,
    // Stryker disable next-line ObjectLiteral,StringLiteral: a placeholder: describe replaces it with explain's pair before the result is frozen, and explain does not read it
    explanation: { vi: '', en: '' },
  };
}

/** The full result of a verdict: its details and explanation, frozen. */
export function describe(prepared: Prepared, store: Store, tree: Tree, area: string, judged: Judged, conflictsWith?: string): TargetResult {
  // Stryker disable next-line LogicalOperator,UnaryOperator,BooleanLiteral: no kind's describe reads the area's number or `detail` (they read the verdict and the prepared target); the job carries them for its type
  const job: Job = { prepared, store, tree, area, areaNumber: store.areaNumbers.get(area) ?? -1, detail: true };
  const result = draftOf(prepared, area, judged);
  if (judged.reason !== 'governed') prepared.rule.describe(job, judged, result);
  if (conflictsWith !== undefined) {
    result.status = 'needs-review';
    result.reason = 'conflict';
    result.conflictsWith = conflictsWith;
  }
  result.explanation = explain(result, prepared);
  return freezeResult(result);
}

/** Judge and describe: a target's full result. */
export function evaluateOne(prepared: Prepared, store: Store, tree: Tree, area: string): TargetResult {
  return describe(prepared, store, tree, area, judge(prepared, store, tree, area, true));
}

/** Freeze a result and the objects it holds (the lists inside them are frozen where they are made). */
function freezeResult(result: Draft): TargetResult {
  // Object.freeze returns null and undefined as they are
  for (const field of ['threshold', 'baseline', 'context', 'units', 'projection', 'whatItTakes', 'interval'] as const) Object.freeze(result[field]);
  Object.freeze(result.projection?.bound);
  Object.freeze(result.projection?.sdg);
  return Object.freeze(result);
}
