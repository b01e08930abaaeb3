/**
 * readHeader: the area of a plan whose issuer names none, from the place of its date line. A
 * province's body (“Ban Thường vụ Tỉnh ủy”) dating its plan “Ninh Bình, ngày …” covers the
 * province of Ninh Bình, as the Ninh Bình plan's department (004) does; a district's body
 * (“Ban Thường vụ Huyện ủy”) dating it “Gia Viễn, ngày …” gives a place that is no province,
 * so its area stays unknown (and readPlan asks). The level of a body from the words of its name
 * (“Thành ủy” a city of a province's rank, “Quốc hội”, “Trung ương”, “Thủ tướng” the centre), and
 * a date line that gives the day but leaves the month blank. Expected values read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/read/header.js';

function header(text: string): ReturnType<typeof readHeader> {
  return readHeader(text, text.length);
}

describe('readHeader: the area from the place of the date line', () => {
  it('a province’s body: the province of the place', () => {
    const read = header('Ninh Bình, ngày 10 tháng 01 năm 2026\nBan Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:\n');
    expect([read.issuer, read.level, read.area]).toEqual(['Ban Thường vụ Tỉnh ủy', 'province', { name: 'tỉnh Ninh Bình', level: 'province' }]);
    expect(read.issued).toBe('2026-01-10');
  });

  it.each([
    // a district's body: “Gia Viễn” is not read as a province
    ['Gia Viễn', 'Ban Thường vụ Huyện ủy', 'district'],
    // a body of the centre dating its plan in Hà Nội does not cover “tỉnh Hà Nội”
    ['Hà Nội', 'Chính phủ', 'central'],
  ])('%s, a body of level %s: no area', (place, issuer, level) => {
    const read = header(`${place}, ngày 10 tháng 01 năm 2026\n${issuer} xây dựng Kế hoạch như sau:\n`);
    expect([read.issuer, read.level, read.area]).toEqual([issuer, level, undefined]);
  });

  it('a body of no known level: no area from the place either', () => {
    const read = header('Ninh Bình, ngày 10 tháng 01 năm 2026\nHội Chữ thập đỏ xây dựng Kế hoạch như sau:\n');
    expect([read.issuer, read.level, read.area]).toEqual(['Hội Chữ thập đỏ', undefined, undefined]);
  });
});

describe('readHeader: the level of a body from its name', () => {
  it.each([
    // the party committee of a city under the centre (Hà Nội, Hải Phòng …): a province's rank
    ['Ban Thường vụ Thành ủy', 'province'],
    ['Quốc hội', 'central'],
    ['Ban Chấp hành Trung ương', 'central'],
    ['Thủ tướng', 'central'],
    ['Bộ Chính trị', 'central'],
    ['Ban Thường vụ Tỉnh ủy', 'province'],
  ])('%s ban hành Kế hoạch: %s', (issuer, level) => {
    const read = header(`${issuer} ban hành Kế hoạch\n`);
    expect([read.issuer, read.level]).toEqual([issuer, level]);
  });
});

describe('readHeader: a date line with blanks', () => {
  it('“ngày 05 tháng   năm 2026”: the month is blank, so only the year is known', () => {
    const read = header('Xã Mẫu, ngày 05 tháng   năm 2026\n');
    expect([read.issued, read.issuedText]).toEqual(['2026', 'Xã Mẫu, ngày 05 tháng   năm 2026']);
  });

  it('“ngày   tháng   năm 2026”: only the year', () => {
    expect(header('Xã Mẫu, ngày   tháng   năm 2026\n').issued).toBe('2026');
  });
});
