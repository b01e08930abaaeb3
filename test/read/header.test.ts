/**
 * References to other documents (referencesIn) and the header of a plan (readHeader), read
 * by hand from the seeds' own sentences: a document's kind, its number, its date (“ngày
 * 09/9/2025”, “ngày 31 tháng 12 năm 2025”) and its issuer (“của Bộ Chính trị”, cut before
 * “về …”).
 */
import { describe, expect, it } from 'vitest';
import { readHeader, referencesIn } from '../../src/read/header.js';

/** The references of a text, without their offsets (checked on their own below). */
const refs = (text: string): unknown[] =>
  referencesIn(text, 0, text.length).map((reference) => Object.fromEntries(Object.entries(reference).filter(([key]) => key !== 'at')));

describe('referencesIn', () => {
  it('Xuân Hưng’s parents: numbers, dates and issuers', () => {
    // 001, line 9, verbatim (to the first “về”)
    const text = 'Thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ và Chương trình hành động số 12-CTr/TU ngày 12/11/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá';
    expect(refs(text)).toStrictEqual([
      { kind: 'Nghị quyết', number: '282/NQ-CP', date: '2025-09-15', issuer: 'Chính phủ' },
      { kind: 'Chương trình hành động', number: '12-CTr/TU', date: '2025-11-12', issuer: 'Ban Thường vụ Tỉnh ủy Ninh Bình' },
      { kind: 'Nghị quyết', number: '72-NQ/TW', date: '2025-09-09', issuer: 'Bộ Chính trị' },
    ]);
  });

  it('Thống Nhất: a date with a stray space, “Kế hoạch hành động”, and a date written in words', () => {
    expect(refs('Thực hiện Kế hoạch hành động số 29-KH/TU ngày 11/12/2025 của Ban Thường vụ Tỉnh ủy Đồng Nai về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/ 2025 của Bộ Chính trị về một số giải pháp')).toStrictEqual([
      { kind: 'Kế hoạch hành động', number: '29-KH/TU', date: '2025-12-11', issuer: 'Ban Thường vụ Tỉnh ủy Đồng Nai' },
      { kind: 'Nghị quyết', number: '72-NQ/TW', date: '2025-09-09', issuer: 'Bộ Chính trị' },
    ]);
    expect(refs('Kèm theo Kế hoạch số 39-KH/ĐU ngày 31 tháng 12 năm 2025 của Đảng ủy xã Thống Nhất')).toStrictEqual([
      { kind: 'Kế hoạch', number: '39-KH/ĐU', date: '2025-12-31', issuer: 'Đảng ủy xã Thống Nhất' },
    ]);
  });

  it('Cao Minh: “Đề án số 14-ĐA/TU, ngày 10/12/2025 của Ban Chấp hành Đảng bộ tỉnh về …”', () => {
    expect(refs('Thực hiện Đề án số 14-ĐA/TU, ngày 10/12/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển y tế')).toStrictEqual([
      { kind: 'Đề án', number: '14-ĐA/TU', date: '2025-12-10', issuer: 'Ban Chấp hành Đảng bộ tỉnh' },
    ]);
  });

  it('a reference without date or issuer, a number without letters, a repeat, a day that does not exist', () => {
    expect(refs('theo Kế hoạch 264-KH/TU.')).toStrictEqual([{ kind: 'Kế hoạch', number: '264-KH/TU' }]);
    // “Kế hoạch 2026-2030” is a period, not a document number
    expect(refs('Kế hoạch 2026-2030 của xã')).toStrictEqual([]);
    expect(refs('Chỉ thị số 25-CT/TW và Chỉ thị số 25-CT/TW')).toStrictEqual([{ kind: 'Chỉ thị', number: '25-CT/TW' }]);
    expect(refs('Quyết định số 1789/QĐ-UBND ngày 31/02/2025 của UBND tỉnh')).toStrictEqual([{ kind: 'Quyết định', number: '1789/QĐ-UBND', issuer: 'UBND tỉnh' }]);
    // an issuer is cut before “trong”, “tại”, “nhằm”, “để” and a second document
    expect(refs('Văn bản số 163/UBND-VP2 ngày 16/12/2025 của UBND tỉnh Ninh Bình trong năm')).toMatchObject([{ issuer: 'UBND tỉnh Ninh Bình' }]);
    expect(refs('Văn bản số 163/UBND-VP2 của UBND tỉnh và Kế hoạch số 1/KH-X')).toMatchObject([{ issuer: 'UBND tỉnh' }, { number: '1/KH-X' }]);
  });

  it('an issuer written with runs of spaces is written with single ones', () => {
    expect(refs('Đề án số 14-ĐA/TU của Ban  Chấp   hành Đảng bộ tỉnh')).toStrictEqual([{ number: '14-ĐA/TU', kind: 'Đề án', issuer: 'Ban Chấp hành Đảng bộ tỉnh' }]);
  });

  it('the offset of each reference in the whole text', () => {
    const text = 'Căn cứ Chỉ thị số 25-CT/TW; Kế hoạch số 264-KH/TU';
    expect(referencesIn(text, 7, text.length).map((reference) => [reference.number, reference.at])).toStrictEqual([
      ['25-CT/TW', text.indexOf('Chỉ thị')],
      ['264-KH/TU', text.indexOf('Kế hoạch')],
    ]);
  });
});

describe('readHeader: the issuer’s level and area', () => {
  // “<issuer> xây dựng Kế hoạch …”: the body that builds the plan is its issuer
  it.each([
    ['Sở Y tế', 'department', undefined],
    ['UBND xã Xuân Hưng', 'commune', { name: 'xã Xuân Hưng', level: 'commune' }],
    ['UBND phường Đông Thành', 'commune', { name: 'phường Đông Thành', level: 'commune' }],
    ['UBND thị trấn Me', 'commune', { name: 'thị trấn Me', level: 'commune' }],
    ['Ban Thường vụ Huyện ủy', 'district', undefined],
    ['UBND huyện Gia Viễn', 'district', { name: 'huyện Gia Viễn', level: 'district' }],
    ['UBND quận Ba Đình', 'district', { name: 'quận Ba Đình', level: 'district' }],
    // a town (thị xã) is of a district's rank, not a commune (xã)
    ['UBND thị xã Phổ Yên', 'district', { name: 'thị xã Phổ Yên', level: 'district' }],
    ['UBND tỉnh Ninh Bình', 'province', { name: 'tỉnh Ninh Bình', level: 'province' }],
    ['Ban Thường vụ Tỉnh ủy', 'province', undefined],
    ['UBND thành phố Hà Nội', 'province', { name: 'thành phố Hà Nội', level: 'province' }],
    ['Chính phủ', 'central', undefined],
    ['Bộ Y tế', 'central', undefined],
    ['Hội Chữ thập đỏ', undefined, undefined],
  ])('%s', (issuer, level, area) => {
    const text = `Thực hiện Nghị quyết, ${issuer} xây dựng Kế hoạch như sau:\n`;
    const header = readHeader(text, text.length);
    expect([header.issuer, header.level, header.area]).toEqual([issuer, level, area]);
  });
});

describe('readHeader', () => {
  it('Ninh Bình (004): a blank number, the year of the date line, the title under “KẾ HOẠCH”, the province from the place', () => {
    const text = 'Số /KH-SYT\n\nNinh Bình, ngày tháng năm 2025\n\nKẾ HOẠCH\n\nThực hiện các nhiệm vụ phát triển kinh tế - xã hội năm 2026\n\nThực hiện Văn bản số 163/UBND-VP2 ngày 16/12/2025 của UBND tỉnh Ninh Bình về việc triển khai, Sở Y tế xây dựng Kế hoạch\n';
    const header = readHeader(text, text.length);
    expect(header).toStrictEqual({
      kind: 'plan',
      issued: '2025',
      issuedText: 'Ninh Bình, ngày tháng năm 2025',
      title: 'Thực hiện các nhiệm vụ phát triển kinh tế - xã hội năm 2026',
      issuer: 'Sở Y tế',
      level: 'department',
      area: { name: 'tỉnh Ninh Bình', level: 'province' },
      parents: [{ kind: 'Văn bản', number: '163/UBND-VP2', date: '2025-12-16', issuer: 'UBND tỉnh Ninh Bình', at: text.indexOf('Văn bản') }],
    });
  });

  it('a space before the date line’s comma is not part of the place', () => {
    // Ninh Bình's date line with a space before its comma: the province is still “tỉnh Ninh Bình”
    const text = 'Số /KH-SYT\n\nNinh Bình , ngày tháng năm 2025\n\nKẾ HOẠCH\n\nThực hiện các nhiệm vụ năm 2026\n\nSở Y tế xây dựng Kế hoạch\n';
    expect(readHeader(text, text.length)).toMatchObject({ issuer: 'Sở Y tế', level: 'department', area: { name: 'tỉnh Ninh Bình', level: 'province' } });
  });

  it('district 141 (003): its first lines verbatim, markdown and all', () => {
    const text = '\n\n\\*  \nSố /141 -KH/HU\n\n## **KẾ HOẠCH**\n\n**Triển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023  \ncủa Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng  \nhoạt động của y tế cơ sở trong tình hình mới**\n\n-----\n';
    const header = readHeader(text, text.length);
    expect([header.number, header.kind, header.title]).toEqual([
      '141-KH/HU',
      'plan',
      'Triển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới',
    ]);
  });

  it('the first number, date and title line count; a line in mixed case is no title line', () => {
    const text = 'Số: 12-KH/UBND\nSố: 13-KH/UBND\nXuân Hưng, ngày   tháng   năm 2026\nCao Minh, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\nThực hiện\n\nNGHỊ QUYẾT\nVề y tế\n';
    expect(readHeader(text, text.length)).toMatchObject({ number: '12-KH/UBND', issued: '2026', issuedText: 'Xuân Hưng, ngày   tháng   năm 2026', kind: 'plan', title: 'Thực hiện' });
    const mixed = 'KẾ HOẠCH này được xây dựng\nThực hiện\n';
    expect(readHeader(mixed, mixed.length).title).toBeUndefined();
  });

  it('Thống Nhất (002): the issuer from the closing sentence, not its parents’ issuers; number, date and area from the appendix’s “Kèm theo …”', () => {
    // line 163 and line 184, verbatim
    const closing = 'Trên đây là Kế hoạch của Ban Thường vụ Đảng ủy xã về việc thực hiện Kế hoạch hành động số 29-KH/TU ngày 11/12/2025 của Ban Thường vụ Tỉnh ủy Đồng Nai về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân. Đề nghị các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội triển khai thực hiện, định kỳ 6 tháng, 1 năm báo cáo kết quả cho Ban Thường vụ Đảng ủy (qua Đảng ủy UBND xã) để tổng hợp báo cáo.';
    const text = `## KẾ HOẠCH\n\n**Thực hiện Kế hoạch hành động số 29-KH/TU**\n\n-----\n\n${closing}\n\n## PHỤ LỤC\n\n(Kèm theo Kế hoạch số 39-KH/ĐU ngày 31 tháng 12 năm 2025 của Đảng ủy xã Thống Nhất)\n`;
    const header = readHeader(text, text.indexOf('-----'));
    expect(header).toStrictEqual({
      kind: 'plan',
      number: '39-KH/ĐU',
      issued: '2025-12-31',
      issuedText: 'Kèm theo Kế hoạch số 39-KH/ĐU ngày 31 tháng 12 năm 2025 của Đảng ủy xã Thống Nhất',
      title: 'Thực hiện Kế hoạch hành động số 29-KH/TU',
      issuer: 'Ban Thường vụ Đảng ủy xã',
      level: 'commune',
      area: { name: 'xã Thống Nhất', level: 'commune' },
      parents: [{ kind: 'Kế hoạch hành động', number: '29-KH/TU', at: text.indexOf('Kế hoạch hành động') }],
    });
  });

  it('a full date line and a number', () => {
    const text = 'Số: 39-KH/ĐU\nThống Nhất, ngày 31 tháng 12 năm 2025\nKẾ HOẠCH\nThực hiện Nghị quyết\n\n';
    expect(readHeader(text, text.length)).toMatchObject({ number: '39-KH/ĐU', issued: '2025-12-31', title: 'Thực hiện Nghị quyết' });
    const month = 'Thống Nhất, ngày   tháng 12 năm 2025\n';
    expect(readHeader(month, month.length).issued).toBe('2025-12');
  });

  it('the kind of document from its upper-case title line', () => {
    for (const [line, kind] of [['NGHỊ QUYẾT', 'resolution'], ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'action-programme'], ['ĐỀ ÁN', 'scheme'], ['CHỈ THỊ', 'directive'], ['KẾ HOẠCH', 'plan'], ['Kế hoạch', 'plan']] as const) {
      expect(readHeader(`${line}\n`, line.length + 1).kind).toBe(kind);
    }
    // “Kế hoạch” in mixed case is not a title line: the next line is no title
    expect(readHeader('Kế hoạch\nThực hiện\n', 18).title).toBeUndefined();
  });
});
