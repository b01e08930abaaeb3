/**
 * Change targets: a change from a baseline (“tăng ít nhất 1,5 cm”): `absolute` in the
 * indicator's unit, `points` in percentage points, `relative` in percent of the baseline. A
 * change the plan leaves open (“tăng thêm 10%”) is never guessed: `needs-review`. Internal.
 *
 * @internal
 * @module
 */
import type { ChangeTarget } from '../../model/target.js';
import { toDecimalText } from '../../numeric/exact/text.js';
import { boundsOf } from './bounds.js';
import { describeNumeric } from './describe.js';
import { goalPhrase } from './goal.js';
import { changeRuleOf, directSource, judgeNumeric } from './numeric.js';
import type { KindRule } from './types.js';

/** The change kind. */
export const change: KindRule = {
  id: 'change',
  judge(job) {
    const target = job.prepared.target as ChangeTarget;
    if (target.change === 'unspecified') return { status: 'needs-review', reason: 'change-unspecified', published: null, decimals: null, period: null };
    return judgeNumeric(job, directSource(job, undefined), changeRuleOf(job, target.change, target.comparator), true);
  },
  describe(job, judged, result) {
    const target = job.prepared.target as ChangeTarget;
    if (target.change === 'unspecified') {
      result.threshold = { comparator: target.comparator, value: target.value, upper: null, level: null };
      return;
    }
    describeNumeric(job, judged, result, (rule) => ({ comparator: rule.comparator, value: target.value, upper: null, level: toDecimalText(rule.level) }));
  },
  goal(target, wording, unit) {
    const t = target as ChangeTarget;
    const changeUnit = t.change === 'relative' ? '%' : t.change === 'points' ? wording.points : unit;
    return goalPhrase(t.comparator, t.value, undefined, changeUnit, wording, true);
  },
  bounds(target) {
    const t = target as ChangeTarget;
    return t.change === 'unspecified' ? undefined : boundsOf(`change|${t.change}`, t.comparator, t.value, undefined);
  },
};
