/**
 * The one-line explanation of a result, in Vietnamese and English. Internal.
 *
 * Built by plain concatenation; numbers are already-rounded decimal strings, put into the
 * locale's notation by {@link localeNumber} (grouping and separators only), which gives the
 * same text as `formatNumber` with the places the string is written with.
 *
 * @internal
 * @module
 */
import type { BilingualText } from '../../errors.js';
import type { Indicator } from '../../model/indicator.js';
import type { Comparator } from '../../model/primitives.js';
import type { Target } from '../../model/target.js';
import { formatNumber } from '../../numeric/formatNumber.js';
import { statusLabel } from '../statusLabel.js';
import type { TargetResult } from '../types.js';
import { placesOf } from './rational.js';

/** What {@link explain} needs. */
export interface ExplainInput {
  readonly result: TargetResult;
  readonly target: Target;
  readonly indicator: Indicator | undefined;
  readonly cutoff: string;
  /** Where the target's goal clause is kept between areas (it depends only on the target and threshold). */
  readonly cache: ExplainCache | undefined;
}

/** The goal clause of a target's lines, once written. */
export interface ExplainCache {
  comparator: string | undefined;
  value: string | undefined;
  upper: string | null | undefined;
  vi: string;
  en: string;
}

/** A fresh {@link ExplainCache}. */
export function explainCache(): ExplainCache {
  return { comparator: undefined, value: undefined, upper: undefined, vi: '', en: '' };
}

type Locale = 'vi' | 'en';

/**
 * The places of a plain decimal string `-?(0|[1-9]\d*)(\.\d+)?` that is not a negative zero,
 * else -1 (then it needs `formatNumber`).
 */
function plainPlaces(text: string): number {
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

function group(text: string, from: number, to: number, separator: string): string {
  let out = text.slice(from, from + (((to - from) % 3) || 3));
  for (let i = from + (((to - from) % 3) || 3); i < to; i += 3) out += separator + text.slice(i, i + 3);
  return out;
}

/**
 * `text` (a decimal string) in the locale's notation with `decimals` places: the same as
 * `formatNumber(text, { locale, decimals })`, by moving separators when `text` is plain and
 * written with exactly `decimals` places.
 */
export function localeNumber(text: string, locale: Locale, decimals: number): string {
  if (plainPlaces(text) !== decimals) return formatNumber(text, { locale, decimals });
  const point = decimals > 0 ? text.length - decimals - 1 : text.length;
  const sign = text.charCodeAt(0) === 45 ? 1 : 0;
  const vi = locale === 'vi';
  if (point - sign <= 3) {
    if (!vi || decimals === 0) return text;
    return text.slice(0, point) + ',' + text.slice(point + 1);
  }
  const whole = (sign === 1 ? '-' : '') + group(text, sign, point, vi ? '.' : ',');
  return decimals === 0 ? whole : whole + (vi ? ',' : '.') + text.slice(point + 1);
}

/** A decimal string in the locale's notation, with the places it is written with. */
function num(text: string, locale: Locale): string {
  const places = plainPlaces(text);
  return localeNumber(text, locale, places >= 0 ? places : placesOf(text));
}

function signed(text: string, locale: Locale): string {
  return (text.startsWith('-') ? '' : '+') + num(text, locale);
}

const WORDS_VI: Record<Exclude<Comparator, 'between'>, string> = { '>': 'trên', '>=': 'ít nhất', '<': 'dưới', '<=': 'không quá', '=': 'bằng' };
const WORDS_EN: Record<Exclude<Comparator, 'between'>, string> = { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most', '=': 'equal to' };

function dayVi(iso: string): string {
  return iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4);
}

/** The clause for a reason that reports a data problem, else `undefined`. */
function problemText(input: ExplainInput, vi: boolean): string | undefined {
  const { result, target } = input;
  const period = result.period ?? '';
  switch (result.reason) {
    case 'no-observation':
      return vi ? 'không có quan sát nào đến hết ngày ' + dayVi(input.cutoff) : 'no observation by ' + input.cutoff;
    case 'no-baseline':
      return vi ? 'không có giá trị mốc cơ sở kỳ ' + (target.baseline?.period ?? '') : 'no baseline value for ' + (target.baseline?.period ?? '');
    case 'zero-baseline':
      return vi ? 'mốc cơ sở bằng 0, không tính được thay đổi tương đối' : 'the baseline is zero, so a relative change is undefined';
    case 'no-multiplier':
      return vi
        ? 'số liệu kỳ ' + period + ' có tử số và mẫu số nhưng không có hệ số (per) và không biết hệ số của chỉ số'
        : 'the ' + period + " observation has a numerator and denominator but no multiplier (per), and the indicator's is unknown";
    case 'zero-denominator':
      return vi ? 'số liệu kỳ ' + period + ' có mẫu số bằng 0' : 'the ' + period + ' observation has a zero denominator';
    case 'value-type':
      return vi ? 'giá trị kỳ ' + period + ' không đúng loại của chỉ tiêu' : 'the ' + period + " value is not of the target's type";
    default:
      return undefined;
  }
}

const ENDINGS_VI = new Map<string, string>();
const ENDINGS_EN = new Map<string, string>();

/** `': ' + the status label + '.'`, written once per status and language. */
function endingOf(status: TargetResult['status'], vi: boolean): string {
  const endings = vi ? ENDINGS_VI : ENDINGS_EN;
  let ending = endings.get(status);
  if (ending === undefined) {
    ending = ': ' + statusLabel(status)[vi ? 'vi' : 'en'] + '.';
    endings.set(status, ending);
  }
  return ending;
}

function yesNo(value: string | null, vi: boolean): string {
  return value === 'true' ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no';
}

function line(input: ExplainInput, locale: Locale): string {
  const { result, target, indicator } = input;
  const vi = locale === 'vi';
  const name = indicator === undefined ? target.indicator : vi ? indicator.name.vi : indicator.name.en;
  const share = target.kind === 'share';
  const unit = share || indicator?.measure === 'percent' ? '%' : '';
  const head = name + ' (' + result.area + ')';
  const ending = endingOf(result.status, vi);

  if (result.reason === 'qualitative') {
    return vi
      ? head + ': mục tiêu định tính, cần người đánh giá' + ending
      : head + ': a qualitative aim that a person must judge' + ending;
  }
  if (result.reason === 'change-unspecified') {
    const amount = num(result.threshold?.value ?? '0', locale);
    return vi
      ? head + ': kế hoạch không nói rõ ' + amount + '% là tăng tương đối hay điểm phần trăm' + ending
      : head + ': the plan does not say whether ' + amount + '% is relative or percentage points' + ending;
  }
  const problem = problemText(input, vi);
  if (problem !== undefined && result.published === null) return head + ': ' + problem + ending;

  const due = vi ? dayVi(target.due) : target.due;
  // the figure and what it is judged against
  const figure =
    result.published === null ? '' : result.decimals === null ? result.published : localeNumber(result.published, locale, result.decimals);
  const period = result.period === null ? '' : vi ? ' (kỳ ' + result.period + ')' : ' (' + result.period + ')';
  let what: string;
  if (target.kind === 'boolean') {
    what = yesNo(result.published, vi) + period;
  } else {
    const changeUnit = changeUnitOf(target, unit, vi);
    what = figure + unit + period;
    if (target.kind === 'change' && result.change !== null && result.baseline !== null) {
      const from = num(result.baseline.value, locale) + unit;
      what += vi
        ? ', thay đổi ' + signed(result.change, locale) + changeUnit + ' so với ' + from + ' (kỳ ' + result.baseline.period + ')'
        : ', a change of ' + signed(result.change, locale) + changeUnit + ' from ' + from + ' (' + result.baseline.period + ')';
    }
    if (result.units !== null) {
      what += vi
        ? ' (' + result.units.meeting + '/' + result.units.observed + ' đơn vị đạt)'
        : ' (' + result.units.meeting + ' of ' + result.units.observed + ' units)';
    }
  }
  const goal = goalOf(input, unit, vi);
  let tail = '';
  if (problem !== undefined) tail = '; ' + problem;
  else if (result.reason === 'met-early') tail = vi ? '; đã đạt trước thời hạn' : '; already met before the due date';
  else if (result.reason === 'single-point') {
    tail = vi ? '; chỉ có một số liệu, không có mốc cơ sở để dự báo' : '; one observation and no baseline to project from';
  } else if (result.reason === 'maintain-failed') {
    tail = vi ? '; không duy trì được trong kỳ ' + (result.failedPeriod ?? '') : '; did not hold in ' + (result.failedPeriod ?? '');
  } else if (result.projection !== null) {
    const projected = localeNumber(result.projection.value, locale, result.decimals ?? 0) + unit;
    const method = result.projection.method === 'linear' ? (vi ? 'tuyến tính' : 'linear') : vi ? 'theo tốc độ tăng trưởng' : 'growth rate';
    tail = vi ? '; dự báo ' + projected + ' vào ' + due + ' (' + method + ')' : '; projected ' + projected + ' by ' + due + ' (' + method + ')';
  }
  return head + ': ' + what + goal + tail + ending;
}

function changeUnitOf(target: Target, unit: string, vi: boolean): string {
  if (target.kind !== 'change') return unit;
  return target.change === 'relative' ? '%' : target.change === 'points' ? (vi ? ' điểm %' : ' points') : unit;
}

/** `'; ' + the goal + ' by ' + the due date`, kept in the input's cache while the threshold's terms stay the same. */
function goalOf(input: ExplainInput, unit: string, vi: boolean): string {
  const { result, target, cache } = input;
  const threshold = result.threshold;
  if (cache === undefined || threshold === null) return writeGoal(result, target, unit, vi);
  if (cache.comparator !== threshold.comparator || cache.value !== threshold.value || cache.upper !== threshold.upper) {
    cache.vi = writeGoal(result, target, unit, true);
    cache.en = writeGoal(result, target, unit, false);
    cache.comparator = threshold.comparator;
    cache.value = threshold.value;
    cache.upper = threshold.upper;
  }
  return vi ? cache.vi : cache.en;
}

function writeGoal(result: TargetResult, target: Target, unit: string, vi: boolean): string {
  const locale: Locale = vi ? 'vi' : 'en';
  const due = vi ? dayVi(target.due) : target.due;
  let goal: string;
  if (target.kind === 'boolean') {
    goal = (vi ? 'chỉ tiêu: ' : 'target: ') + yesNo(String(target.expected), vi);
  } else {
    const threshold = result.threshold;
    const comparator = threshold?.comparator ?? '=';
    const changeUnit = changeUnitOf(target, unit, vi);
    const value = num(threshold?.value ?? '0', locale) + changeUnit;
    const phrase =
      comparator === 'between'
        ? (vi ? 'từ ' : 'between ') + value + (vi ? ' đến ' : ' and ') + num(threshold?.upper ?? '0', locale) + changeUnit
        : (vi ? WORDS_VI : WORDS_EN)[comparator] + ' ' + value;
    goal = vi
      ? 'chỉ tiêu ' + (target.kind === 'change' ? 'thay đổi ' : '') + phrase
      : 'target ' + (target.kind === 'change' ? 'a change ' : '') + phrase;
  }
  return '; ' + goal + (vi ? ' đến ' : ' by ') + due;
}

/** The explanation of a result in both languages. */
export function explain(input: ExplainInput): BilingualText {
  return { vi: flat(line(input, 'vi')), en: flat(line(input, 'en')) };
}

/**
 * `text`, stored as one piece: engines keep a concatenation as a tree of its parts until a
 * character is read, which for 300 000 results of ~25 parts each costs several times the
 * memory of the text itself. Reading one character makes V8 copy it into a flat string.
 */
function flat(text: string): string {
  FLAT.last = text.charCodeAt(0);
  return text;
}
const FLAT = { last: 0 };
