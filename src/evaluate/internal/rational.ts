/**
 * Exact rationals of bigints for the evaluation hot path. Internal: not re-exported.
 *
 * A value is `{ n, d }` with `d > 0`, not necessarily reduced. Every operation is exact;
 * rounding happens only in {@link roundUnits} (half away from zero, the rule of
 * `roundHalfUp`) and in {@link toDecimalText} (60 significant digits, as chitieu's
 * `Decimal` writes a fraction that does not terminate).
 *
 * @internal
 * @module
 */

/** An exact rational `n / d`, `d > 0`. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const POW10: bigint[] = [];
for (let k = 0n, p = 1n; k <= 80n; k++, p *= 10n) POW10.push(p);

/** `10^k` as a bigint (`k ≥ 0`). */
export function pow10(k: number): bigint {
  return k < POW10.length ? (POW10[k] as bigint) : 10n ** BigInt(k);
}

/** The rational of a decimal string (`'17.5'`, `'-1e3'`); `undefined` for anything else. */
export function parseQ(text: string): Q | undefined {
  const match = TEXT.exec(text.trim());
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  let n = BigInt(whole + fraction);
  if (sign === '-') n = -n;
  const shift = Number(exponent) - fraction.length;
  return shift >= 0 ? { n: n * pow10(shift), d: 1n } : { n, d: pow10(-shift) };
}

/** An integer as a rational. */
export function int(value: bigint | number): Q {
  return { n: BigInt(value), d: 1n };
}

export function add(a: Q, b: Q): Q {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Q, b: Q): Q {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function mul(a: Q, b: Q): Q {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b`; the caller guarantees `b ≠ 0`. */
export function div(a: Q, b: Q): Q {
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

export function neg(a: Q): Q {
  return { n: -a.n, d: a.d };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isZero(a: Q): boolean {
  return a.n === 0n;
}

/** `a` rounded half away from zero to `decimals` places, as a whole number of `10^-decimals`. */
export function roundUnits(a: Q, decimals: number): bigint {
  const negative = a.n < 0n;
  const top = (negative ? -a.n : a.n) * pow10(decimals);
  const units = (2n * top + a.d) / (2n * a.d);
  return negative ? -units : units;
}

/** `a` rounded half away from zero to `decimals` places, as a rational. */
export function roundQ(a: Q, decimals: number): Q {
  return { n: roundUnits(a, decimals), d: pow10(decimals) };
}

/** Units of `10^-decimals` written with exactly `decimals` places (`1750n, 2` → `'17.50'`); never `'-0'`. */
export function unitsText(units: bigint, decimals: number): string {
  const negative = units < 0n;
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

/**
 * `a` as plain decimal text: exact when the fraction terminates (`'17.5'`), else rounded
 * half-up to 60 significant digits as chitieu's `Decimal` writes it.
 */
export function toDecimalText(a: Q): string {
  if (a.n === 0n) return '0';
  const k = terminating(a.d);
  if (k >= 0) return stripZeros(unitsText((a.n * pow10(k)) / a.d, k));
  const negative = a.n < 0n;
  const top = negative ? -a.n : a.n;
  // choose the scale s so that round(top × 10^s / d) has exactly 60 digits
  let s = 60 - (top.toString().length - a.d.toString().length) - 1;
  for (;;) {
    const scaled = s >= 0 ? top * pow10(s) : top;
    const bottom = s >= 0 ? a.d : a.d * pow10(-s);
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

/** The number of decimal places a decimal string is written with (`'17.50'` → 2, `'95'` → 0). */
export function placesOf(text: string): number {
  const match = TEXT.exec(text.trim());
  if (match === null) return 0;
  const places = (match[3] ?? '').length - Number(match[4] ?? '0');
  return places > 0 ? places : 0;
}
