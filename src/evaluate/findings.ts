/**
 * Findings: what the consistency checks ({@link checkPlan}, {@link checkAlignment}) report.
 *
 * @module
 */
import type { BilingualText } from '../errors.js';

/**
 * The codes of findings.
 *
 * - `CONFLICTING_TARGETS`: two targets of one plan for the same indicator, area and year set
 *   different thresholds (`checkPlan`).
 * - `DUE_AFTER_HORIZON`: a target falls due after the year its objective looks to
 *   (`checkPlan`).
 * - `LESS_AMBITIOUS_THAN_PARENT`: a child plan's target asks less than its parent's for the
 *   same indicator, or the same later (`checkAlignment`).
 * - `UNKNOWN_INDICATOR`: a target names an indicator id (or, for a share of units, a per-unit
 *   condition's indicator) that neither the catalog nor the indicators given to `checkPlan`
 *   define: a misspelling (`'doctor-per-10k'`, with the nearest known id when one is close),
 *   or an indicator of the app's own that was not passed (`checkPlan`).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { FindingCode } from 'chitieu';
 *
 * const code: FindingCode = 'CONFLICTING_TARGETS';
 * console.log(code); // 'CONFLICTING_TARGETS'
 * ```
 */
export type FindingCode = 'CONFLICTING_TARGETS' | 'DUE_AFTER_HORIZON' | 'LESS_AMBITIOUS_THAN_PARENT' | 'UNKNOWN_INDICATOR';

/**
 * How serious a finding is: `error` when the targets cannot both be meant (different
 * values), `warning` when they differ only at the edge (strict against inclusive at the same
 * value), the finding is a matter of layout (a due date past the objective's horizon), or an
 * indicator id is unknown (it may be the app's own).
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { FindingSeverity } from 'chitieu';
 *
 * const severity: FindingSeverity = 'warning';
 * console.log(severity); // 'warning'
 * ```
 */
export type FindingSeverity = 'error' | 'warning';

/**
 * One inconsistency found in a plan or between a plan and its parent: a stable `code`, a
 * severity, the ids of the targets involved (for `checkAlignment`, the child's first, then
 * the parent's) and a message in Vietnamese and English.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { Finding } from 'chitieu';
 *
 * const finding: Finding = {
 *   code: 'CONFLICTING_TARGETS',
 *   severity: 'warning',
 *   targets: ['thong-nhat/insured-visits-text', 'thong-nhat/insured-visits-appendix'],
 *   message: { vi: 'Ngưỡng khác nhau', en: 'Different thresholds' },
 * };
 * console.log(finding.targets.length); // 2
 * ```
 */
export interface Finding {
  /** Stable code, one of {@link FindingCode}. */
  readonly code: FindingCode;
  /** `error` or `warning`. */
  readonly severity: FindingSeverity;
  /** Ids of the targets involved. */
  readonly targets: readonly string[];
  /** What is inconsistent, naming the targets, in both languages. */
  readonly message: BilingualText;
}
