/**
 * Interval estimates as doubles: the Wilson score interval for a proportion, exact
 * (Garwood) and Byar intervals for a Poisson count, and the normal and chi-square quantile
 * functions they are built on. Every value is checked against R (epitools, `qnorm`,
 * `qchisq`) to a relative error of 1e-9 or better; see each function for what was measured.
 *
 * @module
 */
export { normalQuantile } from './normalQuantile.js';
export { chiSquareQuantile } from './chiSquareQuantile.js';
export { wilsonInterval } from './wilsonInterval.js';
export { poissonInterval } from './poissonInterval.js';
export type { Interval, PoissonIntervalMethod, PoissonIntervalOptions } from './types.js';
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
