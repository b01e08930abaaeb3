/**
 * Count targets: a whole number to reach (“7 trạm y tế”), published with no decimals unless
 * the target says; an area's count is the sum of its parts' when it has none of its own.
 * Internal.
 *
 * @internal
 * @module
 */
import type { CountTarget } from '../../model/target.js';
import { boundsOf } from './bounds.js';
import { describeNumeric, thresholdOf } from './describe.js';
import { goalPhrase } from './goal.js';
import { directSource, judgeNumeric, levelRuleOf } from './numeric.js';
import type { KindRule } from './types.js';

/** The count kind. */
export const count: KindRule = {
  id: 'count',
  judge(job) {
    const target = job.prepared.target as CountTarget;
    return judgeNumeric(job, directSource(job, 0), levelRuleOf(job, target.comparator), false);
  },
  describe(job, judged, result) {
    const target = job.prepared.target as CountTarget;
    describeNumeric(job, judged, result, (rule) => thresholdOf(rule, target.value, undefined));
  },
  goal(target, wording, unit) {
    const t = target as CountTarget;
    return goalPhrase(t.comparator, t.value, undefined, unit, wording, false);
  },
  bounds(target) {
    const t = target as CountTarget;
    return boundsOf('value', t.comparator, t.value, undefined);
  },
};
