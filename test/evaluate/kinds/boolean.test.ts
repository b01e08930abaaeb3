/**
 * Yes/no targets beyond the cases of evaluateTarget.test.ts: parts of the period that cover it
 * in any order, a part missing, an answer that cannot be read from the areas below, nothing
 * observed, and a “yes” target before its due date. Every verdict is worked by hand beside it
 * from DESIGN.md ("How a target is judged": an unwanted “yes” in part of the period settles a
 * “no” target; “no” for parts that cover the whole period answers it; otherwise a part never
 * stands in for the whole). The indicator is the catalog's `major-epidemic` (a flow), named
 * “A major epidemic occurred in the area” / “Có dịch bệnh lớn xảy ra trên địa bàn”; the
 * explanations are the wording's phrases (src/evaluate/wording) put together word for word.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema, type TargetInput } from '../../../src/model/target.js';

const AREA = 'xa';
const target = (input: Record<string, unknown>) =>
  TargetSchema.parse({ id: 'epidemic', kind: 'boolean', area: AREA, indicator: 'major-epidemic', expected: false, due: '2026-12-31', ...input } as unknown as TargetInput);
const answer = (period: string, value: boolean | string, area = AREA): Observation =>
  area === AREA ? { indicator: 'major-epidemic', area, period, value } : { indicator: 'major-epidemic', area, parent: AREA, period, value };
const DUE = { asOf: '2027-01-31' };
const EARLY = { asOf: '2026-06-30' };

describe('boolean: parts of the period that cover it', () => {
  it('a month, the first half and the second half, all “no”: the parts cover 2026, so achieved', () => {
    // Rows come sorted by last day: 2026-05 (05-01…05-31), 2026-H1 (01-01…06-30), 2026-H2 (07-01…12-31).
    // By first day: H1 covers 01-01…06-30, the month lies inside it, H2 goes on from 07-01 to 12-31:
    // every day of 2026 is covered, so the “no” answers the year. Taken in the order of their last day,
    // the month (from 05-01) would leave 01-01…04-30 uncovered.
    const result = evaluateTarget(target({}), [answer('2026-05', false), answer('2026-H1', false), answer('2026-H2', false)], DUE);
    expect([result.status, result.reason, result.published, result.period, result.actual]).toEqual(['achieved', null, 'false', '2026-H2', 'false']);
    expect(result.explanation.en).toBe('A major epidemic occurred in the area: no (2026-H2); target: no by 2026-12-31: achieved.');
    expect(result.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: không (kỳ 2026-H2); chỉ tiêu: không đến 31/12/2026: đạt.');
  });
  it('the same parts given in another order: still achieved', () => {
    const result = evaluateTarget(target({}), [answer('2026-H2', false), answer('2026-H1', false), answer('2026-05', false)], DUE);
    expect([result.status, result.published, result.period]).toEqual(['achieved', 'false', '2026-H2']);
  });
  it('the first half and a month of the second half: July is not the whole of it, so no data', () => {
    // H1 covers 01-01…06-30; 2026-07 covers 07-01…07-31; 08-01…12-31 is left: parts of a flow's
    // period never stand in for it
    const result = evaluateTarget(target({}), [answer('2026-H1', false), answer('2026-07', false)], DUE);
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'partial-period', null]);
  });
  it('three quarters without the third: a gap in the middle, so no data', () => {
    // Q1 01-01…03-31, Q2 04-01…06-30, Q4 10-01…12-31: 07-01…09-30 is not covered
    const result = evaluateTarget(target({}), [answer('2026-Q1', false), answer('2026-Q2', false), answer('2026-Q4', false)], DUE);
    expect([result.status, result.reason, result.published, result.context]).toEqual(['no-data', 'partial-period', null, { period: '2026-Q4', published: 'false' }]);
    expect(result.explanation.en).toBe('A major epidemic occurred in the area: only figures for part of 2026, which do not stand in for the whole period; latest figure no (2026-Q4); target: no by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe(
      'Có dịch bệnh lớn xảy ra trên địa bàn: chỉ có số liệu một phần kỳ 2026, không thay được số liệu cả kỳ; số liệu gần nhất không (kỳ 2026-Q4); chỉ tiêu: không đến 31/12/2026: chưa có số liệu.',
    );
  });
  it('a period from 2025-12-31: that one day, then the year 2026, cover it', () => {
    // from 2025-12-31 to 2026-12-31: the day covers 2025-12-31 itself, so cover goes on from
    // 2026-01-01, where the year starts and runs to the end: every day covered, achieved
    const result = evaluateTarget(target({ from: '2025-12-31' }), [answer('2025-12-31', false), answer('2026', false)], DUE);
    expect([result.status, result.published, result.period]).toEqual(['achieved', 'false', '2026']);
  });
  it('a period from 2026-01-01 to 2027-01-01: the year 2026 leaves its last day uncovered', () => {
    // 2026 covers 2026-01-01…2026-12-31; 2027-01-01 has no answer: part of the period only
    const result = evaluateTarget(target({ from: '2026-01-01', due: '2027-01-01' }), [answer('2026', false)], { asOf: '2027-01-31' });
    expect([result.status, result.reason, result.published]).toEqual(['no-data', 'partial-period', null]);
    expect(result.explanation.en).toBe(
      'A major epidemic occurred in the area: only figures for part of 2026-01-01/2027-01-01, which do not stand in for the whole period; latest figure no (2026); target: no by 2027-01-01: no data.',
    );
  });
  it('four quarters, all “no”: achieved on the last quarter', () => {
    const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((period) => answer(period, false));
    expect([evaluateTarget(target({}), quarters, DUE).status, evaluateTarget(target({}), quarters, DUE).period]).toEqual(['achieved', '2026-Q4']);
  });
});

describe('boolean: an answer that cannot be read', () => {
  it('the area has no answer of its own; one of the areas below has a number where a yes/no belongs', () => {
    // the figure for 2026 comes from the areas below: s1's '1' is not a yes/no, so a person must look
    const result = evaluateTarget(target({}), [answer('2026', '1', 's1'), answer('2026', false, 's2')], DUE);
    expect([result.status, result.reason, result.published, result.period]).toEqual(['needs-review', 'value-type', null, '2026']);
    expect(result.explanation.en).toBe("A major epidemic occurred in the area: the 2026 value is not of the target's type; target: no by 2026-12-31: needs review.");
    expect(result.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: giá trị kỳ 2026 không đúng loại của chỉ tiêu; chỉ tiêu: không đến 31/12/2026: cần xem xét.');
  });
});

describe('boolean: a part of the period with a number where a yes/no belongs', () => {
  // the first quarter's '1' cannot be read as an answer, whatever the other parts say
  it('once due: a person must look at it, before anything else', () => {
    const result = evaluateTarget(target({}), [answer('2026-Q1', '1')], DUE);
    expect([result.status, result.reason, result.published, result.period]).toEqual(['needs-review', 'value-type', null, '2026-Q1']);
    expect(result.explanation.en).toBe("A major epidemic occurred in the area: the 2026-Q1 value is not of the target's type; target: no by 2026-12-31: needs review.");
    expect(result.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: giá trị kỳ 2026-Q1 không đúng loại của chỉ tiêu; chỉ tiêu: không đến 31/12/2026: cần xem xét.');
  });
  it('before the due date as well', () => {
    const result = evaluateTarget(target({}), [answer('2026-Q1', '1')], EARLY);
    expect([result.status, result.reason, result.period]).toEqual(['needs-review', 'value-type', '2026-Q1']);
  });
});

describe('boolean: nothing observed for an indicator of the catalog', () => {
  it('once due: no observation by the due date', () => {
    // the figures are read up to the due date, 2026-12-31, not to asOf
    const result = evaluateTarget(target({}), [], DUE);
    expect([result.status, result.reason]).toEqual(['no-data', 'no-observation']);
    expect(result.explanation.en).toBe('A major epidemic occurred in the area: no observation by 2026-12-31; target: no by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: không có số liệu nào đến hết ngày 31/12/2026; chỉ tiêu: không đến 31/12/2026: chưa có số liệu.');
  });
  it('before the due date: no observation by asOf', () => {
    const result = evaluateTarget(target({}), [], EARLY);
    expect([result.status, result.reason]).toEqual(['no-data', 'no-observation']);
    expect(result.explanation.en).toBe('A major epidemic occurred in the area: no observation by 2026-06-30; target: no by 2026-12-31: no data.');
    expect(result.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: không có số liệu nào đến hết ngày 30/06/2026; chỉ tiêu: không đến 31/12/2026: chưa có số liệu.');
  });
});

describe('boolean: a target that expects “yes”', () => {
  const yes = target({ expected: true });
  it('before the due date, a “no” so far is off track; a “yes” so far on track', () => {
    const no = evaluateTarget(yes, [answer('2026-Q1', false)], EARLY);
    expect([no.status, no.reason, no.published, no.period]).toEqual(['off-track', 'so-far', 'false', '2026-Q1']);
    expect(no.explanation.en).toBe('A major epidemic occurred in the area: no (2026-Q1); target: yes by 2026-12-31; so far in the period: off track.');
    expect(no.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: không (kỳ 2026-Q1); chỉ tiêu: có đến 31/12/2026; tính đến nay trong kỳ: chậm tiến độ.');
    expect(evaluateTarget(yes, [answer('2026-Q1', true)], EARLY).status).toBe('on-track');
  });
  it('once due, “yes” for the year is achieved', () => {
    const result = evaluateTarget(yes, [answer('2026', true)], DUE);
    expect(result.status).toBe('achieved');
    expect(result.explanation.en).toBe('A major epidemic occurred in the area: yes (2026); target: yes by 2026-12-31: achieved.');
    expect(result.explanation.vi).toBe('Có dịch bệnh lớn xảy ra trên địa bàn: có (kỳ 2026); chỉ tiêu: có đến 31/12/2026: đạt.');
  });
});
