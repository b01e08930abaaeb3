/**
 * Reading decimal text and doubles as exact rationals. Internal.
 *
 * One linear scan, no regular expression (a pattern with nested repetition backtracks on
 * long input). Text is `[+-]digits[.digits][(e|E)[+-]digits]` with at least one digit
 * before or after the point, surrounding white space allowed. A value is kept only while
 * its decimal exponent (the power of ten of its leading digit) lies within
 * ±{@link MAX_EXPONENT} and it has at most {@link MAX_DIGITS} significant digits: beyond
 * those no health figure lies, and exact arithmetic on them would take unbounded time.
 *
 * @internal
 * @module
 */
import { POW10 } from './integers.js';
import type { Q } from './rational.js';

/** The largest power of ten a value may reach, either way (every finite double lies within it). */
export const MAX_EXPONENT = 400;
/** The most significant digits a value may carry. */
export const MAX_DIGITS = 1000;

/** Why text was not read: not a decimal number at all, or a number outside the kernel's range. */
export type DecimalProblem = 'not-a-number' | 'out-of-range';

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x1680 || code === 0x202f || code === 0x205f;
}

/** Where {@link scanPlain} writes the places of the text it reads. */
export interface PlainDecimal {
  /** The places the text is written with. */
  places: number;
}

/**
 * Read plain decimal text `[+-]?digits[.digits]` (at least one digit, no spaces, no exponent)
 * of at most 15 significant digits and 15 places, without allocating: the double nearest its
 * value (so `Math.round(value × 10^places)` is its digits, exactly), with its places written
 * to `out.places`. `NaN`, `out` unchanged, for any other text (read it with
 * {@link readDecimal}). The value is returned rather than written to `out` so that the
 * engine keeps it in a register.
 */
export function scanPlain(text: string, out: PlainDecimal): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  let code = length > 0 ? text.charCodeAt(0) : 0;
  if (code === 43 || code === 45) {
    negative = code === 45;
    i = 1;
  }
  let digits = 0;
  let count = 0;
  let n = 0;
  let point = -1;
  for (; i < length; i++) {
    code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      // Stryker disable next-line UpdateOperator: count is only compared with 0, and counting down is as far from 0
      count++;
      // leading zeros are not significant
      if (n !== 0 || code !== 48) {
        digits++;
        n = n * 10 + (code - 48);
      }
    } else if (code === 46 && point < 0) point = i;
    else return Number.NaN;
  }
  const places = point < 0 ? 0 : length - point - 1;
  if (
    count === 0 ||
    digits > 15 ||
    // Stryker disable next-line ConditionalExpression: beyond 15 places POW10 has no entry and the division below gives NaN all the same
    places > 15
  )
    return Number.NaN;
  // a whole number of at most 15 digits over a power of ten: the division is correctly rounded
  const value = n / (POW10[places] as number);
  out.places = places;
  return negative && n !== 0 ? -value : value;
}

/**
 * The exact value of decimal text (`'17.5'`, `'-0.05'`, `'1.5e-7'`, `' 7 '`), or the reason it
 * cannot be read. `-0` reads as `0`.
 */
export function readDecimal(text: string): Q | DecimalProblem {
  // Stryker disable next-line ObjectLiteral: scanPlain writes the places whenever it returns a number, the only time they are read
  const plain: PlainDecimal = { places: 0 };
  const value = scanPlain(text, plain);
  if (value === value) {
    const p = POW10[plain.places] as number;
    // Stryker disable next-line ArithmeticOperator: scanPlain never returns −0 (it negates only a non-zero value), and x − 0 = x + 0 for any other x
    return { n: Math.round(value * p) + 0, d: p };
  }
  let start = 0;
  let end = text.length;
  while (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at start = end the character is beyond the text (NaN), not a space
    start < end &&
    isSpace(text.charCodeAt(start))
  )
    start++;
  while (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only all-space text gets to end = start, and it is not a number however far end goes
    end > start &&
    isSpace(text.charCodeAt(end - 1))
  )
    end--;
  let i = start;
  let negative = false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the character at end is trailing space or beyond the text, never a sign
  let code = i < end ? text.charCodeAt(i) : 0;
  if (code === 43 || code === 45) {
    negative = code === 45;
    i++;
  }
  // digits, with the point
  const digitsStart = i;
  let point = -1;
  let digits = 0;
  let fast = 0;
  // Stryker disable next-line EqualityOperator: the character at end is trailing space or beyond the text, neither a digit nor a point
  for (; i < end; i++) {
    code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
      // Stryker disable next-line ConditionalExpression: fast is read only when there are at most 15 digits
      if (digits <= 15) fast = fast * 10 + (code - 48);
    } else if (code === 46 && point < 0) point = i;
    else break;
  }
  if (digits === 0) return 'not-a-number';
  const mantissaEnd = i;
  const places = point < 0 ? 0 : mantissaEnd - point - 1;
  // the exponent
  let exponent = 0;
  if (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the digits reach end, code is the last digit or point, not an e
    i < end &&
    (code === 101 || code === 69)
  ) {
    i++;
    let expNegative = false;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the character at end is trailing space or beyond the text, never a sign
    code = i < end ? text.charCodeAt(i) : 0;
    if (code === 43 || code === 45) {
      expNegative = code === 45;
      i++;
    }
    const expStart = i;
    for (; i < end; i++) {
      code = text.charCodeAt(i);
      if (code < 48 || code > 57) break;
      // a long exponent is out of range however it ends; keep it bounded while reading
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an exponent of 1e9 or more is out of range, and so is the Infinity it grows to unbounded
      if (exponent < 1e9) exponent = exponent * 10 + (code - 48);
    }
    if (i === expStart) return 'not-a-number';
    if (expNegative) exponent = -exponent;
  }
  if (i !== end) return 'not-a-number';

  if (digits <= 15 && exponent === 0) {
    // the fast form: a safe integer over a power of ten
    if (fast === 0) return { n: 0, d: 1 };
    return { n: negative ? -fast : fast, d: POW10[places] as number };
  }
  // the general form: significant digits without the point, scaled by 10^(exponent − places)
  let all = point < 0 ? text.slice(digitsStart, mantissaEnd) : text.slice(digitsStart, point) + text.slice(point + 1, mantissaEnd);
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  all = all.slice(lead);
  if (all === '0') return { n: 0, d: 1 };
  let scale = exponent - places;
  // trailing zeros move into the scale, so that 1e-400 written with many zeros is not penalised
  let trail = all.length;
  while (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: all starts with a non-zero digit here, so the zeros stop before trail reaches 1
    trail > 1 &&
    all.charCodeAt(trail - 1) === 48
  )
    trail--;
  scale += all.length - trail;
  all = all.slice(0, trail);
  const leading = scale + all.length - 1; // the power of ten of the leading digit
  if (leading > MAX_EXPONENT || leading < -MAX_EXPONENT || all.length > MAX_DIGITS) return 'out-of-range';
  let n = BigInt(all);
  if (negative) n = -n;
  // Stryker disable next-line EqualityOperator: at scale 0 both forms are n / 1
  if (scale >= 0) return { n: n * 10n ** BigInt(scale), d: 1n };
  return { n, d: 10n ** BigInt(-scale) };
}

/**
 * The exact value of a finite double read through its shortest round-trip text, the way
 * `String(x)` writes it (`0.1` is one tenth, `95.1` is 951/10). Small values with at most 15
 * significant digits are found without writing text; the rest go through `String(x)`.
 */
export function fromDouble(x: number): Q | DecimalProblem {
  // Stryker disable next-line ConditionalExpression: NaN and ±Infinity have no scale and their text ('NaN', 'Infinity') is not a number either
  if (!Number.isFinite(x)) return 'not-a-number';
  const k = doubleScale(x);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: skipping the fast path reads String(x) to the same value in the same form (the `true` form, disabled with them, is not equivalent: k = −1 has no power of ten)
  if (k >= 0) {
    const p = POW10[k] as number;
    return { n: Math.round(x * p) + 0, d: p };
  }
  return readDecimal(String(x));
}

/**
 * The places `k` (0–15) of a finite double whose shortest text has at most 15 significant
 * digits and no exponent beyond them: then `Math.round(x × 10^k) / 10^k` is its exact value.
 * -1 for any other double (its exact value is read from `String(x)`).
 */
export function doubleScale(x: number): number {
  if (x === 0) return 0;
  const size = x < 0 ? -x : x;
  if (size < 1e15 && size >= 1e-6) {
    for (let k = 0; k <= 15; k++) {
      const p = POW10[k] as number;
      const scaled = size * p;
      if (scaled >= 1e15) break;
      // a decimal with at most 15 significant digits that reads back as x is the shortest text
      if (Math.round(scaled) / p === size) return k;
    }
  }
  return -1;
}

/** The number of decimal places text is written with (`'17.50'` → 2, `'95'` → 0, `'1.5e-3'` → 4); 0 when unreadable. */
export function placesOf(text: string): number {
  const value = readDecimal(text);
  if (typeof value === 'string') return 0;
  // the places of the written digits, less the exponent
  let mantissaPlaces = 0;
  let exponent = 0;
  const trimmed = text.trim();
  const e = trimmed.search(/[eE]/);
  // Stryker disable next-line EqualityOperator: readable text has a digit before any e, so e is never 0
  const mantissa = e < 0 ? trimmed : trimmed.slice(0, e);
  // Stryker disable next-line EqualityOperator: readable text has a digit before any e, so e is never 0
  if (e >= 0) exponent = Number(trimmed.slice(e + 1));
  const point = mantissa.indexOf('.');
  if (point >= 0) mantissaPlaces = mantissa.length - point - 1;
  const places = mantissaPlaces - exponent;
  // Stryker disable next-line EqualityOperator: at 0 both give 0
  return places > 0 ? places : 0;
}

/**
 * The places of plain decimal text `-?(0|[1-9]\d*)(\.\d+)?` that is not a negative zero, else -1:
 * text of that form is already what the kernel writes, and can be reused as is.
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
