/**
 * Benchmark: evaluating many areas × 30 targets × 5 years of observations, and a national
 * monthly dataset.
 *
 * The targets mix every kind (rates from counts, percentages given as values, changes,
 * maintain, shares of units, counts, yes/no and a qualitative aim), half of them due before
 * `asOf` and half after (so half are projected). Observations come from a fixed-seed PRNG,
 * as objects (`{ indicator, area, period, … }`, as an app parses them from JSON) or as columns
 * (typed arrays of codes and values). Timed: `indexObservations` + `evaluateTable` (every
 * cell's verdict and published figure) per run, after a warm-up run; the medians are
 * reported, and ratios between sizes are taken from medians measured in the same process.
 * `evaluateAreas` (every cell as a full result with its explanation) is timed against the
 * table of the same size, and so is a floor: copying evaluateAreas' own results (each a new
 * frozen object with its numbers' text, nested objects and explanations rebuilt), the least a
 * full result can cost whatever the engine does.
 *
 * Checked while timing: every verdict on a due level target must agree with its own printed
 * figure (published figure against threshold, re-compared with decimal.js), every cell of the
 * table must have the status, reason and figure of evaluateAreas' result, and the columnar
 * input must give the table the object input gives. Disagreements are counted in `wrongRows`.
 */
import DecimalJs from 'decimal.js';
import type { Indicator } from '../src/model/indicator.js';
import type { Observation } from '../src/model/observation.js';
import type { Target, TargetInput } from '../src/model/target.js';
import type { ObservationColumns } from '../src/evaluate/types.js';
import { chitieu } from './library.js';
import type { BenchRow } from './rateBatch.js';
import { prng } from './prng.js';

const YEARS = ['2020', '2021', '2022', '2023', '2024'];
const AS_OF = '2025-03-31';

function indicator(id: string, measure: Indicator['measure'], multiplier: Indicator['multiplier'], decimals: number, nature: 'flow' | 'stock' = 'stock'): Indicator {
  return { id, name: { vi: id, en: id }, measure, unit: { vi: id, en: id }, multiplier, polarity: 'higher-is-better', decimals, references: [], nature };
}

/** The 30 targets and their indicators. */
export function makeTargets(): { targets: Target[]; indicators: Indicator[] } {
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
    indicators.push(indicator(`bool-${k}`, 'boolean', undefined, 0, 'flow'));
    inputs.push({ id: `t-bool-${k}`, kind: 'boolean', indicator: `bool-${k}`, expected: false, due: due(k) });
  }
  indicators.push(indicator('qual', 'qualitative', undefined, 0));
  inputs.push({ id: 't-qual', kind: 'qualitative', indicator: 'qual', text: { vi: 'Xây dựng nền y tế công bằng' }, due: due(0) });
  return { targets: inputs.map((input) => chitieu.TargetSchema.parse(input)), indicators };
}

/** One observation, as both forms write it. */
interface Row {
  indicator: string;
  area: string;
  parent: string | undefined;
  period: string;
  value: number | boolean | undefined;
  numerator: number | undefined;
  denominator: number | undefined;
}

/** Walk the dataset of `areaCount` areas row by row (the same rows for both forms). */
function eachRow(areaCount: number, seed: number, visit: (row: Row) => void): void {
  const random = prng(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const round = (x: number, places: number): number => Number(x.toFixed(places));
  const row: Row = { indicator: '', area: '', parent: undefined, period: '', value: undefined, numerator: undefined, denominator: undefined };
  const put = (indicatorId: string, area: string, period: string, value: number | boolean | undefined, numerator?: number, denominator?: number, parent?: string): void => {
    row.indicator = indicatorId;
    row.area = area;
    row.parent = parent;
    row.period = period;
    row.value = value;
    row.numerator = numerator;
    row.denominator = denominator;
    visit(row);
  };
  for (let a = 0; a < areaCount; a++) {
    const area = `area-${a}`;
    const population = int(4000, 40000);
    for (const year of YEARS) {
      for (let k = 0; k < 10; k++) put(`rate-${k}`, area, year, undefined, int(30, 90), population);
      for (let k = 0; k < 6; k++) put(`pct-${k}`, area, year, round(85 + random() * 12, 3));
      for (let k = 0; k < 3; k++) put(`chg-${k}`, area, year, round(60 + random() * 20, 2));
      for (let k = 0; k < 3; k++) put(`mnt-${k}`, area, year, round(78 + random() * 22, 2));
      for (let k = 0; k < 3; k++) for (let s = 0; s < 3; s++) put(`unit-${k}`, `${area}/station-${s}`, year, int(2, 6), undefined, undefined, area);
      for (let k = 0; k < 2; k++) put(`cnt-${k}`, area, year, int(3, 10));
      for (let k = 0; k < 2; k++) put(`bool-${k}`, area, year, random() < 0.1);
    }
  }
}

/** The dataset as observation objects, written as literals (the shapes JSON.parse gives them). */
export function makeObservations(areaCount: number, seed: number): Observation[] {
  const observations: Observation[] = [];
  eachRow(areaCount, seed, ({ indicator, area, period, parent, value, numerator, denominator }) => {
    if (numerator !== undefined) observations.push({ indicator, area, period, numerator: String(numerator), denominator: String(denominator) });
    else if (parent !== undefined) observations.push({ indicator, area, parent, period, value: String(value) });
    else observations.push({ indicator, area, period, value: typeof value === 'boolean' ? value : String(value) });
  });
  return observations;
}

/** A growing column of codes for labels. */
class Coded {
  readonly labels: string[] = [];
  readonly numbers = new Map<string, number>();
  codes: Int32Array;
  constructor(size: number) {
    this.codes = new Int32Array(size);
  }
  set(i: number, label: string | undefined): void {
    if (label === undefined) {
      this.codes[i] = -1;
      return;
    }
    let code = this.numbers.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.numbers.set(label, code);
    }
    this.codes[i] = code;
  }
}

/** The same dataset as columns: codes for labels, typed arrays for numbers (NaN where a row has none) and for answers (1/0, -1 where a row has none). */
export function makeColumns(areaCount: number, seed: number): ObservationColumns {
  const size = areaCount * YEARS.length * (10 + 6 + 3 + 3 + 9 + 2 + 2);
  const indicators = new Coded(size);
  const areas = new Coded(size);
  const parents = new Coded(size);
  const periods = new Coded(size);
  const value = new Float64Array(size).fill(Number.NaN);
  const answer = new Int8Array(size).fill(-1);
  const numerator = new Float64Array(size).fill(Number.NaN);
  const denominator = new Float64Array(size).fill(Number.NaN);
  let i = 0;
  eachRow(areaCount, seed, (row) => {
    indicators.set(i, row.indicator);
    areas.set(i, row.area);
    parents.set(i, row.parent);
    periods.set(i, row.period);
    if (typeof row.value === 'boolean') answer[i] = row.value ? 1 : 0;
    else if (row.value !== undefined) value[i] = row.value;
    if (row.numerator !== undefined) {
      numerator[i] = row.numerator;
      denominator[i] = row.denominator as number;
    }
    i++;
  });
  return {
    indicator: { codes: indicators.codes, labels: indicators.labels },
    area: { codes: areas.codes, labels: areas.labels },
    parent: { codes: parents.codes, labels: parents.labels },
    period: { codes: periods.codes, labels: periods.labels },
    value,
    answer,
    numerator,
    denominator,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const D = DecimalJs.clone({ precision: 60 });

/** Whether a due level target's verdict disagrees with its own printed figure. */
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

type Table = ReturnType<typeof chitieu.evaluateTable>;

/** Cells of `table` whose verdict contradicts its printed figure. */
function contradictions(table: Table, targets: readonly Target[]): number {
  let wrong = 0;
  for (let i = 0; i < table.status.length; i++) {
    if (contradicts(targets[i % targets.length] as Target, table.status[i] as string, table.published[i] ?? null)) wrong++;
  }
  return wrong;
}

/** Cells where two tables differ. */
function differences(a: Table, b: Table): number {
  let wrong = Math.abs(a.status.length - b.status.length);
  for (let i = 0; i < Math.min(a.status.length, b.status.length); i++) {
    if (a.status[i] !== b.status[i] || a.reason[i] !== b.reason[i] || a.published[i] !== b.published[i]) wrong++;
  }
  return wrong;
}

type Cards = ReturnType<typeof chitieu.evaluateAreas>;

/** A new string of the same text (short ones flat, longer ones as V8 builds concatenations). */
function fresh<T extends string | null>(text: T): T {
  return (text === null || text.length < 2 ? text : text.slice(0, 1) + text.slice(1)) as T;
}

/**
 * A copy of every result of `cards`, as the engine would have to build it at the least: each
 * result a new frozen object with its fields, the text of its numbers rebuilt, the nested
 * objects that differ between areas copied (the threshold, which the engine shares between the
 * areas of a target, and the periods' list are kept), and one new explanation pair for each pair
 * the engine made (it shares a pair between results whose lines read the same).
 */
function copyCards(cards: Cards): unknown[] {
  const pairs = new Map<object, object>();
  const copy = <T extends object | null>(value: T): T => (value === null ? value : (Object.freeze({ ...value }) as T));
  const out: unknown[] = [];
  for (const card of cards) {
    const results = card.results.map((r) => {
      let explanation = pairs.get(r.explanation);
      if (explanation === undefined) pairs.set(r.explanation, (explanation = Object.freeze({ vi: fresh(r.explanation.vi), en: fresh(r.explanation.en) })));
      // an object literal of the result's shape, as the engine writes one (a spread is slower)
      return Object.freeze({
        target: r.target,
        indicator: r.indicator,
        area: r.area,
        kind: r.kind,
        status: r.status,
        reason: r.reason,
        actual: fresh(r.actual),
        published: fresh(r.published),
        decimals: r.decimals,
        change: fresh(r.change),
        threshold: r.threshold,
        gap: fresh(r.gap),
        progress: fresh(r.progress),
        baseline: copy(r.baseline),
        due: r.due,
        asOf: r.asOf,
        period: r.period,
        context: copy(r.context),
        failedPeriod: r.failedPeriod,
        periods: r.periods,
        units: copy(r.units),
        rolledUpFrom: r.rolledUpFrom,
        projection: copy(r.projection),
        requiredAnnualChange: fresh(r.requiredAnnualChange),
        whatItTakes: copy(r.whatItTakes),
        interval: copy(r.interval),
        governedBy: r.governedBy,
        conflictsWith: r.conflictsWith,
        explanation,
      });
    });
    out.push(Object.freeze({ kind: card.kind, area: card.area, asOf: card.asOf, results: Object.freeze(results), counts: card.counts }));
  }
  return out;
}

/** Time `run` `runs` times after `warmups` runs; the median of the timed runs, and the last result. */
function timed<T>(runs: number, warmups: number, run: () => T): { median: number; result: T; cold: number } {
  const times: number[] = [];
  let result: T | undefined;
  let cold = 0;
  for (let r = 0; r < warmups + runs; r++) {
    const started = performance.now();
    result = run();
    const took = performance.now() - started;
    if (r < warmups) cold = took;
    else times.push(took);
  }
  return { median: median(times), result: result as T, cold };
}

/** Options of {@link benchEvaluate}. */
export interface EvaluateBenchOptions {
  /** The sizes timed (areas), smallest first. */
  readonly sizes?: readonly number[];
  readonly runs?: number;
  readonly warmups?: number;
  readonly seed?: number;
}

/** Index + table at each size, from objects and from columns; the full results at 10 000 areas. */
export function benchEvaluate(options: EvaluateBenchOptions = {}): BenchRow[] {
  const { sizes = [1000, 10000, 100000], runs = 5, warmups = 1, seed = 20260101 } = options;
  const { targets, indicators } = makeTargets();
  const lookup = new Map(indicators.map((item) => [item.id, item]));
  const rows: BenchRow[] = [];
  const columnar = new Map<number, number>();
  for (const size of sizes) {
    const areas = Array.from({ length: size }, (_, a) => `area-${a}`);
    const settings = { asOf: AS_OF, rows: areas, indicators: lookup };
    const cells = size * targets.length;
    // objects, up to 10 000 areas (100 000 areas are 15 million objects: the reason for columns)
    let fromObjects: Table | undefined;
    if (size <= 10000) {
      const observations = makeObservations(size, seed);
      const run = timed(runs, warmups, () => chitieu.evaluateTable(targets, chitieu.indexObservations(observations), settings));
      fromObjects = run.result;
      rows.push({ name: `objects: index + table, ${size} areas`, medianMs: run.median, wrongRows: contradictions(run.result, targets), rows: cells, note: `${observations.length} observations; first run ${run.cold.toFixed(0)} ms; wrong: verdicts contradicting their figure` });
      if (size === 10000) {
        const index = chitieu.indexObservations(observations);
        const table = timed(runs, warmups, () => chitieu.evaluateTable(targets, index, settings));
        const full = timed(Math.min(runs, 3), 1, () => chitieu.evaluateAreas(targets, index, settings));
        let mismatched = 0;
        full.result.forEach((card, a) =>
          card.results.forEach((result, t) => {
            const i = a * targets.length + t;
            if (result.status !== table.result.status[i] || result.reason !== table.result.reason[i] || result.published !== table.result.published[i]) mismatched++;
          }),
        );
        rows.push({ name: `evaluateTable, ${size} areas (index built)`, medianMs: table.median, wrongRows: 0, rows: cells, note: 'the baseline of the next row' });
        rows.push({ name: `evaluateAreas, ${size} areas (index built)`, medianMs: full.median, wrongRows: mismatched, rows: cells, note: `${(full.median / table.median).toFixed(2)}× the table (goal ≤ 2×); every cell a full result with its explanation; wrong: cells unlike the table's` });
        const floor = timed(Math.min(runs, 3), 1, () => copyCards(full.result));
        rows.push({ name: `floor: copy evaluateAreas' results`, medianMs: floor.median, wrongRows: 0, rows: cells, note: `${((table.median + floor.median) / table.median).toFixed(2)}× the table with the table's time added: the least full results can cost, every result copied (its fields, numbers' text and explanations rebuilt) with no judging or describing` });
      }
    }
    const columns = makeColumns(size, seed);
    const run = timed(runs, warmups, () => chitieu.evaluateTable(targets, chitieu.indexObservations(columns), settings));
    columnar.set(size, run.median);
    const unlike = fromObjects === undefined ? 0 : differences(run.result, fromObjects);
    const smaller = sizes[sizes.indexOf(size) - 1];
    const ratio = smaller === undefined ? '' : `; ${(run.median / (columnar.get(smaller) as number)).toFixed(2)}× the ${smaller}-area time for ${size / smaller}× the areas`;
    rows.push({ name: `columns: index + table, ${size} areas`, medianMs: run.median, wrongRows: contradictions(run.result, targets) + unlike, rows: cells, note: `first run ${run.cold.toFixed(0)} ms${ratio}; wrong: verdicts contradicting their figure, or cells unlike the object input's` });
  }
  return rows;
}

/**
 * A national monthly dataset through the columns: 3 321 communes (after the 2025 merger) × 50
 * indicators × 60 months, each indicator a rate from counts or a percentage value, judged by 50
 * targets due at the end of the fifth year. Reports the time of index + table and the peak
 * memory (resident set, V8 heap, array buffers) sampled between its steps, and the process's peak resident set.
 */
export function benchNational(seed = 7): BenchRow[] {
  const communes = 3321;
  const months = 60;
  const count = 50;
  const size = communes * count * months;
  const random = prng(seed);
  const indicators: Indicator[] = [];
  const targets: Target[] = [];
  for (let k = 0; k < count; k++) {
    const rate = k % 2 === 0;
    indicators.push(indicator(`ind-${k}`, rate ? 'rate' : 'percent', rate ? 10000 : 100, rate ? 1 : 2));
    targets.push(chitieu.TargetSchema.parse({ id: `t-${k}`, indicator: `ind-${k}`, comparator: '>=', value: rate ? '17.5' : '90', due: '2030-12-31' }));
  }
  const periods = Array.from({ length: months }, (_, m) => `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  const areaCodes = new Int32Array(size);
  const indicatorCodes = new Uint8Array(size);
  const periodCodes = new Uint8Array(size);
  const value = new Float64Array(size).fill(Number.NaN);
  const numerator = new Float64Array(size).fill(Number.NaN);
  const denominator = new Float64Array(size).fill(Number.NaN);
  let i = 0;
  for (let a = 0; a < communes; a++) {
    const population = 4000 + Math.floor(random() * 36000);
    for (let k = 0; k < count; k++) {
      for (let m = 0; m < months; m++, i++) {
        areaCodes[i] = a;
        indicatorCodes[i] = k;
        periodCodes[i] = m;
        if (k % 2 === 0) {
          numerator[i] = 30 + Math.floor(random() * 60);
          denominator[i] = population;
        } else value[i] = Math.round((80 + random() * 18) * 100) / 100;
      }
    }
  }
  const columns: ObservationColumns = {
    area: { codes: areaCodes, labels: Array.from({ length: communes }, (_, a) => `xa-${a}`) },
    indicator: { codes: indicatorCodes, labels: indicators.map((item) => item.id) },
    period: { codes: periodCodes, labels: periods },
    value,
    numerator,
    denominator,
  };
  const inputBytes = areaCodes.byteLength + indicatorCodes.byteLength + periodCodes.byteLength + value.byteLength + numerator.byteLength + denominator.byteLength;
  const lookup = new Map(indicators.map((item) => [item.id, item]));
  const rowsOf = columns.area as { readonly labels: readonly string[] };
  const peak = { rss: 0, heap: 0, buffers: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
    peak.buffers = Math.max(peak.buffers, usage.arrayBuffers);
  };
  sample();
  const started = performance.now();
  const index = chitieu.indexObservations(columns);
  sample();
  const table = chitieu.evaluateTable(targets, index, { asOf: '2030-06-30', rows: rowsOf.labels, indicators: lookup });
  sample();
  const took = performance.now() - started;
  // the process's peak resident set, in kilobytes (the samples above see the heap between steps)
  peak.rss = Math.max(peak.rss, process.resourceUsage().maxRSS * 1024);
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  return [
    {
      name: 'national monthly: index + table',
      medianMs: took,
      wrongRows: contradictions(table, targets),
      rows: table.status.length,
      note: `${size} observations (${communes} communes × ${count} indicators × ${months} months), one run on the default heap; peak rss ${mb(peak.rss)}, V8 heap ${mb(peak.heap)}, array buffers ${mb(peak.buffers)} (of which the input columns ${mb(inputBytes)}); wrong: verdicts contradicting their figure, of the cells`,
    },
  ];
}
