/**
 * nearest, the “did you mean …?” of requireIndicator, parsing and checkPlan: the candidate at
 * the smallest edit distance (insertions, deletions, substitutions and swaps of two adjacent
 * letters, ignoring case), when that distance is at most a third of the word's letters
 * (at least 1). Distances without swaps are R's `adist` (generalized Levenshtein, unit costs),
 * quoted beside each case; the swaps are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/messages/nearest.js';

describe('nearest', () => {
  it('finds a word one edit away', () => {
    // adist("basaline", "baseline") = 1 (a substitution); adist("baseine", "baseline") = 1 (a deletion)
    expect(nearest('basaline', ['target', 'baseline'])).toBe('baseline');
    expect(nearest('baseine', ['baseline'])).toBe('baseline');
    // adist("baseeline", "baseline") = 1 (an insertion)
    expect(nearest('baseeline', ['baseline'])).toBe('baseline');
  });

  it('takes the word itself, and ignores case', () => {
    expect(nearest('baseline', ['value', 'baseline'])).toBe('baseline');
    // adist("BaseLine", "baseline", ignore.case = TRUE) = 0
    expect(nearest('BaseLine', ['baseline'])).toBe('baseline');
    expect(nearest('baseline', ['BASELINE'])).toBe('BASELINE');
  });

  it('counts a swap of two adjacent letters as one edit', () => {
    // adist("ab", "ba") = 2 and adist("abc", "bac") = 2 without swaps, over the limit of 1 for
    // words of two or three letters; with the swap 'ab' → 'ba' each is 1 edit
    expect(nearest('ab', ['ba'])).toBe('ba');
    expect(nearest('abc', ['bac'])).toBe('bac');
    // a swap at the end: 'abdc' → 'abcd', 1 edit (adist = 2; limit floor(4 / 3) = 1)
    expect(nearest('abdc', ['abcd'])).toBe('abcd');
    // a swap in the middle: 'acbde' → 'abcde', 1 edit (adist = 2)
    expect(nearest('acbde', ['abcde'])).toBe('abcde');
    // no swap helps 'axcbe' → 'abcde': x → b and b → d, 2 substitutions (adist = 2), over the limit of 1
    expect(nearest('axcbe', ['abcde'])).toBeUndefined();
    // 'badcfe' → 'abcdef': all six letters are out of place and one edit mends at most two,
    // so at least 3 edits (three swaps; adist = 4), over floor(6 / 3) = 2
    expect(nearest('badcfe', ['abcdef'])).toBeUndefined();
    // only two letters that trade places are a swap: 'ca' and 'ab' share one letter, 'a', but
    // no swap turns one into the other: 2 edits (adist("ca", "ab") = adist("ab", "ca") = 2)
    expect(nearest('ca', ['ab'])).toBeUndefined();
    expect(nearest('ab', ['ca'])).toBeUndefined();
    // 'bacdfe' → 'abcdef': 2 swaps = 2 edits (adist = 4), within the limit of 2
    expect(nearest('bacdfe', ['abcdef'])).toBe('abcdef');
  });

  it('allows at most a third of the word’s letters to differ, and at least one', () => {
    // 'abcdef': limit floor(6 / 3) = 2. adist("abcdef", "abcdXY") = 2, adist("abcdef", "abcXYZ") = 3
    expect(nearest('abcdef', ['abcdXY'])).toBe('abcdXY');
    expect(nearest('abcdef', ['abcXYZ'])).toBeUndefined();
    // two letters fewer or more: adist("abcdef", "abcd") = 2, adist("abcdef", "abcdefgh") = 2
    expect(nearest('abcdef', ['abcd'])).toBe('abcd');
    expect(nearest('abcdef', ['abcdefgh'])).toBe('abcdefgh');
    // three letters fewer or more: 3 edits
    expect(nearest('abcdef', ['abc'])).toBeUndefined();
    expect(nearest('abcdef', ['abcdefghi'])).toBeUndefined();
    // 'abcde': limit floor(5 / 3) = 1. adist("abcde", "abcdX") = 1, adist("abcde", "abcXY") = 2
    expect(nearest('abcde', ['abcdX'])).toBe('abcdX');
    expect(nearest('abcde', ['abcXY'])).toBeUndefined();
    // 'abcdefghi': limit 3. adist("abcdefghi", "abcdefXYZ") = 3, adist("abcdefghi", "abcdeVXYZ") = 4
    expect(nearest('abcdefghi', ['abcdefXYZ'])).toBe('abcdefXYZ');
    expect(nearest('abcdefghi', ['abcdeVXYZ'])).toBeUndefined();
    // short words still allow one edit: 'a' (floor(1 / 3) = 0, raised to 1); adist("a", "b") = 1, adist("a", "bc") = 2
    expect(nearest('a', ['b'])).toBe('b');
    expect(nearest('a', ['bc'])).toBeUndefined();
    // the empty word: limit 1, so a one-letter candidate is 1 edit away
    expect(nearest('', ['ab', 'b'])).toBe('b');
  });

  it('keeps the nearest candidate, the first one of equal distance', () => {
    // 'doctor-per-10k' (limit 4): adist to "doctors-per-10k" = 1, to "doctors-per-1k" = 2
    expect(nearest('doctor-per-10k', ['doctors-per-1k', 'doctors-per-10k', 'beds-per-10k'])).toBe('doctors-per-10k');
    // a closer one after a farther one, and a farther one after a closer one
    // ('abcdefghi', limit 3: adist to "abcdefXYZ" = 3, to "abcdefghX" = 1, to "abcdefgXY" = 2)
    expect(nearest('abcdefghi', ['abcdefXYZ', 'abcdefghX', 'abcdefgXY'])).toBe('abcdefghX');
    expect(nearest('abcdefghi', ['abcdefghX', 'abcdefXYZ', 'abcdefgXY'])).toBe('abcdefghX');
    // an exact match after a close one
    expect(nearest('abcdefghi', ['abcdefghX', 'abcdefghi'])).toBe('abcdefghi');
    // adist("cat", "bat") = adist("cat", "hat") = 1: the first is kept
    expect(nearest('cat', ['bat', 'hat'])).toBe('bat');
    expect(nearest('cat', ['hat', 'bat'])).toBe('hat');
  });

  it('suggests nothing among no candidates or far ones', () => {
    expect(nearest('baseline', [])).toBeUndefined();
    // adist("xyz", "baseline") = 8
    expect(nearest('xyz', ['baseline'])).toBeUndefined();
    // candidates of the word's length that share no letter: 'abcdef' and 'uvwxyz' differ in 6 > 2
    expect(nearest('abcdef', ['uvwxyz', 'ghijkl'])).toBeUndefined();
  });

  it('compares no word longer than 100 characters', () => {
    const long = 'a'.repeat(101);
    expect(nearest(long, [long])).toBeUndefined();
    expect(nearest('a'.repeat(100), ['a'.repeat(100)])).toBe('a'.repeat(100));
  });

  it('takes any iterable of candidates', () => {
    expect(nearest('baseine', new Set(['target', 'baseline']))).toBe('baseline');
  });
});
