/**
 * The rules across fields at their edges: where a rule starts to fire (dates on the same day,
 * values on a bound), and that a rule adds no issue of its own about a field that already
 * failed its own check (a date that does not exist, a decimal out of range). Expected issues
 * are written out from the rules' definitions (src/model/target.ts, plan.ts, observation.ts).
 */
import { describe, expect, it } from 'vitest';
import { safeParseIndicator, safeParseObservation, safeParsePlan, safeParseTarget } from '../../src/model/index.js';
import { indicator, level, plan } from './fixtures.js';

const observation = { indicator: 'stunting-under-5', area: 'VN', period: '2020' };

/** Each issue as `path code`, or `ok`. */
function codes(result: { success: true } | { success: false; issues: readonly { path: readonly (string | number)[]; code: string }[] }): string[] {
  return result.success ? ['ok'] : result.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);
}

const DUE = 'objectives.0.targets.0.due';
const DUE_1 = 'objectives.0.targets.1.due';
const MILESTONE = 'objectives.0.targets.0.milestoneOf';

describe('due dates and the issue date', () => {
  it('a plan issued in a year: its first day is 1 January', () => {
    expect(codes(safeParsePlan(plan({ issued: '2026' }, [{ ...level, due: '2025-12-31' }])))).toEqual([`${DUE} DUE_BEFORE_ISSUE`]);
    expect(codes(safeParsePlan(plan({ issued: '2026' }, [{ ...level, due: '2026-01-01' }])))).toEqual(['ok']);
  });

  it('a plan issued in a month: its first day is the 1st', () => {
    expect(codes(safeParsePlan(plan({ issued: '2026-07' }, [{ ...level, due: '2026-06-30' }])))).toEqual([`${DUE} DUE_BEFORE_ISSUE`]);
    expect(codes(safeParsePlan(plan({ issued: '2026-07' }, [{ ...level, due: '2026-07-01' }])))).toEqual(['ok']);
  });

  it('a target due on the issue day itself is not due before it', () => {
    expect(codes(safeParsePlan(plan({ issued: '2026-07-15' }, [{ ...level, due: '2026-07-15' }])))).toEqual(['ok']);
    expect(codes(safeParsePlan(plan({ issued: '2026-07-15' }, [{ ...level, due: '2026-07-14' }])))).toEqual([`${DUE} DUE_BEFORE_ISSUE`]);
  });

  it('a plan without an issue date takes any due date', () => {
    expect(codes(safeParsePlan(plan({}, [{ ...level, due: '0001-01-01' }])))).toEqual(['ok']);
  });

  it('an issue date or a due date that does not exist has its own issue, and no DUE_BEFORE_ISSUE', () => {
    // '2026-13' read as text would be after 2026-12-31; '2025-13-01' before 2026-01-01
    expect(codes(safeParsePlan(plan({ issued: '2026-13' })))).toEqual(['issued custom']);
    expect(codes(safeParsePlan(plan({ issued: '2026' }, [{ ...level, due: '2025-13-01' }])))).toEqual([`${DUE} custom`]);
  });
});

describe('milestones', () => {
  const final = { ...level, id: 'final', due: '2026-12-31' };
  it('fall due strictly before their target', () => {
    expect(codes(safeParsePlan(plan({}, [{ ...level, id: 'm', due: '2026-12-30', milestoneOf: 'final' }, final])))).toEqual(['ok']);
    expect(codes(safeParsePlan(plan({}, [{ ...level, id: 'm', due: '2026-12-31', milestoneOf: 'final' }, final])))).toEqual([`${MILESTONE} MILESTONE_NOT_BEFORE_TARGET`]);
  });

  it('a due date that does not exist has its own issue, and no MILESTONE_NOT_BEFORE_TARGET', () => {
    // as text, '2027-13-01' is after 2026-12-31 and 2026-06-30 after '2025-13-01'
    expect(codes(safeParsePlan(plan({}, [{ ...level, id: 'm', due: '2027-13-01', milestoneOf: 'final' }, final])))).toEqual([`${DUE} custom`]);
    expect(codes(safeParsePlan(plan({}, [{ ...level, id: 'm', due: '2026-06-30', milestoneOf: 'final' }, { ...final, due: '2025-13-01' }])))).toEqual([`${DUE_1} custom`]);
  });
});

describe('from and due', () => {
  it('from on the due date itself is allowed', () => {
    expect(codes(safeParseTarget({ ...level, from: '2026-12-31' }))).toEqual(['ok']);
    expect(codes(safeParseTarget({ ...level, from: '2027-01-01' }))).toEqual(['from FROM_AFTER_DUE']);
  });

  it('a from or a due that is not a date has its own issue, and no FROM_AFTER_DUE', () => {
    expect(codes(safeParseTarget({ ...level, from: '2027-13-01' }))).toEqual(['from custom']);
    // the parts of 2027x01x01 and 2027-01-01x make a day, but the text is not YYYY-MM-DD
    expect(codes(safeParseTarget({ ...level, from: '2027x01x01' }))).toEqual(['from invalid_format']);
    expect(codes(safeParseTarget({ ...level, from: '2027-01-01x' }))).toEqual(['from invalid_format']);
    // ending in a day that does not exist: still only the form is wrong
    expect(codes(safeParseTarget({ ...level, from: 'x2026-02-30' }))).toEqual(['from invalid_format']);
    expect(codes(safeParseTarget({ ...level, from: '2026-01-01', due: '2025-13-01' }))).toEqual(['due custom']);
  });
});

describe('decimal rules skip a decimal that failed its own check', () => {
  it('a value or bound beyond 1e±400 has only its range issue', () => {
    // read as decimals, 1e999999 is above 4 and 1e-401 below 4: each rule would fire
    expect(codes(safeParseTarget({ ...level, comparator: 'between', value: '1e999999', upper: '4' }))).toEqual(['value custom']);
    expect(codes(safeParseTarget({ ...level, comparator: 'between', value: '4', upper: '1e-401' }))).toEqual(['upper custom']);
    expect(codes(safeParseTarget({ ...level, value: '4', aim: '1e-401' }))).toEqual(['aim custom']);
    expect(codes(safeParseIndicator({ ...indicator, referenceRange: { lower: '1e999999', upper: '107' } }))).toEqual(['referenceRange.lower custom']);
    expect(codes(safeParseObservation({ ...observation, value: '1e999999', lower: '19.1', upper: '20.1' }))).toEqual(['value custom']);
  });

  it('text with a decimal comma has only its pattern issue', () => {
    expect(codes(safeParseTarget({ ...level, comparator: 'between', value: '5', upper: '4,5' }))).toEqual(['upper invalid_format']);
    expect(codes(safeParseObservation({ ...observation, value: '19,6', lower: '19.1', upper: '20.1' }))).toEqual(['value invalid_format']);
  });

  it('equal decimals are not below one another, whatever their writing', () => {
    // 4 = 4.0 = 40e-1: a one-point range, and an aim equal to the floor
    expect(codes(safeParseTarget({ ...level, comparator: 'between', value: '4.0', upper: '40e-1' }))).toEqual(['ok']);
    expect(codes(safeParseTarget({ ...level, value: '4', aim: '4.00' }))).toEqual(['ok']);
  });
});

describe('observation intervals', () => {
  it('a value on either bound lies in the interval; below the lower bound it does not', () => {
    expect(codes(safeParseObservation({ ...observation, value: '19.1', lower: '19.1', upper: '20.1' }))).toEqual(['ok']);
    expect(codes(safeParseObservation({ ...observation, value: '20.1', lower: '19.1', upper: '20.1' }))).toEqual(['ok']);
    expect(codes(safeParseObservation({ ...observation, value: '19.09', lower: '19.1', upper: '20.1' }))).toEqual(['value VALUE_OUTSIDE_INTERVAL']);
  });

  it('half an interval beside a yes/no value is reported twice: incomplete, and not allowed', () => {
    expect(codes(safeParseObservation({ ...observation, value: true, lower: '1' }))).toEqual(['upper INCOMPLETE_INTERVAL', 'lower INTERVAL_WITHOUT_VALUE']);
    expect(codes(safeParseObservation({ ...observation, value: true, upper: '1' }))).toEqual(['lower INCOMPLETE_INTERVAL', 'upper INTERVAL_WITHOUT_VALUE']);
  });
});

describe('observation ratios', () => {
  it('a denominator alone lacks its numerator', () => {
    expect(codes(safeParseObservation({ ...observation, denominator: '12000' }))).toEqual(['numerator INCOMPLETE_RATIO']);
  });

  it('a value beside half a ratio is both incomplete and doubled', () => {
    expect(codes(safeParseObservation({ ...observation, value: '5', numerator: '21' }))).toEqual(['denominator INCOMPLETE_RATIO', 'value VALUE_OR_RATIO']);
  });

  it('populationBasis needs both numerator and denominator', () => {
    expect(codes(safeParseObservation({ ...observation, numerator: '21', populationBasis: 'mid-year' }))).toEqual([
      'denominator INCOMPLETE_RATIO',
      'populationBasis POPULATION_BASIS_WITHOUT_RATIO',
    ]);
  });
});

describe('reporting rules that replace another report', () => {
  it('Ninh Bình: quarterly before the 10th of the quarter’s last month, the year-end report before 10/11 in place of the fourth quarter’s', () => {
    const reporting = [
      { frequency: 'quarterly', month: 3, day: 10, before: true },
      { frequency: 'yearly', month: 11, day: 10, before: true, replaces: { frequency: 'quarterly', period: 4 } },
    ];
    expect(codes(safeParsePlan(plan({ reporting })))).toEqual(['ok']);
  });
});
