/**
 * Benchmark: rateBatch against the hand-written float loop apps use for published rates.
 *
 * 1 000 000 rows per 10 000 at 1 decimal, from a fixed-seed PRNG. A quarter of the rows land
 * exactly on a half (the exact rate × 10 ends in .5), which is where the float loop goes
 * wrong. The exact reference is computed once with BigInt, independently of rateBatch.
 *
 * The two are timed in turn within each run, and the ratio reported is the median of the
 * runs' own ratios. Both allocate an 8 MB output per call; on the VM this was written on, a
 * call that lands on freshly mapped memory pays 20–25 ms of page faults, in bursts of a few
 * calls, so a candidate's median alone can double from one process to the next while the
 * ratio of calls made back to back stays put.
 */
import { chitieu } from './library.js';
import { prng } from './prng.js';

/** One printed line of a benchmark. */
export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly wrongRows: number;
  readonly rows: number;
  readonly note: string;
}

export interface RateBatchBenchOptions {
  readonly rows?: number;
  readonly warmups?: number;
  readonly runs?: number;
  readonly seed?: number;
}

const PER = 10000;
const DECIMALS = 1;

/** Numerators and denominators; every fourth row is exactly on a half at 1 decimal per 10 000. */
export function makeRows(rows: number, seed: number): { numerators: Float64Array; denominators: Float64Array } {
  const random = prng(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const numerators = new Float64Array(rows);
  const denominators = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    if (i % 4 === 0) {
      // d = 40 000·w, n = w·j, j odd: rate = j/4 per 10 000, rate × 10 = 2.5·j ends in .5
      // d = 8 000·w,  n = w·j, j odd: rate = 1.25·j,        rate × 10 = 12.5·j ends in .5
      const w = int(1, 25);
      const j = 2 * int(0, 400) + 1;
      denominators[i] = (random() < 0.5 ? 40000 : 8000) * w;
      numerators[i] = w * j;
    } else {
      denominators[i] = int(1000, 1000000);
      numerators[i] = int(0, 5000);
    }
  }
  return { numerators, denominators };
}

/** The exact published value of each row: ⌊n·10^5/d + ½⌋ / 10, via BigInt and decimal text. */
export function exactReference(numerators: Float64Array, denominators: Float64Array): Float64Array {
  const scale = BigInt(PER * 10 ** DECIMALS);
  const out = new Float64Array(numerators.length);
  for (let i = 0; i < numerators.length; i++) {
    const top = BigInt(numerators[i] as number) * scale;
    const d = BigInt(denominators[i] as number);
    const units = (2n * top + d) / (2n * d); // ⌊top/d + ½⌋
    out[i] = Number(`${units}e-${DECIMALS}`);
  }
  return out;
}

/** The float loop apps write by hand. */
export function naive(
  numerators: Float64Array,
  denominators: Float64Array,
  per: number,
  decimals: number,
): Float64Array {
  const out = new Float64Array(numerators.length);
  const power = 10 ** decimals;
  for (let i = 0; i < numerators.length; i++) {
    out[i] = Math.round(((numerators[i] as number) / (denominators[i] as number)) * per * power) / power;
  }
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function countWrong(values: Float64Array, reference: Float64Array): number {
  let wrong = 0;
  for (let i = 0; i < values.length; i++) if (!Object.is(values[i], reference[i])) wrong++;
  return wrong;
}

/** Run the benchmark and return the rows to print. */
export function benchRateBatch(options: RateBatchBenchOptions = {}): BenchRow[] {
  const rows = options.rows ?? 1_000_000;
  const warmups = options.warmups ?? 5;
  const runs = Math.max(15, options.runs ?? 21);
  const { numerators, denominators } = makeRows(rows, options.seed ?? 20260101);
  const reference = exactReference(numerators, denominators);
  const halves = Math.ceil(rows / 4);

  const candidates = [
    { name: 'naive Math.round loop', run: () => naive(numerators, denominators, PER, DECIMALS) },
    { name: 'rateBatch', run: () => chitieu.rateBatch(numerators, denominators, { per: PER, decimals: DECIMALS }) },
  ];
  let sink = 0;
  for (let w = 0; w < warmups; w++) for (const c of candidates) sink += c.run()[w % rows] ?? 0;
  const times: number[][] = candidates.map(() => []);
  const wrong: number[] = candidates.map(() => 0);
  for (let r = 0; r < runs; r++) {
    // interleave, alternating which one goes first
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const candidate = candidates[k] as (typeof candidates)[number];
      const start = performance.now();
      const out = candidate.run();
      (times[k] as number[]).push(performance.now() - start);
      sink += out[r % rows] ?? 0;
      if (r === 0) wrong[k] = countWrong(out, reference);
    }
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  const medians = times.map(median);
  // each run times both back to back, under the same state of memory: the median of the
  // runs' own ratios is not moved by a burst of page faults on fresh output arrays that
  // lands on one candidate's runs more than the other's (seen on this VM: +20–25 ms per call)
  const ratio = median((times[1] as number[]).map((t, r) => t / ((times[0] as number[])[r] as number)));
  return candidates.map((c, k) => ({
    name: c.name,
    medianMs: medians[k] as number,
    wrongRows: wrong[k] as number,
    rows,
    note:
      k === 1
        ? `rateBatch/naive = ${ratio.toFixed(3)} (median of the ${runs} runs' ratios); ${warmups} warm-ups; ${halves} rows on a half`
        : `${runs} runs, ${warmups} warm-ups`,
  }));
}
