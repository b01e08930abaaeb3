/**
 * Exact rationals for the evaluation hot path. Internal: not re-exported.
 *
 * A value is `{ n, d }` with `d > 0`, not necessarily reduced. `n` and `d` are either both
 * safe-integer `number`s (the fast form: every operation checks that its result is still a
 * safe integer, which makes it exact) or both `bigint`s (the exact fallback, used as soon as
 * a result would leave the safe range). Every operation is exact; rounding happens only in
 * {@link roundQ} / {@link fixedText} (half away from zero, the rule of `roundHalfUp`) and in
 * {@link toDecimalText} (60 significant digits, as chitieu's `Decimal` writes a fraction
 * that does not terminate). The two forms give identical results.
 *
 * @internal
 * @module
 */
import { flatText } from './flatText.js';

/** An exact rational `n / d`, `d > 0`: both safe-integer numbers, or both bigints. */
export interface Q {
  readonly n: number | bigint;
  readonly d: number | bigint;
}

/** The bigint form. */
interface BigQ {
  readonly n: bigint;
  readonly d: bigint;
}

const MAX = Number.MAX_SAFE_INTEGER;
/** Below this, `x + y` of two such values is still safe, so quotient corrections stay exact. */
const HALF_MAX = 2 ** 52;

const TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const POW10: bigint[] = [];
for (let k = 0n, p = 1n; k <= 80n; k++, p *= 10n) POW10.push(p);
const POW10_NUMBER: number[] = [];
for (let k = 0, p = 1; k <= 15; k++, p *= 10) POW10_NUMBER.push(p);

/** `10^k` as a bigint (`k ≥ 0`). */
export function pow10(k: number): bigint {
  return k < POW10.length ? (POW10[k] as bigint) : 10n ** BigInt(k);
}

/** A computed integer is exact and safe when it is within ±(2^53 − 1) (rounding is monotonic). */
function safe(x: number): boolean {
  return x <= MAX && x >= -MAX;
}

function big(a: Q): BigQ {
  return typeof a.n === 'number' ? { n: BigInt(a.n), d: BigInt(a.d) } : (a as BigQ);
}

/** `⌊x / y⌋` for integers `0 ≤ x ≤ 2^52`, `0 < y ≤ 2^52`, exact. */
function floorDivSmall(x: number, y: number): number {
  let q = Math.floor(x / y);
  const r = x - q * y;
  if (r < 0) q--;
  else if (r >= y) q++;
  return q;
}

/** The rational of a decimal string (`'17.5'`, `'-1e3'`); `undefined` for anything else. */
export function parseQ(text: string): Q | undefined {
  // fast form: [+-]digits[.digits] with at most 15 digits, nothing around it
  const length = text.length;
  let i = 0;
  let negative = false;
  let code = length > 0 ? text.charCodeAt(0) : 0;
  if (code === 43 || code === 45) {
    negative = code === 45;
    i = 1;
  }
  let n = 0;
  let digits = 0;
  let places = -1;
  for (; i < length; i++) {
    code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      n = n * 10 + (code - 48);
      digits++;
      if (places >= 0) places++;
    } else if (code === 46 && places < 0) {
      places = 0;
    } else break;
  }
  if (i === length && digits > 0 && digits <= 15) {
    return { n: negative ? 0 - n : n, d: places > 0 ? (POW10_NUMBER[places] as number) : 1 };
  }
  return parseBig(text);
}

function parseBig(text: string): Q | undefined {
  const match = TEXT.exec(text.trim());
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  let n = BigInt(whole + fraction);
  if (sign === '-') n = -n;
  const shift = Number(exponent) - fraction.length;
  return shift >= 0 ? { n: n * pow10(shift), d: 1n } : { n, d: pow10(-shift) };
}

/** `10^-decimals` (`decimals ≥ 0`): one published step. */
export function stepQ(decimals: number): Q {
  return decimals < POW10_NUMBER.length ? { n: 1, d: POW10_NUMBER[decimals] as number } : { n: 1n, d: pow10(decimals) };
}

/** An integer as a rational. */
export function int(value: bigint | number): Q {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { n: value, d: 1 };
  return { n: BigInt(value), d: 1n };
}

export function add(a: Q, b: Q): Q {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const ad = a.d as number;
    const bd = b.d as number;
    if (ad === bd) {
      const n = a.n + b.n;
      if (safe(n)) return { n, d: ad };
    } else {
      const x = a.n * bd;
      const y = b.n * ad;
      const n = x + y;
      const d = ad * bd;
      if (safe(x) && safe(y) && safe(n) && safe(d)) return { n, d };
    }
  }
  const p = big(a);
  const q = big(b);
  return p.d === q.d ? { n: p.n + q.n, d: p.d } : { n: p.n * q.d + q.n * p.d, d: p.d * q.d };
}

export function sub(a: Q, b: Q): Q {
  return add(a, neg(b));
}

export function mul(a: Q, b: Q): Q {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const n = a.n * b.n;
    const d = (a.d as number) * (b.d as number);
    if (safe(n) && safe(d)) return { n: n === 0 ? 0 : n, d };
  }
  const p = big(a);
  const q = big(b);
  return { n: p.n * q.n, d: p.d * q.d };
}

/** `a / b`; the caller guarantees `b ≠ 0`. */
export function div(a: Q, b: Q): Q {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const bn = b.n;
    const n = bn < 0 ? -a.n * (b.d as number) : a.n * (b.d as number);
    const d = (a.d as number) * (bn < 0 ? -bn : bn);
    if (safe(n) && safe(d)) return { n: n === 0 ? 0 : n, d };
  }
  const p = big(a);
  const q = big(b);
  return q.n < 0n ? { n: -p.n * q.d, d: p.d * -q.n } : { n: p.n * q.d, d: p.d * q.n };
}

export function neg(a: Q): Q {
  if (typeof a.n === 'number') return { n: 0 - a.n, d: a.d };
  return { n: -a.n, d: a.d };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  if (typeof a.n === 'number' && typeof b.n === 'number') {
    const left = a.n * (b.d as number);
    const right = b.n * (a.d as number);
    if (safe(left) && safe(right)) return left < right ? -1 : left > right ? 1 : 0;
  }
  const p = big(a);
  const q = big(b);
  const left = p.n * q.d;
  const right = q.n * p.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** -1, 0 or 1: the sign of `a`. */
export function sign(a: Q): -1 | 0 | 1 {
  return a.n < 0 ? -1 : a.n > 0 ? 1 : 0;
}

export function isZero(a: Q): boolean {
  return a.n === 0 || a.n === 0n;
}

/** `a` rounded half away from zero to `decimals` places, as a whole number of `10^-decimals`. */
function roundUnits(a: Q, decimals: number): number | bigint {
  if (typeof a.n === 'number' && decimals <= 15) {
    const negative = a.n < 0;
    const top = (negative ? -a.n : a.n) * (POW10_NUMBER[decimals] as number);
    const d = a.d as number;
    const x = 2 * top + d;
    const y = 2 * d;
    if (x < HALF_MAX && y < HALF_MAX) {
      const units = floorDivSmall(x, y);
      return negative && units !== 0 ? -units : units;
    }
  }
  const p = big(a);
  const negative = p.n < 0n;
  const top = (negative ? -p.n : p.n) * pow10(decimals);
  const units = (2n * top + p.d) / (2n * p.d);
  return negative ? -units : units;
}

/** `a` rounded half away from zero to `decimals` places, as a rational. */
export function roundQ(a: Q, decimals: number): Q {
  const units = roundUnits(a, decimals);
  if (typeof units === 'number') return { n: units, d: POW10_NUMBER[decimals] as number };
  return { n: units, d: pow10(decimals) };
}

/**
 * Texts of small units by places: a scorecard repeats the same few figures many times, so
 * they are written once and shared. Units within ±{@link TABLE_LIMIT} are looked up by
 * position (no hashing); a table (2^16 slots, about 0.5 MB) is made on first use for each
 * number of places. Whole numbers from 0 to {@link WHOLE_LIMIT} (populations, counts) have
 * a table of their own (about 1 MB).
 */
const TABLE_LIMIT = 1 << 15;
const WHOLE_LIMIT = 1 << 17;
let WHOLE_TEXT: string[] | undefined;

/** A whole number as text, shared from a table when it is from 0 to {@link WHOLE_LIMIT}. */
export function integerText(n: number | bigint): string {
  if (typeof n === 'number' && n >= 0 && n < WHOLE_LIMIT) {
    const table = (WHOLE_TEXT ??= new Array<string>(WHOLE_LIMIT));
    return table[n] ?? (table[n] = String(n));
  }
  return n.toString();
}
const UNITS_TEXT: (string[] | undefined)[] = [];
const PLAIN_TEXT: (string[] | undefined)[] = [];

function tableOf(tables: (string[] | undefined)[], decimals: number): string[] {
  let table = tables[decimals];
  if (table === undefined) {
    table = new Array<string>(2 * TABLE_LIMIT);
    tables[decimals] = table;
  }
  return table;
}

/** Units of `10^-decimals` written with exactly `decimals` places (`1750, 2` → `'17.50'`); never `'-0'`. */
function unitsText(units: number | bigint, decimals: number): string {
  if (decimals === 0 && units >= 0) return integerText(units);
  if (typeof units === 'number' && units < TABLE_LIMIT && units > -TABLE_LIMIT && decimals <= 15) {
    const table = tableOf(UNITS_TEXT, decimals);
    const at = units + TABLE_LIMIT;
    return table[at] ?? (table[at] = writeUnits(units, decimals));
  }
  return writeUnits(units, decimals);
}

/** `unitsText` without trailing zeros (`1750, 2` → `'17.5'`), shared like it. */
function plainUnitsText(units: number, decimals: number): string {
  if (decimals === 0 && units >= 0) return integerText(units);
  if (units < TABLE_LIMIT && units > -TABLE_LIMIT) {
    const table = tableOf(PLAIN_TEXT, decimals);
    const at = units + TABLE_LIMIT;
    return table[at] ?? (table[at] = writeUnits(...stripped(units, decimals)));
  }
  return writeUnits(...stripped(units, decimals));
}

/** Units and places with the trailing zeros dropped as digits (`1750, 2` → `175, 1`). */
function stripped(units: number, decimals: number): [number, number] {
  while (decimals > 0 && units % 10 === 0) {
    units /= 10;
    decimals--;
  }
  return [units, decimals];
}

function writeUnits(units: number | bigint, decimals: number): string {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (decimals > 0) {
    if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** `a` rounded half-up to exactly `decimals` places, as text (`'95.00'`). */
export function fixedText(a: Q, decimals: number): string {
  return unitsText(roundUnits(a, decimals), decimals);
}

function stripZeros(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

/** Whether `d` has no prime factors but 2 and 5; returns the `k` with `d | 10^k`, else -1. */
function terminating(d: bigint): number {
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  return rest === 1n ? Math.max(twos, fives) : -1;
}


function terminatingSmall(d: number): number {
  for (let k = 1; k <= 6; k++) if (d === POW10_NUMBER[k]) return k;
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  return rest === 1 ? Math.max(twos, fives) : -1;
}

/** `'0000'` … `'9999'`: the digits of a quotient written four at a time. */
const FOUR: string[] = [];
for (let i = 0; i < 10_000; i++) FOUR.push(String(i).padStart(4, '0'));
const POW10_SMALL = [1, 10, 100, 1000, 10_000];

/** Fraction chunks of the division in progress (reused). */
const CHUNKS: number[] = [];

/**
 * `top / d` (`top > 0`, `d > 0`, `d` not dividing any power of ten, `top` and `10 d` safe)
 * rounded half-up to 60 significant digits, trailing zeros removed: long division four
 * digits at a time while `10^4 × d` stays exact (else one at a time), written from a table
 * of four-digit strings.
 */
function sixtyDigits(top: number, d: number): string {
  let whole = floorDivSmall(top, d);
  let rest = top - whole * d;
  const wholeText = String(whole);
  let significant = whole === 0 ? 0 : wholeText.length;
  const width = d < 900_000_000_000 ? 4 : 1;
  const scale = POW10_SMALL[width] as number;
  let count = 0;
  while (significant < 60) {
    rest *= scale;
    let chunk = Math.floor(rest / d);
    rest -= chunk * d;
    if (rest < 0) {
      chunk--;
      rest += d;
    } else if (rest >= d) {
      chunk++;
      rest -= d;
    }
    CHUNKS[count++] = chunk;
    if (significant > 0) significant += width;
    else if (chunk > 0) significant = chunk >= 1000 ? 4 : chunk >= 100 ? 3 : chunk >= 10 ? 2 : 1;
  }
  // keep exactly 60 significant digits: drop `extra` digits of the last chunk, rounding
  // half-up on the first digit dropped (on the remainder when none is)
  const extra = significant - 60;
  const divisor = POW10_SMALL[extra] as number;
  let last = CHUNKS[count - 1] as number;
  const up = extra > 0 ? Math.floor((last % divisor) / (divisor / 10)) >= 5 : 2 * rest >= d;
  last = (last - (last % divisor)) / divisor + (up ? 1 : 0);
  let lastWidth = width - extra;
  CHUNKS[count - 1] = last;
  let carried = false;
  for (let i = count - 1; i >= 0 && (CHUNKS[i] as number) >= (POW10_SMALL[i === count - 1 ? lastWidth : width] as number); i--) {
    CHUNKS[i] = 0;
    if (i > 0) CHUNKS[i - 1] = (CHUNKS[i - 1] as number) + 1;
    else {
      whole++;
      carried = true;
    }
  }
  // trailing zeros: whole chunks, then digits of the last one
  while (count > 0 && CHUNKS[count - 1] === 0) {
    count--;
    lastWidth = width;
  }
  const wholeWritten = carried ? String(whole) : wholeText;
  if (count === 0) return wholeWritten;
  last = CHUNKS[count - 1] as number;
  while (last % 10 === 0) {
    last /= 10;
    lastWidth--;
  }
  let text = wholeWritten + '.';
  for (let i = 0; i < count - 1; i++) {
    const piece = FOUR[CHUNKS[i] as number] as string;
    text += width === 4 ? piece : piece.slice(3);
  }
  text += (FOUR[last] as string).slice(4 - lastWidth);
  return flatText(text);
}

/**
 * `a` as plain decimal text: exact when the fraction terminates (`'17.5'`), else rounded
 * half-up to 60 significant digits as chitieu's `Decimal` writes it.
 */
export function toDecimalText(a: Q): string {
  if (isZero(a)) return '0';
  if (typeof a.n === 'number') {
    const d = a.d as number;
    if (d === 1) return plainUnitsText(a.n, 0);
    const negative = a.n < 0;
    const top = negative ? -a.n : a.n;
    const k = terminatingSmall(d);
    if (k >= 0 && k <= 15) {
      const units = a.n * ((POW10_NUMBER[k] as number) / d);
      if (safe(units)) return plainUnitsText(units, k);
    } else if (k < 0 && d <= MAX / 10) {
      return (negative ? '-' : '') + sixtyDigits(top, d);
    }
  }
  const p = big(a);
  const k = terminating(p.d);
  if (k >= 0) return stripZeros(unitsText((p.n * pow10(k)) / p.d, k));
  const negative = p.n < 0n;
  const top = negative ? -p.n : p.n;
  // choose the scale s so that round(top × 10^s / d) has exactly 60 digits
  let s = 60 - (top.toString().length - p.d.toString().length) - 1;
  for (;;) {
    const scaled = s >= 0 ? top * pow10(s) : top;
    const bottom = s >= 0 ? p.d : p.d * pow10(-s);
    const units = (2n * scaled + bottom) / (2n * bottom);
    const length = units.toString().length;
    if (length > 60 && units !== pow10(60)) s--;
    else if (length < 60) s++;
    else {
      const text = s >= 0 ? unitsText(units, s) : (units * pow10(-s)).toString();
      return (negative ? '-' : '') + stripZeros(text);
    }
  }
}

/** `a` as a bigint-form rational (for code that needs bigints). */
export function toBig(a: Q): { readonly n: bigint; readonly d: bigint } {
  return big(a);
}

/**
 * The places of a plain decimal string `-?(0|[1-9]\d*)(\.\d+)?` that is not a negative zero,
 * else -1.
 */
export function plainPlaces(text: string): number {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const first = i;
  let nonZero = false;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) break;
    if (code < 48 || code > 57) return -1;
    if (code !== 48) nonZero = true;
  }
  const wholeLength = i - first;
  if (wholeLength === 0 || (wholeLength > 1 && text.charCodeAt(first) === 48)) return -1;
  if (i === length) return first === 1 && !nonZero ? -1 : 0;
  const point = i;
  for (i++; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    if (code !== 48) nonZero = true;
  }
  const places = length - point - 1;
  if (places === 0 || (first === 1 && !nonZero)) return -1;
  return places;
}

/** The number of decimal places a decimal string is written with (`'17.50'` → 2, `'95'` → 0). */
export function placesOf(text: string): number {
  const match = TEXT.exec(text.trim());
  if (match === null) return 0;
  const places = (match[3] ?? '').length - Number(match[4] ?? '0');
  return places > 0 ? places : 0;
}
