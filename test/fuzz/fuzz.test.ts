/**
 * The fuzz campaign of issue 11: every public function of the package, called with values
 * from every corner (test/fuzz/harness.ts) under a fixed seed, returns plain finite data or
 * throws a ChitieuError with a code and a message naming its field in both languages; no
 * call takes a second or changes its arguments. At least 20,000 calls in all.
 *
 * The evaluation's and the reader's functions are in their own blocks at the end; the last
 * block calls the evaluation with parsed data (a shipped plan, its targets, observations, a
 * scorecard) in which one value, anywhere, is replaced by anything.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as chitieu from '../../src/index.js';
import * as plansEntry from '../../src/plans/index.js';
import * as readEntry from '../../src/read/index.js';
import { anything, count, date, judge, level, list, num, oneOf, or, period, record, SEED, year } from './harness.js';

type Fn = (...args: never[]) => unknown;
interface Spec {
  readonly name: string;
  readonly fn: Fn;
  readonly args: fc.Arbitrary<unknown[]>;
}

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 420);
let calls = 0;

const { plans } = plansEntry;
const plan = or(fc.constantFrom(...plans), 2);
const locale = oneOf('vi', 'en');
const decimals = or(fc.integer({ min: 0, max: 20 }));
const text = or(fc.constantFrom('49,2', '1.234,5', '1,234.5', ' -0,25 ', '17.5', '0', '1.5', '１２'));
const interval = record({ level, lower: num, upper: num });
const ages = list(or(fc.integer({ min: 0, max: 100 })), 5);
const nums = list(num, 5);
const counts = list(count, 5);
const shares = list(or(fc.double({ min: 0, max: 1 })), 5);
const areaRow = record({ area: oneOf('a', 'b', 'c', ''), numerator: num, denominator: num });
const datedCount = record({ date, count: num });
const target = or(
  fc.record({
    id: oneOf('t'),
    indicator: oneOf('doctors-per-10k', 'x'),
    comparator: oneOf('>', '>=', 'between', '=>'),
    value: num,
    upper: num,
    due: date,
    kind: oneOf('level', 'change', 'maintain', 'count', 'ratio'),
    baseline: record({ value: num, period }),
    baseLine: anything,
  }, { requiredKeys: ['id', 'indicator', 'comparator', 'value', 'due'] }),
);
const observation = or(
  fc.record({ indicator: oneOf('doctors-per-10k', 'x'), area: oneOf('a', ''), period, value: num, numerator: num, denominator: num, per: num, lower: num, upper: num, level },
    { requiredKeys: ['indicator', 'area', 'period'] }),
);
const indicator = or(fc.constantFrom(...chitieu.indicators).map((entry) => ({ ...entry, id: 'Bad Id' })));
const reporting = record({ reporting: list(record({ frequency: oneOf('monthly', 'quarterly', 'six-monthly', 'yearly', 'weekly'), month: or(fc.integer({ min: 0, max: 13 })), day: or(fc.integer({ min: 0, max: 32 })), before: anything, replaces: record({ frequency: oneOf('quarterly'), period: anything }) }), 2) });

const args = (...items: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> => fc.tuple(...items).map((values) => [...values]);

/** Every public function outside the evaluation layer, with the arguments it is called with. */
const specs: Spec[] = [
  // numeric
  { name: 'per10k', fn: chitieu.per10k, args: args(num, num) },
  { name: 'ratePer', fn: chitieu.ratePer, args: args(num, num, num) },
  { name: 'percent', fn: chitieu.percent, args: args(num, num) },
  { name: 'roundHalfUp', fn: chitieu.roundHalfUp, args: args(num, decimals) },
  { name: 'parseNumber', fn: chitieu.parseNumber, args: args(text, locale) },
  { name: 'formatNumber', fn: chitieu.formatNumber, args: args(num, record({ locale, decimals })) },
  { name: 'requiredNumerator', fn: chitieu.requiredNumerator, args: args(record({ denominator: num, per: num, comparator: oneOf('>', '>='), threshold: num, decimals })) },
  { name: 'maximumNumerator', fn: chitieu.maximumNumerator, args: args(record({ denominator: num, per: num, comparator: oneOf('<', '<='), threshold: num, decimals })) },
  { name: 'toPlain', fn: chitieu.toPlain, args: args(or(fc.oneof(fc.constant(chitieu.wilsonInterval(57, 60)), fc.constant({ rate: chitieu.per10k(21, 12000), needed: 21n }), fc.constant(plansEntry.plans)), 1)) },
  { name: 'rateBatch', fn: chitieu.rateBatch, args: args(list(num, 3), list(num, 3), record({ per: num, decimals })) },
  // stats
  { name: 'normalQuantile', fn: chitieu.normalQuantile, args: args(level) },
  { name: 'chiSquareQuantile', fn: chitieu.chiSquareQuantile, args: args(level, or(fc.oneof(fc.double({ min: 1e-320, max: 1e10 }), fc.constantFrom(1e-310, 1.4e9, 1.1e9, 1.5e9, 1e10, 2e9)))) },
  { name: 'studentTQuantile', fn: chitieu.studentTQuantile, args: args(level, or(fc.double({ min: 1e-320, max: 1e11 }))) },
  { name: 'wilsonInterval', fn: chitieu.wilsonInterval, args: args(count, count, or(fc.oneof(level, record({ level })))) },
  { name: 'poissonInterval', fn: chitieu.poissonInterval, args: args(count, record({ level, method: oneOf('exact', 'byar', 'byar-epitools', 'wald') })) },
  { name: 'crudeRate', fn: chitieu.crudeRate, args: args(record({ events: count, population: num, per: num, level, method: oneOf('auto', 'exact', 'byar') })) },
  { name: 'lifeTable', fn: chitieu.lifeTable, args: args(record({ startAges: ages, deaths: counts, population: counts, endAges: list(anything, 5), level, a0: level })) },
  { name: 'healthyLifeExpectancy', fn: chitieu.healthyLifeExpectancy, args: args(record({ startAges: ages, deaths: counts, population: counts, healthyShare: shares, sampleSizes: counts, level })) },
  { name: 'directlyStandardisedRate', fn: chitieu.directlyStandardisedRate, args: args(record({ events: counts, population: counts, standard: nums, per: num, level, method: oneOf('byar', 'exact') })) },
  { name: 'indirectlyStandardisedRatio', fn: chitieu.indirectlyStandardisedRatio, args: args(record({ observed: count, expected: num, per: num, level })) },
  { name: 'indirectlyStandardisedRate', fn: chitieu.indirectlyStandardisedRate, args: args(record({ observed: count, expected: num, referenceRate: num, per: num, level })) },
  { name: 'expectedEvents', fn: chitieu.expectedEvents, args: args(record({ population: counts, referenceEvents: counts, referencePopulation: counts })) },
  { name: 'compareWithBenchmark', fn: chitieu.compareWithBenchmark, args: args(record({ value: num, intervals: list(interval, 2), benchmark: num, polarity: oneOf('higher-is-better', 'lower-is-better', 'none') })) },
  { name: 'compareWithGoal', fn: chitieu.compareWithGoal, args: args(record({ value: num, lower: num, upper: num, comparator: oneOf('>', '>=', '<', '<=', 'between'), goal: num, upperGoal: num })) },
  { name: 'chiSquareTrend', fn: chitieu.chiSquareTrend, args: args(record({ successes: counts, totals: counts, scores: nums, level })) },
  { name: 'meanInterval', fn: chitieu.meanInterval, args: args(or(fc.oneof(record({ values: nums, level }), record({ mean: num, standardDeviation: num, count, level })))) },
  { name: 'sexRatioAtBirth', fn: chitieu.sexRatioAtBirth, args: args(record({ boys: count, girls: count, per: num, level, method: oneOf('wilson', 'exact') })) },
  // population
  { name: 'midYearPopulation', fn: chitieu.midYearPopulation, args: args(record({ start: datedCount, end: datedCount, year, method: oneOf('linear', 'geometric') })) },
  { name: 'populationAt', fn: chitieu.populationAt, args: args(record({ base: datedCount, growthRate: num, date, compounding: oneOf('annual', 'continuous') })) },
  { name: 'populationOfYear', fn: chitieu.populationOfYear, args: args(record({ base: datedCount, growthRate: num, year, compounding: oneOf('annual', 'continuous') })) },
  { name: 'aggregateRates', fn: chitieu.aggregateRates, args: args(list(areaRow, 3), record({ per: num, areas: list(oneOf('a', 'b', 'c'), 3), parentOf: record({ a: oneOf('b', 'a'), b: oneOf('c') }) })) },
  { name: 'standardPopulationFor', fn: chitieu.standardPopulationFor, args: args(or(fc.constantFrom(chitieu.esp2013, chitieu.whoWorldStandard)), ages) },
  // calendar
  { name: 'parseIsoDate', fn: chitieu.parseIsoDate, args: args(date, or(fc.constantFrom('date', 'due'))) },
  { name: 'isIsoDate', fn: chitieu.isIsoDate, args: args(date) },
  { name: 'toIsoDate', fn: chitieu.toIsoDate, args: args(year, or(fc.integer({ min: 0, max: 13 })), or(fc.integer({ min: 0, max: 32 }))) },
  { name: 'endOfYearDate', fn: chitieu.endOfYearDate, args: args(year) },
  { name: 'planPeriod', fn: chitieu.planPeriod, args: args(year, or(fc.oneof(year, fc.constant(undefined)))) },
  { name: 'parsePeriod', fn: chitieu.parsePeriod, args: args(period) },
  { name: 'periodEnd', fn: chitieu.periodEnd, args: args(period) },
  { name: 'periodEndsBy', fn: chitieu.periodEndsBy, args: args(period, date) },
  { name: 'comparePeriods', fn: chitieu.comparePeriods, args: args(period, period) },
  { name: 'reportingDeadlines', fn: chitieu.reportingDeadlines, args: args(or(fc.oneof(plan, reporting)), year) },
  // model
  { name: 'parsePlan', fn: chitieu.parsePlan, args: args(or(fc.oneof(plan, plan.map((p) => ({ ...(p as object), title: 3 }))))) },
  { name: 'safeParsePlan', fn: chitieu.safeParsePlan, args: args(plan) },
  { name: 'parseTarget', fn: chitieu.parseTarget, args: args(target) },
  { name: 'safeParseTarget', fn: chitieu.safeParseTarget, args: args(target) },
  { name: 'parseIndicator', fn: chitieu.parseIndicator, args: args(indicator) },
  { name: 'safeParseIndicator', fn: chitieu.safeParseIndicator, args: args(indicator) },
  { name: 'parseObservation', fn: chitieu.parseObservation, args: args(observation) },
  { name: 'safeParseObservation', fn: chitieu.safeParseObservation, args: args(observation) },
  { name: 'parseObservations', fn: chitieu.parseObservations, args: args(list(observation, 2)) },
  { name: 'safeParseObservations', fn: chitieu.safeParseObservations, args: args(list(observation, 2)) },
  { name: 'parsePopulation', fn: chitieu.parsePopulation, args: args(record({ area: oneOf('a'), date, count: num })) },
  { name: 'safeParsePopulation', fn: chitieu.safeParsePopulation, args: args(record({ area: oneOf('a'), date, count: num })) },
  { name: 'TargetSchema.safeParse', fn: ((input: unknown) => chitieu.TargetSchema.safeParse(input).success) as Fn, args: args(target) },
  { name: 'PlanSchema.safeParse', fn: ((input: unknown) => chitieu.PlanSchema.safeParse(input).success) as Fn, args: args(plan) },
  { name: 'ObservationSchema.safeParse', fn: ((input: unknown) => chitieu.ObservationSchema.safeParse(input).success) as Fn, args: args(observation) },
  // catalog
  { name: 'getIndicator', fn: chitieu.getIndicator, args: args(oneOf('doctors-per-10k', 'doctor-per-10k')) },
  { name: 'requireIndicator', fn: chitieu.requireIndicator, args: args(oneOf('doctors-per-10k', 'doctor-per-10k')) },
  { name: 'defaultDecimals', fn: chitieu.defaultDecimals, args: args(or(fc.oneof(fc.constant(undefined), fc.constantFrom(...chitieu.indicators), record({ decimals }))), record({ target: record({ decimals }), per: num })) },
];

/** Names the campaign does not call as functions: classes and values. */
const NOT_FUNCTIONS = new Set(['ChitieuError', 'Decimal']);

/** The reader's public functions (src/read), fuzzed in their own block below. */
// the reader's entry point, chitieu/read
const READER = new Set(Object.entries(readEntry).filter(([, value]) => typeof value === 'function').map(([name]) => name));

/** The evaluation layer's public functions, fuzzed in the block below. */
const EVALUATION = new Set([
  'checkAlignment', 'checkPlan', 'evaluateAreas', 'evaluatePlan', 'evaluateTable', 'evaluateTarget', 'indexObservations',
  'renderScorecard', 'statusLabel', 'tableResult',
]);

function campaign(spec: Spec, runs: number): void {
  fc.assert(
    fc.property(spec.args, (values) => {
      calls++;
      const outcome = judge(spec.name, spec.fn, values);
      if (outcome.problem !== undefined) throw new Error(outcome.problem);
    }),
    { seed: SEED, numRuns: runs, endOnFailure: true },
  );
}

describe('fuzz: every public function outside the evaluation', () => {
  it('covers every exported function of the package', () => {
    const functions = Object.entries(chitieu)
      .filter(([name, value]) => typeof value === 'function' && !NOT_FUNCTIONS.has(name) && !EVALUATION.has(name))
      .map(([name]) => name);
    const covered = new Set(specs.map((spec) => spec.name));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });
  for (const spec of specs) {
    it(spec.name, () => campaign(spec, RUNS), 60_000);
  }
  afterAll(() => {
    // 58 functions × 420 runs; the evaluation block adds its own when it is on
    expect(calls).toBeGreaterThanOrEqual(20_000);
  });
});

// evaluate: on since issue 10 (its escapes fixed in src/evaluate).
describe('fuzz: the evaluation', () => {
  const asOf = date;
  const options = record({ asOf, area: oneOf('a', 'cao-minh'), projection: oneOf('linear', 'growth-rate', 'sdg', 'spline'), compare: oneOf('exact', 'published') });
  const observations = list(observation, 3);
  const evaluation: Spec[] = [
    { name: 'evaluateTarget', fn: chitieu.evaluateTarget, args: args(target, observations, options) },
    { name: 'evaluatePlan', fn: chitieu.evaluatePlan, args: args(plan, observations, options) },
    { name: 'evaluateAreas', fn: chitieu.evaluateAreas, args: args(plan, observations, options) },
    { name: 'evaluateTable', fn: chitieu.evaluateTable, args: args(plan, observations, options) },
    { name: 'indexObservations', fn: chitieu.indexObservations, args: args(observations) },
    { name: 'checkPlan', fn: chitieu.checkPlan, args: args(plan) },
    { name: 'checkAlignment', fn: chitieu.checkAlignment, args: args(plan, list(plan, 1)) },
    { name: 'statusLabel', fn: chitieu.statusLabel, args: args(oneOf('achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review'), locale) },
    {
      name: 'renderScorecard',
      fn: ((input: unknown, render: unknown) => chitieu.renderScorecard(chitieu.evaluatePlan(input as chitieu.Plan, [], { asOf: '2026-12-31' }), render as never)) as Fn,
      args: args(fc.constantFrom(...plans), record({ format: oneOf('text', 'markdown', 'csv', 'html', 'pdf'), locale })),
    },
    { name: 'renderScorecard (anything)', fn: chitieu.renderScorecard, args: args(anything, record({ format: oneOf('text'), locale })) },
    { name: 'tableResult', fn: chitieu.tableResult, args: args(anything, or(fc.integer({ min: -1, max: 5 })), or(fc.integer({ min: -1, max: 5 }))) },
  ];
  it('covers every exported function of the evaluation', () => {
    const covered = new Set(evaluation.map((spec) => spec.name));
    expect([...EVALUATION].filter((name) => !covered.has(name))).toEqual([]);
  });
  for (const spec of evaluation) {
    it(spec.name, () => campaign(spec, RUNS), 120_000);
  }
});

// read: on since issue 10.
describe('fuzz: the reader', () => {
  const text = or(fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.', 'tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số', '1'.repeat(100_000) + 'x')));
  const options = record({ due: date, id: oneOf('t', ''), area: oneOf('a') });
  const reader: Spec[] = [
    { name: 'readTargets', fn: readEntry.readTargets, args: args(text, options) },
    { name: 'readPlan', fn: readEntry.readPlan, args: args(text, options) },
  ];
  it('covers every exported function of the reader', () => {
    const covered = new Set(reader.map((spec) => spec.name));
    expect([...READER].filter((name) => !covered.has(name))).toEqual([]);
  });
  for (const spec of reader) {
    it(spec.name, () => campaign(spec, RUNS), 120_000);
  }
});

/** Every path to a value inside `root` (the root itself excluded). */
function pathsIn(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, at] = stack.pop() as [unknown, (string | number)[]];
    if (at.length > 0) out.push(at);
    if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, [...at, Array.isArray(value) ? Number(key) : key]]);
    }
  }
  return out;
}

/** `root` (plain data) with the value at one of its paths replaced by anything. */
function oneChanged(root: unknown): fc.Arbitrary<unknown> {
  const paths = pathsIn(root);
  return fc.tuple(fc.nat(paths.length - 1), anything).map(([n, value]) => {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    const path = paths[n] as (string | number)[];
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = value;
    return copy;
  });
}

describe('fuzz: the evaluation on parsed data with one value changed', () => {
  const observed = [
    { indicator: 'doctors-per-10k', area: 'cao-minh', period: '2025', numerator: '20', denominator: '12000' },
    { indicator: 'doctors-per-10k', area: 'cao-minh', period: '2026', value: '12.5', lower: 10, upper: 14 },
    { indicator: 'station-doctors', area: 'tram-1', parent: 'cao-minh', period: '2026', value: '4' },
    { indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2026-Q2', numerator: 900, denominator: 1000, per: 100 },
    { indicator: 'major-epidemic', area: 'cao-minh', period: '2026', value: false },
  ];
  const targets = plans.flatMap((p) => p.objectives.flatMap((o) => o.targets));
  const changedPlan = fc.oneof(...plans.map((p) => oneChanged(p)));
  const changedTarget = fc.oneof(...targets.map((t) => oneChanged(t)));
  const changedObservations = oneChanged(observed);
  const card = chitieu.evaluatePlan(plans[0] as chitieu.Plan, observed, { asOf: '2026-12-31', area: 'cao-minh' });
  const asOf = fc.constantFrom('2025-06-30', '2026-12-31', '2031-01-01');
  const projection = fc.constantFrom('linear', 'growth-rate', 'sdg');
  const evaluate = (options: fc.Arbitrary<unknown>) => fc.record({ asOf, projection, area: fc.constantFrom('cao-minh', undefined) }).chain((base) => options.map((more) => ({ ...base, ...(more as object) })));
  const changed: Spec[] = [
    { name: 'checkPlan', fn: chitieu.checkPlan, args: args(changedPlan) },
    { name: 'checkAlignment', fn: chitieu.checkAlignment, args: args(changedPlan, fc.constantFrom(...plans)) },
    { name: 'evaluatePlan', fn: chitieu.evaluatePlan, args: args(changedPlan, fc.constant(observed), evaluate(fc.constant({}))) },
    { name: 'evaluateTable', fn: chitieu.evaluateTable, args: args(changedPlan, fc.constant(observed), evaluate(fc.constant({ rows: ['cao-minh', 'tram-1'] }))) },
    { name: 'evaluateTarget (target)', fn: chitieu.evaluateTarget, args: args(changedTarget, fc.constant(observed), evaluate(fc.constant({ area: 'cao-minh' }))) },
    { name: 'evaluateTarget (observations)', fn: chitieu.evaluateTarget, args: args(fc.constantFrom(...targets), changedObservations, evaluate(fc.constant({ area: 'cao-minh', interval: true }))) },
    { name: 'evaluateAreas (observations)', fn: chitieu.evaluateAreas, args: args(fc.constantFrom(...plans), changedObservations, evaluate(fc.constant({}))) },
    { name: 'renderScorecard (scorecard)', fn: chitieu.renderScorecard, args: args(oneChanged(card), record({ format: oneOf('text', 'markdown', 'csv', 'html'), locale })) },
  ];
  for (const spec of changed) {
    it(spec.name, () => campaign(spec, RUNS), 120_000);
  }
});

