/**
 * The fuzz campaign's tools: values from every corner (wrong types, null, NaN, ±Infinity,
 * −0, huge and tiny magnitudes, numeric text with spaces or exponents, `__proto__` keys,
 * very long text, deep nesting, impossible dates), and the check of one call: it returns
 * plain finite data or throws a ChitieuError with a code and a message naming its field in
 * both languages, within a second, leaving its arguments as they were.
 */
import fc from 'fast-check';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';

/** The seed every property of the campaign runs with. */
export const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_204);

/** The slowest a call may be. */
export const MAX_MS = 1000;

/** The codes of ErrorCode (src/errors.ts). */
const CODES = new Set([
  'ZERO_DENOMINATOR', 'NEGATIVE_COUNT', 'NOT_AN_INTEGER', 'NUMERATOR_EXCEEDS_DENOMINATOR', 'INVALID_NUMBER', 'UNKNOWN_LOCALE',
  'OUT_OF_RANGE', 'LENGTH_MISMATCH', 'INVALID_ARGUMENT', 'SCHEMA', 'INVALID_DATE', 'INVALID_PERIOD', 'DUE_BEFORE_ISSUE',
  'OVERLAPPING_AREAS', 'MISSING_AREA', 'INVALID_AGE_BANDS',
]);

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { value };
  return value;
}

/** Values that broke or nearly broke functions, and the corners of each type. */
export const corners: readonly unknown[] = [
  null, undefined, Number.NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 2.5, 1e308, -1e308, Number.MAX_VALUE, 5e-324, 1e-310,
  Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1.4e9, 695757629, 0.9999999999999999, 1e-17,
  '', ' ', ' 12 ', '12', '0', '-0', '+5', '1e3', '1E-7', '12.', '.5', '0x10', '1_000', '12,5', '17,5', '1.234,5', '1,234.5', 'NaN',
  'Infinity', '-Infinity', '1e400', '1e-400', '1e-25', '1e9000000000000000', '-1e9000000000000000', '1e2000000000', '1e-60000',
  '\u00a012\u00a0', '1'.repeat(100_000) + 'x', '9'.repeat(5000), 'a'.repeat(100_000), '0.' + '0'.repeat(2000) + '1',
  '2026-02-30', '2026-13-01', '0000-01-01', '0001-01-01', '9999-12-31', '2026-12-31', '2024-02-29', '2026-06-15', '31/12/2026',
  '2026', '2026-Q2', '2026-Q5', '2026-H1', '2026-H3', '2026-06', '2026-00', '2026-2026', '2030-2026', '2021-2025', '0000', '0000-Q1',
  'vi', 'en', 'fr', 'exact', 'byar', 'linear', 'geometric', 'annual', 'continuous', '>', '>=', '<', '<=', '=', 'between', '=>',
  'doctors-per-10k', 'beds-per-10k', 'doctor-per-10k', '__proto__', 'constructor', 'toString',
  0n, 1n, -1n, 10n, 12000n, 10n ** 5000n, -(10n ** 400n), true, false, Symbol('fuzz'), () => 1,
  [], [1, 2], [Number.NaN], [Infinity, -1], [1, '2', 3n], new Array(3), [null], ['2026', '2026'],
  {}, Object.create(null), JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'), { length: -1 }, { length: 2 ** 40 },
  { length: 3, 0: 1, 1: 2, 2: 3 }, { toString: () => '12' }, { valueOf: () => 12 },
  nested(5000), nestedObject(3000), new Float64Array([1, Number.NaN]), new Int32Array(2), new Date(Number.NaN), new Date(0),
  new Decimal(Number.NaN), new Decimal(Infinity), new Decimal('-Infinity'), new Decimal('1e-30'), new Decimal('123.45'),
  new Decimal('1e9000000000000000'), new Map(), new Set([1]),
];

/** Any value: a corner, or one of fast-check's (objects, arrays, odd strings, null prototypes). */
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...corners) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }) },
  { weight: 1, arbitrary: fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, maxDepth: 3 }) },
);

/** `plausible` most of the time, anything else otherwise. */
export function or(plausible: fc.Arbitrary<unknown>, weight = 3): fc.Arbitrary<unknown> {
  return fc.oneof({ weight, arbitrary: plausible }, { weight: 1, arbitrary: anything });
}

/** A number in any of chitieu's numeric inputs, often plausible. */
export const num: fc.Arbitrary<unknown> = or(
  fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.double({ min: -1e6, max: 1e9, noNaN: true }),
    fc.integer({ min: 0, max: 1_000_000 }).map(String),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => BigInt(n)),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n).dividedBy(7)),
    fc.constantFrom('1e308', '1e-300', '1e300', '-5', '49.2', '17.5', '0.000001'),
  ),
);

/** A whole count, often small. */
export const count: fc.Arbitrary<unknown> = or(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 2e9 }), fc.constantFrom(0, 1, 10, 5e9)));

/** A probability or level, often plausible. */
export const level: fc.Arbitrary<unknown> = or(fc.oneof(fc.double({ min: 0, max: 1 }), fc.constantFrom(0.95, 0.9, 0.99, 0.998, 0.5, 1e-12, 1 - 1e-12)));

/** A list of `item`, often of one length `n`. */
export function list(item: fc.Arbitrary<unknown>, n = 4): fc.Arbitrary<unknown> {
  return or(fc.oneof(fc.array(item, { minLength: n, maxLength: n }), fc.array(item, { maxLength: 8 })));
}

/** An ISO date, often real. */
export const date: fc.Arbitrary<unknown> = or(
  fc.oneof(
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2026-12-31', '2025-07-01', '2024-02-29', '2026-02-30', '0001-01-01', '9999-12-31'),
  ),
);

/** A period, often real. */
export const period: fc.Arbitrary<unknown> = or(
  fc.oneof(
    fc.integer({ min: 1990, max: 2040 }).map(String),
    fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc.constantFrom('2021-2025', '2026-H2', '2026-06-15', '2026-2026', '0000'),
  ),
);

/** A year, often plausible. */
export const year: fc.Arbitrary<unknown> = or(fc.integer({ min: 1850, max: 2250 }));

/** One of `values`, or anything. */
export function oneOf(...values: unknown[]): fc.Arbitrary<unknown> {
  return or(fc.constantFrom(...values));
}

/** An object with these fields (each sometimes missing), or anything. */
export function record(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return or(fc.record(fields, { requiredKeys: [] }), 4);
}

/** A snapshot of a value's structure, to find whether a call changed its arguments (iterative: deep nesting is fine). */
export function snapshot(root: unknown): string {
  const out: string[] = [];
  const seen = new Map<object, number>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'bigint') out.push(`${value}n`);
    else if (typeof value === 'number') out.push(Object.is(value, -0) ? '-0' : String(value));
    else if (typeof value === 'string') out.push(JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…${value.length}` : value));
    else if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'undefined' || typeof value === 'boolean') out.push(String(typeof value === 'symbol' ? 'symbol' : value));
    else if (value === null) out.push('null');
    else if (typeof value === 'object') {
      const id = seen.get(value);
      if (id !== undefined) {
        out.push(`#${id}`);
        continue;
      }
      seen.set(value, seen.size);
      if (Decimal.isDecimal(value)) out.push(`D(${String(value)})`);
      else if (ArrayBuffer.isView(value)) out.push(`${value.constructor.name}(${Array.from(value as unknown as ArrayLike<number>).join(',')})`);
      else if (value instanceof Date) out.push(`Date(${value.getTime()})`);
      else {
        const keys = Reflect.ownKeys(value);
        out.push(`{${Object.isFrozen(value) ? 'F' : ''}${keys.length}:${keys.map(String).join(',')}}`);
        for (const key of keys) {
          const descriptor = Object.getOwnPropertyDescriptor(value, key);
          stack.push(descriptor && 'value' in descriptor ? descriptor.value : 'accessor');
        }
      }
    }
  }
  return out.join(' ');
}

/** What is wrong with a returned value: NaN, ±Infinity, or a non-finite Decimal anywhere inside. */
export function notFinite(root: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[root, 'result']];
  while (stack.length > 0) {
    const [value, at] = stack.pop() as [unknown, string];
    if (typeof value === 'number' && !Number.isFinite(value)) return `${at} is ${value}`;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Decimal.isDecimal(value)) {
      if (!(value as Decimal).isFinite()) return `${at} is Decimal(${String(value)})`;
      continue;
    }
    if (ArrayBuffer.isView(value)) {
      const items = Array.from(value as unknown as ArrayLike<number>);
      const k = items.findIndex((x) => typeof x === 'number' && !Number.isFinite(x));
      if (k >= 0) return `${at}[${k}] is ${items[k]}`;
      continue;
    }
    for (const [key, item] of Object.entries(value)) stack.push([item, `${at}.${key}`]);
  }
  return undefined;
}

/** The outcome of one call, or what was wrong with it. */
export interface Outcome {
  readonly problem?: string;
  readonly threw: boolean;
}

/** Run `fn(...args)` and judge it. */
export function judge(name: string, fn: (...args: never[]) => unknown, args: readonly unknown[]): Outcome {
  const before = snapshot(args);
  const started = performance.now();
  let result: unknown;
  let thrown: unknown;
  let threw = false;
  try {
    result = (fn as (...args: unknown[]) => unknown)(...args);
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const elapsed = performance.now() - started;
  const shown = (): string => args.map((arg) => describeArg(arg)).join(', ');
  if (elapsed > MAX_MS) return { threw, problem: `${name}(${shown()}) took ${Math.round(elapsed)} ms` };
  if (snapshot(args) !== before) return { threw, problem: `${name}(${shown()}) changed its arguments` };
  if (threw) {
    if (!(thrown instanceof ChitieuError)) {
      const kind = thrown instanceof Error ? `${thrown.name}: ${thrown.message.slice(0, 160)}` : String(thrown);
      return { threw, problem: `${name}(${shown()}) threw ${kind}` };
    }
    if (!CODES.has(thrown.code)) return { threw, problem: `${name}(${shown()}) threw code ${thrown.code}` };
    if (typeof thrown.field !== 'string' || thrown.field === '') return { threw, problem: `${name}(${shown()}) threw without a field` };
    if (!thrown.message.includes(thrown.field) || !thrown.vi.includes(thrown.field)) {
      return { threw, problem: `${name}(${shown()}): message does not name field ${thrown.field}: ${thrown.message} / ${thrown.vi}` };
    }
    if (thrown.message === thrown.vi) return { threw, problem: `${name}(${shown()}): the Vietnamese message is the English one: ${thrown.message}` };
    return { threw };
  }
  const bad = notFinite(result);
  if (bad !== undefined) return { threw, problem: `${name}(${shown()}) returned ${bad}` };
  return { threw };
}

function describeArg(arg: unknown): string {
  try {
    if (typeof arg === 'bigint') return `${String(arg).slice(0, 40)}n`;
    if (typeof arg === 'string') return JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}…(${arg.length})` : arg);
    if (typeof arg === 'symbol' || typeof arg === 'function') return typeof arg;
    if (Decimal.isDecimal(arg)) return `Decimal(${String(arg)})`;
    const text = JSON.stringify(arg, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    return text === undefined ? String(arg) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return Object.prototype.toString.call(arg);
  }
}
