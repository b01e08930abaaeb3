/**
 * Targets a plan states more than once (mergeDrafts). The pairs below are the seeds' own:
 * Cao Minh states insurance coverage above 95% in its objectives (2.4, line 45) and again in its
 * tasks (line 89, “phấn đấu năm 2026 đạt trên 95% dân số tham gia bảo hiểm y tế”); the district
 * plan 141 says “duy trì 100% …” in 2030 for what it sets in 2025; Xuân Hưng and Thống Nhất
 * state “bao phủ bảo hiểm y tế toàn dân” beside the appendix's “>95”. A person reading the plan
 * counts each of these as one target.
 */
import { describe, expect, it } from 'vitest';
import { mergeDrafts, type Placed } from '../../src/read/mergeDrafts.js';
import type { TargetDraft } from '../../src/read/types.js';

function draft(line: number, fields: Partial<TargetDraft>): TargetDraft {
  const text = fields.text ?? `line ${line}`;
  return { text, start: 0, end: text.length, kind: 'target', targetKind: 'level', aspirational: false, approximate: false, confidence: 1, questions: [], ...fields, line };
}

function placed(d: TargetDraft, repeats: number[] = []): Placed {
  return { draft: d, section: 0, repeats };
}

const COVERAGE = { indicator: 'health-insurance-coverage', comparator: '>', value: '95', per: 100, due: '2026-12-31' } as const;

function lines(out: readonly Placed[]): [number, number[]][] {
  return out.map((item) => [item.draft.line, item.repeats]);
}

describe('mergeDrafts', () => {
  it('the same threshold twice is one target: the first statement, its wording and its “phấn đấu” kept, the repeat’s line recorded', () => {
    const objective = draft(45, { ...COVERAGE, text: 'Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.' });
    const task = draft(89, { ...COVERAGE, text: 'phấn đấu năm 2026 đạt trên 95% dân số tham gia bảo hiểm y tế', aspirational: true });
    const out = mergeDrafts([placed(objective), placed(task)]);
    expect(lines(out)).toEqual([[45, [89]]]);
    expect(out[0]?.draft.text).toBe(objective.text);
    expect(out[0]?.draft.aspirational).toBe(false);
    // two levels stay a level
    expect(out[0]?.draft.targetKind).toBe('level');
  });

  it('the same number written differently is the same threshold (95 and 95.0, 4 and 4.00)', () => {
    expect(lines(mergeDrafts([placed(draft(1, COVERAGE)), placed(draft(2, { ...COVERAGE, value: '95.0' }))]))).toEqual([[1, [2]]]);
    const range = { indicator: 'station-doctors', comparator: 'between', value: '4', upper: '5', due: '2027-12-31' } as const;
    expect(lines(mergeDrafts([placed(draft(1, range)), placed(draft(2, { ...range, upper: '5.00' }))]))).toEqual([[1, [2]]]);
  });

  it('a different comparator, value, upper bound, due date or indicator is another target', () => {
    for (const other of [
      { comparator: '>=' },
      { value: '98' },
      { due: '2030-12-31' },
      { indicator: 'primary-care-users-insured' },
    ] as const) {
      expect(lines(mergeDrafts([placed(draft(1, COVERAGE)), placed(draft(2, { ...COVERAGE, ...other }))]))).toEqual([[1, []], [2, []]]);
    }
    const range = { indicator: 'station-doctors', comparator: 'between', value: '4', upper: '5', due: '2027-12-31' } as const;
    expect(lines(mergeDrafts([placed(draft(1, range)), placed(draft(2, { ...range, upper: '6' }))]))).toEqual([[1, []], [2, []]]);
    // “ít nhất từ 1 - 5” (a floor of 1 aiming at 5) is not “ít nhất 15”
    const floor = { indicator: 'station-doctors', comparator: '>=', due: '2027-12-31' } as const;
    expect(lines(mergeDrafts([placed(draft(1, { ...floor, value: '1', upper: '5' })), placed(draft(2, { ...floor, value: '15' }))]))).toEqual([[1, []], [2, []]]);
    // a value that is not a number is compared as written
    expect(lines(mergeDrafts([placed(draft(1, { ...COVERAGE, value: 'x' })), placed(draft(2, { ...COVERAGE, value: 'x' })), placed(draft(3, { ...COVERAGE, value: 'y' }))]))).toEqual([[1, [2]], [3, []]]);
  });

  it('a level that a “duy trì” target of the same threshold covers joins it, as a maintain target from the maintain’s first day', () => {
    const level = draft(10, { indicator: 'communes-meeting-national-criteria', comparator: '>=', value: '100', due: '2030-12-31', text: '100% xã đạt Bộ tiêu chí quốc gia về y tế' });
    const kept = draft(20, { ...level, targetKind: 'maintain', from: '2026-01-01', text: 'duy trì 100% xã đạt Bộ tiêu chí quốc gia về y tế' });
    const out = mergeDrafts([placed(level), placed(kept)]);
    expect(lines(out)).toEqual([[10, [20]]]);
    expect([out[0]?.draft.targetKind, out[0]?.draft.from, out[0]?.draft.text]).toEqual(['maintain', '2026-01-01', level.text]);
    // a maintain without a first day leaves the level's own
    const keptNoFrom = draft(20, { ...kept, from: undefined });
    const levelFrom = draft(10, { ...level, from: '2027-01-01' });
    const again = mergeDrafts([placed(levelFrom), placed(keptNoFrom)]);
    expect([again[0]?.draft.targetKind, again[0]?.draft.from]).toEqual(['maintain', '2027-01-01']);
    // the maintain first: it stays as stated
    const first = mergeDrafts([placed(kept), placed(draft(30, { ...level, from: '2028-01-01' }))]);
    expect([first[0]?.draft.targetKind, first[0]?.draft.from, first[0]?.repeats]).toEqual(['maintain', '2026-01-01', [30]]);
    // two “duy trì” statements: the first one's first day stays
    const twice = mergeDrafts([placed(kept), placed(draft(50, { ...kept, from: '2027-01-01' }))]);
    expect([twice[0]?.draft.targetKind, twice[0]?.draft.from, twice[0]?.repeats]).toEqual(['maintain', '2026-01-01', [50]]);
    // a count of the same threshold is a bound too
    expect(lines(mergeDrafts([placed(level), placed(draft(40, { ...level, targetKind: 'count' }))]))).toEqual([[10, [40]]]);
    expect(mergeDrafts([placed(level), placed(draft(40, { ...level, targetKind: 'count' }))])[0]?.draft.targetKind).toBe('level');
  });

  it('a scope only the repeat gives is added; the first’s own scope stays', () => {
    const out = mergeDrafts([placed(draft(1, COVERAGE)), placed(draft(2, { ...COVERAGE, scope: 'miền núi' }))]);
    expect(out[0]?.draft.scope).toBe('miền núi');
    const own = mergeDrafts([placed(draft(1, { ...COVERAGE, scope: 'đồng bằng' })), placed(draft(2, { ...COVERAGE, scope: 'miền núi' }))]);
    expect(own[0]?.draft.scope).toBe('đồng bằng');
    const none = mergeDrafts([placed(draft(1, COVERAGE)), placed(draft(2, COVERAGE))]);
    expect(none[0]?.draft).not.toHaveProperty('scope');
  });

  it('the repeats of a repeat come along; a third statement is recorded too', () => {
    const out = mergeDrafts([placed(draft(1, COVERAGE)), placed(draft(2, COVERAGE), [7]), placed(draft(3, COVERAGE))]);
    expect(lines(out)).toEqual([[1, [2, 7, 3]]]);
    expect(Object.isFrozen(out[0]?.draft)).toBe(true);
  });

  it('shares with another per-unit condition, changes of another type and yes/no of another answer are other targets', () => {
    const share = { targetKind: 'share', indicator: 'stations-with-doctors', comparator: '>=', value: '100', due: '2026-12-31' } as const;
    const four = { indicator: 'station-doctors', comparator: '>=', value: '4' } as const;
    expect(lines(mergeDrafts([placed(draft(1, { ...share, condition: four })), placed(draft(2, { ...share, condition: four }))]))).toEqual([[1, [2]]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...share, condition: four })), placed(draft(2, { ...share, condition: { ...four, value: '5' } }))]))).toEqual([[1, []], [2, []]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...share, condition: four })), placed(draft(2, { ...share, condition: { ...four, comparator: '>' } }))]))).toEqual([[1, []], [2, []]]);
    // a share is not a level of the same figure, even one whose per-unit condition is not read yet
    expect(lines(mergeDrafts([placed(draft(1, { ...share })), placed(draft(2, { ...share, targetKind: 'level' }))]))).toEqual([[1, []], [2, []]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...share })), placed(draft(2, { ...share }))]))).toEqual([[1, [2]]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...share, condition: four })), placed(draft(2, { ...share, targetKind: 'level' }))]))).toEqual([[1, []], [2, []]]);
    const change = { targetKind: 'change', indicator: 'physical-activity', comparator: '>=', value: '10', due: '2030-12-31' } as const;
    expect(lines(mergeDrafts([placed(draft(1, { ...change, change: 'points' })), placed(draft(2, { ...change, change: 'points' }))]))).toEqual([[1, [2]]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...change, change: 'points' })), placed(draft(2, { ...change, change: 'relative' }))]))).toEqual([[1, []], [2, []]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...change, change: 'points' })), placed(draft(2, { ...change }))]))).toEqual([[1, []], [2, []]]);
    const yesNo = { targetKind: 'boolean', indicator: 'major-epidemic', due: '2026-12-31' } as const;
    expect(lines(mergeDrafts([placed(draft(1, { ...yesNo, expected: false })), placed(draft(2, { ...yesNo, expected: false }))]))).toEqual([[1, [2]]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...yesNo, expected: false })), placed(draft(2, { ...yesNo, expected: true }))]))).toEqual([[1, []], [2, []]]);
    expect(lines(mergeDrafts([placed(draft(1, { ...yesNo, expected: false })), placed(draft(2, { ...yesNo, targetKind: 'qualitative' }))]))).toEqual([[1, []]]);
  });

  it('results and drafts without an indicator pass through, even when repeated', () => {
    const result = { ...COVERAGE, kind: 'result' } as const;
    expect(lines(mergeDrafts([placed(draft(1, result)), placed(draft(2, result))]))).toEqual([[1, []], [2, []]]);
    const unknown = { ...COVERAGE, indicator: undefined };
    expect(lines(mergeDrafts([placed(draft(1, unknown)), placed(draft(2, unknown))]))).toEqual([[1, []], [2, []]]);
    // a result does not take a target's repeat
    expect(lines(mergeDrafts([placed(draft(1, result)), placed(draft(2, COVERAGE)), placed(draft(3, COVERAGE))]))).toEqual([[1, []], [2, [3]]]);
  });

  it('an aim without a figure joins a figure for the same indicator and year (“toàn dân” beside “>95”)', () => {
    const aim = { targetKind: 'qualitative', indicator: 'health-insurance-coverage', due: '2030-12-31' } as const;
    const figure = { ...COVERAGE, due: '2030-12-31' };
    // before or after the figure: the aim goes
    expect(lines(mergeDrafts([placed(draft(1, aim)), placed(draft(2, figure))]))).toEqual([[2, []]]);
    expect(lines(mergeDrafts([placed(draft(1, figure)), placed(draft(2, aim))]))).toEqual([[1, []]]);
    // a figure due in mid-2030 is in the aim's year
    expect(lines(mergeDrafts([placed(draft(1, aim)), placed(draft(2, { ...figure, due: '2030-06-30' }))]))).toEqual([[2, []]]);
    // a figure of another year (2026) leaves the 2030 aim
    expect(lines(mergeDrafts([placed(draft(1, COVERAGE)), placed(draft(2, aim))]))).toEqual([[1, []], [2, []]]);
    // a figure of another indicator leaves it
    expect(lines(mergeDrafts([placed(draft(1, { ...figure, indicator: 'ehr-coverage' })), placed(draft(2, aim))]))).toEqual([[1, []], [2, []]]);
    // a result is not a target's figure
    expect(lines(mergeDrafts([placed(draft(1, { ...figure, kind: 'result' })), placed(draft(2, aim))]))).toEqual([[1, []], [2, []]]);
    // the same aim twice is one, with the repeat's line; in another year, two
    expect(lines(mergeDrafts([placed(draft(1, aim)), placed(draft(2, aim)), placed(draft(3, aim))]))).toEqual([[1, [2, 3]]]);
    expect(lines(mergeDrafts([placed(draft(1, aim)), placed(draft(2, { ...aim, due: '2045-12-31' }))]))).toEqual([[1, []], [2, []]]);
    // aims without an indicator stay, each
    const vague = { targetKind: 'qualitative', due: '2030-12-31' } as const;
    expect(lines(mergeDrafts([placed(draft(1, vague)), placed(draft(2, vague)), placed(draft(3, figure))]))).toEqual([[1, []], [2, []], [3, []]]);
    // aims without a due date: the same “year” (none)
    expect(lines(mergeDrafts([placed(draft(1, { ...aim, due: undefined })), placed(draft(2, { ...aim, due: undefined }))]))).toEqual([[1, [2]]]);
  });
});
