/**
 * The interval of a judged figure, for the `interval` option: the one the observation
 * publishes (a survey estimate), else one worked from its counts — Wilson for a share of people
 * (a count over a count, per 100), the sex ratio at birth's own, and Fingertips' exact-or-Byar
 * Poisson interval for a rate per N — and where the target stands against it (the UK
 * Fingertips rating: green when the whole interval meets the target, red when none of it does,
 * amber when it straddles it: the figure cannot be told apart from the target). Doubles, to the
 * accuracy of the stats layer. Internal.
 *
 * @internal
 * @module
 */
import { compareWithGoal } from '../../stats/compareWithGoal.js';
import { crudeRate } from '../../stats/crudeRate.js';
import { sexRatioAtBirth } from '../../stats/sexRatioAtBirth.js';
import { wilsonInterval } from '../../stats/wilsonInterval.js';
import { toDouble } from '../../numeric/exact/text.js';
import type { Q } from '../../numeric/exact/rational.js';
import type { Point } from './figures.js';
import type { Rule } from './rule.js';
import type { FigureInterval } from '../types.js';

/** A count as a safe whole number, or `undefined` (counts are never negative: the store refuses them). */
function wholeOf(q: Q): number | undefined {
  const x = toDouble(q);
  return Number.isSafeInteger(x) ? x : undefined;
}

/** The interval of a figure at `level`, or `undefined` when it has none and none can be worked out. */
export function intervalOf(figure: Point, indicator: string, level: number, rule: Rule): FigureInterval | undefined {
  let limits: { lower: number; upper: number; level: number; method: FigureInterval['method'] } | undefined;
  if (figure.published !== undefined) {
    limits = { ...figure.published, method: 'published' };
  } else if (figure.counts !== undefined) {
    const n = wholeOf(figure.counts.n);
    const d = wholeOf(figure.counts.d);
    const per = toDouble(figure.counts.per);
    // Stryker disable next-line ConditionalExpression: an undefined d is not above 0 either; the test is there for the type checker
    if (n !== undefined && d !== undefined && d > 0) {
      if (indicator === 'sex-ratio-at-birth') {
        const ratio = sexRatioAtBirth({ boys: n, girls: d, per, level });
        limits = { lower: ratio.lower, upper: ratio.upper, level, method: 'wilson' };
      } else if (per === 100 && n <= d) {
        const share = wilsonInterval(n, d, level);
        limits = { lower: share.lower * 100, upper: share.upper * 100, level, method: 'wilson' };
      } else {
        const rate = crudeRate({ events: n, population: d, per, level });
        limits = { lower: rate.lower, upper: rate.upper, level, method: rate.method === 'exact' ? 'poisson-exact' : 'byar' };
      }
    }
  }
  if (limits === undefined || rule.change !== undefined || rule.comparator === '=') return undefined;
  const comparison = compareWithGoal({
    value: toDouble(figure.value),
    lower: Math.min(limits.lower, toDouble(figure.value)),
    upper: Math.max(limits.upper, toDouble(figure.value)),
    comparator: rule.comparator,
    goal: toDouble(rule.value),
    ...(rule.upper === undefined ? {} : { upperGoal: toDouble(rule.upper) }),
  });
  return Object.freeze({ lower: limits.lower, upper: limits.upper, level: limits.level, method: limits.method, rating: comparison.rating, clear: comparison.clear });
}
