/**
 * The words before a figure: its comparator (read right to left, the nearest word deciding),
 * whether it is approximate, and whether “từ” opens a range (“từ 4 đến 5”, “ít nhất từ 4 - 5”,
 * “từ 95% trở lên”) or a baseline (“từ 15,8/1.000 xuống còn 14/1.000”).
 *
 * @module
 */
import { APPROXIMATE, COMPARATORS, FILLERS, type ComparatorWord } from './vocabulary.js';
import { endingBefore, phrase, type Token } from './tokens.js';

/** What the words before a figure say. */
export interface ComparatorReading {
  /** The comparator word's meaning, absent when none stands before the figure. */
  readonly op?: ComparatorWord['op'];
  /** “lên”, “xuống”, “còn”: the figure is a level reached. */
  readonly toLevel: boolean;
  /** “khoảng”, “xấp xỉ”. */
  readonly approximate: boolean;
  /** “từ” stands right before the figure. */
  readonly opener: boolean;
  /** First token of the words read (the comparator, or the figure when none). */
  readonly at: number;
}

const FROM = phrase('từ')[0] as string;

/**
 * Read the comparator of the figure starting at token `at`, looking no further back than
 * token `floor`.
 */
export function readComparator(tokens: readonly Token[], at: number, floor: number): ComparatorReading {
  let i = at;
  let approximate = false;
  let opener = false;
  if (tokens[i - 1]?.text === FROM && i - 1 >= floor) {
    opener = true;
    i -= 1;
  }
  for (let step = 0; step < 6 && i > floor; step++) {
    const hit = endingBefore(COMPARATORS, tokens, i);
    if (hit !== undefined && hit.at >= floor) {
      return { op: hit.value.op, toLevel: hit.value.toLevel === true, approximate, opener, at: hit.at };
    }
    const filler = endingBefore(FILLERS, tokens, i);
    if (filler === undefined || filler.at < floor) break;
    if (endingBefore(APPROXIMATE, tokens, i) !== undefined) approximate = true;
    i = filler.at;
  }
  return { toLevel: false, approximate, opener, at: i };
}
