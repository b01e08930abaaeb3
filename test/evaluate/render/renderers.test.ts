/**
 * renderScorecard's four formats, whole outputs in both languages, on scorecards built by hand
 * so that every field is chosen here: the expected texts are written from the format each
 * renderer documents (renderScorecard's comment, docs/guide.md): text “[status] id: line” then
 * the counts joined by “; ”; Markdown a heading, the scope, a pipe table and the counts joined
 * by “ · ”; CSV by RFC 4180 (fields with `,` `"` CR or LF quoted, quotes doubled, CRLF line
 * ends); HTML a section with its style, every text escaped (& < > " ' as entities). Numbers in
 * the locale's notation: vi `1.234,5`, en `1,234.5`. The status labels are statusLabel's
 * (“đạt”, “đúng tiến độ”, “chậm tiến độ”, “không đạt”, “chưa có số liệu”, “cần xem xét”).
 */
import { describe, expect, it } from 'vitest';
import { renderScorecard } from '../../../src/evaluate/renderScorecard.js';
import type { AreaScorecard, PlanScorecard, ResultTable, TargetResult } from '../../../src/evaluate/types.js';

const none = { baseline: null } as const;
/** A result with only the fields the sheet reads set here (the rest as an evaluation leaves them empty). */
const result = (fields: Partial<TargetResult>): TargetResult =>
  ({
    kind: 'level', reason: null, actual: null, decimals: null, change: null, ...none, projection: null, period: null, gap: null, progress: null,
    published: null, threshold: null, ...fields,
  }) as TargetResult;

const beds = result({
  target: 'beds', indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', status: 'achieved',
  published: '1234.5', threshold: { comparator: '>=', value: '1200', upper: null, level: '1200' }, gap: '34.5', progress: '100.0',
  due: '2026-12-31',
  // a pipe, a backslash and the three line breaks (CRLF, CR, LF)
  explanation: { vi: 'đạt|tốt\\x\r\ny\rz\nw', en: 'met|ok\\x\r\ny\rz\nw' },
});
const vaccinated = result({
  target: 'vacc', indicator: 'x-vaccinated', area: 'xuan-hung', kind: 'boolean', status: 'off-track',
  published: 'false', threshold: { comparator: '=', value: 'true', upper: null, level: null }, gap: '-0.5', due: '2026-12-31',
  explanation: { vi: `<b>"có" & 'không'</b>`, en: `<b>"yes" & 'no'</b>` },
});
const stunting = result({
  target: 'range', indicator: 'stunting-under-5', area: 'cao-minh', period: '2026-Q4', status: 'no-data',
  threshold: { comparator: 'between', value: '4', upper: '5.5', level: null }, due: '2030-12-31',
  explanation: { vi: '', en: '' },
});
const counts = { achieved: 1, 'on-track': 0, 'off-track': 1, 'not-achieved': 0, 'no-data': 1, 'needs-review': 0 };
const planCard: PlanScorecard = {
  kind: 'chitieu/plan-scorecard', plan: 'p', title: { vi: 'Kế hoạch 2026', en: 'Plan 2026' }, area: 'cao-minh', asOf: '2027-01-31',
  results: [beds, vaccinated, stunting], counts,
};

describe('text', () => {
  it('English: title, scope, a blank line, one line per result, a blank line, the counts', () => {
    expect(renderScorecard(planCard, { format: 'text', locale: 'en' })).toBe(
      [
        'Plan 2026',
        'Area cao-minh, as of 2027-01-31',
        '',
        // the explanation is printed as it is, line breaks and all
        '[achieved] beds: met|ok\\x\r\ny\rz\nw',
        // another area than the scorecard's is named beside the id
        `[off track] vacc (xuan-hung): <b>"yes" & 'no'</b>`,
        // an empty explanation: no colon
        '[no data] range',
        '',
        'achieved: 1; on track: 0; off track: 1; not achieved: 0; no data: 1; needs review: 0',
        '',
      ].join('\n'),
    );
  });
  it('Vietnamese, and a plan without an English title keeps its Vietnamese one in English', () => {
    expect(renderScorecard(planCard, { format: 'text', locale: 'vi' })).toBe(
      [
        'Kế hoạch 2026',
        'Địa bàn cao-minh, tính đến 2027-01-31',
        '',
        '[đạt] beds: đạt|tốt\\x\r\ny\rz\nw',
        `[chậm tiến độ] vacc (xuan-hung): <b>"có" & 'không'</b>`,
        '[chưa có số liệu] range',
        '',
        'đạt: 1; đúng tiến độ: 0; chậm tiến độ: 1; không đạt: 0; chưa có số liệu: 1; cần xem xét: 0',
        '',
      ].join('\n'),
    );
    const untitled: PlanScorecard = { ...planCard, title: { vi: 'Kế hoạch 2026' }, results: [stunting] };
    expect(renderScorecard(untitled, { format: 'text', locale: 'en' }).split('\n')[0]).toBe('Kế hoạch 2026');
  });
  it("an area's scorecard is titled by its area", () => {
    const card: AreaScorecard = { kind: 'chitieu/area-scorecard', area: 'xuan-hung', asOf: '2027-01-31', results: [vaccinated], counts };
    expect(renderScorecard(card, { format: 'text', locale: 'en' }).split('\n').slice(0, 4)).toEqual([
      'xuan-hung',
      'Area xuan-hung, as of 2027-01-31',
      '',
      // the result is in the scorecard's own area: no area beside the id
      `[off track] vacc: <b>"yes" & 'no'</b>`,
    ]);
  });
});

describe('yes/no figures and thresholds as words', () => {
  it("an answer 'true' or 'false' in either the figure or the threshold; no figure: an empty cell", () => {
    const answered = (published: string | null, expected: string) =>
      result({ ...vaccinated, published, threshold: { comparator: '=', value: expected, upper: null, level: null } });
    const card: PlanScorecard = { ...planCard, results: [answered('true', 'false'), answered(null, 'false')] };
    const cells = (locale: 'vi' | 'en') => renderScorecard(card, { format: 'csv', locale }).split('\r\n').slice(1, 3).map((line) => line.split(',').slice(4, 6));
    expect(cells('en')).toEqual([['yes', '= no'], ['', '= no']]);
    expect(cells('vi')).toEqual([['có', '= không'], ['', '= không']]);
  });
});

describe('markdown', () => {
  const rule = '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  it('English: pipes and backslashes escaped, each line break folded to one space', () => {
    expect(renderScorecard(planCard, { format: 'markdown', locale: 'en' })).toBe(
      [
        '## Plan 2026',
        '',
        'Area cao-minh, as of 2027-01-31',
        '',
        '| Target | Indicator | Area | Period | Value | Threshold | Gap | Progress (%) | Due | Status | Explanation |',
        rule,
        // met|ok\x CRLF y CR z LF w → met\|ok\\x y z w
        '| beds | beds-per-10k | cao-minh | 2026 | 1,234.5 | >= 1,200 | 34.5 | 100.0 | 2026-12-31 | achieved | met\\|ok\\\\x y z w |',
        // a yes/no figure and threshold as words; no period, no progress: empty cells
        `| vacc | x-vaccinated | xuan-hung |  | no | = yes | -0.5 |  | 2026-12-31 | off track | <b>"yes" & 'no'</b> |`,
        '| range | stunting-under-5 | cao-minh | 2026-Q4 |  | 4–5.5 |  |  | 2030-12-31 | no data |  |',
        '',
        'achieved: 1 · on track: 0 · off track: 1 · not achieved: 0 · no data: 1 · needs review: 0',
        '',
      ].join('\n'),
    );
  });
  it('Vietnamese: comma decimals, dot thousands', () => {
    expect(renderScorecard(planCard, { format: 'markdown', locale: 'vi' })).toBe(
      [
        '## Kế hoạch 2026',
        '',
        'Địa bàn cao-minh, tính đến 2027-01-31',
        '',
        '| Chỉ tiêu | Chỉ số | Địa bàn | Kỳ số liệu | Giá trị | Ngưỡng | Chênh lệch | Tiến độ (%) | Thời hạn | Trạng thái | Giải thích |',
        rule,
        '| beds | beds-per-10k | cao-minh | 2026 | 1.234,5 | >= 1.200 | 34,5 | 100,0 | 2026-12-31 | đạt | đạt\\|tốt\\\\x y z w |',
        `| vacc | x-vaccinated | xuan-hung |  | không | = có | -0,5 |  | 2026-12-31 | chậm tiến độ | <b>"có" & 'không'</b> |`,
        '| range | stunting-under-5 | cao-minh | 2026-Q4 |  | 4–5,5 |  |  | 2030-12-31 | chưa có số liệu |  |',
        '',
        'đạt: 1 · đúng tiến độ: 0 · chậm tiến độ: 1 · không đạt: 0 · chưa có số liệu: 1 · cần xem xét: 0',
        '',
      ].join('\n'),
    );
  });
});

describe('csv', () => {
  it('English: a field is quoted only when it holds a comma, a quote, CR or LF', () => {
    expect(renderScorecard(planCard, { format: 'csv', locale: 'en' })).toBe(
      [
        'Target,Indicator,Area,Period,Value,Threshold,Gap,Progress (%),Due,Status,Explanation',
        // 1,234.5 and >= 1,200 hold a comma; the explanation a line break
        'beds,beds-per-10k,cao-minh,2026,"1,234.5",">= 1,200",34.5,100.0,2026-12-31,achieved,"met|ok\\x\r\ny\rz\nw"',
        // quotes doubled inside a quoted field; < > & ' need nothing
        `vacc,x-vaccinated,xuan-hung,,no,= yes,-0.5,,2026-12-31,off track,"<b>""yes"" & 'no'</b>"`,
        'range,stunting-under-5,cao-minh,2026-Q4,,4–5.5,,,2030-12-31,no data,',
        '',
      ].join('\r\n'),
    );
  });
  it('Vietnamese: every decimal comma quoted (a grouping dot needs nothing)', () => {
    const lines = renderScorecard(planCard, { format: 'csv', locale: 'vi' }).split('\r\n');
    expect(lines[0]).toBe('Chỉ tiêu,Chỉ số,Địa bàn,Kỳ số liệu,Giá trị,Ngưỡng,Chênh lệch,Tiến độ (%),Thời hạn,Trạng thái,Giải thích');
    expect(lines.slice(2)).toEqual(['y\rz\nw"', `vacc,x-vaccinated,xuan-hung,,không,= có,"-0,5",,2026-12-31,chậm tiến độ,"<b>""có"" & 'không'</b>"`, 'range,stunting-under-5,cao-minh,2026-Q4,,"4–5,5",,,2030-12-31,chưa có số liệu,', '']);
    expect(lines[1]).toBe('beds,beds-per-10k,cao-minh,2026,"1.234,5",>= 1.200,"34,5","100,0",2026-12-31,đạt,"đạt|tốt\\x');
  });
  it('a lone CR, a lone LF or a lone quote is enough to quote a field', () => {
    const only = (explanation: string) =>
      renderScorecard({ ...planCard, results: [{ ...stunting, explanation: { vi: explanation, en: explanation } }] }, { format: 'csv', locale: 'en' }).split(',2030-12-31,no data,')[1];
    expect([only('a\rb'), only('a\nb'), only('a"b'), only('a;b')]).toEqual(['"a\rb"\r\n', '"a\nb"\r\n', '"a""b"\r\n', 'a;b\r\n']);
  });
});

describe('html', () => {
  const style =
    '.chitieu-scorecard{font-family:system-ui,sans-serif;font-size:14px}' +
    '.chitieu-scorecard table{border-collapse:collapse;width:100%}' +
    '.chitieu-scorecard caption{text-align:left;font-weight:600;padding:4px 0}' +
    '.chitieu-scorecard th,.chitieu-scorecard td{border:1px solid #bdbdbd;padding:4px 6px;vertical-align:top;text-align:left}' +
    '.chitieu-scorecard th{background:#f5f5f5}' +
    '.chitieu-scorecard .status-achieved{background:#1b7f3b;color:#ffffff}' +
    '.chitieu-scorecard .status-on-track{background:#c7ecd2;color:#0b3d1b}' +
    '.chitieu-scorecard .status-off-track{background:#ffd699;color:#4d2e00}' +
    '.chitieu-scorecard .status-not-achieved{background:#c62828;color:#ffffff}' +
    '.chitieu-scorecard .status-no-data{background:#e0e0e0;color:#212121}' +
    '.chitieu-scorecard .status-needs-review{background:#cfd8f6;color:#1a237e}';

  it('English: a section with its own style, the caption, the rows with the status cell coloured, the counts', () => {
    expect(renderScorecard(planCard, { format: 'html', locale: 'en' })).toBe(
      [
        '<section class="chitieu-scorecard" lang="en">',
        `<style>${style}</style>`,
        '<table>',
        '<caption>Plan 2026<br><small>Area cao-minh, as of 2027-01-31</small></caption>',
        '<thead><tr><th scope="col">Target</th><th scope="col">Indicator</th><th scope="col">Area</th><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Threshold</th><th scope="col">Gap</th><th scope="col">Progress (%)</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Explanation</th></tr></thead>',
        '<tbody>',
        // >= escaped; the line breaks kept inside the cell
        '<tr data-status="achieved"><td>beds</td><td>beds-per-10k</td><td>cao-minh</td><td>2026</td><td>1,234.5</td><td>&gt;= 1,200</td><td>34.5</td><td>100.0</td><td>2026-12-31</td><td class="status-achieved">achieved</td><td>met|ok\\x\r\ny\rz\nw</td></tr>',
        '<tr data-status="off-track"><td>vacc</td><td>x-vaccinated</td><td>xuan-hung</td><td></td><td>no</td><td>= yes</td><td>-0.5</td><td></td><td>2026-12-31</td><td class="status-off-track">off track</td><td>&lt;b&gt;&quot;yes&quot; &amp; &#39;no&#39;&lt;/b&gt;</td></tr>',
        '<tr data-status="no-data"><td>range</td><td>stunting-under-5</td><td>cao-minh</td><td>2026-Q4</td><td></td><td>4–5.5</td><td></td><td></td><td>2030-12-31</td><td class="status-no-data">no data</td><td></td></tr>',
        '</tbody>',
        '</table>',
        '<p>achieved: 1 · on track: 0 · off track: 1 · not achieved: 0 · no data: 1 · needs review: 0</p>',
        '</section>',
        '',
      ].join('\n'),
    );
  });
  it('Vietnamese: lang="vi", the title and every text escaped the same way', () => {
    const card: PlanScorecard = { ...planCard, title: { vi: `Kế hoạch <"A" & 'B'>` }, results: [vaccinated] };
    const lines = renderScorecard(card, { format: 'html', locale: 'vi' }).split('\n');
    expect(lines[0]).toBe('<section class="chitieu-scorecard" lang="vi">');
    expect(lines[3]).toBe('<caption>Kế hoạch &lt;&quot;A&quot; &amp; &#39;B&#39;&gt;<br><small>Địa bàn cao-minh, tính đến 2027-01-31</small></caption>');
    expect(lines[6]).toBe(
      '<tr data-status="off-track"><td>vacc</td><td>x-vaccinated</td><td>xuan-hung</td><td></td><td>không</td><td>= có</td><td>-0,5</td><td></td><td>2026-12-31</td><td class="status-off-track">chậm tiến độ</td><td>&lt;b&gt;&quot;có&quot; &amp; &#39;không&#39;&lt;/b&gt;</td></tr>',
    );
    expect(lines.slice(7)).toEqual(['</tbody>', '</table>', '<p>đạt: 1 · đúng tiến độ: 0 · chậm tiến độ: 1 · không đạt: 0 · chưa có số liệu: 1 · cần xem xét: 0</p>', '</section>', '']);
  });
  it('every status colour pair is readable: WCAG contrast at least 4.5:1', () => {
    // WCAG 2.1 relative luminance: channel c/255, linear = c ≤ 0.04045 ? c/12.92 : ((c+0.055)/1.055)^2.4,
    // L = 0.2126 R + 0.7152 G + 0.0722 B; contrast (L1 + 0.05) / (L2 + 0.05)
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const html = renderScorecard(planCard, { format: 'html', locale: 'en' });
    const pairs = [...html.matchAll(/\.status-([a-z-]+)\{background:(#[0-9a-f]{6});color:(#[0-9a-f]{6})\}/g)];
    expect(pairs.map((m) => m[1])).toEqual(['achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review']);
    for (const [, , background = '', colour = ''] of pairs) {
      const [light, dark] = [luminance(background), luminance(colour)].sort((a, b) => b - a) as [number, number];
      expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('a table of many areas', () => {
  const table: ResultTable = {
    kind: 'chitieu/result-table', asOf: '2027-01-31', rows: ['xa-a', 'xa-b'], targets: ['t1', 't2'], indicators: ['i1', 'i2'],
    status: ['achieved', 'on-track', 'no-data', 'needs-review'],
    reason: [null, 'projected', 'no-trend', 'conflict'],
    published: ['1234.5', 'true', null, 'false'],
    counts: { achieved: 1, 'on-track': 1, 'off-track': 0, 'not-achieved': 0, 'no-data': 1, 'needs-review': 1 },
  };
  it('text: no scope line; each cell as “area · target”, then its reason', () => {
    expect(renderScorecard(table, { format: 'text', locale: 'en' })).toBe(
      [
        '2 areas × 2 targets, as of 2027-01-31',
        '',
        '[achieved] xa-a · t1',
        '[on track] xa-a · t2: by projection',
        '[no data] xa-b · t1: no trend yet',
        '[needs review] xa-b · t2: conflicts with another target',
        '',
        'achieved: 1; on track: 1; off track: 0; not achieved: 0; no data: 1; needs review: 1',
        '',
      ].join('\n'),
    );
  });
  it('markdown in Vietnamese: no scope paragraph; yes/no figures as words', () => {
    expect(renderScorecard(table, { format: 'markdown', locale: 'vi' })).toBe(
      [
        '## 2 địa bàn × 2 chỉ tiêu, tính đến 2027-01-31',
        '',
        '| Địa bàn | Chỉ tiêu | Chỉ số | Giá trị | Trạng thái | Lý do |',
        '| --- | --- | --- | --- | --- | --- |',
        '| xa-a | t1 | i1 | 1.234,5 | đạt |  |',
        '| xa-a | t2 | i2 | có | đúng tiến độ | theo dự báo |',
        '| xa-b | t1 | i1 |  | chưa có số liệu | chưa có xu hướng |',
        '| xa-b | t2 | i2 | không | cần xem xét | mâu thuẫn với chỉ tiêu khác |',
        '',
        'đạt: 1 · đúng tiến độ: 1 · chậm tiến độ: 0 · không đạt: 0 · chưa có số liệu: 1 · cần xem xét: 1',
        '',
      ].join('\n'),
    );
  });
  it('html: no small scope line in the caption; the status column is the fifth', () => {
    const lines = renderScorecard(table, { format: 'html', locale: 'en' }).split('\n');
    expect(lines[3]).toBe('<caption>2 areas × 2 targets, as of 2027-01-31</caption>');
    expect(lines[4]).toBe('<thead><tr><th scope="col">Area</th><th scope="col">Target</th><th scope="col">Indicator</th><th scope="col">Value</th><th scope="col">Status</th><th scope="col">Reason</th></tr></thead>');
    expect(lines[6]).toBe('<tr data-status="achieved"><td>xa-a</td><td>t1</td><td>i1</td><td>1,234.5</td><td class="status-achieved">achieved</td><td></td></tr>');
  });
  it('reasons and figures left out at the end of their columns read as none', () => {
    const short: ResultTable = { ...table, reason: ['projected'], published: [] };
    expect(renderScorecard(short, { format: 'csv', locale: 'en' })).toBe(
      ['Area,Target,Indicator,Value,Status,Reason', 'xa-a,t1,i1,,achieved,by projection', 'xa-a,t2,i2,,on track,', 'xa-b,t1,i1,,no data,', 'xa-b,t2,i2,,needs review,', ''].join('\r\n'),
    );
  });
});
