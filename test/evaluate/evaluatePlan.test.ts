/**
 * evaluatePlan, evaluateAreas and renderScorecard. Expected values are worked by hand beside them.
 */
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { evaluateAreas } from '../../src/evaluate/evaluateAreas.js';
import { evaluatePlan } from '../../src/evaluate/evaluatePlan.js';
import { renderScorecard } from '../../src/evaluate/renderScorecard.js';
import { statusLabel } from '../../src/evaluate/statusLabel.js';
import { PlanSchema } from '../../src/model/plan.js';

const plan = PlanSchema.parse({
  id: 'demo-2026',
  kind: 'plan',
  title: { vi: 'Kế hoạch y tế xã, năm 2026', en: 'Commune health plan, 2026' },
  issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
  area: { id: 'cao-minh', name: { vi: 'Xã Cao Minh' }, level: 'commune' },
  period: { from: 2026, to: 2026 },
  objectives: [
    {
      id: 'o1', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu 1' },
      targets: [
        { id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31' },
        { id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' },
      ],
    },
    {
      id: 'o2', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu 2' },
      targets: [
        { id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' },
        { id: 'other', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31', area: 'xuan-hung' },
      ],
    },
  ],
});
const observations = [
  { indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', numerator: '59', denominator: '12000' }, // 49.17 → 49.2 ≥ 49.2
  { indicator: 'health-insurance-coverage', area: 'cao-minh', period: '2026', numerator: '11400', denominator: '12000' }, // 95.00, not > 95
  { indicator: 'doctors-per-10k', area: 'xuan-hung', period: '2026', value: '20' },
];

describe('evaluatePlan', () => {
  const card = evaluatePlan(plan, observations, { asOf: '2027-01-31' });
  it('evaluates every target in plan order, for the plan area unless the target names its own', () => {
    expect(card.results.map((r) => [r.target, r.area, r.status])).toEqual([
      ['beds', 'cao-minh', 'achieved'],
      ['bhyt', 'cao-minh', 'not-achieved'],
      ['doctors', 'cao-minh', 'no-data'],
      ['other', 'xuan-hung', 'achieved'],
    ]);
    expect(card.counts).toEqual({ achieved: 2, 'not-achieved': 1, 'on-track': 0, 'off-track': 0, 'no-data': 1, 'needs-review': 0 });
    expect([card.plan, card.area, card.asOf]).toEqual(['demo-2026', 'cao-minh', '2027-01-31']);
  });
  it('evaluateAreas evaluates the same targets for each area', () => {
    const cards = evaluateAreas(plan, observations, { asOf: '2027-01-31', rows: ['cao-minh', 'xuan-hung'] });
    expect(cards.map((c) => c.results.map((r) => r.status))).toEqual([
      ['achieved', 'not-achieved', 'no-data', 'no-data'],
      ['no-data', 'no-data', 'achieved', 'achieved'],
    ]);
    expect(() => evaluateAreas(plan, observations, { asOf: '2027-01-31', rows: 'x' as never })).toThrow(ChitieuError);
  });
});

describe('renderScorecard', () => {
  const card = evaluatePlan(plan, observations, { asOf: '2027-01-31' });
  it('csv: RFC 4180, header row, Vietnamese numbers quoted because of their comma', () => {
    const csv = renderScorecard(card, { format: 'csv', locale: 'vi' });
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(6); // header, 4 rows, and the empty string after the last CRLF
    expect(lines[0]).toBe('Chỉ tiêu,Chỉ số,Địa bàn,Kỳ số liệu,Giá trị,Ngưỡng,Chênh lệch,Tiến độ (%),Thời hạn,Trạng thái,Giải thích');
    // beds: 49,2; threshold ">= 49,2"; gap 49.2 − 49.2 = 0
    expect(lines[1]?.startsWith('beds,beds-per-10k,cao-minh,2026,"49,2",">= 49,2",0,,2026-12-31,đạt,')).toBe(true);
    expect(lines[2]?.startsWith('bhyt,health-insurance-coverage,cao-minh,2026,"95,00",> 95,0,,2026-12-31,không đạt,')).toBe(true);
  });
  it('csv doubles quotes inside fields', () => {
    const first = card.results[0];
    if (first === undefined) throw new Error('no results');
    const quoted = { ...card, results: [{ ...first, target: 'say "hi", ok' }] };
    expect(renderScorecard(quoted, { format: 'csv', locale: 'en' }).split('\r\n')[1]?.startsWith('"say ""hi"", ok",')).toBe(true);
  });
  it('markdown and text, in both languages', () => {
    const md = renderScorecard(card, { format: 'markdown', locale: 'en' });
    expect(md.startsWith('## Commune health plan, 2026\n')).toBe(true);
    expect(md).toContain('| beds | beds-per-10k | cao-minh | 2026 | 49.2 | >= 49.2 | 0 |  | 2026-12-31 | achieved |');
    const text = renderScorecard(card, { format: 'text', locale: 'vi' });
    expect(text).toContain('[không đạt] bhyt: ');
    expect(text).toContain('đạt: 2; đúng tiến độ: 0; chậm tiến độ: 0; không đạt: 1; chưa có số liệu: 1; cần xem xét: 0');
  });
  it('rejects unknown formats and locales', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ChitieuError ? [error.code, error.field] : undefined;
      }
      return undefined;
    };
    expect(codeOf(() => renderScorecard(card, { format: 'pdf' as never, locale: 'vi' }))).toEqual(['INVALID_ARGUMENT', 'options.format']);
    expect(codeOf(() => renderScorecard(card, { format: 'csv', locale: 'fr' as never }))).toEqual(['UNKNOWN_LOCALE', 'options.locale']);
    expect(codeOf(() => statusLabel('done' as never))).toEqual(['INVALID_ARGUMENT', 'status']);
  });
});
