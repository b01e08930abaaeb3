/**
 * Shares of units (src/read/readShares.ts) through the public reader: where the parts after
 * “100% trạm y tế …” stop belonging to the stations, a per-unit figure the catalog cannot
 * observe on a station, a share reported as a result, and the first day of a share.
 *
 * Every expected value is read by hand from the sentence (reasoning beside each case), against
 * the catalog: stations-with-doctors is the share of commune stations with a doctor
 * (station-doctors ≥ 1 each), health-insurance-coverage the share of people insured,
 * tcmr-full-immunization-under-1 the children under one fully immunised.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';

const DUE = { due: '2030-12-31' } as const;

function read(text: string): readonly TargetDraft[] {
  return readTargets(text, DUE);
}

function codes(draft: TargetDraft | undefined): string[] {
  return (draft?.questions ?? []).map((q) => q.code);
}

const STATIONS_WITH_A_DOCTOR = {
  targetKind: 'share',
  indicator: 'stations-with-doctors',
  comparator: '>=',
  value: '100',
  units: 'trạm y tế',
  condition: { indicator: 'station-doctors', comparator: '>=', value: '1' },
};

describe('where the stations’ parts end', () => {
  it.each([
    // “…, người dân được quản lý sức khỏe”: a new subject, the people; the 100% is the stations’
    ['Đến năm 2030, 100% trạm y tế có bác sĩ, người dân được quản lý sức khỏe.', 'người dân được quản lý sức khỏe'],
    // the same after “và”
    ['Đến năm 2030, 100% trạm y tế có bác sĩ, và người dân được quản lý sức khỏe.', 'người dân được quản lý sức khỏe'],
  ])('%s → a share of stations, then the people’s aim, read as everyone and asked', (text, aim) => {
    const drafts = read(text);
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatchObject(STATIONS_WITH_A_DOCTOR);
    // the people's aim has no figure of its own: 100% of the people is assumed, and asked
    expect([drafts[1]?.indicator, drafts[1]?.targetKind, drafts[1]?.value, drafts[1]?.text]).toEqual(['population-under-health-management', 'level', '100', aim]);
    expect(codes(drafts[1])).toEqual(['VALUE_ASSUMED']);
  });

  it('a part with its own percentage ends the stations’ parts: the aim after it is not the stations’', () => {
    // “100% of stations have at least 4 doctors, insurance coverage reaches 95%, children under
    // one are fully immunised”: the last aim has no figure — kept as an aim, with a question
    const drafts = read('Đến năm 2030, 100% trạm y tế có tối thiểu 4 bác sĩ, bao phủ bảo hiểm y tế đạt 95%, trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.');
    expect(drafts.map((d) => [d.indicator, d.targetKind, d.value])).toEqual([
      ['stations-with-doctors', 'share', '100'],
      ['health-insurance-coverage', 'level', '95'],
      ['tcmr-full-immunization-under-1', 'qualitative', undefined],
    ]);
    expect(drafts[0]?.condition).toEqual({ indicator: 'station-doctors', comparator: '>=', value: '4' });
    expect(codes(drafts[2])).toEqual(['NO_THRESHOLD']);
  });
});

describe('a per-unit figure the catalog does not observe on a station', () => {
  it('“100% trạm y tế có 2 điều dưỡng” is no share the catalog knows', () => {
    // the catalog observes doctors on each station, not nurses: no share, and no indicator
    const drafts = read('Đến năm 2030, 100% trạm y tế có 2 điều dưỡng.');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((d) => d.targetKind !== 'share' && d.indicator === undefined)).toBe(true);
    expect(drafts.every((d) => codes(d).includes('INDICATOR_UNKNOWN'))).toBe(true);
  });
});

describe('results and aspirations', () => {
  it('“Hiện nay 100% trạm y tế có bác sĩ” reports a result', () => {
    // “hiện nay” (now): the share is already reached
    const drafts = read('Hiện nay 100% trạm y tế có bác sĩ.');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ ...STATIONS_WITH_A_DOCTOR, kind: 'result', aspirational: false });
  });

  it('“Phấn đấu vượt mục tiêu, 100% trạm y tế có bác sĩ” is a target to strive for', () => {
    // “strive to exceed the target”: nothing is reported as reached
    const drafts = read('Phấn đấu vượt mục tiêu, 100% trạm y tế có bác sĩ.');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ ...STATIONS_WITH_A_DOCTOR, kind: 'target', aspirational: true });
  });
});

describe('the first day of a share', () => {
  it('“Từ năm 2026, 100% trạm y tế có bác sĩ” applies from 1 January 2026', () => {
    const drafts = read('Từ năm 2026, 100% trạm y tế có bác sĩ.');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ ...STATIONS_WITH_A_DOCTOR, from: '2026-01-01', due: '2030-12-31' });
  });

  it('a period (“Giai đoạn 2026-2030”) sets no first day for a level share, as for any level', () => {
    // a level is judged at its due date (the period's end); the period's start matters only
    // for what must be kept throughout (“duy trì”)
    const level = read('Giai đoạn 2026-2030, 100% trạm y tế có bác sĩ.');
    expect(level).toHaveLength(1);
    expect(level[0]).toMatchObject({ ...STATIONS_WITH_A_DOCTOR, due: '2030-12-31' });
    expect(level[0]?.from).toBeUndefined();
    const plain = read('Giai đoạn 2026-2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(plain[0]?.from).toBeUndefined();
    const kept = read('Giai đoạn 2026-2030, duy trì 100% trạm y tế có bác sĩ.');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ indicator: 'stations-with-doctors', targetKind: 'share', from: '2026-01-01', due: '2030-12-31' });
  });
});
