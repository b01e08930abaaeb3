/**
 * readPlan on short documents written for its edges: the period taken from the targets' years
 * when no heading names one, an objective's horizon (from its heading's year, else the latest
 * year of its targets; widened by a later target in the preamble or an appendix, never past a
 * heading's own year), a target without a due date in a plan that names only its issue date,
 * the year of the title (“… năm 2026”) as the plan's end, a result without a year, a draft
 * with exactly three problems, and the issuer question when the issuer is blank or of no known level.
 *
 * Every expected value is read by hand from the Vietnamese of the document in the test: the
 * years after “Đến năm”, the year of a heading (“MỤC TIÊU NĂM 2026”), the date line (“ngày 05
 * tháng 01 năm 2026”), and the body before “xây dựng Kế hoạch”.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';

/** The objectives of a read plan as [id, horizon, ids of its targets]. */
function objectivesOf(text: string): [string, number, string[]][] {
  return readPlan(text).plan.objectives.map((objective) => [objective.id, objective.horizon, (objective.targets ?? []).map((target) => target.id)]);
}

describe('readPlan: the period and the horizons', () => {
  it('no heading names a year: the period runs from the earliest to the latest year of the targets', () => {
    // two targets, “Đến năm 2025” and “Đến năm 2030”, and nothing else dated: 2025–2030
    const read = readPlan('- Đến năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 90%.\n- Đến năm 2030, số bác sĩ/vạn dân đạt 15.');
    expect(read.plan.period).toEqual({ from: 2025, to: 2030 });
    expect(read.questions.find((q) => q.code === 'PLAN_PERIOD')?.message).toEqual({
      en: 'The years the plan covers were inferred (2025–2030).',
      vi: 'Giai đoạn của kế hoạch được suy ra (2025–2030).',
    });
    // the one (general) objective holds both, so it reaches 2030
    expect(read.plan.objectives.map((objective) => objective.horizon)).toEqual([2030]);
    // nothing names an area or an issuer's level: the reader's default level, a commune; the draft parses
    expect(read.plan.area.level).toBe('commune');
    expect(read.valid).toBe(true);
  });

  it('two objectives’ headings, for 2026 and to 2030: the plan runs to the later, 2030', () => {
    const read = readPlan('I. MỤC TIÊU NĂM 2026\n- Số bác sĩ/vạn dân đạt 12.\nII. MỤC TIÊU ĐẾN NĂM 2030\n- Số bác sĩ/vạn dân đạt 15.');
    expect(read.plan.period).toEqual({ from: 2026, to: 2030 });
  });

  it('“MỤC TIÊU CỤ THỂ” without a year: the objective reaches the latest year of its targets', () => {
    // the heading names no year; its targets are due in 2025 and 2030, so its horizon is 2030
    expect(objectivesOf('I. MỤC TIÊU CỤ THỂ\n- Đến năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 90%.\n- Đến năm 2030, số bác sĩ/vạn dân đạt 15.')).toEqual([
      ['specific-2030', 2030, ['plan-draft/health-insurance-coverage-2025', 'plan-draft/doctors-per-10k-2030']],
    ]);
  });

  it('a heading’s year is its objective’s horizon, even with a later target under it', () => {
    // “MỤC TIÊU NĂM 2026” says 2026; the target “Đến năm 2030” under it does not change what the heading says
    expect(objectivesOf('I. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n- Đến năm 2030, số bác sĩ/vạn dân đạt 15.')).toEqual([
      ['specific-2026', 2026, ['plan-draft/health-insurance-coverage-2026', 'plan-draft/doctors-per-10k-2030']],
    ]);
  });

  it('a heading’s year is its objective’s horizon, even when the first target under it is later', () => {
    // “MỤC TIÊU NĂM 2026” again, its first target “Đến năm 2030”: still 2026
    expect(objectivesOf('I. MỤC TIÊU NĂM 2026\n- Đến năm 2030, số bác sĩ/vạn dân đạt 15.\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.')).toEqual([
      ['specific-2026', 2026, ['plan-draft/doctors-per-10k-2030', 'plan-draft/health-insurance-coverage-2026']],
    ]);
  });

  it('a vision “ĐẾN NĂM 2045” keeps 2045 for a target of 2035 under it', () => {
    // the vision's heading says 2045; its one target says 2035
    expect(objectivesOf('I. MỤC TIÊU ĐẾN NĂM 2030\n- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.\nII. TẦM NHÌN ĐẾN NĂM 2045\n- Đến năm 2035, tuổi thọ trung bình đạt 78 tuổi.')).toEqual([
      ['specific-2030', 2030, ['plan-draft/health-insurance-coverage-2030']],
      ['vision-2045', 2045, ['plan-draft/life-expectancy-2035']],
    ]);
  });

  it('targets in the tasks: their objective reaches the plan’s end or the latest of them, whichever is later', () => {
    // objectives to 2028; the tasks restate a target for 2030, then one for 2026: the tasks reach 2030,
    // and the earlier 2026 does not pull them back
    expect(
      objectivesOf(
        'I. MỤC TIÊU ĐẾN NĂM 2028\n- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.\nII. NHIỆM VỤ, GIẢI PHÁP\n- Phấn đấu đến năm 2030, số bác sĩ/vạn dân đạt 15.\n- Phấn đấu năm 2026 số giường bệnh/vạn dân đạt 30.',
      ),
    ).toEqual([
      ['specific-2028', 2028, ['plan-draft/health-insurance-coverage-2028']],
      ['tasks', 2030, ['plan-draft/doctors-per-10k-2030', 'plan-draft/beds-per-10k-2026']],
    ]);
    // one task target of 2026 in a plan to 2030: the tasks run to the plan's end, 2030
    expect(objectivesOf('I. MỤC TIÊU ĐẾN NĂM 2030\n- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.\nII. NHIỆM VỤ, GIẢI PHÁP\n- Phấn đấu năm 2026 số giường bệnh/vạn dân đạt 30.')).toEqual([
      ['specific-2030', 2030, ['plan-draft/health-insurance-coverage-2030']],
      ['tasks', 2030, ['plan-draft/beds-per-10k-2026']],
    ]);
  });

  it('tasks headed “NĂM 2026” with a target for 2030: the tasks reach 2030', () => {
    expect(objectivesOf('I. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.\nII. NHIỆM VỤ TRỌNG TÂM NĂM 2026\n- Phấn đấu đến năm 2030, số bác sĩ/vạn dân đạt 15.')).toEqual([
      ['specific-2026', 2026, ['plan-draft/health-insurance-coverage-2026']],
      ['tasks', 2030, ['plan-draft/doctors-per-10k-2030']],
    ]);
  });

  it('targets before the first heading: their objective reaches the latest of them', () => {
    // the preamble states a target for 2028, then one for 2030: its objective must cover 2030
    const objectives = objectivesOf(
      '- Đến năm 2028, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n- Đến năm 2030, số bác sĩ/vạn dân đạt 15.\nI. MỤC TIÊU NĂM 2026\n- Số giường bệnh/vạn dân đạt 30.',
    );
    expect(objectives.map(([, horizon, targets]) => [horizon, targets])).toEqual([
      [2030, ['plan-draft/health-insurance-coverage-2028', 'plan-draft/doctors-per-10k-2030']],
      [2026, ['plan-draft/beds-per-10k-2026']],
    ]);
  });

  it('an appendix: its objective reaches the latest of its targets', () => {
    // the appendix's first target has no year (the plan's 2026, from the heading), its second says 2030
    expect(
      objectivesOf('I. MỤC TIÊU NĂM 2026\n- Số giường bệnh/vạn dân đạt 30.\nPHỤ LỤC\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n- Đến năm 2030, số bác sĩ/vạn dân đạt 15.'),
    ).toEqual([
      ['specific-2026', 2026, ['plan-draft/beds-per-10k-2026']],
      ['appendix', 2030, ['plan-draft/health-insurance-coverage-2026', 'plan-draft/doctors-per-10k-2030']],
    ]);
  });

  it('a target without any year in a plan dated 5 January 2026: due at the end of 2026, and asked', () => {
    const read = readPlan('Xã Mẫu, ngày 05 tháng 01 năm 2026\n- Số bác sĩ/vạn dân đạt 12.');
    // the draft keeps no due date (the sentence names none) …
    expect(read.drafts.map((draft) => [draft.indicator, draft.due, draft.id])).toEqual([['doctors-per-10k', undefined, 'plan-draft/doctors-per-10k-2026']]);
    // … the plan's target takes the plan's only year, 2026
    expect(read.plan.objectives.flatMap((objective) => objective.targets ?? []).map((target) => [target.id, target.due])).toEqual([
      ['plan-draft/doctors-per-10k-2026', '2026-12-31'],
    ]);
    expect(read.questions.map((q) => q.code)).toContain('DUE_MISSING');
    expect(read.plan.period).toEqual({ from: 2026, to: 2026 });
  });
});

describe('readPlan: the year of the title', () => {
  it('“Phát triển y tế xã năm 2026” and “MỤC TIÊU CỤ THỂ” without a year: the plan is for 2026', () => {
    const read = readPlan('KẾ HOẠCH\nPhát triển y tế xã năm 2026\n\nI. MỤC TIÊU CỤ THỂ\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n- Số bác sĩ/vạn dân đạt 12.');
    expect(read.plan.period).toEqual({ from: 2026, to: 2026 });
    // the undated targets are taken as due at the end of the title's year, and asked
    expect(read.drafts.map((draft) => [draft.id, draft.due])).toEqual([
      ['plan-draft/health-insurance-coverage-2026', '2026-12-31'],
      ['plan-draft/doctors-per-10k-2026', '2026-12-31'],
    ]);
    expect(read.questions.filter((q) => q.code === 'DUE_ASSUMED').length).toBe(2);
  });

  it('a title without a year: the period comes from the targets (“Đến năm 2030”)', () => {
    const read = readPlan('KẾ HOẠCH\nPhát triển y tế xã\n\nI. MỤC TIÊU CỤ THỂ\n- Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(read.plan.period).toEqual({ from: 2030, to: 2030 });
    expect(read.valid).toBe(true);
  });

  it('a title “… năm 2026” and no target at all: the plan is for 2026', () => {
    const read = readPlan('KẾ HOẠCH\nPhát triển y tế xã năm 2026\n\nI. MỤC TIÊU CHUNG\nNâng cao sức khỏe nhân dân.');
    expect(read.plan.period).toEqual({ from: 2026, to: 2026 });
    expect(read.plan.objectives.map((objective) => [objective.kind, objective.horizon, objective.text.vi])).toEqual([['general', 2026, 'Nâng cao sức khỏe nhân dân.']]);
  });
});

describe('readPlan: results', () => {
  it('a result in a section without a year (“KẾT QUẢ THỰC HIỆN”) has no period: kept out, asked, still among the drafts', () => {
    const read = readPlan('I. KẾT QUẢ THỰC HIỆN\n- Tỷ lệ bao phủ bảo hiểm y tế ước đạt 93%.\nII. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(read.observations).toEqual([]);
    expect(read.drafts.map((draft) => [draft.kind, draft.indicator, draft.value, draft.due, draft.line, draft.repeats])).toEqual([
      ['result', 'health-insurance-coverage', '93', undefined, 2, []],
      ['target', 'health-insurance-coverage', '95', '2026-12-31', 4, []],
    ]);
    expect(read.questions.find((q) => q.code === 'TARGET_LEFT_OUT')?.message.en).toBe('Kept out of the plan: a result without an indicator or a year (line 2).');
  });
});

describe('readPlan: problems of a draft', () => {
  it('exactly three problems: all three asked, no count of more', () => {
    // three targets of 2026 in a plan issued on 5 January 2027
    const read = readPlan(['Xã Mẫu, ngày 05 tháng 01 năm 2027', 'I. MỤC TIÊU NĂM 2026', '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.', '- Số bác sĩ/vạn dân: 12.', '- Số giường bệnh/vạn dân đạt 30.'].join('\n'));
    expect(read.questions.filter((q) => q.code === 'PLAN_INVALID').map((q) => q.field)).toEqual([
      'objectives[0].targets[0].due',
      'objectives[0].targets[1].due',
      'objectives[0].targets[2].due',
    ]);
  });
});

describe('readPlan: the issuer question', () => {
  it('a body of no known level (“Hội Chữ thập đỏ”) is kept, and asked about by name', () => {
    const read = readPlan('Hội Chữ thập đỏ xây dựng Kế hoạch như sau:\nI. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(read.plan.issuer.name.vi).toBe('Hội Chữ thập đỏ');
    expect(read.questions.filter((q) => q.code === 'PLAN_ISSUER')).toEqual([{
      code: 'PLAN_ISSUER',
      field: 'issuer',
      message: { en: 'Who issues the plan? Read as “Hội Chữ thập đỏ”.', vi: 'Cơ quan nào ban hành? Đã đọc là “Hội Chữ thập đỏ”.' },
    }]);
  });

  it('a closing sentence whose issuer was left blank (“Kế hoạch của   về …”): no issuing body found', () => {
    const read = readPlan('I. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\nTrên đây là Kế hoạch của   về triển khai công tác y tế năm 2026.');
    expect(read.questions.filter((q) => q.code === 'PLAN_ISSUER')).toEqual([{
      code: 'PLAN_ISSUER',
      field: 'issuer',
      message: { en: 'Who issues the plan? No issuing body found.', vi: 'Cơ quan nào ban hành? Không tìm thấy cơ quan ban hành.' },
    }]);
    // as with no closing sentence at all: the placeholder name, and a draft that parses
    expect([read.plan.issuer.name.vi, read.valid]).toEqual(['(chưa xác định)', true]);
  });

  it('an issuer of a known level is not asked about', () => {
    const read = readPlan('Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:\nI. MỤC TIÊU NĂM 2026\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.');
    expect(read.plan.issuer).toEqual({ name: { vi: 'Ban Thường vụ Tỉnh ủy' }, level: 'province' });
    expect(read.questions.map((q) => q.code)).not.toContain('PLAN_ISSUER');
  });
});
