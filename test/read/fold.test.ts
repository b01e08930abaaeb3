/**
 * Folding (src/read/fold.ts): the folded text and the map back to the original positions.
 *
 * Every expected folding is worked from the Unicode Character Database, not from the code:
 * a precomposed letter's canonical decomposition (UnicodeData.txt field 5) gives its base
 * letter and marks; of the marks, U+0300 grave (huyền), U+0301 acute (sắc), U+0303 tilde (ngã),
 * U+0309 hook above (hỏi) and U+0323 dot below (nặng) are the tones and go, while U+0302
 * circumflex, U+0306 breve and U+031B horn (the vowel marks of â ê ô, ă, ơ ư) stay. So
 * “ệ” U+1EC7 = e + U+0302 + U+0323 folds to “ê” U+00EA; “ỷ” U+1EF7 = y + U+0309 folds to “y”,
 * then written “i”. Each test starts from empty tables (`clearFoldTables`), as the first reading
 * in a process does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { clearFoldTables, fold, foldCluster, foldWords } from '../../src/read/fold.js';

beforeEach(() => {
  clearFoldTables();
});

/** The map as a plain array, to compare. */
function positions(text: string): number[] {
  return Array.from(fold(text).at);
}

describe('foldCluster', () => {
  it('lower-cases ASCII letters and writes y as i, and leaves other ASCII alone', () => {
    // A–Z are 0x41–0x5a, lower case 32 further on; '@' (0x40) and '[' (0x5b) sit just outside
    expect(['A', 'Z', 'M', 'a', 'z', '@', '[', '`', '{', '7', ' ', '\t'].map(foldCluster)).toEqual(['a', 'z', 'm', 'a', 'z', '@', '[', '`', '{', '7', ' ', '\t']);
    expect(foldCluster('Y')).toBe('i');
    expect(foldCluster('y')).toBe('i');
  });

  it('writes every kind of space but the tab as a space, and every dash as a hyphen', () => {
    // no-break space, ogham space mark, en quad … hair space, narrow no-break, medium math, ideographic
    for (const space of ['\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u3000']) expect(foldCluster(space)).toBe(' ');
    // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']) expect(foldCluster(dash)).toBe('-');
    // U+200B zero width space is not a space: it vanishes (below); U+2016 double vertical line is no dash
    expect(foldCluster('\u2016')).toBe('\u2016');
  });

  it('drops zero-width characters and the byte-order mark', () => {
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\ufeff']) expect(foldCluster(invisible)).toBe('');
    // U+200E left-to-right mark is not among them
    expect(foldCluster('\u200e')).toBe('\u200e');
  });

  it('drops the five tones and keeps the vowel marks, precomposed or not', () => {
    expect(foldCluster('ệ')).toBe('ê');
    expect(foldCluster('e\u0302\u0323')).toBe('ê');
    expect(foldCluster('Ấ')).toBe('â'); // A + U+0302 + U+0301
    expect(foldCluster('ằ')).toBe('ă'); // a + U+0306 + U+0300
    expect(foldCluster('ỡ')).toBe('ơ'); // o + U+031B + U+0303
    expect(foldCluster('ự')).toBe('ư'); // u + U+031B + U+0323
    expect(foldCluster('ỷ')).toBe('i'); // y + U+0309, then y as i
    expect(foldCluster('Ỹ')).toBe('i'); // Y + U+0303
    expect(foldCluster('Đ')).toBe('đ'); // U+0110 has no decomposition: only lower-cased
    expect(foldCluster('é')).toBe('e'); // U+00E9 = e + U+0301
    // the Vietnamese spelling of the tones as U+0340/U+0341 (deprecated grave/acute tone marks)
    expect(foldCluster('a\u0340')).toBe('a');
    expect(foldCluster('a\u0341')).toBe('a');
  });

  it('gives the same folding a second time (from its table)', () => {
    expect(foldCluster('Ộ')).toBe('ô');
    expect(foldCluster('Ộ')).toBe('ô');
  });
});

describe('fold', () => {
  it('folds a phrase and maps each folded character to its own', () => {
    const folded = fold('Tỷ lệ');
    expect(folded.text).toBe('ti lê');
    // one code unit each (NFC): positions 0–4, and the original length 5 at the end
    expect(Array.from(folded.at)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('folds a letter and its combining marks together, mapped to the letter', () => {
    // NFD “Tỷ”: T, y, U+0309 (3 code units) → “ti”: t from 0, i from the cluster at 1
    expect(fold('T' + 'y\u0309').text).toBe('ti');
    expect(positions('T' + 'y\u0309')).toEqual([0, 1, 3]);
    // NFD “lệ” = l, e, U+0302, U+0323 → “lê” (ê composed again), the end at 4
    expect(fold('le\u0302\u0323').text).toBe('lê');
    expect(positions('le\u0302\u0323')).toEqual([0, 1, 4]);
  });

  it('takes U+0300–U+036F, and nothing past them, as combining marks', () => {
    // U+036F combining latin small letter x, the block's last, joins the a before it
    expect(fold('a\u036f').text).toBe('a\u036f');
    expect(positions('a\u036f')).toEqual([0, 0, 2]);
    // U+0370 Greek capital heta, the next code point, is a letter of its own (lower-cased to U+0371)
    expect(fold('a\u0301\u0370').text).toBe('a\u0371');
    expect(positions('a\u0301\u0370')).toEqual([0, 2, 3]);
  });

  it('folds the plans’ spelling variants alike', () => {
    // “Phấn đấu” and its misspellings; “sức khỏe” and “sức khoẻ”; “tỷ lệ” and “tỉ lệ”
    for (const phrase of ['Phấn đấu', 'phần đầu', 'phân đầu', 'PHẤN ĐẤU']) expect(foldWords(phrase)).toBe('phân đâu');
    expect(foldWords('sức khỏe')).toBe('sưc khoe');
    expect(foldWords('sức khoẻ')).toBe('sưc khoe');
    expect(foldWords('tỷ lệ')).toBe(foldWords('tỉ lệ'));
    expect(foldWords('bác sỹ')).toBe('bac si');
    // the vowel marks stay: “năm” (year) and “nam” (male) differ
    expect(foldWords('năm')).not.toBe(foldWords('nam'));
  });

  it('keeps the tab, writes other spaces and dashes plainly, and drops zero-width characters', () => {
    const text = 'a\tb\u00a0c\u2013d\u200be';
    const folded = fold(text);
    expect(folded.text).toBe('a\tb c-de');
    // the zero-width space at 7 leaves no character: e (at 8) follows d (at 6)
    expect(Array.from(folded.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9]);
  });

  it('keeps a surrogate pair whole, both halves mapped to its start', () => {
    // U+1D7CF MATHEMATICAL BOLD DIGIT ONE is two code units and folds to itself
    const text = 'x\u{1D7CF}y';
    const folded = fold(text);
    expect(folded.text).toBe('x\u{1D7CF}i');
    expect(Array.from(folded.at)).toEqual([0, 1, 1, 3, 4]);
    // a lone high surrogate (no low one after it) is a cluster of its own, which the UTF-16
    // decoder writes as U+FFFD, the replacement character (still one unit at its position)
    expect(fold('\ud835a').text).toBe('\ufffda');
    expect(positions('\ud835a')).toEqual([0, 1, 2]);
  });

  it('grows its buffers when the folding is longer than the text', () => {
    // İ (U+0130) folds to i + U+0307 (combining dot above, not a tone): two code units for one,
    // so 100 of them fold to 200 units, past the 100 + 16 first allotted
    const text = 'İ'.repeat(100);
    const folded = fold(text);
    expect(folded.text).toBe('i\u0307'.repeat(100));
    expect(folded.at.length).toBe(201);
    expect(folded.at[0]).toBe(0);
    expect(folded.at[1]).toBe(0);
    expect(folded.at[198]).toBe(99);
    expect(folded.at[199]).toBe(99);
    expect(folded.at[200]).toBe(100);
  });

  it('folds an empty text to an empty one', () => {
    expect(fold('').text).toBe('');
    expect(positions('')).toEqual([0]);
  });

  it('folds a long text of plain and marked letters', () => {
    // 4,000 copies of “Bác sĩ ” (7 code units each): each folds to “bac si ”, one for one
    const text = 'Bác sĩ '.repeat(4000);
    const folded = fold(text);
    expect(folded.text).toBe('bac si '.repeat(4000));
    expect(folded.at[27_999]).toBe(27_999);
    expect(folded.at[28_000]).toBe(28_000);
  });
});
