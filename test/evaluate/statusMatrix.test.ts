/**
 * Every status for every target shape (a milestone among them): a table of small cases, each
 * worked by hand in the comment beside it. Due cases are judged on 2027-01-31 against a due
 * date of 2026-12-31; cases before the due date on 2026-06-30 against 2030-12-31, projecting
 * in a straight line from the baseline (or the earliest observation) through the latest: a
 * period `YYYY` ends at the end of that year, so 2021 → 2025 is 4 years and 2025 → 2030-12-31
 * is 5.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import type { TargetReason, TargetStatus } from '../../src/evaluate/types.js';
import type { Observation } from '../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../src/model/target.js';

const AREA = 'xa';
const DUE = { due: '2026-12-31', asOf: '2027-01-31' };
const AHEAD = { due: '2030-12-31', asOf: '2026-06-30' };

/** Observations of `indicator` in the area, one per year: `[period, value]` pairs. */
function series(indicator: string, ...points: [string, string | boolean][]): Observation[] {
  return points.map(([period, value]) => ({ indicator, area: AREA, period, value }));
}

/** Unit observations (stations) under the area: `[period, station, doctors]`. */
function units(...points: [string, string, string | boolean][]): Observation[] {
  return points.map(([period, station, value]) => ({ indicator: 'station-doctors', area: station, parent: AREA, period, value }));
}

interface Case {
  readonly name: string;
  readonly target: Omit<TargetInput, 'id' | 'due'>;
  readonly when: { readonly due: string; readonly asOf: string };
  readonly observations: Observation[];
  readonly status: TargetStatus;
  readonly reason: TargetReason | null;
  readonly published: string | null;
}

const level = { indicator: 'lvl', comparator: '>=', value: '17.5', decimals: 1 } as const;
const below = { indicator: 'low', comparator: '<', value: '15.5', decimals: 1 } as const;
const range = { indicator: 'rng', comparator: 'between', value: '4', upper: '5', decimals: 1 } as const;
const absolute = { kind: 'change', indicator: 'height', change: 'absolute', comparator: '>=', value: '1.5', baseline: { period: '2021' }, decimals: 1 } as const;
const relative = { kind: 'change', indicator: 'active', change: 'relative', comparator: '>=', value: '10', baseline: { period: '2021' }, decimals: 1 } as const;
const points = { kind: 'change', indicator: 'pts', change: 'points', comparator: '>', value: '2', baseline: { period: '2021', value: '80' }, decimals: 1 } as const;
const open = { kind: 'change', indicator: 'open', change: 'unspecified', comparator: '>=', value: '10', baseline: { period: '2021' } } as const;
const maintain = { kind: 'maintain', indicator: 'keep', comparator: '>=', value: '80', from: '2021-01-01', decimals: 1 } as const;
const share = {
  kind: 'share', indicator: 'stations-4', units: { vi: 'trạm y tế' }, decimals: 0,
  condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100',
} as const;
const count = { kind: 'count', indicator: 'cnt', comparator: '>=', value: '7' } as const;
const yesNo = { kind: 'boolean', indicator: 'epidemic', expected: false } as const;
const yesNoSpan = { ...yesNo, from: '2025-01-01' } as const;
// a milestone on the way to a later target ("năm 2024 có 07 Trạm Y tế" toward 100% in 2025): judged on its own
const milestone = { kind: 'count', indicator: 'stations', comparator: '>=', value: '7', milestoneOf: 'stations-100' } as const;
const aim = { kind: 'qualitative', indicator: 'aim', text: { vi: 'Y tế công bằng, hiệu quả' } } as const;

const cases: Case[] = [
  // level ≥ 17.5, one decimal
  { name: 'level: 17.5 meets ≥ 17.5', target: level, when: DUE, observations: series('lvl', ['2026', '17.5']), status: 'achieved', reason: null, published: '17.5' },
  { name: 'level: 17.4 does not', target: level, when: DUE, observations: series('lvl', ['2026', '17.4']), status: 'not-achieved', reason: null, published: '17.4' },
  // 15.0 → 16.0 in a year: 16.0 + 5 × 1.0 = 21.0 ≥ 17.5
  { name: 'level: projected 21.0', target: level, when: AHEAD, observations: series('lvl', ['2024', '15.0'], ['2025', '16.0']), status: 'on-track', reason: 'projected', published: '16.0' },
  // 15.0 → 15.2: 15.2 + 5 × 0.2 = 16.2 < 17.5
  { name: 'level: projected 16.2', target: level, when: AHEAD, observations: series('lvl', ['2024', '15.0'], ['2025', '15.2']), status: 'off-track', reason: 'projected', published: '15.2' },
  { name: 'level: nothing observed', target: level, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'level: a yes/no where a number belongs', target: level, when: DUE, observations: series('lvl', ['2026', true]), status: 'needs-review', reason: 'value-type', published: null },

  // lower is better: < 15.5 (strict)
  { name: 'below: 15.4 is below 15.5', target: below, when: DUE, observations: series('low', ['2026', '15.4']), status: 'achieved', reason: null, published: '15.4' },
  { name: 'below: 15.5 is not below 15.5', target: below, when: DUE, observations: series('low', ['2026', '15.5']), status: 'not-achieved', reason: null, published: '15.5' },
  // 18.0 → 17.0: 17.0 − 5 × 1.0 = 12.0 < 15.5
  { name: 'below: projected 12.0', target: below, when: AHEAD, observations: series('low', ['2024', '18.0'], ['2025', '17.0']), status: 'on-track', reason: 'projected', published: '17.0' },
  // 17.0 → 16.9: 16.9 − 5 × 0.1 = 16.4, not below 15.5
  { name: 'below: projected 16.4', target: below, when: AHEAD, observations: series('low', ['2024', '17.0'], ['2025', '16.9']), status: 'off-track', reason: 'projected', published: '16.9' },
  { name: 'below: nothing observed', target: below, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'below: a yes/no', target: below, when: DUE, observations: series('low', ['2026', false]), status: 'needs-review', reason: 'value-type', published: null },

  // range 4–5, bounds included
  { name: 'range: 5.0 is within 4–5', target: range, when: DUE, observations: series('rng', ['2026', '5']), status: 'achieved', reason: null, published: '5.0' },
  { name: 'range: 5.1 is above it', target: range, when: DUE, observations: series('rng', ['2026', '5.1']), status: 'not-achieved', reason: null, published: '5.1' },
  // 3.0 → 3.2: 3.2 + 5 × 0.2 = 4.2, within 4–5
  { name: 'range: projected 4.2', target: range, when: AHEAD, observations: series('rng', ['2024', '3.0'], ['2025', '3.2']), status: 'on-track', reason: 'projected', published: '3.2' },
  // 3.0 → 3.1: 3.1 + 5 × 0.1 = 3.6, below 4
  { name: 'range: projected 3.6', target: range, when: AHEAD, observations: series('rng', ['2024', '3.0'], ['2025', '3.1']), status: 'off-track', reason: 'projected', published: '3.1' },
  { name: 'range: nothing observed', target: range, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'range: a yes/no', target: range, when: DUE, observations: series('rng', ['2026', true]), status: 'needs-review', reason: 'value-type', published: null },

  // absolute change ≥ +1.5 from the 2021 figure
  { name: 'absolute change: 150.0 → 151.5 is +1.5', target: absolute, when: DUE, observations: series('height', ['2021', '150.0'], ['2026', '151.5']), status: 'achieved', reason: null, published: '151.5' },
  { name: 'absolute change: 150.0 → 151.4 is +1.4', target: absolute, when: DUE, observations: series('height', ['2021', '150.0'], ['2026', '151.4']), status: 'not-achieved', reason: null, published: '151.4' },
  // 150.0 (2021) → 151.0 (2025): 0.25 a year; 151.0 + 5 × 0.25 = 152.25 → 152.3, +2.3
  { name: 'absolute change: projected +2.3', target: absolute, when: AHEAD, observations: series('height', ['2021', '150.0'], ['2025', '151.0']), status: 'on-track', reason: 'projected', published: '151.0' },
  // 150.0 → 150.1: 0.025 a year; 150.1 + 0.125 = 150.225 → 150.2, +0.2
  { name: 'absolute change: projected +0.2', target: absolute, when: AHEAD, observations: series('height', ['2021', '150.0'], ['2025', '150.1']), status: 'off-track', reason: 'projected', published: '150.1' },
  { name: 'absolute change: nothing observed', target: absolute, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  // the 2021 baseline period is declared but not observed: a change cannot be judged
  { name: 'absolute change: no baseline', target: absolute, when: DUE, observations: series('height', ['2026', '151.5']), status: 'no-data', reason: 'no-baseline', published: '151.5' },
  { name: 'absolute change: a yes/no', target: absolute, when: DUE, observations: series('height', ['2021', '150.0'], ['2026', true]), status: 'needs-review', reason: 'value-type', published: null },

  // relative change ≥ +10% from the 2021 figure
  { name: 'relative change: 30 → 33 is +10.0%', target: relative, when: DUE, observations: series('active', ['2021', '30'], ['2026', '33']), status: 'achieved', reason: null, published: '33.0' },
  // (32.9 − 30) / 30 = 9.67% → 9.7%
  { name: 'relative change: 30 → 32.9 is +9.7%', target: relative, when: DUE, observations: series('active', ['2021', '30'], ['2026', '32.9']), status: 'not-achieved', reason: null, published: '32.9' },
  // 30 → 32 in 4 years: 32 + 5 × 0.5 = 34.5, +15%
  { name: 'relative change: projected +15%', target: relative, when: AHEAD, observations: series('active', ['2021', '30'], ['2025', '32']), status: 'on-track', reason: 'projected', published: '32.0' },
  // 30 → 30.4: 30.4 + 5 × 0.1 = 30.9, +3%
  { name: 'relative change: projected +3%', target: relative, when: AHEAD, observations: series('active', ['2021', '30'], ['2025', '30.4']), status: 'off-track', reason: 'projected', published: '30.4' },
  { name: 'relative change: nothing observed', target: relative, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'relative change: from zero', target: relative, when: DUE, observations: series('active', ['2021', '0'], ['2026', '5']), status: 'needs-review', reason: 'zero-baseline', published: '5.0' },

  // more than +2 points from a given baseline of 80
  { name: 'points: 82.1 is +2.1', target: points, when: DUE, observations: series('pts', ['2026', '82.1']), status: 'achieved', reason: null, published: '82.1' },
  { name: 'points: 82.0 is +2.0, not more than 2', target: points, when: DUE, observations: series('pts', ['2026', '82.0']), status: 'not-achieved', reason: null, published: '82.0' },
  // 80 (2021) → 81.0 (2025): 81.0 + 5 × 0.25 = 82.25 → 82.3, +2.3
  { name: 'points: projected +2.3', target: points, when: AHEAD, observations: series('pts', ['2025', '81.0']), status: 'on-track', reason: 'projected', published: '81.0' },
  // 80 → 80.4: 80.4 + 5 × 0.1 = 80.9, +0.9
  { name: 'points: projected +0.9', target: points, when: AHEAD, observations: series('pts', ['2025', '80.4']), status: 'off-track', reason: 'projected', published: '80.4' },
  { name: 'points: nothing observed', target: points, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'points: a yes/no', target: points, when: DUE, observations: series('pts', ['2026', true]), status: 'needs-review', reason: 'value-type', published: null },

  // a change the plan leaves open is never guessed, whatever the data
  { name: 'unspecified change, with data', target: open, when: DUE, observations: series('open', ['2021', '30'], ['2026', '40']), status: 'needs-review', reason: 'change-unspecified', published: null },
  { name: 'unspecified change, before the due date', target: open, when: AHEAD, observations: [], status: 'needs-review', reason: 'change-unspecified', published: null },

  // maintain ≥ 80 in every year from 2021 (the 2020 figure is before the period)
  { name: 'maintain: held every year', target: maintain, when: DUE, observations: series('keep', ['2020', '70'], ['2021', '80'], ['2022', '81'], ['2023', '85'], ['2024', '86'], ['2025', '88'], ['2026', '90']), status: 'achieved', reason: null, published: '90.0' },
  // a year without a figure is never taken as held: 2022, 2024 and 2025 are missing
  { name: 'maintain: years missing', target: maintain, when: DUE, observations: series('keep', ['2021', '80'], ['2023', '85'], ['2026', '90']), status: 'no-data', reason: 'maintain-missing', published: '90.0' },
  { name: 'maintain: 79.9 in 2023', target: maintain, when: DUE, observations: series('keep', ['2021', '80'], ['2023', '79.9'], ['2026', '90']), status: 'not-achieved', reason: 'maintain-failed', published: '90.0' },
  // 2021–2025 are the years complete by 2026-06-30
  { name: 'maintain: held so far', target: maintain, when: AHEAD, observations: series('keep', ['2021', '81'], ['2022', '81'], ['2023', '80'], ['2024', '80.5'], ['2025', '82']), status: 'on-track', reason: null, published: '82.0' },
  { name: 'maintain: slipped in 2024', target: maintain, when: AHEAD, observations: series('keep', ['2021', '81'], ['2024', '79'], ['2025', '82']), status: 'off-track', reason: 'maintain-failed', published: '82.0' },
  { name: 'maintain: nothing observed in the period', target: maintain, when: DUE, observations: series('keep', ['2020', '90']), status: 'no-data', reason: 'maintain-missing', published: null },
  { name: 'maintain: a yes/no', target: maintain, when: DUE, observations: series('keep', ['2021', true]), status: 'needs-review', reason: 'value-type', published: null },

  // share of stations with at least 4 doctors: 100%
  { name: 'share: 2 of 2 stations', target: share, when: DUE, observations: units(['2026', 's1', '4'], ['2026', 's2', '5']), status: 'achieved', reason: null, published: '100' },
  { name: 'share: 1 of 2 stations', target: share, when: DUE, observations: units(['2026', 's1', '4'], ['2026', 's2', '3']), status: 'not-achieved', reason: null, published: '50' },
  // 1 of 2 (50%) in 2024, 2 of 3 (66.67 → 67%) in 2025: 67 + 5 × 17 = 152 ≥ 100
  { name: 'share: projected from 50% and 67%', target: share, when: AHEAD, observations: units(['2024', 's1', '4'], ['2024', 's2', '3'], ['2025', 's1', '4'], ['2025', 's2', '4'], ['2025', 's3', '2']), status: 'on-track', reason: 'projected', published: '67' },
  // 2 of 3 both years: 67 + 5 × 0 = 67 < 100
  { name: 'share: flat at 67%', target: share, when: AHEAD, observations: units(['2024', 's1', '4'], ['2024', 's2', '4'], ['2024', 's3', '2'], ['2025', 's1', '4'], ['2025', 's2', '4'], ['2025', 's3', '2']), status: 'off-track', reason: 'projected', published: '67' },
  { name: 'share: no station reported', target: share, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'share: a yes/no for a count of doctors', target: share, when: DUE, observations: units(['2026', 's1', true]), status: 'needs-review', reason: 'value-type', published: null },

  // count ≥ 7
  { name: 'count: 7', target: count, when: DUE, observations: series('cnt', ['2026', '7']), status: 'achieved', reason: null, published: '7' },
  { name: 'count: 6', target: count, when: DUE, observations: series('cnt', ['2026', '6']), status: 'not-achieved', reason: null, published: '6' },
  // 3 → 5: 5 + 5 × 2 = 15 ≥ 7
  { name: 'count: projected 15', target: count, when: AHEAD, observations: series('cnt', ['2024', '3'], ['2025', '5']), status: 'on-track', reason: 'projected', published: '5' },
  { name: 'count: flat at 3', target: count, when: AHEAD, observations: series('cnt', ['2024', '3'], ['2025', '3']), status: 'off-track', reason: 'projected', published: '3' },
  { name: 'count: nothing observed', target: count, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'count: a yes/no', target: count, when: DUE, observations: series('cnt', ['2026', true]), status: 'needs-review', reason: 'value-type', published: null },

  // milestone: at least 7 stations, by its own due date (its final target's later date plays no part)
  { name: 'milestone: 7 stations', target: milestone, when: DUE, observations: series('stations', ['2026', '7']), status: 'achieved', reason: null, published: '7' },
  { name: 'milestone: 6 stations', target: milestone, when: DUE, observations: series('stations', ['2026', '6']), status: 'not-achieved', reason: null, published: '6' },
  // 4 → 5: 5 + 5 × 1 = 10 ≥ 7
  { name: 'milestone: projected 10', target: milestone, when: AHEAD, observations: series('stations', ['2024', '4'], ['2025', '5']), status: 'on-track', reason: 'projected', published: '5' },
  // 5 → 5: 5 + 5 × 0 = 5 < 7
  { name: 'milestone: flat at 5', target: milestone, when: AHEAD, observations: series('stations', ['2024', '5'], ['2025', '5']), status: 'off-track', reason: 'projected', published: '5' },
  { name: 'milestone: nothing observed', target: milestone, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'milestone: a yes/no', target: milestone, when: DUE, observations: series('stations', ['2026', true]), status: 'needs-review', reason: 'value-type', published: null },

  // yes/no: no major epidemic
  { name: 'yes/no: none', target: yesNo, when: DUE, observations: series('epidemic', ['2026', false]), status: 'achieved', reason: null, published: 'false' },
  { name: 'yes/no: an epidemic', target: yesNo, when: DUE, observations: series('epidemic', ['2026', true]), status: 'not-achieved', reason: null, published: 'true' },
  // over 2025–2030 (from 2025-01-01), judged on the period so far
  { name: 'yes/no: none so far', target: yesNoSpan, when: AHEAD, observations: series('epidemic', ['2025', false]), status: 'on-track', reason: 'so-far', published: 'false' },
  { name: 'yes/no: one so far', target: yesNoSpan, when: AHEAD, observations: series('epidemic', ['2025', true]), status: 'off-track', reason: 'so-far', published: 'true' },
  { name: 'yes/no: nothing observed', target: yesNo, when: DUE, observations: [], status: 'no-data', reason: 'unknown-indicator', published: null },
  { name: 'yes/no: a number', target: yesNo, when: DUE, observations: series('epidemic', ['2026', '0']), status: 'needs-review', reason: 'value-type', published: null },

  // a qualitative aim is for a person to judge
  { name: 'qualitative, with data', target: aim, when: DUE, observations: series('aim', ['2026', '1']), status: 'needs-review', reason: 'qualitative', published: null },
  { name: 'qualitative, before the due date', target: aim, when: AHEAD, observations: [], status: 'needs-review', reason: 'qualitative', published: null },
];

describe('every status for every target shape', () => {
  it.each(cases)('$name: $status', ({ target, when, observations, status, reason, published }) => {
    const parsed = TargetSchema.parse({ id: 't', ...target, due: when.due, area: AREA });
    const result = evaluateTarget(parsed, observations, { asOf: when.asOf });
    expect([result.status, result.reason, result.published]).toEqual([status, reason, published]);
    // every result says why, in both languages, and ends with its verdict
    expect(result.explanation.en.length).toBeGreaterThan(10);
    expect(result.explanation.vi.length).toBeGreaterThan(10);
  });

  it('reaches each status with every shape that can have it', () => {
    const shapes = new Map<string, Set<TargetStatus>>();
    for (const { name, status } of cases) {
      const shape = name.slice(0, name.indexOf(':') >= 0 ? name.indexOf(':') : name.indexOf(','));
      shapes.set(shape, (shapes.get(shape) ?? new Set()).add(status));
    }
    const all = ['achieved', 'needs-review', 'no-data', 'not-achieved', 'off-track', 'on-track'];
    for (const shape of ['level', 'below', 'range', 'absolute change', 'relative change', 'points', 'maintain', 'share', 'count', 'milestone', 'yes/no']) {
      expect([shape, [...(shapes.get(shape) ?? [])].sort()]).toEqual([shape, all]);
    }
    // the two shapes a person must judge have only that status
    expect([...(shapes.get('unspecified change') ?? [])]).toEqual(['needs-review']);
    expect([...(shapes.get('qualitative') ?? [])]).toEqual(['needs-review']);
  });
});
