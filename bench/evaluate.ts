/**
 * Benchmark: evaluating 10 000 areas × 30 targets × 5 years of observations.
 *
 * The targets mix every kind (rates from counts, percentages given as values, changes,
 * maintain, shares of units, counts, yes/no and a qualitative aim), half of them due before
 * `asOf` and half after (so half are projected). Observations come from a fixed-seed PRNG.
 * Timed: `indexObservations` (building the index from the observation array),
 * `evaluateTable` over that index (every cell's verdict and published figure), and their
 * sum per run (the total). After a warm-up run (reported on its own row: it includes
 * compiling the code), each is run several times; the medians are reported, and the total is
 * judged against the issue's budget of one second ({@link EVALUATE_BUDGET_MS}). For
 * comparison, `evaluateAreas` over the same index (every cell as a full result object with
 * its explanation and what it takes) is timed on its own row.
 *
 * Checked while timing: every verdict on a due level target must agree with its own printed
 * figure (published figure vs threshold, re-compared with decimal.js), and every cell of the
 * table must have the status, reason and figure of evaluateAreas' result; and an index must
 * list every observation once, in its own series, in period order. Disagreements are counted
 * in `wrongRows`.
 */
import DecimalJs from 'decimal.js';
import type { Indicator } from '../src/model/indicator.js';
import type { Observation } from '../src/model/observation.js';
import type { Target, TargetInput } from '../src/model/target.js';
import { chitieu } from './library.js';
import type { BenchRow } from './rateBatch.js';
import { prng } from './prng.js';

/** The budget of the "Target evaluation" issue for index + evaluation, in milliseconds. */
export const EVALUATE_BUDGET_MS = 1000;

/** Options of {@link benchEvaluate}. */
export interface EvaluateBenchOptions {
  readonly areas?: number;
  readonly runs?: number;
  /** Runs first, not counted (the first compiles the code and grows the heap); reported on a row of their own. */
  readonly warmups?: number;
  readonly seed?: number;
}

const YEARS = ['2020', '2021', '2022', '2023', '2024'];
const AS_OF = '2025-03-31';

function indicator(id: string, measure: Indicator['measure'], multiplier: Indicator['multiplier'], decimals: number): Indicator {
  return {
    id,
    name: { vi: id, en: id },
    measure,
    unit: { vi: id, en: id },
    multiplier,
    polarity: 'higher-is-better',
    decimals,
    references: [],
  };
}

/** The 30 targets, their indicators, and a generator of each target's yearly observations. */
export function makeData(areaCount: number, seed: number) {
  const random = prng(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const indicators: Indicator[] = [];
  const inputs: TargetInput[] = [];
  const due = (k: number): string => (k % 2 === 0 ? '2024-12-31' : '2026-12-31');
  for (let k = 0; k < 10; k++) {
    indicators.push(indicator(`rate-${k}`, 'rate', 10000, 1));
    inputs.push({ id: `t-rate-${k}`, indicator: `rate-${k}`, comparator: k % 3 === 0 ? '<' : '>=', value: '17.5', due: due(k) });
  }
  for (let k = 0; k < 6; k++) {
    indicators.push(indicator(`pct-${k}`, 'percent', 100, 2));
    inputs.push({ id: `t-pct-${k}`, indicator: `pct-${k}`, comparator: k === 5 ? 'between' : '>', value: '90', ...(k === 5 ? { upper: '95' } : {}), due: due(k) });
  }
  const changes = ['absolute', 'relative', 'points'] as const;
  for (let k = 0; k < 3; k++) {
    indicators.push(indicator(`chg-${k}`, 'percent', 100, 2));
    inputs.push({ id: `t-chg-${k}`, kind: 'change', indicator: `chg-${k}`, change: changes[k] as (typeof changes)[number], comparator: '>=', value: '2', baseline: { period: '2021' }, due: due(k) });
  }
  for (let k = 0; k < 3; k++) {
    indicators.push(indicator(`mnt-${k}`, 'percent', 100, 1));
    inputs.push({ id: `t-mnt-${k}`, kind: 'maintain', indicator: `mnt-${k}`, comparator: '>=', value: '80', from: '2021-01-01', due: due(k) });
  }
  for (let k = 0; k < 3; k++) {
    indicators.push(indicator(`unit-${k}`, 'count', undefined, 0), indicator(`shr-${k}`, 'percent', 100, 0));
    inputs.push({ id: `t-shr-${k}`, kind: 'share', indicator: `shr-${k}`, units: { vi: 'trạm' }, condition: { indicator: `unit-${k}`, comparator: '>=', value: '4' }, comparator: '>=', value: '100', due: due(k) });
  }
  for (let k = 0; k < 2; k++) {
    indicators.push(indicator(`cnt-${k}`, 'count', undefined, 0));
    inputs.push({ id: `t-cnt-${k}`, kind: 'count', indicator: `cnt-${k}`, comparator: '>=', value: '7', due: due(k) });
  }
  for (let k = 0; k < 2; k++) {
    indicators.push(indicator(`bool-${k}`, 'boolean', undefined, 0));
    inputs.push({ id: `t-bool-${k}`, kind: 'boolean', indicator: `bool-${k}`, expected: false, due: due(k) });
  }
  indicators.push(indicator('qual', 'qualitative', undefined, 0));
  inputs.push({ id: 't-qual', kind: 'qualitative', indicator: 'qual', text: { vi: 'Xây dựng nền y tế công bằng' }, due: due(0) });
  const targets: Target[] = inputs.map((input) => chitieu.TargetSchema.parse(input));

  const areas: string[] = [];
  const observations: Observation[] = [];
  for (let a = 0; a < areaCount; a++) {
    const area = `area-${a}`;
    areas.push(area);
    const population = int(4000, 40000);
    for (const year of YEARS) {
      for (let k = 0; k < 10; k++) {
        observations.push({ indicator: `rate-${k}`, area, period: year, numerator: String(int(30, 90)), denominator: String(population) });
      }
      for (let k = 0; k < 6; k++) observations.push({ indicator: `pct-${k}`, area, period: year, value: (85 + random() * 12).toFixed(3) });
      for (let k = 0; k < 3; k++) observations.push({ indicator: `chg-${k}`, area, period: year, value: (60 + random() * 20).toFixed(2) });
      for (let k = 0; k < 3; k++) observations.push({ indicator: `mnt-${k}`, area, period: year, value: (78 + random() * 22).toFixed(2) });
      for (let k = 0; k < 3; k++) {
        for (let s = 0; s < 3; s++) {
          observations.push({ indicator: `unit-${k}`, area: `${area}/station-${s}`, parent: area, period: year, value: String(int(2, 6)) });
        }
      }
      for (let k = 0; k < 2; k++) observations.push({ indicator: `cnt-${k}`, area, period: year, value: String(int(3, 10)) });
      for (let k = 0; k < 2; k++) observations.push({ indicator: `bool-${k}`, area, period: year, value: random() < 0.1 });
    }
  }
  return { targets, indicators, areas, observations };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const D = DecimalJs.clone({ precision: 60 });

/** Whether a due level target's verdict agrees with its own printed figure. */
function contradicts(target: Target, status: string, published: string | null): boolean {
  if (target.kind !== 'level' || published === null || (status !== 'achieved' && status !== 'not-achieved')) return false;
  const figure = new D(published);
  const value = new D(target.value);
  const met =
    target.comparator === '>' ? figure.gt(value)
    : target.comparator === '>=' ? figure.gte(value)
    : target.comparator === '<' ? figure.lt(value)
    : target.comparator === '<=' ? figure.lte(value)
    : target.comparator === '=' ? figure.eq(value)
    : figure.gte(value) && figure.lte(target.upper ?? value);
  return met !== (status === 'achieved');
}

/**
 * Observations the index misplaces: a series listing an observation of another indicator or
 * area (or parent), out of period order, or a count of observations per grouping that differs
 * from the input's (each missing or extra observation counts once).
 */
function misplaced(index: ReturnType<typeof chitieu.indexObservations>, observations: readonly Observation[]): number {
  let wrong = Math.abs(index.size - observations.length);
  const withParent = observations.filter((observation) => observation.parent !== undefined).length;
  for (const [view, expected] of [[index.byArea, observations.length], [index.byParent, withParent]] as const) {
    let seen = 0;
    for (const [key, list] of view) {
      let previous = '';
      for (const entry of list) {
        const { indicator, area, parent } = entry.observation;
        if (key !== `${indicator}\u0000${view === index.byArea ? area : parent}` || entry.end < previous) wrong++;
        previous = entry.end;
        seen++;
      }
    }
    wrong += Math.abs(seen - expected);
  }
  return wrong;
}

/** Run the benchmark; returns one row per step timed. */
export function benchEvaluate(options: EvaluateBenchOptions = {}): BenchRow[] {
  const { areas: areaCount = 10000, runs = 5, warmups = 1, seed = 20260101 } = options;
  const data = makeData(areaCount, seed);
  const lookup = new Map(data.indicators.map((item) => [item.id, item]));
  const evaluateOptions = { asOf: AS_OF, areas: data.areas, indicators: lookup };
  const indexTimes: number[] = [];
  const tableTimes: number[] = [];
  const totalTimes: number[] = [];
  const coldTimes: number[] = [];
  const cells = data.areas.length * data.targets.length;
  let wrong = 0;
  for (let run = 0; run < warmups + runs; run++) {
    let started = performance.now();
    const index = chitieu.indexObservations(data.observations);
    const indexing = performance.now() - started;
    started = performance.now();
    const table = chitieu.evaluateTable(data.targets, index, evaluateOptions);
    const evaluating = performance.now() - started;
    if (run < warmups) coldTimes.push(indexing + evaluating);
    else {
      indexTimes.push(indexing);
      tableTimes.push(evaluating);
      totalTimes.push(indexing + evaluating);
    }
    if (run === 0) {
      for (let i = 0; i < cells; i++) {
        const target = data.targets[i % data.targets.length] as Target;
        if (contradicts(target, table.status[i] as string, table.published[i] ?? null)) wrong++;
      }
    }
  }
  // an index checked observation by observation (outside the timing: the views make a list per series)
  const indexWrong = misplaced(chitieu.indexObservations(data.observations), data.observations);
  // the same cells as result objects, every field and explanation written (not the budget's measure)
  const index = chitieu.indexObservations(data.observations);
  const areasTimes: number[] = [];
  let mismatched = 0;
  for (let run = 0; run < Math.min(runs, 3); run++) {
    const started = performance.now();
    const cards = chitieu.evaluateAreas(data.targets, index, evaluateOptions);
    areasTimes.push(performance.now() - started);
    if (run === 0) {
      const table = chitieu.evaluateTable(data.targets, index, evaluateOptions);
      cards.forEach((card, a) =>
        card.results.forEach((result, t) => {
          const i = a * data.targets.length + t;
          if (result.status !== table.status[i] || result.reason !== table.reason[i] || result.published !== table.published[i]) mismatched++;
        }),
      );
    }
  }
  const shape = `${areaCount} areas × ${data.targets.length} targets × ${YEARS.length} years`;
  const total = median(totalTimes);
  const verdict = total < EVALUATE_BUDGET_MS ? 'PASS' : 'FAIL';
  return [
    { name: 'indexObservations', medianMs: median(indexTimes), wrongRows: indexWrong, rows: data.observations.length, note: 'observations indexed; wrong: misplaced in byArea / byParent, or missing' },
    { name: 'evaluateTable (index prebuilt)', medianMs: median(tableTimes), wrongRows: wrong, rows: cells, note: `${shape}, ${runs} runs` },
    {
      name: 'total: index + evaluateTable',
      medianMs: total,
      wrongRows: wrong,
      rows: cells,
      note: `${verdict}: budget ${EVALUATE_BUDGET_MS} ms (median of ${runs} per-run sums after ${warmups} warm-up)`,
    },
    {
      name: 'first run (warm-up)',
      medianMs: median(coldTimes),
      wrongRows: wrong,
      rows: cells,
      note: 'index + evaluateTable in a fresh process: code not yet compiled, heap still growing',
    },
    {
      name: 'evaluateAreas (index prebuilt)',
      medianMs: median(areasTimes),
      wrongRows: mismatched,
      rows: cells,
      note: `every cell as a full result object with its explanation; wrong: cells whose status, reason or figure differ from the table's; ${areasTimes.length} runs`,
    },
  ];
}
