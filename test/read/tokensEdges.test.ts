/**
 * Tokens (src/read/tokens.ts) at two edges: a symbol outside the Basic Multilingual Plane,
 * which UTF-16 writes as two code units (a surrogate pair) and which must stay one token, and
 * a decimal comma set off by a stray space before a per-mille sign (“12 ,5‰”).
 *
 * Expected values come from the Unicode Standard (chapter 3.9, UTF-16): a code point above
 * U+FFFF is written as a high surrogate (U+D800–U+DBFF) then a low one (U+DC00–U+DFFF); U+1F4C8
 * CHART WITH UPWARDS TREND is D83D DCC8, U+10FFFD (the last private-use character of plane 16)
 * is DBFF DFFD, U+10100 AEGEAN WORD SEPARATOR LINE is D800 DD00; U+FF05 FULLWIDTH PERCENT SIGN and U+E000 (private use) are single units at or
 * above U+DC00 that are no surrogates' first half. None of them is a letter, mark, digit or
 * space (General Category So, Co, Po), so each is a one-character symbol token. The per-mille
 * sign U+2030 after “12 ,5” makes the comma a decimal one, as “95 ,15%” does for percent.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import { foldWords } from '../../src/read/fold.js';
import { tokenize, type Token } from '../../src/read/tokens.js';

function shapes(tokens: readonly Token[]): [string, string, number, number][] {
  return tokens.map((token) => [token.kind, token.text, token.start, token.end]);
}

describe('symbols written as surrogate pairs', () => {
  it('a character above U+FFFF is one symbol token of two code units', () => {
    // “a📈b”: a (0), 📈 (1–2), b (3)
    expect(shapes(tokenize('a\u{1F4C8}b'))).toEqual([
      ['word', 'a', 0, 1],
      ['sym', '\u{1F4C8}', 1, 3],
      ['word', 'b', 3, 4],
    ]);
    // the first and the last high surrogates, U+D800 and U+DBFF, open a pair
    expect(shapes(tokenize('\u{10100}1'))).toEqual([
      ['sym', '\u{10100}', 0, 2],
      ['num', '1', 2, 3],
    ]);
    expect(shapes(tokenize('\u{10FFFD}1'))).toEqual([
      ['sym', '\u{10FFFD}', 0, 2],
      ['num', '1', 2, 3],
    ]);
  });

  it('a single code unit at or above U+DC00 is a symbol of its own', () => {
    // “95％,”: the fullwidth percent (U+FF05) and the comma are two symbols
    expect(shapes(tokenize('95\uFF05,'))).toEqual([
      ['num', '95', 0, 2],
      ['sym', '\uFF05', 2, 3],
      ['sym', ',', 3, 4],
    ]);
    expect(shapes(tokenize('\uE000a'))).toEqual([
      ['sym', '\uE000', 0, 1],
      ['word', 'a', 1, 2],
    ]);
  });

  it('a high surrogate at the end of the text or of the range read stands alone', () => {
    // a lone high surrogate (a cut pair) at the end: one unit, the token ends at the text's end
    expect(shapes(tokenize('a\uD83D'))).toEqual([
      ['word', 'a', 0, 1],
      ['sym', '\uD83D', 1, 2],
    ]);
    // reading only up to the middle of a pair keeps to the range
    expect(shapes(tokenize('\u{1F4C8}', 0, 1))).toEqual([['sym', '\uD83D', 0, 1]]);
  });
});

describe('a decimal comma after a stray space, before ‰', () => {
  it('“12 ,5‰” is one number, 12,5, then the per-mille sign', () => {
    expect(shapes(tokenize('12 ,5\u2030'))).toEqual([
      ['num', '12,5', 0, 5],
      ['sym', '\u2030', 5, 6],
    ]);
  });

  it('the reader takes “giảm xuống còn 12 ,5‰” as 12.5 per 1,000', () => {
    // infant mortality “down to 12.5‰”: ≤ 12.5 per 1,000 live births
    const [draft, ...rest] = readTargets('Tỷ suất chết trẻ em dưới 1 tuổi giảm xuống còn 12 ,5‰.', { due: '2030-12-31' });
    expect(rest).toHaveLength(0);
    expect([draft?.indicator, draft?.comparator, draft?.value, draft?.per]).toEqual(['infant-mortality-rate', '<=', '12.5', 1000]);
  });
});

describe('numbers split by a stray space: only a decimal before % or ‰, only a thousands group of three', () => {
  it.each<[string, string[]]>([
    // “95 ,155%”: three decimals before the percent sign are still one number
    ['95 ,155%', ['95,155', '%']],
    // “lớp 10 ,11”: a comma between two numbers with no % after is a list, not a decimal
    ['lớp 10 ,11 và 12', ['lơp', '10', ',', '11', 'va', '12']],
    // “10. 000”: a thousands dot before three digits joins
    ['10. 000 người', ['10.000', 'ngươi']],
    // “10. 5”: one digit after the dot is no thousands group
    ['10. 5 xã', ['10', '.', '5', 'xa']],
    // “1234. 567”: four digits before the dot are no thousands group either
    ['1234. 567', ['1234', '.', '567']],
  ])('%s', (text, expected) => {
    expect(tokenize(foldWords(text)).map((token) => token.text)).toEqual(expected);
  });
});

