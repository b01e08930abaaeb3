/**
 * A plan's header and frame: its number (“Số: 39-KH/ĐU”, or the appendix's “Kèm theo Kế hoạch
 * số 39-KH/ĐU ngày 31 tháng 12 năm 2025”), date of issue (“Xuân Hưng, ngày tháng năm 2026”
 * is a partial date), kind, title, issuing body and its level, area, and the documents it
 * implements (“Thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ …”).
 *
 * Every pattern here is linear: character classes and literal words, no nested repetition.
 *
 * @module
 */
import { isExistingDay } from '../isoDay.js';
import { foldWords } from './fold.js';

/** A document named in the text. */
export interface DocumentReference {
  readonly number: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly kind: string;
  /** Offset of the reference in the text. */
  readonly at: number;
}

/** What the header says. */
export interface Header {
  readonly number?: string;
  readonly issued?: string;
  readonly issuedText?: string;
  readonly kind: 'plan' | 'resolution' | 'action-programme' | 'scheme' | 'directive';
  readonly title?: string;
  readonly issuer?: string;
  readonly level?: 'central' | 'province' | 'district' | 'commune' | 'department';
  readonly area?: { readonly name: string; readonly level: 'national' | 'province' | 'district' | 'commune' };
  readonly parents: readonly DocumentReference[];
}

const DOC_WORDS =
  'Nghị quyết|Quyết định|Kế hoạch hành động|Kế hoạch|Chương trình hành động|Đề án|Chỉ thị|Văn bản|Công văn|Thông tư|Nghị định|Chiến lược';
const REFERENCE = new RegExp(`(${DOC_WORDS})\\s+(?:số\\s+)?(\\d{1,5}(?:[-/][\\p{L}\\d]{1,12}){1,4})`, 'gu');
const NUMERIC_DATE = /\s*,?\s*ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/uy;
const WORDED_DATE = /\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/uy;
const ISSUER_AFTER = /\s*của\s+([^,;.()\n]{3,120})/uy;
const DATE_LINE = /^[\p{L} .'-]{2,60},\s{0,8}ngày\s{1,12}(\d{0,2})\s{0,12}tháng\s{1,12}(\d{0,2})\s{0,12}năm\s{1,8}(\d{4})\s{0,8}$/u;
const NUMBER_LINE = /^Số\s{0,8}:?\s{0,8}(\S.{0,40})$/u;
const ATTACHED = /Kèm theo (?:Kế hoạch|Nghị quyết|Quyết định|Chương trình)\s+(?:số\s+)?(\d{1,5}[-/][^\s,;)]{1,20})\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s+của\s+([^)\n]{3,80})/u;
const BUILDS = /([^,.;:\n]{3,80})\s(?:xây dựng|ban hành)\s[Kk]ế hoạch$/u;
const CLOSING = /Trên đây là [^\n]{0,600}/u;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDay(day: string, month: string, year: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return isExistingDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

function cleanIssuer(text: string): string {
  const cut = text.split(/\s(?:về|trong|tại|nhằm|để|và Chương trình|và Kế hoạch|và Nghị quyết|và Quyết định)\s/u)[0] ?? text;
  return cut.replace(/\s+/g, ' ').trim();
}

/** The body before “xây dựng kế hoạch” / “ban hành kế hoạch” (looked for with indexOf, then a short window). */
function builderIn(preamble: string): string | undefined {
  const lower = preamble.toLowerCase();
  for (const verb of ['xây dựng kế hoạch', 'ban hành kế hoạch']) {
    const at = lower.indexOf(verb);
    if (at < 0) continue;
    const lineStart = preamble.lastIndexOf('\n', at) + 1;
    const window = preamble.slice(Math.max(lineStart, at - 90), at + verb.length).replace(/\s+/g, ' ');
    const match = BUILDS.exec(window);
    if (match !== null) return match[1];
  }
  return undefined;
}

/** Every document reference in `text[from … to)`, in order, without repeats. */
export function referencesIn(text: string, from: number, to: number): DocumentReference[] {
  const part = text.slice(from, to);
  const found: DocumentReference[] = [];
  for (const match of part.matchAll(REFERENCE)) {
    // (the pattern takes no stop or comma into a number)
    const number = match[2] as string;
    if (!/[\p{L}]/u.test(number)) continue;
    const end = (match.index ?? 0) + match[0].length;
    let date: string | undefined;
    let after = end;
    for (const pattern of [NUMERIC_DATE, WORDED_DATE]) {
      pattern.lastIndex = end;
      const dated = pattern.exec(part);
      if (dated !== null) {
        date = isoDay(dated[1] as string, dated[2] as string, dated[3] as string);
        after = pattern.lastIndex;
        break;
      }
    }
    ISSUER_AFTER.lastIndex = after;
    const issued = ISSUER_AFTER.exec(part);
    const issuer = issued === null ? undefined : cleanIssuer(issued[1] as string);
    if (found.some((reference) => reference.number === number)) continue;
    found.push({ number, kind: match[1] as string, at: from + (match.index ?? 0), ...(date === undefined ? {} : { date }), ...(issuer === undefined ? {} : { issuer }) });
  }
  return found;
}

const KINDS: readonly [string, Header['kind']][] = [
  ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'action-programme'],
  ['KẾ HOẠCH', 'plan'],
  ['NGHỊ QUYẾT', 'resolution'],
  ['ĐỀ ÁN', 'scheme'],
  ['CHỈ THỊ', 'directive'],
];

function levelOf(name: string): Header['level'] | undefined {
  const folded = ` ${foldWords(name)} `;
  const has = (word: string, within = folded): boolean => within.includes(` ${foldWords(word)} `);
  // a town (“thị xã”) ranks with a district: its “xã” does not make a commune
  const towns = folded.replaceAll(` ${foldWords('thị xã')} `, ' ');
  if (has('sở')) return 'department';
  if (has('xã', towns) || has('phường') || has('thị trấn')) return 'commune';
  if (has('huyện ủy') || has('huyện') || has('quận') || has('thị xã')) return 'district';
  if (has('tỉnh ủy') || has('tỉnh') || has('thành ủy') || has('thành phố')) return 'province';
  if (has('chính phủ') || has('quốc hội') || has('bộ chính trị') || has('trung ương') || has('thủ tướng') || has('bộ')) return 'central';
  return undefined;
}

function areaOf(name: string): Header['area'] | undefined {
  const match = /(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+((?:\p{Lu}[\p{L}]*\s?){1,4})/u.exec(name);
  if (match === null) return undefined;
  const noun = match[1] as string;
  const level = noun === 'tỉnh' || noun === 'thành phố' ? 'province' : noun === 'huyện' || noun === 'quận' || noun === 'thị xã' ? 'district' : 'commune';
  return { name: `${noun} ${(match[2] as string).trim()}`, level };
}

/** Read the header of a document whose preamble (before its first section) ends at `preambleEnd`. */
export function readHeader(text: string, preambleEnd: number): Header {
  const lines = text.slice(0, preambleEnd).split('\n');
  let number: string | undefined;
  let issued: string | undefined;
  let issuedText: string | undefined;
  let kind: Header['kind'] = 'plan';
  let title: string | undefined;
  let place: string | undefined;
  let kindLine = -1;
  lines.forEach((line, index) => {
    if (line.length > 300) return;
    const clean = line.replace(/[*#\\]/g, '').trim();
    const numbered = NUMBER_LINE.exec(clean);
    if (number === undefined && numbered !== null) {
      const raw = (numbered[1] as string).replace(/\s+/g, '').replace(/^\/+/, '');
      if (/^\d/.test(raw)) number = raw;
    }
    const dated = DATE_LINE.exec(clean);
    if (issued === undefined && dated !== null) {
      issuedText = clean;
      // the place before the comma (“Ninh Bình , ngày …” has a space before it)
      place = (clean.split(',')[0] as string).trim();
      // Stryker disable next-line StringLiteral: DATE_LINE's three groups always take part in a match (`\d{0,2}` matches ''), so these defaults never apply
      const [, day = '', month = '', year = ''] = dated;
      issued = day !== '' && month !== '' ? isoDay(day, month, year) : month !== '' ? `${year}-${pad(Number(month))}` : year;
    }
    if (kindLine < 0) {
      const upper = clean.toUpperCase() === clean ? clean : '';
      const found = KINDS.find(([word]) => upper === word || upper.startsWith(`${word} `));
      if (found !== undefined) {
        kind = found[1];
        kindLine = index;
      }
    }
  });
  if (kindLine >= 0) {
    const parts: string[] = [];
    for (let i = kindLine + 1; i < lines.length; i++) {
      const clean = (lines[i] as string).replace(/[*#]/g, '').trim();
      if (clean === '' && parts.length === 0) continue;
      if (clean === '' || /^-{3,}$/.test(clean)) break;
      parts.push(clean);
    }
    if (parts.length > 0) title = parts.join(' ').replace(/\s+/g, ' ');
  }
  const attached = ATTACHED.exec(text);
  if (attached !== null) {
    number ??= attached[1] as string;
    issued ??= isoDay(attached[2] as string, attached[3] as string, attached[4] as string);
    issuedText ??= attached[0].replace(/\s+/g, ' ').trim();
  }
  const closing = CLOSING.exec(text)?.[0];
  const parentIssuers = new Set(closing === undefined ? [] : referencesIn(closing, 0, closing.length).map((reference) => reference.issuer));
  const closingIssuer =
    closing === undefined
      ? undefined
      : [...closing.matchAll(/của\s([^,;.()\n]{3,120})/gu)]
          .map((m) => cleanIssuer(m[1] as string))
          // “Kế hoạch của   về …”: a name left blank names no one
          .filter((name) => name !== '' && !parentIssuers.has(name))
          .pop();
  const builder = builderIn(text.slice(0, preambleEnd));
  const builds = builder === undefined ? undefined : (builder.split(/,\s*/u).pop() ?? builder).trim();
  const issuer = [closingIssuer, builds].find((name) => name !== undefined && levelOf(name) !== undefined) ?? closingIssuer ?? builds;
  const attachedBody = attached === null ? undefined : cleanIssuer(attached[5] as string);
  const area = [issuer, attachedBody, builds, closingIssuer].map((name) => (name === undefined ? undefined : areaOf(name))).find((found) => found !== undefined);
  const level = issuer === undefined ? undefined : levelOf(issuer);
  // the place of the date line: “Xã Mẫu, ngày …” names the area; a department's “Ninh Bình, ngày …” its province
  const placed = place === undefined ? undefined : areaOf(place.charAt(0).toLowerCase() + place.slice(1));
  const placeArea =
    area ??
    placed ??
    (place === undefined || level === undefined ? undefined : level === 'department' || level === 'province' ? { name: `tỉnh ${place}`, level: 'province' as const } : undefined);
  const ownNumber = number;
  const parents = referencesIn(text, 0, preambleEnd).filter((reference) => reference.number !== ownNumber);
  return {
    kind,
    parents,
    ...(number === undefined ? {} : { number }),
    ...(issued === undefined ? {} : { issued }),
    ...(issuedText === undefined ? {} : { issuedText }),
    ...(title === undefined ? {} : { title }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(level === undefined ? {} : { level }),
    ...(placeArea === undefined ? {} : { area: placeArea }),
  };
}
