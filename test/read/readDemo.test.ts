import { describe, expect, it } from 'vitest';
import { readDemo, readDemoSeed } from '../../examples/readDemo.js';
import { renderDemo } from '../../examples/renderDemo.js';
import { caoMinh2026 } from '../../src/plans/index.js';

describe('the demo’s reading section', () => {
  const vi = readDemo({ lang: 'vi' });
  const en = readDemo({ lang: 'en' });

  it('reads the Cao Minh seed and prints each draft beside the encoded target it recovers', () => {
    expect(vi.startsWith('5. Đọc văn bản kế hoạch (readPlan)\n')).toBe(true);
    expect(en).toContain('7 of the 7 targets encoded in chitieu/plans are read back');
    for (const target of caoMinh2026.objectives.flatMap((objective) => objective.targets)) {
      expect(vi).toContain(`đã mã hóa: ${target.id}`);
      expect(en).toContain(`encoded: ${target.id}`);
    }
    // the line of the seed each draft comes from, its figure in the language's format
    expect(vi).toContain('dòng 39: “Đến hết năm 2026, số giường bệnh/vạn dân: 49,2”');
    expect(vi).toContain('đọc được: beds-per-10k ≥ 49,2, hạn 2026-12-31');
    expect(en).toContain('read: beds-per-10k ≥ 49.2, due 2026-12-31');
    expect(en).toContain('read: stations-with-doctors ≥ 100 (each unit ≥ 4), due 2026-12-31');
    expect(en).not.toContain('Not read back');
  });

  it('says what matches nothing and what is not read back', () => {
    const text = `${readDemoSeed()}\n- Tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.`.replace('2.2. Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.', '');
    const output = readDemo({ lang: 'en' }, text);
    expect(output).toContain('(matches no encoded target)');
    expect(output).toContain('Not read back: cao-minh-2026/doctors');
  });

  it('is section 5 of the demo, in Markdown too', () => {
    expect(renderDemo()).toContain(`\n${vi.trimEnd()}\n\n6. `);
    expect(renderDemo({ lang: 'en', format: 'markdown' })).toContain('# 5. Reading a plan’s text (readPlan)\n\n');
  });
});
