import { indicators as catalog } from '../catalog/indicators.js';
import { fail } from '../errors.js';
import { NOT_AN_OBJECT } from '../messages/index.js';
import { nearest } from '../messages/nearest.js';
import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { disagreement, groupsOf, yearOf, type Asked } from './engine/conflicts.js';
import { checkParsedPlan } from './engine/evaluate.js';
import { lookupOf } from './engine/settings.js';
import type { Finding } from './findings.js';
import { CONFLICTING_TARGETS, DUE_AFTER_HORIZON, finding, UNKNOWN_INDICATOR } from './messages/index.js';
import type { CheckPlanOptions, IndicatorLookup } from './types.js';

function show(entry: Asked): string {
  const bounds = entry.bounds;
  if (bounds !== undefined) return `'${entry.target.id}' (${bounds.upper === undefined ? `${bounds.comparator} ${bounds.value}` : `${bounds.value}–${bounds.upper}`})`;
  // the only targets groupsOf keeps without bounds are yes/no ones: show the answer expected
  return `'${entry.target.id}' (${String((entry.target as { readonly expected?: boolean }).expected)})`;
}

/**
 * The ids a misspelt id may be meant for: the catalog's, and a Map's or record's own (a
 * function's cannot be listed). A Map's keys that are not strings are not ids, and are skipped.
 */
function knownIds(lookup: IndicatorLookup | undefined): string[] {
  const ids = catalog.map((indicator) => indicator.id);
  // lookupOf has already refused anything but undefined, a function, a Map and a record
  if (lookup instanceof Map) {
    for (const id of lookup.keys() as Iterable<unknown>) if (typeof id === 'string') ids.push(id);
  } else if (typeof lookup === 'object') {
    for (const id of Object.keys(lookup)) ids.push(id);
  }
  return ids;
}

/** `UNKNOWN_INDICATOR` findings of a target: its indicator, and a share's per-unit condition, when neither `known` nor the catalog defines it. */
function unknownIndicators(target: Target, known: (id: string) => unknown, ids: () => readonly string[]): Finding[] {
  const named = target.kind === 'share' ? [target.indicator, target.condition.indicator] : [target.indicator];
  const findings: Finding[] = [];
  named.forEach((indicator, n) => {
    if (known(indicator) !== undefined) return;
    const suggestion = nearest(indicator, ids());
    // without a suggestion, `suggestion: undefined` words the message as a missing one does
    findings.push(finding(UNKNOWN_INDICATOR, 'warning', [target.id], { target: target.id, indicator, condition: n === 1, suggestion }));
  });
  return findings;
}

/**
 * Find contradictions inside one plan.
 *
 * - `CONFLICTING_TARGETS`: two targets for the same indicator and area (a target without
 *   `area` is for the plan's area), falling due in the same year, that set different
 *   thresholds: a different value or bound (compared exactly as decimals, so `20` and `20.0`
 *   agree), a different comparator (`>` 20 against `>=` 20), or, for yes/no targets, a
 *   different expected answer. Level, maintain and count targets are compared with each
 *   other (they all bound the indicator's value); a share target only with shares of the
 *   same per-unit condition; a change only with changes of the same type. Severity `error`
 *   when the values differ, `warning` when only strict and inclusive differ. A plan that
 *   prints a label and a value that disagree (Thống Nhất's appendix row 3: “Tuổi thọ trung
 *   bình đạt 76,5 tuổi” against 77,67 in the target column) is encoded as two targets, one
 *   from each, each with its verbatim text, and yields one finding.
 * - `DUE_AFTER_HORIZON` (warning): a target falls due after the year its objective looks to.
 * - `UNKNOWN_INDICATOR` (warning): a target names an indicator (or, for a share of units, a
 *   per-unit condition's indicator) that neither the catalog nor `options.indicators` define,
 *   with the nearest known id when one is close (`'doctor-per-10k'`: did you mean
 *   `'doctors-per-10k'`?). Ids outside the catalog are allowed, so this is only a warning;
 *   pass the app's own indicators as `options.indicators` (as to {@link evaluatePlan}).
 *
 * Qualitative targets and changes the plan leaves open (`change: 'unspecified'`) are not
 * compared. Each disagreeing pair is one finding, with the two ids in plan order.
 *
 * @param plan - a parsed plan.
 * @param options - `indicators`: the app's own indicators (a Map, a record keyed by id, or a
 *   function), known besides the catalog's.
 * @throws {@link ChitieuError} `INVALID_ARGUMENT` naming `plan` (or the objective or target at
 *   fault) when it is not a parsed plan, `options` when it is not an object, and
 *   `options.indicators` when it is not a lookup.
 * @category Evaluation
 * @example
 * ```ts
 * import { checkPlan, parsePlan } from 'chitieu';
 *
 * const plan = parsePlan({
 *   id: 'tn', kind: 'plan', title: { vi: 'Kế hoạch 39-KH/ĐU' }, issuer: { name: { vi: 'Đảng ủy xã Thống Nhất' }, level: 'commune' },
 *   area: { id: 'thong-nhat', name: { vi: 'xã Thống Nhất' }, level: 'commune' }, period: { from: 2026, to: 2030 },
 *   objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Đến năm 2030' }, targets: [
 *     { id: 'visits-text', indicator: 'insured-visits-at-commune-stations', comparator: '>', value: '20', due: '2030-12-31' },
 *     { id: 'visits-appendix', indicator: 'insured-visits-at-commune-stations', comparator: '>=', value: '20', due: '2030-12-31' },
 *   ] }],
 * });
 * const [finding] = checkPlan(plan);
 * console.log(finding?.code); // 'CONFLICTING_TARGETS'
 * console.log(finding?.severity); // 'warning'
 * console.log(finding?.targets); // [ 'visits-text', 'visits-appendix' ]
 * ```
 * @example
 * ```ts
 * import { checkPlan, parsePlan } from 'chitieu';
 *
 * const plan = parsePlan({
 *   id: 'cm', kind: 'plan', title: { vi: 'Kế hoạch năm 2026' }, issuer: { name: { vi: 'Đảng ủy xã Cao Minh' }, level: 'commune' },
 *   area: { id: 'cao-minh', name: { vi: 'xã Cao Minh' }, level: 'commune' }, period: { from: 2026, to: 2026 },
 *   objectives: [{ id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu cụ thể' }, targets: [
 *     { id: 'doctors', indicator: 'doctor-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
 *   ] }],
 * });
 * const [finding] = checkPlan(plan);
 * console.log([finding?.code, finding?.severity]); // [ 'UNKNOWN_INDICATOR', 'warning' ]
 * console.log(finding?.message.en.includes("did you mean 'doctors-per-10k'?")); // true
 * ```
 */
export function checkPlan(plan: Plan, options?: CheckPlanOptions): Finding[] {
  checkParsedPlan(plan, 'plan');
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw fail(NOT_AN_OBJECT, 'options', { value: options });
  const known = lookupOf(options?.indicators);
  let ids: readonly string[] | undefined;
  const idsOnce = (): readonly string[] => (ids ??= knownIds(options?.indicators));
  const findings: Finding[] = [];
  const targets: Target[] = [];
  for (const objective of plan.objectives) {
    for (const target of objective.targets) {
      targets.push(target);
      findings.push(...unknownIndicators(target, known, idsOnce));
      const year = yearOf(target.due);
      if (year > objective.horizon) {
        findings.push(finding(DUE_AFTER_HORIZON, 'warning', [target.id], { target: target.id, year, objective: objective.id, horizon: objective.horizon }));
      }
    }
  }
  for (const group of groupsOf(targets, (target) => target.area ?? plan.area.id)) {
    // Stryker disable next-line EqualityOperator: at i = group.length the inner loop would start past the end and run no pair
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as Asked;
        const b = group[j] as Asked;
        const kind = disagreement(a, b);
        if (kind === undefined) continue;
        const year = yearOf(a.target.due);
        const area = a.target.area ?? plan.area.id;
        findings.push(
          finding(CONFLICTING_TARGETS, kind === 'edge' ? 'warning' : 'error', [a.target.id, b.target.id], {
            first: show(a),
            second: show(b),
            indicator: a.target.indicator,
            area,
            year,
          }),
        );
      }
    }
  }
  return findings;
}
