/**
 * Folding: the reader matches words on a folded copy of the text, in which case, tone marks
 * and spelling variants do not matter, and maps every position back to the original.
 *
 * A character and the combining marks after it (NFD input) are folded together: composed to
 * NFC, lower-cased, tone marks dropped (the vowel marks of ă, â, ê, ô, ơ, ư and đ stay, so
 * “năm” and “nam” differ), `y` written `i` (“tỷ lệ” and “tỉ lệ”, “bác sỹ” and “bác sĩ” fold
 * alike), spaces of every kind but the tab (which separates table cells) written ` ` and
 * dashes `-`. “Phấn đấu” and its misspellings
 * “phần đầu”, “phân đầu” all fold to `phân đâu`; “sức khỏe” and “sức khoẻ” to `sưc khoe`.
 *
 * @module
 */

/** A folded text and, for each of its positions, the position in the original text. */
export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** `at[i]` is the original offset of folded character `i`; `at[text.length]` is the original length. */
  readonly at: Int32Array;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/g;
const SPACES = new Set([0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);
const cache = new Map<string, string>();
const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of UTF-16 code units (a native decoder on little-endian machines). */
function decode(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units);
  const chunks: string[] = [];
  for (let k = 0; k < units.length; k += 8192) chunks.push(String.fromCharCode(...units.subarray(k, Math.min(units.length, k + 8192))));
  return chunks.join('');
}

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/** Fold one character with its combining marks. */
export function foldCluster(cluster: string): string {
  const code = cluster.charCodeAt(0);
  if (cluster.length === 1 && code < 0x80) {
    const lower = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : cluster;
    return lower === 'y' ? 'i' : lower;
  }
  if (cluster.length === 1 && SPACES.has(code)) return ' ';
  if (cluster.length === 1 && DASHES.has(code)) return '-';
  // zero-width characters and the byte-order mark vanish
  if (cluster.length === 1 && (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff)) return '';
  const known = cache.get(cluster);
  if (known !== undefined) return known;
  const folded = cluster.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase().replace(/y/g, 'i');
  if (cache.size < 4096) cache.set(cluster, folded);
  return folded;
}

/** Fold a short string (a word list entry): the same folding without the position map. */
export function foldWords(text: string): string {
  return fold(text).text;
}

/** Folded single code units: the folded code unit, or -1 when it folds to something else (-2: not met yet). */
const SINGLE = new Int32Array(0x10000).fill(-2);

/**
 * Forget every folding met so far (both tables start empty again). The tables only save
 * work, so nothing the reader returns changes; tests call it so that each of them folds
 * from scratch, as the first reading in a process does.
 *
 * @internal
 */
export function clearFoldTables(): void {
  cache.clear();
  SINGLE.fill(-2);
}

function foldUnit(code: number): number {
  let known = SINGLE[code] as number;
  if (known === -2) {
    const folded = foldCluster(String.fromCharCode(code));
    known = folded.length === 1 ? folded.charCodeAt(0) : -1;
    SINGLE[code] = known;
  }
  return known;
}

/**
 * Fold `text`, keeping the map back to the original positions.
 *
 * Runs in one pass over the text: a code unit without combining marks after it is folded
 * through a table filled as characters are met; anything else goes through
 * {@link foldCluster}.
 */
export function fold(text: string): Folded {
  const n = text.length;
  let units = new Uint16Array(n + 16);
  let at = new Int32Array(n + 17);
  let length = 0;
  let i = 0;
  while (i < n) {
    if (length + 8 >= units.length) {
      const grownUnits = new Uint16Array(units.length * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownAt = new Int32Array(at.length * 2);
      grownAt.set(at);
      at = grownAt;
    }
    const code = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (code < 0xd800 && !(next >= 0x0300 && next <= 0x036f)) {
      // one code unit, no combining mark after it: the common case
      const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      const folded = code < 0x80 ? (lower === 0x79 ? 0x69 : lower) : foldUnit(code);
      if (folded >= 0) {
        units[length] = folded;
        at[length] = i;
        length += 1;
        i += 1;
        continue;
      }
    }
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end += 1;
    while (end < n && isCombining(text.charCodeAt(end))) end += 1;
    const folded = foldCluster(text.slice(i, end));
    for (let k = 0; k < folded.length && length < units.length; k++) {
      units[length] = folded.charCodeAt(k);
      at[length] = i;
      length += 1;
    }
    i = end;
  }
  at[length] = n;
  return { text: decode(units.subarray(0, length)), at: at.subarray(0, length + 1) };
}
