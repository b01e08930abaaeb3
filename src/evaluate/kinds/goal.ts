/**
 * The goal clause of an explanation: “chỉ tiêu ít nhất 17,5” / “target at least 17.5”. Internal.
 *
 * @internal
 * @module
 */
import type { Comparator } from '../../model/primitives.js';
import { localeText } from '../../numeric/localeText.js';
import type { Wording } from '../wording/types.js';

/** A decimal string of a target in the locale's notation. */
export function localeNumber(text: string, wording: Wording): string {
  return localeText(text, wording.locale);
}

/** The goal of `comparator value` (and `upper`), each number followed by `unit`. */
export function goalPhrase(comparator: Comparator, value: string, upper: string | undefined, unit: string, wording: Wording, change: boolean): string {
  const shown = localeNumber(value, wording) + unit;
  const phrase = comparator === 'between' ? wording.between(shown, localeNumber(upper ?? value, wording) + unit) : `${wording.comparator[comparator]} ${shown}`;
  return wording.goal(phrase, change);
}
