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
import { flatText } from './flatText.js';
import { placesOf, plainPlaces } from './rational.js';

/** What {@link explain} needs. */
export interface ExplainInput {
  readonly result: TargetResult;
  readonly target: Target;
  readonly indicator: Indicator | undefined;
  readonly cutoff: string;
  /** Where the parts of a target's lines that do not depend on the area are kept between areas. */
  readonly cache: ExplainCache;
}

/** The parts of a target's lines that do not depend on the area, written once. */
export interface ExplainCache {
  /** The goal clause, for the threshold terms below. */
  comparator: string | undefined;
  value: string | undefined;
  upper: string | null | undefined;
  vi: string;
  en: string;
  /** Whether the fields below are written. */
  ready: boolean;
  /** The indicator's name in each language. */
  headVi: string;
  headEn: string;
  /** `'%'` for percentages and shares, else empty. */
  unit: string;
  /** The unit of a change (`' điểm %'` / `' points'` for percentage points). */
  changeUnitVi: string;
  changeUnitEn: string;
  /** `' vào 31/12/2026 (tuyến tính)'` and the like, by projection method. */
  linearVi: string;
  linearEn: string;
  growthVi: string;
  growthEn: string;
  /** Lines written, by a hash of what they read (see {@link explain}); made on first use. */
  shared: (Shared | undefined)[] | undefined;
}

/** A line pair once written, with the fields of the result it was written for (see {@link sameLine}). */
interface Shared {
  readonly status: string;
  readonly reason: string | null;
  readonly published: string | null;
  readonly decimals: number | null;
  readonly period: string | null;
  readonly change: string | null;
  readonly failedPeriod: string | null;
  readonly comparator: string | undefined;
  readonly value: string | undefined;
  readonly upper: string | null | undefined;
  readonly baseValue: string | undefined;
  readonly basePeriod: string | undefined;
  readonly meeting: number;
  readonly observed: number;
  readonly projected: string | undefined;
  readonly method: string | undefined;
  readonly text: BilingualText;
}

/** Slots of {@link ExplainCache.shared}: a power of two. */
const SHARED_SLOTS = 1 << 13;

/** A fresh {@link ExplainCache}. */
export function explainCache(): ExplainCache {
  return {
    comparator: undefined,
    value: undefined,
    upper: undefined,
    vi: '',
    en: '',
    ready: false,
    headVi: '',
    headEn: '',
    unit: '',
    changeUnitVi: '',
    changeUnitEn: '',
    linearVi: '',
    linearEn: '',
    growthVi: '',
    growthEn: '',
    shared: undefined,
  };
}

/** Fill the area-independent parts of `cache` from the target and its indicator. */
function prepare(cache: ExplainCache, target: Target, indicator: Indicator | undefined): void {
  const unit = target.kind === 'share' || indicator?.measure === 'percent' ? '%' : '';
  cache.headVi = indicator === undefined ? target.indicator : indicator.name.vi;
  cache.headEn = indicator === undefined ? target.indicator : indicator.name.en;
  cache.unit = unit;
  cache.changeUnitVi = changeUnitOf(target, unit, true);
  cache.changeUnitEn = changeUnitOf(target, unit, false);
  const dueVi = dayVi(target.due);
  cache.linearVi = ' vào ' + dueVi + ' (tuyến tính)';
  cache.linearEn = ' by ' + target.due + ' (linear)';
  cache.growthVi = ' vào ' + dueVi + ' (theo tốc độ tăng trưởng)';
  cache.growthEn = ' by ' + target.due + ' (growth rate)';
  cache.ready = true;
}

type Locale = 'vi' | 'en';

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

/** `' (kỳ 2026)'` / `' (2026)'` by period, remembered. */
const PERIOD_VI = new Map<string, string>();
const PERIOD_EN = new Map<string, string>();

function periodClause(period: string, vi: boolean): string {
  const clauses = vi ? PERIOD_VI : PERIOD_EN;
  let clause = clauses.get(period);
  if (clause === undefined) {
    clause = vi ? ' (kỳ ' + period + ')' : ' (' + period + ')';
    if (clauses.size >= 10_000) clauses.clear();
    clauses.set(period, clause);
  }
  return clause;
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

function line(input: ExplainInput, vi: boolean): string {
  const { result, target, cache } = input;
  const locale: Locale = vi ? 'vi' : 'en';
  const head = vi ? cache.headVi : cache.headEn;
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
  const problem = result.reason === null ? undefined : problemText(input, vi);
  if (problem !== undefined && result.published === null) return head + ': ' + problem + ending;

  const unit = cache.unit;
  // the figure and what it is judged against
  const published = result.published;
  const figure = published === null ? '' : result.decimals === null ? published : localeNumber(published, locale, result.decimals);
  const period = result.period === null ? '' : periodClause(result.period, vi);
  let what: string;
  if (target.kind === 'boolean') {
    what = yesNo(published, vi) + period;
  } else {
    what = figure + unit + period;
    if (target.kind === 'change' && result.change !== null && result.baseline !== null) {
      const changeUnit = vi ? cache.changeUnitVi : cache.changeUnitEn;
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
    const projected = localeNumber(result.projection.value, locale, result.decimals ?? 0);
    const linear = result.projection.method === 'linear';
    tail =
      (vi ? '; dự báo ' : '; projected ') +
      projected +
      unit +
      (vi ? (linear ? cache.linearVi : cache.growthVi) : linear ? cache.linearEn : cache.growthEn);
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
  if (threshold === null) return writeGoal(result, target, unit, vi);
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
export function explain(
  cache: ExplainCache,
  result: TargetResult,
  target: Target,
  indicator: Indicator | undefined,
  cutoff: string,
): BilingualText {
  if (!cache.ready) prepare(cache, target, indicator);
  // a line reads the target, its indicator and cut-off (fixed for the cache) and the fields
  // compared in sameLine (never the area): results of one target that agree on those share
  // one frozen pair, kept in a table by a hash of them (a newer pair replaces an older)
  const status = result.status;
  let h = status.length * 131 + status.charCodeAt(1);
  if (result.published !== null) h = hashText(h, result.published);
  if (result.period !== null) h = hashText(h, result.period);
  if (result.projection !== null) h = hashText(h, result.projection.value);
  if (result.change !== null) {
    h = hashText(h, result.change);
    if (result.baseline !== null) h = hashText(h, result.baseline.value);
  }
  const at = h & (SHARED_SLOTS - 1);
  const shared = (cache.shared ??= new Array<Shared | undefined>(SHARED_SLOTS));
  const found = shared[at];
  if (found !== undefined && sameLine(found, result)) return found.text;
  const text = Object.freeze(write({ result, target, indicator, cutoff, cache }));
  shared[at] = {
    status: result.status,
    reason: result.reason,
    published: result.published,
    decimals: result.decimals,
    period: result.period,
    change: result.change,
    failedPeriod: result.failedPeriod,
    comparator: result.threshold?.comparator,
    value: result.threshold?.value,
    upper: result.threshold?.upper,
    baseValue: result.baseline?.value,
    basePeriod: result.baseline?.period,
    meeting: result.units?.meeting ?? -1,
    observed: result.units?.observed ?? -1,
    projected: result.projection?.value,
    method: result.projection?.method,
    text,
  };
  return text;
}

/** `h` extended by the characters of `text` (FNV-1a, 32 bits). */
function hashText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether a result reads the line written for `a`: every field of a result {@link line} reads. */
function sameLine(a: Shared, b: TargetResult): boolean {
  if (a.status !== b.status || a.reason !== b.reason || a.published !== b.published || a.decimals !== b.decimals || a.period !== b.period) return false;
  if (a.change !== b.change || a.failedPeriod !== b.failedPeriod) return false;
  const threshold = b.threshold;
  if (threshold === null ? a.comparator !== undefined : a.comparator !== threshold.comparator || a.value !== threshold.value || a.upper !== threshold.upper) return false;
  // the baseline is read only with a change
  if (a.change !== null && (a.baseValue !== b.baseline?.value || a.basePeriod !== b.baseline?.period)) return false;
  const units = b.units;
  if (units === null ? a.meeting !== -1 : a.meeting !== units.meeting || a.observed !== units.observed) return false;
  const projection = b.projection;
  return projection === null ? a.projected === undefined : a.projected === projection.value && a.method === projection.method;
}

/** Both lines, written out. */
function write(input: ExplainInput): BilingualText {
  return { vi: flatText(line(input, true)), en: flatText(line(input, false)) };
}
