/**
 * The one-line explanation of a result, in Vietnamese and English. Internal.
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
}

type Locale = 'vi' | 'en';

const formatted = new Map<string, string>();

/** {@link formatNumber}, memoised: a scorecard repeats the same thresholds and figures many times. */
function format(text: string, locale: Locale, decimals: number): string {
  const key = `${locale}${decimals} ${text}`;
  let out = formatted.get(key);
  if (out === undefined) {
    out = formatNumber(text, { locale, decimals });
    if (formatted.size > 50_000) formatted.clear();
    formatted.set(key, out);
  }
  return out;
}

/** A decimal string in the locale's notation, with the places it is written with. */
function num(text: string, locale: Locale): string {
  return format(text, locale, placesOf(text));
}

function signed(text: string, locale: Locale): string {
  return (text.startsWith('-') ? '' : '+') + num(text, locale);
}

const WORDS: Record<Locale, Record<Exclude<Comparator, 'between'>, string>> = {
  vi: { '>': 'trên', '>=': 'ít nhất', '<': 'dưới', '<=': 'không quá', '=': 'bằng' },
  en: { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most', '=': 'equal to' },
};

function day(iso: string, locale: Locale): string {
  return locale === 'en' ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function line(input: ExplainInput, locale: Locale): string {
  const { result, target, indicator } = input;
  const vi = locale === 'vi';
  const name = indicator === undefined ? target.indicator : vi ? indicator.name.vi : indicator.name.en;
  const share = target.kind === 'share';
  const unit = share || indicator?.measure === 'percent' ? '%' : '';
  const head = `${name} (${result.area})`;
  const status = statusLabel(result.status)[locale];
  const due = day(target.due, locale);
  const by = vi ? `đến ${due}` : `by ${due}`;

  if (result.reason === 'qualitative') {
    return vi
      ? `${head}: mục tiêu định tính, cần người đánh giá: ${status}.`
      : `${head}: a qualitative aim that a person must judge: ${status}.`;
  }
  if (result.reason === 'change-unspecified') {
    const amount = num(result.threshold?.value ?? '0', locale);
    return vi
      ? `${head}: kế hoạch không nói rõ ${amount}% là tăng tương đối hay điểm phần trăm: ${status}.`
      : `${head}: the plan does not say whether ${amount}% is relative or percentage points: ${status}.`;
  }
  const problems: Partial<Record<string, BilingualText>> = {
    'no-observation': {
      vi: `chưa có số liệu đến ${day(input.cutoff, 'vi')}`,
      en: `no observation by ${input.cutoff}`,
    },
    'no-baseline': {
      vi: `không có giá trị mốc cơ sở kỳ ${target.baseline?.period ?? ''}`,
      en: `no baseline value for ${target.baseline?.period ?? ''}`,
    },
    'zero-baseline': { vi: 'mốc cơ sở bằng 0, không tính được thay đổi tương đối', en: 'the baseline is zero, so a relative change is undefined' },
    'no-multiplier': {
      vi: `số liệu kỳ ${result.period ?? ''} có tử số và mẫu số nhưng không có hệ số (per) và không biết hệ số của chỉ số`,
      en: `the ${result.period ?? ''} observation has a numerator and denominator but no multiplier (per), and the indicator's is unknown`,
    },
    'zero-denominator': { vi: `số liệu kỳ ${result.period ?? ''} có mẫu số bằng 0`, en: `the ${result.period ?? ''} observation has a zero denominator` },
    'value-type': {
      vi: `giá trị kỳ ${result.period ?? ''} không đúng loại của chỉ tiêu`,
      en: `the ${result.period ?? ''} value is not of the target's type`,
    },
  };
  const problem = result.reason === null ? undefined : problems[result.reason];
  if (problem !== undefined && result.published === null) return `${head}: ${problem[locale]}: ${status}.`;

  // the figure and what it is judged against
  const figure = result.published === null ? '' : result.decimals === null ? result.published : format(result.published, locale, result.decimals);
  const period = result.period === null ? '' : vi ? ` (kỳ ${result.period})` : ` (${result.period})`;
  let what: string;
  let goal: string;
  if (target.kind === 'boolean') {
    const word = (value: string | null): string => (value === 'true' ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no');
    what = `${word(result.published)}${period}`;
    goal = vi ? `chỉ tiêu: ${word(String(target.expected))}` : `target: ${word(String(target.expected))}`;
  } else {
    const threshold = result.threshold;
    const comparator = threshold?.comparator ?? '=';
    const changeUnit =
      target.kind === 'change' ? (target.change === 'relative' ? '%' : target.change === 'points' ? (vi ? ' điểm %' : ' points') : unit) : unit;
    const amount = (text: string): string => num(text, locale) + changeUnit;
    const phrase =
      comparator === 'between'
        ? vi
          ? `từ ${amount(threshold?.value ?? '0')} đến ${amount(threshold?.upper ?? '0')}`
          : `between ${amount(threshold?.value ?? '0')} and ${amount(threshold?.upper ?? '0')}`
        : `${WORDS[locale][comparator]} ${amount(threshold?.value ?? '0')}`;
    what = `${figure}${unit}${period}`;
    if (target.kind === 'change' && result.change !== null && result.baseline !== null) {
      const from = num(result.baseline.value, locale) + unit;
      what += vi
        ? `, thay đổi ${signed(result.change, locale)}${changeUnit} so với ${from} (kỳ ${result.baseline.period})`
        : `, a change of ${signed(result.change, locale)}${changeUnit} from ${from} (${result.baseline.period})`;
    }
    if (result.units !== null) {
      what += vi
        ? ` (${result.units.meeting}/${result.units.observed} đơn vị đạt)`
        : ` (${result.units.meeting} of ${result.units.observed} units)`;
    }
    goal = vi ? `chỉ tiêu ${target.kind === 'change' ? 'thay đổi ' : ''}${phrase}` : `target ${target.kind === 'change' ? 'a change ' : ''}${phrase}`;
  }
  let tail = '';
  if (problem !== undefined) tail = `; ${problem[locale]}`;
  else if (result.reason === 'met-early') tail = vi ? '; đã đạt trước thời hạn' : '; already met before the due date';
  else if (result.reason === 'single-point') {
    tail = vi ? '; chỉ có một số liệu, không có mốc cơ sở để dự báo' : '; one observation and no baseline to project from';
  } else if (result.reason === 'maintain-failed') {
    tail = vi ? `; không duy trì được trong kỳ ${result.failedPeriod ?? ''}` : `; did not hold in ${result.failedPeriod ?? ''}`;
  } else if (result.projection !== null) {
    const projected = format(result.projection.value, locale, result.decimals ?? 0) + unit;
    const method = result.projection.method === 'linear' ? (vi ? 'tuyến tính' : 'linear') : vi ? 'theo tốc độ tăng trưởng' : 'growth rate';
    tail = vi ? `; dự báo ${projected} vào ${due} (${method})` : `; projected ${projected} by ${due} (${method})`;
  }
  return `${head}: ${what}; ${goal} ${by}${tail}: ${status}.`;
}

/** The explanation of a result in both languages. */
export function explain(input: ExplainInput): BilingualText {
  return { vi: line(input, 'vi'), en: line(input, 'en') };
}
