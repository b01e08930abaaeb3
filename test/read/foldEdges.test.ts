/**
 * Folding (src/read/fold.ts) at its edges: characters written as surrogate pairs, combining
 * marks in an unusual order, and a big-endian host.
 *
 * A code point above U+FFFF is two UTF-16 units (Unicode 3.9), a high surrogate D800–DBFF then
 * a low one DC00–DFFF, and is folded as one character: both units map back to its first
 * offset. U+10100 AEGEAN WORD SEPARATOR LINE is D800 DD00, U+1F400 RAT D83D DC00, U+1D7FF
 * MATHEMATICAL MONOSPACE DIGIT NINE D835 DFFF, U+10FFFD DBFF DFFD. A unit that is not a high
 * surrogate (U+FF05 FULLWIDTH PERCENT SIGN, a lone low surrogate) is a character of its own.
 * “e” + U+0300 (grave, a tone, canonical combining class 230) + U+0302 (circumflex, also 230,
 * so no reordering) is one character: the tone goes, the circumflex stays, and NFC composes
 * e + U+0302 into “ê” U+00EA. U+200B ZERO WIDTH SPACE vanishes.
 *
 * On a big-endian host (`decode`), where the native UTF-16LE decoder
 * cannot be used, the folded code units are turned into a string 8,192 at a time (the
 * argument count `String.fromCharCode(...)` stays well inside the engine's limits). The host
 * here is little-endian, so the test loads a fresh copy of the module while the byte-order
 * probe (`new Uint8Array(new Uint16Array([1]).buffer)[0]`) sees the bytes of a big-endian
 * machine: a `Uint16Array` built from a list stores its values with their two bytes swapped,
 * which is how 1 is laid out big-endian (00 01). Only that probe is built from a list; the
 * folding itself allocates by length and so is untouched.
 *
 * The expected folded texts come from the Unicode Character Database, as in fold.test.ts:
 * “Tỷ” = T + y + U+0309 (hook above, a tone) folds to “ti”; “Lệ” = L + e + U+0302 + U+0323
 * (circumflex stays, dot below goes) folds to “lê”; ASCII letters are lower-cased, `y` is
 * written `i`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as hostFold from '../../src/read/fold.js';

type FoldModule = typeof hostFold;

const NativeUint16Array = Uint16Array;

/** A fresh fold.ts, loaded while the byte-order probe reads as big-endian. */
async function bigEndianFold(): Promise<FoldModule> {
  class SwappedWhenListed extends NativeUint16Array {
    constructor(...args: unknown[]) {
      const [first] = args;
      if (Array.isArray(first)) super(first.map((unit: number) => ((unit & 0xff) << 8) | (unit >>> 8)));
      else super(...(args as [number]));
    }
  }
  vi.resetModules();
  globalThis.Uint16Array = SwappedWhenListed as unknown as Uint16ArrayConstructor;
  try {
    return await import('../../src/read/fold.js');
  } finally {
    globalThis.Uint16Array = NativeUint16Array;
  }
}

describe('surrogate pairs and combining marks', () => {
  beforeEach(() => {
    hostFold.clearFoldTables();
  });

  it.each([
    ['\u{10100}', [0, 0, 2]],
    ['\u{1F400}', [0, 0, 2]],
    ['\u{1D7FF}', [0, 0, 2]],
    ['\u{10FFFD}', [0, 0, 2]],
  ])('%s is one character: both its units map to its start', (text, at) => {
    const folded = hostFold.fold(text);
    expect(folded.text).toBe(text);
    expect(Array.from(folded.at)).toEqual(at);
  });

  it('units that are not a pair stay characters of their own', () => {
    // “％x”: two characters, each at its own offset
    expect(Array.from(hostFold.fold('\uFF05x').at)).toEqual([0, 1, 2]);
    // malformed text (lone surrogates): only the map is checked, as the decoder may write a
    // lone surrogate as U+FFFD. Two lone low surrogates are two characters
    expect(Array.from(hostFold.fold('\uDC00\uDC01').at)).toEqual([0, 1, 2]);
    // a zero-width space vanishes and a lone low surrogate after it stays, at its own offset
    expect(Array.from(hostFold.fold('\u200B\uDC00').at)).toEqual([1, 2]);
    // a high surrogate before something that is no low surrogate stands alone
    expect(Array.from(hostFold.fold('\uD83D\uFF05').at)).toEqual([0, 1, 2]);
  });

  it('a tone before a vowel mark (NFD, grave then circumflex) folds to “ê”', () => {
    const folded = hostFold.fold('e\u0300\u0302m');
    expect([folded.text, Array.from(folded.at)]).toEqual(['êm', [0, 3, 4]]);
  });
});

afterEach(() => {
  globalThis.Uint16Array = NativeUint16Array;
  vi.resetModules();
});

describe('fold on a big-endian host', () => {
  it('folds a text longer than two chunks of 8,192 code units, every unit in place', async () => {
    const { fold, clearFoldTables } = await bigEndianFold();
    clearFoldTables();
    // 6 units a repeat (“Tỷ Lệ ” is T, ỷ, space, L, ệ, space): 3,000 repeats are 18,000 units,
    // i.e. two full chunks and a third of 1,616 units; a marker at each end shows the order
    const text = `A${'Tỷ Lệ '.repeat(3000)}Z`;
    const folded = fold(text);
    expect(folded.text).toHaveLength(18002);
    expect(folded.text).toBe(`a${'ti lê '.repeat(3000)}z`);
    // each folded unit maps back to its own character (one unit per character here)
    expect(folded.at[0]).toBe(0);
    expect(folded.at[8192]).toBe(8192);
    expect(folded.at[18002]).toBe(18002);
    // and the same as the host's own (native) decoding
    hostFold.clearFoldTables();
    expect(folded.text).toBe(hostFold.fold(text).text);
  });

  it('folds a text of exactly one chunk, and a short one', async () => {
    const { fold, clearFoldTables } = await bigEndianFold();
    clearFoldTables();
    expect(fold('Y'.repeat(8192)).text).toBe('i'.repeat(8192));
    expect(fold('Bác Sỹ').text).toBe('bac si');
    expect(fold('').text).toBe('');
  });
});
