/**
 * The measure of done for the reader (issue 13): `readPlan` on each seed text recovers the
 * targets shipped in `chitieu/plans` with the same indicator, kind, comparator, value, due
 * date and draft kind, ≥ 95% of them overall, with ≤ 10% of its target drafts matching no
 * shipped target. Every miss and every unmatched draft is listed with its explanation; a new
 * one without an explanation fails the test. An explanation whose miss has gone (a plan was
 * corrected) is reported, not failed.
 */
import { describe, expect, it } from 'vitest';
import { describeDraft, describeTarget, measure, SEEDS, unmatchedKey, type Measurement } from './measure.js';

/** Shipped targets the reader does not recover, and why. */
const MISSES: Record<string, string> = {
  'xuan-hung-2026/free-checkup-2026':
    'The plan encodes “Từ năm 2026, người dân được khám … ít nhất mỗi năm 1 lần” twice: a level due at the end of 2026 and a maintain target for 2026–2030. ' +
    'The reader reads the sentence once, as the maintain target (recovered), which already requires 2026; the Thống Nhất plan encodes the same sentence as the maintain target only.',
  'xuan-hung-2026/station-5-doctors':
    '“đến năm 2027, Trạm y tế có ít nhất 5 bác sĩ” names no quantity of stations, so the reader reads a level of the doctors at the station (station-doctors ≥ 5), ' +
    'as the Thống Nhất plan encodes the same wording (“đến năm 2027 có ít nhất từ 4 - 5 bác sĩ”); this plan encodes a share of stations at 100%. ' +
    'The plan corrections merged into main (issue 10) encode it as the reader reads it, which resolves this miss and the unmatched draft it leaves.',
  'thong-nhat-2026/station-doctors':
    '“ít nhất từ 4 - 5 bác sĩ” is a floor of 4 (≥ 4, the 5 kept as an aspiration, with a RANGE_FLOOR question), as the issue defines it; the plan encodes a range 4–5. ' +
    'The lead’s correction of the plan (≥ 4) resolves this miss and the unmatched draft it leaves.',
};

/** Target drafts that recover no shipped target, and why. */
const UNMATCHED: Record<string, string> = {
  'thong-nhat-2026 ehr-coverage level 2030-12-31 >=100':
    '“Từ năm 2026, …, được lập sổ sức khỏe điện tử …” in the objectives: read as a level due at the objective’s horizon (2030), the way the Xuân Hưng plan encodes the same sentence. ' +
    'The Thống Nhất plan encodes instead the task “Từ năm 2026, … hoàn thành việc tạo lập sổ sức khỏe điện tử cho toàn bộ người dân” (due 2026), which the reader also reads (recovered).',
  'thong-nhat-2026 uhc-service-coverage-index qualitative 2045-12-31 ':
    'The vision’s “chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu ngang tầm các nước phát triển” is an aim without a figure, kept as a qualitative target with a question; ' +
    'the Xuân Hưng plan encodes the same aim (“… được nâng cao”) as a qualitative target, the Thống Nhất plan does not.',
  'thong-nhat-2026 station-doctors level 2027-12-31 >=4': 'The floor of 4 of “ít nhất từ 4 - 5 bác sĩ”: see the miss thong-nhat-2026/station-doctors.',
  'xuan-hung-2026 station-doctors level 2027-12-31 >=5': 'The doctors at the station, ≥ 5: see the miss xuan-hung-2026/station-5-doctors.',
  'ninh-binh-health-2026 essential-immunization-coverage level 2026-12-31 >95':
    'Task II.2.1.c: “bảo đảm tỷ lệ tiêm các loại vắc xin trong tiêm chủng mở rộng đạt trên 95%”, a target stated in the tasks that the plan does not encode; the lead’s correction adds it.',
};

const RECOVERED_AT_LEAST = 0.95;
const UNMATCHED_AT_MOST = 0.1;

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/**
 * Every plan read afresh, inside each test: under mutation testing a result computed while the
 * file loads is the one of whichever mutant was active then, and kills nothing (README,
 * "Mutation testing"). Reading the five texts takes about 0.1 s.
 */
const measureAll = (): Measurement[] => SEEDS.map(([plan, file]) => measure(plan, file));

describe('readPlan on the five seed texts', () => {
  it('prints the measure per plan and in total', () => {
    const measurements = measureAll();
    const rows = measurements.map((m) => ({
      plan: m.plan,
      shipped: m.shipped.length,
      recovered: m.recovered.length,
      'recovered %': percent(m.recovered.length, m.shipped.length),
      drafts: m.drafts,
      unmatched: m.unmatched.length,
      'unmatched %': percent(m.unmatched.length, m.drafts),
    }));
    const total = (key: 'shipped' | 'recovered' | 'drafts' | 'unmatched'): number => rows.reduce((sum, row) => sum + row[key], 0);
    rows.push({
      plan: 'total',
      shipped: total('shipped'),
      recovered: total('recovered'),
      'recovered %': percent(total('recovered'), total('shipped')),
      drafts: total('drafts'),
      unmatched: total('unmatched'),
      'unmatched %': percent(total('unmatched'), total('drafts')),
    });
    const lines = [
      'Reader measure (same indicator, kind, comparator, value, due date; drafts of kind target):',
      ...rows.map((row) => `  ${row.plan.padEnd(24)} recovered ${String(row.recovered).padStart(3)} / ${String(row.shipped).padEnd(3)} ${row['recovered %'].padStart(6)}   unmatched ${String(row.unmatched).padStart(2)} / ${String(row.drafts).padEnd(3)} ${row['unmatched %'].padStart(6)}`),
    ];
    for (const m of measurements) {
      for (const target of m.misses) lines.push(`  miss      ${describeTarget(target)}\n            why: ${MISSES[target.id] ?? 'NOT EXPLAINED'}`);
      for (const draft of m.unmatched) lines.push(`  unmatched ${m.plan} ${describeDraft(draft)}\n            why: ${UNMATCHED[unmatchedKey(m.plan, draft)] ?? 'NOT EXPLAINED'}`);
    }
    const stale = [
      ...Object.keys(MISSES).filter((id) => !measurements.some((m) => m.misses.some((target) => target.id === id))),
      ...Object.keys(UNMATCHED).filter((key) => !measurements.some((m) => m.unmatched.some((draft) => unmatchedKey(m.plan, draft) === key))),
    ];
    if (stale.length > 0) lines.push(`  resolved since explained: ${stale.join('; ')}`);
    console.log(lines.join('\n'));
    expect(rows.length).toBe(6);
  });

  it(`recovers at least ${RECOVERED_AT_LEAST * 100}% of the shipped targets`, () => {
    const measurements = measureAll();
    const shipped = measurements.reduce((sum, m) => sum + m.shipped.length, 0);
    const recovered = measurements.reduce((sum, m) => sum + m.recovered.length, 0);
    expect(recovered / shipped).toBeGreaterThanOrEqual(RECOVERED_AT_LEAST);
  });

  it(`leaves at most ${UNMATCHED_AT_MOST * 100}% of its target drafts unmatched`, () => {
    const measurements = measureAll();
    const drafts = measurements.reduce((sum, m) => sum + m.drafts, 0);
    const unmatched = measurements.reduce((sum, m) => sum + m.unmatched.length, 0);
    expect(unmatched / drafts).toBeLessThanOrEqual(UNMATCHED_AT_MOST);
  });

  it('explains every miss and every unmatched draft', () => {
    const measurements = measureAll();
    const unexplained = measurements.flatMap((m) => [
      ...m.misses.filter((target) => MISSES[target.id] === undefined).map((target) => `miss ${describeTarget(target)}`),
      ...m.unmatched.filter((draft) => UNMATCHED[unmatchedKey(m.plan, draft)] === undefined).map((draft) => `unmatched ${unmatchedKey(m.plan, draft)} (${describeDraft(draft)})`),
    ]);
    expect(unexplained).toEqual([]);
  });

  it.each(SEEDS.map(([plan, file]) => [plan.id, plan, file] as const))('%s: the draft parses and keeps every recovered target', (_, plan, file) => {
    const m = measure(plan, file);
    expect(m.read.valid).toBe(true);
    for (const { draft } of m.recovered) expect(draft.id).toBeDefined();
  });
});
