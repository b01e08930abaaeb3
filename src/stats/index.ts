/**
 * Statistics as doubles, each with its documented accuracy: interval estimates (Wilson,
 * exact Poisson, Byar as published and as epitools computes it), the normal, chi-square and
 * Student's t quantiles, crude rates per 1,000 or 100,000 with Fingertips' limits, life
 * tables (Chiang II, Silcocks' limits) and healthy life expectancy (Sullivan), directly
 * (Dobson) and indirectly standardised rates and ratios, benchmarking against a comparator
 * or a goal, the sex ratio at birth, means with t intervals, and the chi-square test for
 * trend. Values are checked against R (epitools, `qnorm`, `qchisq`, `qt`, `t.test`,
 * `prop.trend.test`) and PHEindicatormethods' reference data; see each function. Functions
 * that take counts accept any numeric input (`number`, decimal string, `bigint`, Decimal).
 *
 * @module
 */
export { normalQuantile } from './normalQuantile.js';
export { chiSquareQuantile } from './chiSquareQuantile.js';
export { wilsonInterval } from './wilsonInterval.js';
export { poissonInterval } from './poissonInterval.js';
export type { Interval, PoissonIntervalMethod, PoissonIntervalOptions, WilsonIntervalOptions } from './types.js';
export { crudeRate, type CrudeRate, type CrudeRateOptions } from './crudeRate.js';
export { lifeTable, type LifeTable, type LifeTableFlag, type LifeTableOptions, type LifeTableRow } from './lifeTable.js';
export {
  healthyLifeExpectancy,
  type HealthyLifeExpectancy,
  type HealthyLifeExpectancyOptions,
  type HealthyLifeExpectancyRow,
} from './healthyLifeExpectancy.js';
export {
  directlyStandardisedRate,
  type DirectlyStandardisedRate,
  type DirectlyStandardisedRateOptions,
} from './directlyStandardisedRate.js';
export {
  indirectlyStandardisedRatio,
  type IndirectlyStandardised,
  type IndirectlyStandardisedRatioOptions,
} from './indirectlyStandardisedRatio.js';
export { indirectlyStandardisedRate, type IndirectlyStandardisedRateOptions } from './indirectlyStandardisedRate.js';
export { expectedEvents, type ExpectedEventsOptions } from './expectedEvents.js';
export {
  compareWithBenchmark,
  type BenchmarkComparison,
  type BenchmarkPolarity,
  type CompareWithBenchmarkOptions,
  type LevelInterval,
} from './compareWithBenchmark.js';
export { compareWithGoal, type CompareWithGoalOptions, type GoalComparison } from './compareWithGoal.js';
export { studentTQuantile } from './studentTQuantile.js';
export { chiSquareTrend, type ChiSquareTrend, type ChiSquareTrendOptions } from './chiSquareTrend.js';
export { meanInterval, type MeanInterval, type MeanIntervalOptions } from './meanInterval.js';
export { sexRatioAtBirth, type SexRatioAtBirth, type SexRatioAtBirthOptions } from './sexRatioAtBirth.js';
