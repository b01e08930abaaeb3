/**
 * Writing exact rationals as decimal text. Internal.
 *
 * @internal
 * @module
 */
import { floorDivSmall, isSafe, POW10 } from './integers.js';
import { big, isZero, type Q } from './rational.js';
import { roundUnits } from './round.js';

/** Significant digits of a fraction that does not terminate, as chitieu's `Decimal` writes it. */
export const SIGNIFICANT_DIGITS = 60;

/** Units of `10^-decimals` written with exactly `decimals` places (`1750, 2` → `'17.50'`); never `'-0'`. */
export function unitsText(units: number | bigint, decimals: number): string {
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

/** Text without trailing zeros after the point (`'17.50'` → `'17.5'`, `'3.00'` → `'3'`). */
function stripZeros(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

/** The `k` with `d | 10^k` when `d` has no prime factors but 2 and 5, else -1. */
function terminating(d: bigint | number): number {
  if (typeof d === 'number') {
    let rest = d;
    let twos = 0;
    let fives = 0;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a terminating fraction with a safe denominator has under 60 significant digits, so when it is missed here sixtyDigits or the bigint branch writes it exactly, the same text
    while (rest % 2 === 0) {
      rest /= 2;
      twos++;
    }
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator,EqualityOperator: as above
    while (rest % 5 === 0) {
      rest /= 5;
      fives++;
    }
    // Stryker disable next-line ConditionalExpression: as above
    return rest === 1 ? Math.max(twos, fives) : -1;
  }
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
 * `top / d` (`top > 0`, `d > 1` not dividing a power of ten, `10 × d` safe) rounded half-up to
 * 60 significant digits, trailing zeros removed: long division in safe integers, one digit
 * beyond the 60 for the rounding, carried through the digits by hand.
 */
function sixtyDigits(top: number, d: number): string {
  const whole = floorDivSmall(top, d);
  let rest = top - whole * d;
  const wholeText = whole === 0 ? '' : String(whole);
  // the fraction's digits as character codes, up to one beyond the 60 significant (leading
  // zeros of a fraction below 1 are not significant)
  const codes: number[] = [];
  let significant = wholeText.length;
  while (significant <= SIGNIFICANT_DIGITS) {
    rest *= 10;
    const digit = Math.floor(rest / d);
    rest -= digit * d;
    codes.push(48 + digit);
    if (significant > 0 || digit > 0) significant++;
  }
  // round half-up on the extra digit, carrying into the digits before it
  const extra = (codes.pop() as number) - 48;
  let carry = extra >= 5;
  for (let i = codes.length - 1; carry && i >= 0; i--) {
    carry = codes[i] === 57;
    codes[i] = carry ? 48 : (codes[i] as number) + 1;
  }
  let end = codes.length;
  while (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: codes[−1] is undefined, not a zero
    end > 0 &&
    codes[end - 1] === 48
  )
    end--;
  codes.length = end;
  // one string of the codes at once, rather than one per digit
  const fraction = String.fromCharCode(...codes);
  const wholeWritten = carry ? String(whole + 1) : whole === 0 ? '0' : wholeText;
  return fraction === '' ? wholeWritten : `${wholeWritten}.${fraction}`;
}

/**
 * `a` as plain decimal text: exact when the fraction terminates (`'17.5'`), else rounded
 * half-up to 60 significant digits (`'0.333…3'`), trailing zeros removed. Never `'-0'`.
 */
export function toDecimalText(a: Q): string {
  if (isZero(a)) return '0';
  // Stryker disable next-line StringLiteral,BlockStatement: skipping the fast path writes the same text from bigints
  if (typeof a.n === 'number') {
    const d = a.d as number;
    // Stryker disable next-line ConditionalExpression: a whole number terminates at 0 places and is written the same way below
    if (d === 1) return String(a.n);
    const negative = a.n < 0;
    const top = negative ? -a.n : a.n;
    const k = terminating(d);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: a fast path: outside 0–15 places POW10 has no entry, units is NaN and not safe, and every value it skips is written to the same text below
    if (k >= 0 && k <= 15) {
      const units = a.n * ((POW10[k] as number) / d);
      // Stryker disable next-line ConditionalExpression: the bigint branch writes the same text
      if (isSafe(units)) return stripZeros(unitsText(units, k));
    } else if (k < 0 && d <= Number.MAX_SAFE_INTEGER / 10) {
      return (negative ? '-' : '') + sixtyDigits(top, d);
    }
  }
  const p = big(a);
  const k = terminating(p.d);
  if (k >= 0) return stripZeros(unitsText((p.n * 10n ** BigInt(k)) / p.d, k));
  const negative = p.n < 0n;
  const top = negative ? -p.n : p.n;
  // choose the scale s so that round(top × 10^s / d) has exactly 60 digits
  let s = SIGNIFICANT_DIGITS - (top.toString().length - p.d.toString().length) - 1;
  for (;;) {
    const scaled = s >= 0 ? top * 10n ** BigInt(s) : top;
    const bottom = s >= 0 ? p.d : p.d * 10n ** BigInt(-s);
    const units = (2n * scaled + bottom) / (2n * bottom);
    const length = units.toString().length;
    if (length > SIGNIFICANT_DIGITS && units !== 10n ** BigInt(SIGNIFICANT_DIGITS)) s--;
    else if (length < SIGNIFICANT_DIGITS) s++;
    else {
      const text = s >= 0 ? unitsText(units, s) : (units * 10n ** BigInt(-s)).toString();
      return (negative ? '-' : '') + stripZeros(text);
    }
  }
}

/**
 * `a` as a double (for statistics and plotting, never for a verdict): correctly rounded in
 * the fast form; in the bigint form, from its 60 significant digits.
 */
export function toDouble(a: Q): number {
  if (typeof a.n === 'number') return a.n / (a.d as number);
  return Number(toDecimalText(a));
}
