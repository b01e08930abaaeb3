/**
 * engine/explain.ts, the table of written lines: results of one target that read the same
 * fields share one frozen pair; results that differ in any field a line reads get their own
 * line, even when they fall in the same slot of the table. Each case explains a first result,
 * then a second that differs from it in one field, and checks the second's line, put together
 * by hand from the wording (src/evaluate/wording/en.ts, vi.ts): name, ': ', figure, period,
 * the goal clause, the tail, ': ' status '.'. The results are made by hand, field by field, as
 * the kinds' `describe` fills them in (src/evaluate/engine/evaluate.ts draftOf).
 *
 * The table is keyed by a hash of the figure, its period, the status and the reason; the
 * figures 21.3 and 31.0 (period 2028) and the periods 2027-08 and 2028-Q2 (figure 12.0) were
 * picked because their hashes fall in the same slot (FNV-1a of the characters, low 12 bits),
 * so that only the comparison of the fields can tell those results apart.
 */
import { describe, expect, it } from 'vitest';
import type { BilingualText } from '../../../src/errors.js';
import { evaluateAreas } from '../../../src/evaluate/evaluateAreas.js';
import { prepare } from '../../../src/evaluate/engine/evaluate.js';
import { explain } from '../../../src/evaluate/engine/explain.js';
import { readSettings } from '../../../src/evaluate/engine/settings.js';
import type { Projection, TargetResult } from '../../../src/evaluate/types.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const asOf = '2029-01-31';
const target = (input: Record<string, unknown>) => TargetSchema.parse({ id: 't', due: '2028-12-31', ...input } as unknown as TargetInput);
// an indicator the catalog does not know: its line starts with its id, and figures carry no unit
const level = target({ indicator: 'x', comparator: '>=', value: '10', decimals: 1 });
const change = target({ kind: 'change', indicator: 'x', change: 'relative', comparator: '>=', value: '20', baseline: { period: '2021' }, decimals: 1 });

/** A result of `t` as draftOf starts it, achieved on 12.0 for 2028, with `fields` over it. */
function result(fields: Partial<TargetResult>, t = level): TargetResult {
  return {
    target: t.id, indicator: t.indicator, area: 'xa', kind: t.kind, status: 'achieved', reason: null, actual: null,
    published: '12.0', decimals: 1, change: null, threshold: null, gap: null, progress: null, baseline: null,
    due: t.due, asOf, period: '2028', context: null, failedPeriod: null, periods: null, units: null,
    rolledUpFrom: null, projection: null, requiredAnnualChange: null, whatItTakes: null, interval: null,
    governedBy: null, conflictsWith: null, explanation: { vi: '', en: '' }, ...fields,
  };
}

/** The line of `then`, explained after `first` for the same target. */
function after(first: Partial<TargetResult>, then: Partial<TargetResult>, t = level): BilingualText {
  const prepared = prepare(t, readSettings({ asOf }));
  explain(result(first, t), prepared);
  return explain(result(then, t), prepared);
}

/** Whether two results made alike, down to distinct objects and lists inside them, are given one and the same pair. */
function shared(fields: Partial<TargetResult>, t = level): boolean {
  const prepared = prepare(t, readSettings({ asOf }));
  return explain(result(fields, t), prepared) === explain(result(structuredClone(fields), t), prepared);
}

const goal = '; target at least 10 by 2028-12-31';

describe('the verdict and the figure', () => {
  it('another status of the same length', () => {
    // 'achieved' and 'on-track' are both 8 letters
    expect(after({}, { status: 'on-track' }).en).toBe(`x: 12.0 (2028)${goal}: on track.`);
  });
  it('another reason of the same length, without a figure', () => {
    // 'no-observation' and 'partial-period' are both 14 letters; no figure's period: the target's own, 2028
    const none = { status: 'no-data', reason: 'no-observation', published: null, decimals: null, period: null } as const;
    const text = after(none, { ...none, reason: 'partial-period' });
    expect(text.en).toBe(`x: only figures for part of 2028, which do not stand in for the whole period${goal}: no data.`);
    expect(text.vi).toBe('x: chỉ có số liệu một phần kỳ 2028, không thay được số liệu cả kỳ; chỉ tiêu ít nhất 10 đến 31/12/2028: chưa có số liệu.');
  });
  it('another figure in the same slot', () => {
    expect(after({ published: '21.3' }, { published: '31.0' }).en).toBe(`x: 31.0 (2028)${goal}: achieved.`);
  });
  it('another period in the same slot', () => {
    const text = after({ period: '2027-08' }, { period: '2028-Q2' });
    expect(text.en).toBe(`x: 12.0 (2028-Q2)${goal}: achieved.`);
    expect(text.vi).toBe('x: 12,0 (kỳ 2028-Q2); chỉ tiêu ít nhất 10 đến 31/12/2028: đạt.');
  });
  it('the same figure at other places: its interval’s limits at those places', () => {
    // 11.04 and 12.96 at 1 place: 11.0 and 13.0; at 2 places as they are
    const interval = { lower: 11.04, upper: 12.96, level: 0.95, method: 'published', rating: 'green', clear: true } as const;
    expect(after({ interval }, { interval, decimals: 2 }).en).toBe(`x: 12.0 (2028)${goal}; 95% interval 11.04–12.96: achieved.`);
  });
  it('summed from another number of areas', () => {
    expect(after({ rolledUpFrom: 2 }, { rolledUpFrom: 3 }).en).toBe(`x: 12.0 (2028) (summed from 3 areas below)${goal}: achieved.`);
  });
  it('an interval after a result without one', () => {
    // 0.95 → 95%; 11.04–12.96 at the figure's 1 place: 11.0–13.0
    const interval = { lower: 11.04, upper: 12.96, level: 0.95, method: 'published', rating: 'green', clear: true } as const;
    expect(after({}, { interval }).en).toBe(`x: 12.0 (2028)${goal}; 95% interval 11.0–13.0: achieved.`);
  });
});

describe('the reason’s details', () => {
  it('a problem in another period', () => {
    const problem = { status: 'needs-review', reason: 'zero-denominator', published: null, decimals: null } as const;
    const text = after(problem, { ...problem, failedPeriod: '2027' });
    expect(text.en).toBe(`x: the 2027 observation has a zero denominator${goal}: needs review.`);
    expect(text.vi).toBe('x: số liệu kỳ 2027 có mẫu số bằng 0; chỉ tiêu ít nhất 10 đến 31/12/2028: cần xem xét.');
  });
  it('governed by another target', () => {
    const governed = { status: 'needs-review', reason: 'governed', published: null, decimals: null, period: null } as const;
    const text = after({ ...governed, governedBy: 'a' }, { ...governed, governedBy: 'b' });
    expect(text.en).toBe('x: the plan applies target b in place of this one (the document contradicts itself): needs review.');
    expect(text.vi).toBe('x: kế hoạch áp dụng chỉ tiêu b thay cho chỉ tiêu này (văn bản tự mâu thuẫn): cần xem xét.');
  });
  it('in conflict with another target', () => {
    // a conflict keeps the figure it was judged on, and its line does not show it
    const conflict = { status: 'needs-review', reason: 'conflict' } as const;
    expect(after({ ...conflict, conflictsWith: 'a' }, { ...conflict, conflictsWith: 'b' }).en).toBe(
      'x: conflicts with target b of the plan for the same indicator, area and year, and the plan does not say which applies: needs review.',
    );
  });
  it('the latest figure from another period', () => {
    const none = { status: 'no-data', reason: 'no-figure-for-period', published: null, decimals: null, period: null } as const;
    const text = after({ ...none, context: { published: '9.0', period: '2027' } }, { ...none, context: { published: '9.0', period: '2026' } });
    expect(text.en).toBe(`x: no figure for 2028; latest figure 9.0 (2026)${goal}: no data.`);
    expect(text.vi).toBe('x: không có số liệu của kỳ 2028; số liệu gần nhất 9,0 (kỳ 2026); chỉ tiêu ít nhất 10 đến 31/12/2028: chưa có số liệu.');
  });
});

describe('a change and its baseline', () => {
  // 1 250 against 1 000 in 2021: (1250 − 1000) / 1000 × 100 = 25%
  const base = { published: '1250.0', change: '25', baseline: { period: '2021', value: '1000' } };
  const changeGoal = '; target a change at least 20% by 2028-12-31';
  it('another change from the same baseline', () => {
    expect(after(base, { ...base, change: '26' }, change).en).toBe(`x: 1,250.0 (2028), a change of +26% from 1,000 (2021)${changeGoal}: achieved.`);
  });
  it('the same change from a baseline of another period', () => {
    const text = after(base, { ...base, baseline: { period: '2020', value: '1000' } }, change);
    expect(text.en).toBe(`x: 1,250.0 (2028), a change of +25% from 1,000 (2020)${changeGoal}: achieved.`);
    expect(text.vi).toBe('x: 1.250,0 (kỳ 2028), thay đổi +25% so với 1.000 (kỳ 2020); chỉ tiêu thay đổi ít nhất 20% đến 31/12/2028: đạt.');
  });
  it('the same change from the same baseline: one pair', () => {
    expect(shared(base, change)).toBe(true);
  });
  it('without a change, a baseline is not in the line: results with other baselines share it', () => {
    const prepared = prepare(level, readSettings({ asOf }));
    const first = explain(result({ baseline: { period: '2021', value: '8.0' } }), prepared);
    const second = explain(result({ baseline: { period: '2021', value: '9.0' } }), prepared);
    expect(second).toBe(first);
    expect(second.en).toBe(`x: 12.0 (2028)${goal}: achieved.`);
  });
  it('a change after a result without one, and the other way', () => {
    // a result of the same figure and baseline without a change (as one from a baseline of zero has none)
    const none = { ...base, change: null };
    expect(after(none, base, change).en).toBe(`x: 1,250.0 (2028), a change of +25% from 1,000 (2021)${changeGoal}: achieved.`);
    expect(after(base, none, change).en).toBe(`x: 1,250.0 (2028)${changeGoal}: achieved.`);
  });
});

describe('units of a share', () => {
  const units = { total: 5, observed: 4, meeting: 3, missing: ['s5'] };
  it('units after a result without them, and the other way', () => {
    expect(after({}, { units }).en).toBe(`x: 12.0 (2028) (3 of 5 units; no figure: s5)${goal}: achieved.`);
    expect(after({ units }, {}).en).toBe(`x: 12.0 (2028)${goal}: achieved.`);
  });
  it('another number meeting the condition', () => {
    const text = after({ units }, { units: { ...units, meeting: 4 } });
    expect(text.en).toBe(`x: 12.0 (2028) (4 of 5 units; no figure: s5)${goal}: achieved.`);
    expect(text.vi).toBe('x: 12,0 (kỳ 2028) (4/5 đơn vị đạt; chưa có số liệu: s5); chỉ tiêu ít nhất 10 đến 31/12/2028: đạt.');
  });
  it('another number of units', () => {
    expect(after({ units }, { units: { ...units, total: 6 } }).en).toBe(`x: 12.0 (2028) (3 of 6 units; no figure: s5)${goal}: achieved.`);
  });
  it('one more unit without a figure', () => {
    expect(after({ units }, { units: { ...units, missing: ['s5', 's6'] } }).en).toBe(`x: 12.0 (2028) (3 of 5 units; no figure: s5, s6)${goal}: achieved.`);
  });
  it('another unit without a figure', () => {
    expect(after({ units }, { units: { ...units, missing: ['s6'] } }).en).toBe(`x: 12.0 (2028) (3 of 5 units; no figure: s6)${goal}: achieved.`);
  });
  it('the same units: one pair', () => {
    expect(shared({ units })).toBe(true);
  });
});

describe('the years of a maintained target', () => {
  const years = [
    { period: '2027', published: '12.0', held: true },
    { period: '2028', published: '12.0', held: true },
  ];
  const failed = { status: 'not-achieved', reason: 'maintain-failed', published: '9.0' } as const;
  it('years after a result without them, and the other way', () => {
    expect(after({}, { periods: years }).en).toBe(`x: 12.0 (2028)${goal}; held in 2027, 2028: achieved.`);
    expect(after({ periods: years }, {}).en).toBe(`x: 12.0 (2028)${goal}: achieved.`);
  });
  it('a year held in one and not in the other', () => {
    const first = [{ period: '2027', published: '12.0', held: true }, { period: '2028', published: '9.0', held: false }];
    const then = [{ period: '2027', published: '9.0', held: false }, { period: '2028', published: '9.0', held: false }];
    const text = after({ ...failed, periods: first }, { ...failed, periods: then });
    expect(text.en).toBe(`x: 9.0 (2028)${goal}; not held in 2027, 2028: not achieved.`);
    expect(text.vi).toBe('x: 9,0 (kỳ 2028); chỉ tiêu ít nhất 10 đến 31/12/2028; không duy trì được năm 2027, 2028: không đạt.');
  });
  it('another year held', () => {
    const first = [{ period: '2026', published: '12.0', held: true }, { period: '2028', published: '9.0', held: false }];
    const then = [{ period: '2027', published: '12.0', held: true }, { period: '2028', published: '9.0', held: false }];
    expect(after({ ...failed, periods: first }, { ...failed, periods: then }).en).toBe(`x: 9.0 (2028)${goal}; held in 2027; not held in 2028: not achieved.`);
  });
  it('the same years: one pair', () => {
    expect(shared({ periods: years })).toBe(true);
  });
});

describe('a projection', () => {
  // 11.0 in 2026, projected to 12.5 by the due date
  const projection: Projection = { method: 'linear', value: '12.5', slopePerYear: '0.5', growthRate: null, from: '2026', to: '2028-12-31', bound: null, sdg: null };
  const early = { status: 'on-track', reason: 'projected', published: '11.0', period: '2026' } as const;
  const head = `x: 11.0 (2026)${goal}`;
  it('a projection after a result without one, and the other way', () => {
    expect(after(early, { ...early, projection }).en).toBe(`${head}; projected 12.5 by 2028-12-31 (linear): on track.`);
    expect(after({ ...early, projection }, early).en).toBe(`${head}: on track.`);
  });
  it('by another method', () => {
    const text = after({ ...early, projection }, { ...early, projection: { ...projection, method: 'growth-rate' } });
    expect(text.en).toBe(`${head}; projected 12.5 by 2028-12-31 (growth rate): on track.`);
    expect(text.vi).toBe('x: 11,0 (kỳ 2026); chỉ tiêu ít nhất 10 đến 31/12/2028; dự báo 12,5 vào 31/12/2028 (theo tốc độ tăng trưởng): đúng tiến độ.');
  });
  const bound = { value: '12.0', reached: '2028-03-31' };
  it('reaching another bound', () => {
    const text = after({ ...early, projection: { ...projection, bound } }, { ...early, projection: { ...projection, bound: { ...bound, value: '12.2' } } });
    expect(text.en).toBe(`${head}; projected 12.5 by 2028-12-31 (linear, reaching 12.2 in 2028): on track.`);
  });
  it('reaching it in another year; in another month of the same year: one pair (only the year is told)', () => {
    const text = after({ ...early, projection: { ...projection, bound } }, { ...early, projection: { ...projection, bound: { ...bound, reached: '2027-09-30' } } });
    expect(text.en).toBe(`${head}; projected 12.5 by 2028-12-31 (linear, reaching 12.0 in 2027): on track.`);
    expect(text.vi).toBe('x: 11,0 (kỳ 2026); chỉ tiêu ít nhất 10 đến 31/12/2028; dự báo 12,5 vào 31/12/2028 (tuyến tính, chạm 12,0 năm 2027): đúng tiến độ.');
    const prepared = prepare(level, readSettings({ asOf }));
    const march = explain(result({ ...early, projection: { ...projection, bound } }), prepared);
    const june = explain(result({ ...early, projection: { ...projection, bound: { ...bound, reached: '2028-06-30' } } }), prepared);
    expect(june).toBe(march);
  });
  const sdg = { ratio: '1.37', category: 'on-track' } as const;
  const bySdg: Projection = { ...projection, method: 'sdg', sdg };
  it('by the SDG method, another ratio', () => {
    const text = after({ ...early, projection: bySdg }, { ...early, projection: { ...bySdg, sdg: { ...sdg, ratio: '1.40' } } });
    expect(text.en).toBe(`${head}; projected 12.5 by 2028-12-31 (SDG method); ratio of actual to required growth 1.40: on track: on track.`);
  });
  it('by the SDG method, another category', () => {
    const text = after({ ...early, projection: bySdg }, { ...early, projection: { ...bySdg, sdg: { ...sdg, category: 'acceleration-needed' } } });
    expect(text.en).toBe(`${head}; projected 12.5 by 2028-12-31 (SDG method); ratio of actual to required growth 1.37: acceleration needed: on track.`);
  });
  it('the same projection: one pair', () => {
    expect(shared({ ...early, projection: { ...bySdg, bound } })).toBe(true);
  });
});

describe('the table of a target’s lines', () => {
  it('areas with the same figures share one pair, with other figures written between them', () => {
    // a1…a8 published 11.0 … 18.0, then b1…b8 the same figures in the same order: each b reads its a's line
    const x = target({ indicator: 'x', area: undefined, comparator: '>=', value: '10', decimals: 1 });
    const figures = [11, 12, 13, 14, 15, 16, 17, 18];
    const rows = [...figures.map((_, i) => `a${i + 1}`), ...figures.map((_, i) => `b${i + 1}`)];
    const observations: Observation[] = rows.map((area, i) => ({ indicator: 'x', area, period: '2028', value: String(figures[i % 8]) }));
    const lines = evaluateAreas([x], observations, { asOf, rows }).map((card) => card.results[0]?.explanation);
    expect(lines[0]?.en).toBe(`x: 11.0 (2028)${goal}: achieved.`);
    expect(lines[15]?.en).toBe(`x: 18.0 (2028)${goal}: achieved.`);
    for (let i = 0; i < 8; i++) expect(lines[i + 8]).toBe(lines[i]);
  });
  it('a result with another reason written between two alike does not replace the first', () => {
    // the same figure, period and status; a reason ('so-far') apart
    const prepared = prepare(level, readSettings({ asOf }));
    const first = explain(result({}), prepared);
    const soFar = explain(result({ reason: 'so-far' }), prepared);
    expect(soFar.en).toBe(`x: 12.0 (2028)${goal}; so far in the period: achieved.`);
    expect(explain(result({}), prepared)).toBe(first);
  });
});
