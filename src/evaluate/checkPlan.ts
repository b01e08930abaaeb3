import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { disagreement, groupsOf, yearOf, type Asked } from './engine/conflicts.js';
import type { Finding } from './findings.js';

function show(entry: Asked): string {
  const bounds = entry.bounds;
  if (bounds !== undefined) return `'${entry.target.id}' (${bounds.upper === undefined ? `${bounds.comparator} ${bounds.value}` : `${bounds.value}–${bounds.upper}`})`;
  return entry.target.kind === 'boolean' ? `'${entry.target.id}' (${String(entry.target.expected)})` : `'${entry.target.id}'`;
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
 *
 * Qualitative targets and changes the plan leaves open (`change: 'unspecified'`) are not
 * compared. Each disagreeing pair is one finding, with the two ids in plan order.
 *
 * @param plan - a parsed plan.
 * @category Evaluation
 * @example
 * ```ts
 * import { checkPlan, parsePlan } from 'chitieu';
 *
 * const plan = parsePlan({
 *   id: 'tn', kind: 'plan', title: { vi: 'Kế hoạch 39-KH/ĐU' }, issuer: { name: { vi: 'Đảng ủy xã Thống Nhất' }, level: 'commune' },
 *   area: { id: 'thong-nhat', name: { vi: 'xã Thống Nhất' }, level: 'commune' }, period: { from: 2026, to: 2030 },
 *   objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Đến năm 2030' }, targets: [
 *     { id: 'visits-text', indicator: 'insured-visits-at-stations', comparator: '>', value: '20', due: '2030-12-31' },
 *     { id: 'visits-appendix', indicator: 'insured-visits-at-stations', comparator: '>=', value: '20', due: '2030-12-31' },
 *   ] }],
 * });
 * const [finding] = checkPlan(plan);
 * console.log(finding?.code); // 'CONFLICTING_TARGETS'
 * console.log(finding?.severity); // 'warning'
 * console.log(finding?.targets); // [ 'visits-text', 'visits-appendix' ]
 * ```
 */
export function checkPlan(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const targets: Target[] = [];
  for (const objective of plan.objectives) {
    for (const target of objective.targets) {
      targets.push(target);
      const year = yearOf(target.due);
      if (year > objective.horizon) {
        findings.push({
          code: 'DUE_AFTER_HORIZON',
          severity: 'warning',
          targets: [target.id],
          message: {
            en: `target '${target.id}' falls due in ${year}, after the horizon of its objective '${objective.id}' (${objective.horizon})`,
            vi: `chỉ tiêu '${target.id}' đến hạn năm ${year}, sau mốc của mục tiêu '${objective.id}' (${objective.horizon})`,
          },
        });
      }
    }
  }
  for (const group of groupsOf(targets, (target) => target.area ?? plan.area.id)) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as Asked;
        const b = group[j] as Asked;
        const kind = disagreement(a, b);
        if (kind === undefined) continue;
        const year = yearOf(a.target.due);
        const area = a.target.area ?? plan.area.id;
        findings.push({
          code: 'CONFLICTING_TARGETS',
          severity: kind === 'edge' ? 'warning' : 'error',
          targets: [a.target.id, b.target.id],
          message: {
            en: `targets ${show(a)} and ${show(b)} for indicator '${a.target.indicator}' in '${area}', due in ${year}, set different thresholds`,
            vi: `chỉ tiêu ${show(a)} và ${show(b)} cho chỉ số '${a.target.indicator}' tại '${area}', đến hạn năm ${year}, đặt ngưỡng khác nhau`,
          },
        });
      }
    }
  }
  return findings;
}
