import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { areas, ILLUSTRATIVE_SOURCE, MOH_2025_SOURCE, observations } from '../../examples/data/observations.js';
import { parseDemoArgs, renderDemo } from '../../examples/renderDemo.js';
import { evaluatePlan } from '../../src/evaluate/index.js';
import { caoMinh2026, ninhBinhHealth2026, plans } from '../../src/plans/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

function runDemo(args: string[]) {
  return spawnSync(tsx, ['examples/demo.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
}

const vi = renderDemo();
const en = renderDemo({ lang: 'en' });

describe('renderDemo', () => {
  it('shows the five plans, each with its title (from the plans themselves)', () => {
    expect(plans).toHaveLength(5);
    for (const plan of plans) {
      expect(vi).toContain(plan.title.vi);
      expect(en).toContain(plan.title.en ?? plan.title.vi);
      expect(vi).toContain(`${plan.id}: `);
    }
  });

  it('opens with the worked example: Thái Nguyên’s 8 550 beds for 1 800 000 people → 47,5; 8 847 needed, 297 more', () => {
    // 8 550 / 1 800 000 × 10 000 = 85 500 000 / 1 800 000 = 47.5 exactly (printed with 4 places
    // as 47,5000). Published at one decimal, 49.2 needs an exact rate ≥ 49.15:
    // n ≥ 49.15 × 180 = 8 847 (8 847 / 180 = 49.15 → 49.2; 8 846 / 180 = 49.144… → 49.1).
    expect(vi.startsWith('1. Ví dụ tính toán\n')).toBe(true);
    expect(vi).toContain('  8.550 giường / 1.800.000 dân × 10.000 = 47,5000 → công bố 47,5\n');
    expect(vi).toContain('  Chưa đạt (so với 49,2); cần tối thiểu 8.847 giường, thêm 297.\n');
    expect(en).toContain('  8,550 beds / 1,800,000 people × 10,000 = 47.5000 → published 47.5\n');
    expect(en).toContain('  Not met (against 49.2); needs at least 8,847 beds, 297 more.\n');
    // The scorecard's beds target is Thái Nguyên's (the province's figure restated in the
    // commune's plan), judged on the province's 2026 row: 8 550 / 1 800 000 × 10 000 = 47.5.
    // 49.2 needs an exact rate ≥ 49.15: n ≥ 49.15 × 180 = 8 847 (8 847 / 180 = 49.15 → 49.2;
    // 8 846 / 180 = 49.144… → 49.1), so 8 847 − 8 550 = 297 more.
    expect(vi).toContain('  cao-minh-2026/beds: ít nhất 8.847 (mẫu số 1.800.000; hiện có 8.550, cần thêm 297)\n');
  });

  it('Cao Minh: every target gets the status its data was designed for', () => {
    // All seven targets fall due on 2026-12-31 = asOf, so each is judged on its 2026 figure:
    const expected: Record<string, string> = {
      // Thái Nguyên's beds: 8 550 / 1 800 000 × 10 000 = 47.5 < 49.2
      'cao-minh-2026/beds': 'not-achieved',
      // Thái Nguyên's doctors: 3 150 / 1 800 000 × 10 000 = 17.5 ≥ 17.5 (exactly on the threshold)
      'cao-minh-2026/doctors': 'achieved',
      // stations with 4, 5, 4 doctors: 3 of 3 have ≥ 4 → 100% ≥ 100%
      'cao-minh-2026/stations-4-doctors': 'achieved',
      // 11 400 / 12 000 = 0.95 → 95.00%, not “trên 95%” (> 95)
      'cao-minh-2026/insurance': 'not-achieved',
      // no free-checkup-coverage rows in the dataset, on purpose
      'cao-minh-2026/free-checkup': 'no-data',
      // 11 580 / 12 000 = 0.965 → 96.50% < 100%
      'cao-minh-2026/ehr': 'not-achieved',
      // 2 460 / 12 000 = 0.205 → 20.50% ≥ 20%
      'cao-minh-2026/insured-visits': 'achieved',
    };
    const card = evaluatePlan(caoMinh2026, observations, { asOf: '2026-12-31' });
    expect(Object.fromEntries(card.results.map((result) => [result.target, result.status]))).toEqual(expected);
    // so 3 achieved, 3 not achieved, 1 no data, as the demo's summary line says
    expect(vi).toContain('\ncao-minh-2026: đạt 3 · đúng tiến độ 0 · chậm tiến độ 0 · không đạt 3 · chưa có số liệu 1 · cần xem xét 0 (7 chỉ tiêu)\n');
    expect(en).toContain('\ncao-minh-2026: achieved 3 · on track 0 · off track 0 · not achieved 3 · no data 1 · needs review 0 (7 targets)\n');
  });

  it('Ninh Bình doctors: 5 038 / 4 400 000 is exactly 11,45 per 10 000, published half-up as 11,5, which meets 11,5', () => {
    // 5 038 × 10 000 / 4 400 000 = 50 380 000 / 4 400 000 = 11.45 exactly; half-up to one place: 11.5.
    const doctors = evaluatePlan(ninhBinhHealth2026, observations, { asOf: '2026-12-31' }).results.find(
      (result) => result.target === 'ninh-binh-health-2026/doctors',
    );
    expect([doctors?.actual, doctors?.published, doctors?.status]).toEqual(['11.45', '11.5', 'achieved']);
    expect(vi).toContain('[đạt] ninh-binh-health-2026/doctors: Số bác sĩ trên 10.000 dân: 11,5 (kỳ 2026)');
  });

  it('reports Thống Nhất’s two contradictions and none elsewhere', () => {
    // the seed's own inconsistencies: appendix row 3 (label 76,5 vs value 77,67) and row 7 (≥ 20 vs “trên 20%”)
    expect(vi).toContain('thong-nhat-2026: 2 phát hiện\n');
    expect(en).toContain('thong-nhat-2026: 2 findings\n');
    expect(vi).toContain("  [lỗi] CONFLICTING_TARGETS: chỉ tiêu 'thong-nhat-2026/life-expectancy' (>= 77.67)");
    expect(vi).toContain("  [cảnh báo] CONFLICTING_TARGETS: chỉ tiêu 'thong-nhat-2026/insured-visits' (> 20)");
    expect(en).toContain("  [warning] CONFLICTING_TARGETS: targets 'thong-nhat-2026/insured-visits' (> 20)");
    for (const id of ['cao-minh-2026', 'xuan-hung-2026', 'district-141-2023', 'ninh-binh-health-2026']) {
      expect(vi).toContain(`${id}: không phát hiện mâu thuẫn\n`);
      expect(en).toContain(`${id}: no inconsistencies found\n`);
    }
  });

  it('never projects a share past 100%, and projects from exact figures (no 66,66)', () => {
    // every projected percentage printed, in both languages
    const projected = [
      ...[...vi.matchAll(/dự báo ([\d.]+,\d+)%/g)].map((match) => Number((match[1] as string).replace(/\./g, '').replace(',', '.'))),
      ...[...en.matchAll(/projected ([\d,]+\.\d+)%/g)].map((match) => Number((match[1] as string).replace(/,/g, ''))),
    ];
    expect(projected.length).toBeGreaterThan(10);
    for (const value of projected) expect(value).toBeLessThanOrEqual(100);
    expect(vi).not.toContain('66,66');
    // where a line reaches 100% before the due date, the line says when
    expect(vi).toContain('(tuyến tính, chạm 100% năm 2029)');
    expect(en).toContain('(linear, reaching 100% in 2029)');
  });

  it('renders the scorecards as HTML tables with the status colours', () => {
    const html = renderDemo({ format: 'html' });
    expect(html).toContain('<section class="chitieu-scorecard" lang="vi">');
    expect(html).toContain('<td class="status-achieved">đạt</td>');
    expect(html).toContain('<td class="status-not-achieved">không đạt</td>');
  });

  it('every status appears somewhere at the default date', () => {
    for (const label of ['[đạt]', '[không đạt]', '[đúng tiến độ]', '[chậm tiến độ]', '[chưa có số liệu]', '[cần xem xét]']) {
      expect(vi).toContain(label);
    }
  });

  it('English output has English labels and none of the Vietnamese ones', () => {
    for (const label of ['1. Worked example', '3. Consistency checks within each plan', '4. Summary of statuses', 'What it takes:', '[achieved]', '[off track]', 'as of 2026-12-31']) {
      expect(en).toContain(label);
    }
    for (const label of ['Ví dụ tính toán', 'Tổng hợp trạng thái', 'Cần bao nhiêu', '[đạt]', 'tính đến', 'chỉ tiêu)']) {
      expect(en).not.toContain(label);
    }
    // numbers in English notation: 1 800 000 is 1,800,000 and 8 550 is 8,550 (Thái Nguyên's
    // beds: 8 847 needed, 297 more, as worked out above)
    expect(en).toContain('(denominator 1,800,000; now 8,550, 297 more)');
  });

  it('renders the scorecards as Markdown or CSV, and at another date', () => {
    const markdown = renderDemo({ format: 'markdown', lang: 'en' });
    expect(markdown).toContain('# 2. The five plans');
    expect(markdown).toContain('| Target | Indicator | Area |');
    // each plan is a level-2 heading, its scorecard's title one level below
    expect(markdown).toContain('\n## 2.1. cao-minh-2026 — Cao Minh commune\n\n### Plan for implementing, in 2026,');
    const csv = renderDemo({ format: 'csv' });
    expect(csv).toContain('Chỉ tiêu,Chỉ số,Địa bàn,Kỳ số liệu,Giá trị,Ngưỡng,Chênh lệch,Tiến độ (%),Thời hạn,Trạng thái,Giải thích\r\n');
    expect(csv).toContain('Số chỉ tiêu theo trạng thái: đạt 3 ·');
    // as of 2026-06-30 the yearly 2026 figures have not closed yet: Cao Minh is projected, not judged
    const midyear = renderDemo({ asOf: '2026-06-30' });
    expect(midyear).toContain('tính đến 2026-06-30');
    expect(midyear).not.toContain('cao-minh-2026: đạt 3');
  });
});

describe('the example dataset', () => {
  it('marks every figure illustrative except the four national 2025 results of the Ministry of Health', () => {
    const real = observations.filter((o) => o.illustrative !== true);
    expect(real.map((o) => [o.indicator, o.area, o.period, o.value])).toEqual([
      ['health-insurance-coverage', 'vn', '2025', '95.15'],
      ['doctors-per-10k', 'vn', '2025', '15'],
      ['beds-per-10k', 'vn', '2025', '34.5'],
      ['life-expectancy', 'vn', '2025', '74.8'],
    ]);
    for (const o of real) expect(o.source).toEqual(MOH_2025_SOURCE);
    for (const o of observations.filter((row) => row.illustrative === true)) expect(o.source).toEqual(ILLUSTRATIVE_SOURCE);
  });

  it('has data for every indicator the plans’ targets use, in the target’s area or the areas below it, except the ones left out on purpose', () => {
    // an area and everything below it in the example's area tree (Xuân Hưng's station and its
    // two sub-stations, whose doctors add up to the station's)
    const within = (id: string, top: string): boolean => {
      for (let at: string | undefined = id; at !== undefined; at = areas.find((a) => a.id === at)?.parent) if (at === top) return true;
      return false;
    };
    const missing: string[] = [];
    for (const plan of plans) {
      for (const target of plan.objectives.flatMap((objective) => objective.targets)) {
        if (target.kind === 'qualitative') continue;
        const area = target.area ?? plan.area.id;
        const direct = observations.some((o) => o.indicator === target.indicator && within(o.area, area));
        const units = target.kind === 'share' && observations.some((o) => o.indicator === target.condition.indicator && within(o.area, area));
        if (!direct && !units) missing.push(target.id);
      }
    }
    expect(missing).toEqual([
      'cao-minh-2026/free-checkup',
      'thong-nhat-2026/healthy-life-expectancy',
      'thong-nhat-2026/stations-invested',
      'thong-nhat-2026/healthy-life-expectancy-2045',
    ]);
  });
});

describe('command line', () => {
  it('reads --lang, --format and --as-of in both spellings', () => {
    expect(parseDemoArgs([])).toEqual({ kind: 'run', options: { lang: 'vi', format: 'text', asOf: '2026-12-31' } });
    expect(parseDemoArgs(['--lang', 'en', '--format=csv', '--as-of', '2027-06-30'])).toEqual({
      kind: 'run',
      options: { lang: 'en', format: 'csv', asOf: '2027-06-30' },
    });
    expect(parseDemoArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('rejects unknown flags and bad values with a message naming them', () => {
    const message = (argv: string[]) => {
      const result = parseDemoArgs(argv);
      return result.kind === 'error' ? result.message : undefined;
    };
    expect(message(['--bogus'])).toContain("unknown argument '--bogus'");
    expect(message(['en'])).toContain("unknown argument 'en'");
    expect(message(['--lang', 'fr'])).toContain("--lang must be vi or en (got 'fr')");
    expect(message(['--lang'])).toContain('--lang needs a value');
    expect(message(['--format', 'pdf'])).toContain("--format must be text, markdown, csv or html (got 'pdf')");
    // 2026 is not a leap year: there is no 29 February
    expect(message(['--as-of', '2026-02-29'])).toContain("got '2026-02-29'");
    expect(message(['--as-of=31/12/2026'])).toContain("got '31/12/2026'");
  });

  it('npm run demo prints what renderDemo returns; a bad flag exits 2 with a message', () => {
    const ok = runDemo(['--lang', 'en']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(en);
    const bad = runDemo(['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain("unknown argument '--bogus'");
    expect(bad.stderr).toContain('Usage');
  }, 60_000);
});
