/**
 * Level targets: a figure to reach or keep under (`>=` 17.5 doctors per 10,000, `>` 95%
 * coverage, `<` 15.5% stunting, `=`). Internal.
 *
 * @internal
 * @module
 */
import type { LevelTarget } from '../../model/target.js';
import { boundsOf } from './bounds.js';
import { describeNumeric, thresholdOf } from './describe.js';
import { goalPhrase } from './goal.js';
import { directSource, judgeNumeric, levelRuleOf } from './numeric.js';
import type { KindRule } from './types.js';

/** The level kind. */
export const level: KindRule = {
  id: 'level',
  judge(job) {
    const target = job.prepared.target as LevelTarget;
    return judgeNumeric(job, directSource(job, undefined), levelRuleOf(job, target.comparator), false);
  },
  describe(job, judged, result) {
    const target = job.prepared.target as LevelTarget;
    describeNumeric(job, judged, result, (rule) => thresholdOf(rule, target.value, target.upper));
  },
  goal(target, wording, unit) {
    const t = target as LevelTarget;
    return goalPhrase(t.comparator, t.value, t.upper, unit, wording, false);
  },
  bounds(target) {
    const t = target as LevelTarget;
    return boundsOf('value', t.comparator, t.value, t.upper);
  },
};
