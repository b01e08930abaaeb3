/**
 * Area ids from area names (slug): the name without its tone marks, “đ” as “d”, in lower
 * case, words joined by “-” (readPlan names Ninh Bình's area `tinh-ninh-binh`). Each id below is
 * the name written out by hand that way.
 */
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/read/slug.js';

describe('slug', () => {
  it.each([
    ['tỉnh Ninh Bình', 'tinh-ninh-binh'],
    ['xã Cao Minh', 'xa-cao-minh'],
    ['xã Xuân Hưng', 'xa-xuan-hung'],
    ['xã Thống Nhất', 'xa-thong-nhat'],
    ['tỉnh Đồng Nai', 'tinh-dong-nai'],
    ['TỈNH ĐỒNG NAI', 'tinh-dong-nai'],
    ['tỉnh Thái Nguyên', 'tinh-thai-nguyen'],
    ['Phường 3, Quận 10', 'phuong-3-quan-10'],
    ['  -- xã Thống Nhất --  ', 'xa-thong-nhat'],
    ['đ', 'd'],
    ['Ninh Bình'.normalize('NFD'), 'ninh-binh'],
  ])('%s → %s', (name, id) => {
    expect(slug(name)).toBe(id);
  });

  it('a name with no letter or digit: “area”', () => {
    expect(slug('')).toBe('area');
    expect(slug(' – … ')).toBe('area');
  });
});
