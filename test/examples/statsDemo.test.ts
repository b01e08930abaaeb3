import { describe, expect, it } from 'vitest';
import { renderDemo } from '../../examples/renderDemo.js';
import { statsDemo } from '../../examples/statsDemo.js';

describe('statsDemo', () => {
  const vi = statsDemo('vi').join('\n');
  const en = statsDemo('en').join('\n');

  it('says the data is illustrative, in both languages', () => {
    expect(vi.startsWith('Thống kê (số liệu minh họa)')).toBe(true);
    expect(en.startsWith('Statistics (illustrative data)')).toBe(true);
  });

  it('shows the life table, healthy life expectancy and a DSR per standard population', () => {
    expect(vi).toContain('tuổi thọ trung bình ở tuổi 0: ');
    expect(vi).toContain('số năm sống khỏe mạnh (Sullivan): ');
    expect(en).toContain('European Standard Population 2013: ');
    expect(en).toContain('WHO World Standard Population (2000–2025): ');
    // the crude rate is Σ deaths / Σ population × 100 000 = 10 018 / 1 297 400 × 100 000 = 772.16
    expect(en).toContain('crude rate 772.2');
  });

  it('benchmarks communes against the province: A similar, B worse at 95%', () => {
    // province 238/19 800 = 12.0‰. A: 7/310 = 22.6‰, exact 95% limits 2.814–14.423 (R: qchisq(0.025, 14)/2,
    // qchisq(0.975, 16)/2) ÷ 0.31 = 9.1–46.5‰, which contains 12.0: similar.
    // B: 14/420 = 33.3‰, Byar lower 14·(1 − 1/126 − 1.959964/(3√14))³ = 7.6475 ÷ 0.42 = 18.2‰ > 12.0: worse;
    // at 99.8% (z = 3.090232) 14·(1 − 0.0079365 − 0.2752908)³ = 5.1553 ÷ 0.42 = 12.27‰ > 12.02: worse at 99.8% (R: 12.27458).
    expect(vi).toContain('  xã A: 7/310 = 22,6‰ (9,1–46,5) → tương tự');
    expect(en).toContain('  commune B: 14/420 = 33.3‰ (18.2–');
    expect(en).toMatch(/commune B: .* → worse \(at 99\.8%\)/);
  });

  it('rates the sex ratio at birth 112.3 (110.3–114.3) amber against “at most 111.1”', () => {
    expect(en).toContain('112.3 (110.3–114.3) → amber');
    expect(vi).toContain('112,3 (110,3–114,3) → vàng');
  });

  it('is section 5 of the demo, in text and Markdown', () => {
    expect(renderDemo({ lang: 'en' })).toContain('\n6. Statistics (illustrative data)\n');
    expect(renderDemo({ lang: 'vi', format: 'markdown' })).toContain('\n# 6. Thống kê (số liệu minh họa)\n');
  });
});
