/**
 * The observation store reading a list of observations: what it refuses, each error's code, the
 * field it names and its message word for word in both languages (the wording of
 * src/evaluate/messages and src/messages, with the value got as `describeValue` shows it), and
 * the numbers it reads in full (decimal text with spaces, exponents or more than 15 digits),
 * each figure worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/errors.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { indexObservations } from '../../../src/evaluate/indexObservations.js';
import { TargetSchema } from '../../../src/model/target.js';
import { expectChitieuError } from '../../helpers/errors.js';

const base = { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026' };

/** The [English, Vietnamese] messages of indexing `observations`, its code and field checked. */
const refused = (observations: unknown, code: ErrorCode, field: string): [string, string] => {
  const error = expectChitieuError(() => indexObservations(observations as never), code, field);
  return [error.message, error.vi];
};
/** The messages of indexing one observation: `base` with `fields`. */
const refusedRow = (fields: Record<string, unknown>, code: ErrorCode, field: string): [string, string] => refused([{ ...base, ...fields }], code, field);

describe('what is not observations', () => {
  it('neither a list, columns nor an index', () => {
    for (const [observations, en, vi] of [
      ['x', '"x"', '"x"'],
      [null, 'null', 'null'],
      [5, '5', '5'],
      [{}, 'an object', 'một đối tượng'],
      // columns need an indicator, an area and a period column
      [{ indicator: ['x'], area: ['xa-a'], value: [1] }, 'an object', 'một đối tượng'],
    ] as const) {
      expect(refused(observations, 'INVALID_ARGUMENT', 'observations')).toEqual([
        `observations must be an array of observations, observation columns, or an index from indexObservations (got ${en})`,
        `observations phải là một mảng quan sát, các cột quan sát, hoặc chỉ mục từ indexObservations (nhận ${vi})`,
      ]);
    }
  });
  it('an index indexObservations did not build, a copy of one included', () => {
    const copy = { ...indexObservations([{ ...base, value: 1 }]) };
    for (const index of [{ kind: 'chitieu/observation-index' }, copy]) {
      expect(refused(index, 'INVALID_ARGUMENT', 'observations')).toEqual([
        'observations is an index that indexObservations did not build: pass the observations, or indexObservations(observations)',
        'observations là một chỉ mục không do indexObservations tạo: hãy truyền các quan sát, hoặc indexObservations(observations)',
      ]);
    }
  });
  it('a period that is not one', () => {
    expect(refusedRow({ period: '2026-Q5', value: 1 }, 'INVALID_PERIOD', 'observations[0].period')).toEqual([
      'observations[0].period is not an observation period (got "2026-Q5")',
      'observations[0].period không phải là một kỳ quan sát (nhận "2026-Q5")',
    ]);
  });
});

describe('observations that are not objects', () => {
  it('name the row and the value got', () => {
    for (const [value, en, vi] of [
      [null, 'null', 'null'],
      [5, '5', '5'],
      ['xa-a', '"xa-a"', '"xa-a"'],
      [[base], 'an array', 'một mảng'],
    ] as const) {
      // the second row: the first is a valid observation
      expect(refused([{ ...base, value: 1 }, value], 'INVALID_ARGUMENT', 'observations[1]')).toEqual([
        `observations[1] must be an observation object (got ${en})`,
        `observations[1] phải là một đối tượng quan sát (nhận ${vi})`,
      ]);
    }
  });
});

describe('labels', () => {
  const label = (fields: Record<string, unknown>, field: string, en: string, vi = en): void => {
    expect(refusedRow({ value: 1, ...fields }, 'INVALID_ARGUMENT', field)).toEqual([
      `${field} must be a non-empty string (got ${en})`,
      `${field} phải là một chuỗi khác rỗng (nhận ${vi})`,
    ]);
  };
  it('an indicator, an area and a period must be non-empty strings', () => {
    label({ indicator: '' }, 'observations[0].indicator', '""');
    label({ indicator: 7 }, 'observations[0].indicator', '7');
    label({ area: '' }, 'observations[0].area', '""');
    label({ area: null }, 'observations[0].area', 'null');
    label({ period: 2026 }, 'observations[0].period', '2026');
    label({ period: undefined }, 'observations[0].period', 'undefined');
  });
  it('a parent, when given, must be a non-empty string; null stands for none', () => {
    // an empty parent in the first row too (it was once taken for no parent there)
    label({ parent: '' }, 'observations[0].parent', '""');
    label({ parent: 5 }, 'observations[0].parent', '5');
    label({ parent: { id: 'huyen' } }, 'observations[0].parent', 'an object', 'một đối tượng');
    // a bad parent after a good one is still seen
    expect(refused([{ ...base, parent: 'huyen', value: 1 }, { ...base, area: 'xa-b', parent: '', value: 1 }], 'INVALID_ARGUMENT', 'observations[1].parent')[0]).toBe(
      'observations[1].parent must be a non-empty string (got "")',
    );
    expect(indexObservations([{ ...base, parent: null, value: 1 } as never]).areas).toEqual(['xa-a']);
  });
});

describe('the numbers of an observation', () => {
  it('a value or a ratio, not both', () => {
    const both = ['observations[0].value and numerator/denominator cannot both be given', 'observations[0].value và tử số/mẫu số không được có cùng lúc'];
    expect(refusedRow({ value: 1, numerator: 1, denominator: 2 }, 'INVALID_ARGUMENT', 'observations[0].value')).toEqual(both);
    expect(refusedRow({ value: 1, denominator: 2 }, 'INVALID_ARGUMENT', 'observations[0].value')).toEqual(both);
    expect(refusedRow({ value: true, numerator: 1 }, 'INVALID_ARGUMENT', 'observations[0].value')).toEqual(both);
  });
  it('a multiplier only with a ratio, and greater than zero', () => {
    expect(refusedRow({ value: 1, per: 1000 }, 'INVALID_ARGUMENT', 'observations[0].per')).toEqual([
      'observations[0].per is only allowed with numerator and denominator',
      'observations[0].per chỉ dùng với tử số và mẫu số',
    ]);
    for (const per of [0, '0', '0.0', '0e5']) {
      expect(refusedRow({ numerator: 1, denominator: 2, per }, 'INVALID_ARGUMENT', 'observations[0].per')).toEqual([
        'observations[0].per must be greater than zero (got 0)',
        'observations[0].per phải lớn hơn 0 (nhận 0)',
      ]);
    }
    // null stands for no multiplier, with a value as with a ratio
    expect(indexObservations([{ ...base, value: 1, per: null } as never]).size).toBe(1);
  });
  it('a value, or a numerator and a denominator together', () => {
    expect(refusedRow({}, 'INVALID_ARGUMENT', 'observations[0].value')).toEqual([
      'observations[0].value is missing: an observation needs a value, or a numerator and a denominator',
      'observations[0].value bị thiếu: quan sát cần giá trị, hoặc tử số và mẫu số',
    ]);
    expect(refusedRow({ numerator: 1 }, 'INVALID_ARGUMENT', 'observations[0].denominator')).toEqual([
      'observations[0].denominator is missing: numerator and denominator go together',
      'observations[0].denominator bị thiếu: tử số và mẫu số phải đi cùng nhau',
    ]);
    expect(refusedRow({ denominator: 1 }, 'INVALID_ARGUMENT', 'observations[0].numerator')).toEqual([
      'observations[0].numerator is missing: numerator and denominator go together',
      'observations[0].numerator bị thiếu: tử số và mẫu số phải đi cùng nhau',
    ]);
  });
  it('finite numbers', () => {
    expect(refusedRow({ numerator: Number.NaN, denominator: 2 }, 'INVALID_NUMBER', 'observations[0].numerator')).toEqual([
      'observations[0].numerator must be a finite number (got NaN)',
      'observations[0].numerator phải là một số hữu hạn (nhận NaN)',
    ]);
    expect(refusedRow({ value: Number.NEGATIVE_INFINITY }, 'INVALID_NUMBER', 'observations[0].value')[0]).toBe('observations[0].value must be a finite number (got -Infinity)');
  });
  it('counts (numerator, denominator, multiplier) not negative, whichever way they are written; a value may be', () => {
    for (const [fields, field, shown] of [
      [{ numerator: -1, denominator: 2 }, 'numerator', '-1'],
      [{ numerator: '-1', denominator: 2 }, 'numerator', '"-1"'],
      // more than 15 digits, and an exponent: read in full before the sign is checked
      [{ numerator: '-12345678901234567890', denominator: 2 }, 'numerator', '"-12345678901234567890"'],
      [{ numerator: 1, denominator: '-1e3' }, 'denominator', '"-1e3"'],
      [{ numerator: 1, denominator: 2, per: -5 }, 'per', '-5'],
    ] as const) {
      expect(refusedRow(fields, 'NEGATIVE_COUNT', `observations[0].${field}`)).toEqual([
        `observations[0].${field} must not be negative (got ${shown})`,
        `observations[0].${field} không được âm (nhận ${shown})`,
      ]);
    }
    // values below zero are figures like any other (a change, a balance)
    expect(indexObservations([{ ...base, value: -1 }, { ...base, period: '2025', value: '-1e3' }, { ...base, period: '2024', value: '-12345678901234567890' }]).size).toBe(3);
  });
  it('numbers or decimal text', () => {
    for (const [value, en, vi] of [
      [null, 'null', 'null'],
      [{}, 'an object', 'một đối tượng'],
      [[1], 'an array', 'một mảng'],
      [5n, '5n', '5n'],
      ['1,5', '"1,5"', '"1,5"'],
    ] as const) {
      expect(refusedRow({ value }, 'INVALID_NUMBER', 'observations[0].value')).toEqual([
        `observations[0].value must be a number or a decimal string with '.' (got ${en})`,
        `observations[0].value phải là một số hoặc chuỗi số thập phân dùng dấu '.' (nhận ${vi})`,
      ]);
    }
  });
  it('within the range chitieu computes with', () => {
    expect(refusedRow({ value: '1e500' }, 'OUT_OF_RANGE', 'observations[0].value')).toEqual([
      'observations[0].value is outside the range chitieu computes with (|x| from 1e-400 to 1e400, at most 1000 digits) (got "1e500")',
      'observations[0].value nằm ngoài phạm vi chitieu tính toán (|x| từ 1e-400 đến 1e400, tối đa 1000 chữ số) (nhận "1e500")',
    ]);
  });
});

describe('a published interval', () => {
  const stunting = TargetSchema.parse({ id: 't', indicator: 'stunting-under-5', comparator: '<', value: '15.5', due: '2026-12-31', area: 'xa-a' });
  const with_ = (fields: Record<string, unknown>) => [{ indicator: 'stunting-under-5', area: 'xa-a', period: '2026', value: '14.8', ...fields }];
  const judged = (fields: Record<string, unknown>) => evaluateTarget(stunting, with_(fields) as never, { asOf: '2027-01-31', interval: true }).interval;

  it('limits given as numbers or decimal text, at 95% when no level is given, equal limits allowed', () => {
    // 14.8 (13.9–15.7) against “below 15.5”: the interval is not all below (amber)
    expect(judged({ lower: 13.9, upper: 15.7 })).toEqual({ lower: 13.9, upper: 15.7, level: 0.95, method: 'published', rating: 'amber', clear: false });
    expect(judged({ lower: 13.9, upper: 15.7, level: null })).toEqual({ lower: 13.9, upper: 15.7, level: 0.95, method: 'published', rating: 'amber', clear: false });
    expect(judged({ lower: '13.9', upper: '15.7', level: 0.9 })).toEqual({ lower: 13.9, upper: 15.7, level: 0.9, method: 'published', rating: 'amber', clear: false });
    // 14.8 (14.8–14.8): wholly below 15.5 (green)
    expect(judged({ lower: 14.8, upper: '14.8' })).toEqual({ lower: 14.8, upper: 14.8, level: 0.95, method: 'published', rating: 'green', clear: true });
  });
  it('refuses a limit that is not a figure, or missing beside the other', () => {
    for (const [fields, field, en, vi] of [
      [{ lower: 'abc', upper: 15.7 }, 'lower', '"abc"', '"abc"'],
      // text JavaScript reads as a number but chitieu does not
      [{ lower: '0x10', upper: 20 }, 'lower', '"0x10"', '"0x10"'],
      [{ lower: '', upper: 15.7 }, 'lower', '""', '""'],
      [{ lower: null, upper: 15.7 }, 'lower', 'null', 'null'],
      [{ upper: 15.7 }, 'lower', 'undefined', 'undefined'],
      [{ lower: 13.9 }, 'upper', 'undefined', 'undefined'],
      [{ lower: 13.9, upper: Number.POSITIVE_INFINITY }, 'upper', 'Infinity', 'Infinity'],
      [{ lower: 13.9, upper: {} }, 'upper', 'an object', 'một đối tượng'],
    ] as const) {
      expect(refused(with_(fields), 'INVALID_NUMBER', `observations[0].${field}`)).toEqual([
        `observations[0].${field} must be a number or a decimal string with '.', with the other limit (got ${en})`,
        `observations[0].${field} phải là một số hoặc chuỗi số thập phân dùng dấu '.', cùng với cận còn lại (nhận ${vi})`,
      ]);
    }
  });
  it('reads limits beside a value only: beside a ratio or a yes/no they are left unread, not even checked', () => {
    // ObservationSchema refuses such limits (INTERVAL_WITHOUT_VALUE); the evaluation reads only what it judges
    const limits = { lower: 'abc', upper: 'def' };
    const ratio = { indicator: 'stunting-under-5', area: 'xa-a', period: '2026', numerator: 148, denominator: 1000, ...limits };
    // 148 / 1 000 × 100 = 14.8 < 15.5, the ratio's own figure
    const result = evaluateTarget(stunting, [ratio] as never, { asOf: '2027-01-31' });
    expect([result.status, result.published]).toEqual(['achieved', '14.8']);
    expect(indexObservations([{ indicator: 'major-epidemic', area: 'xa-a', period: '2026', value: false, ...limits }] as never).size).toBe(1);
  });
  it('refuses limits reversed', () => {
    expect(refused(with_({ lower: '15.7', upper: 13.9 }), 'INVALID_ARGUMENT', 'observations[0].upper')).toEqual([
      'observations[0].upper must not be below lower (got 13.9 < 15.7)',
      'observations[0].upper không được nhỏ hơn lower (nhận 13.9 < 15.7)',
    ]);
  });
  it('refuses a level outside (0, 1) or not a number', () => {
    for (const [level, shown] of [[0, '0'], [1, '1'], [-0.5, '-0.5'], [1.5, '1.5'], ['0.9', '"0.9"'], [true, 'true']] as const) {
      expect(refused(with_({ lower: 13.9, upper: 15.7, level }), 'OUT_OF_RANGE', 'observations[0].level')).toEqual([
        `observations[0].level must be strictly between 0 and 1 (got ${shown})`,
        `observations[0].level phải nằm giữa 0 và 1, không kể hai đầu (nhận ${shown})`,
      ]);
    }
  });
});

describe('numbers read in full', () => {
  const doctors = TargetSchema.parse({ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31', area: 'xa-a' });
  const judge = (fields: Record<string, unknown>, options: Record<string, unknown> = {}) => {
    const result = evaluateTarget(doctors, [{ ...base, ...fields }] as never, { asOf: '2027-01-31', ...options });
    return [result.status, result.published];
  };
  it('decimal text with spaces or an exponent', () => {
    expect(judge({ value: ' 17.5 ' })).toEqual(['achieved', '17.5']);
    expect(judge({ value: '1.75e1' })).toEqual(['achieved', '17.5']);
    // 1.74e1 = 17.4 < 17.5
    expect(judge({ value: '1.74e1' })).toEqual(['not-achieved', '17.4']);
    // 21 / 12 000 × 10 000 = 17.5; 20 / 12 000 × 10 000 = 16.666… → 16.7
    expect(judge({ numerator: ' 21 ', denominator: ' 12000 ', per: ' 10000 ' })).toEqual(['achieved', '17.5']);
    expect(judge({ numerator: '20', denominator: ' 12000', per: '1e4' })).toEqual(['not-achieved', '16.7']);
  });
  it('a ratio with a part of more than 15 digits', () => {
    // 21.0000000000000000001 / 12 000 × 10 000 = 17.5 + 0.0000000000000000001 / 1.2 = 17.500000000000000000083…: 17.5 published
    expect(judge({ numerator: '21.0000000000000000001', denominator: 12000 })).toEqual(['achieved', '17.5']);
    // compared exactly, it is still at least 17.5
    expect(judge({ numerator: '21.0000000000000000001', denominator: '12000' }, { compare: 'exact' })[0]).toBe('achieved');
    // 20.9999999999999999999 / 12 000 × 10 000 = 17.499999999999999999916…: 17.5 published, but below 17.5 exactly
    expect(judge({ numerator: '20.9999999999999999999', denominator: 12000 })).toEqual(['achieved', '17.5']);
    expect(judge({ numerator: '20.9999999999999999999', denominator: 12000 }, { compare: 'exact' })[0]).toBe('not-achieved');
  });
  it('a ratio whose denominator and multiplier both have more than 15 digits', () => {
    // 17.5 / 10^22 × 10^22 = 17.5 exactly
    const big = '10000000000000000000000';
    expect(judge({ numerator: '17.5', denominator: big, per: big })).toEqual(['achieved', '17.5']);
    // a denominator alone: '12000.0000000000000000' has 21 digits, read in full as 12 000: 21 / 12 000 × 10 000 = 17.5
    expect(judge({ numerator: 21, denominator: '12000.0000000000000000' })).toEqual(['achieved', '17.5']);
    // 17.4 / 10^22 × 10^22 = 17.4
    expect(judge({ numerator: '17.4', denominator: big, per: big })).toEqual(['not-achieved', '17.4']);
    // the numerator too: 174.0000000000000000001 / (10 × 10^22) × 10^22 = 17.40000000000000000001 → 17.4
    expect(judge({ numerator: '174.0000000000000000001', denominator: '100000000000000000000000', per: big })).toEqual(['not-achieved', '17.4']);
  });
  it('a zero numerator', () => {
    // 0 / 12 000 × 10 000 = 0
    expect(judge({ numerator: 0, denominator: 12000 })).toEqual(['not-achieved', '0.0']);
    expect(judge({ numerator: '0', denominator: 12000 })).toEqual(['not-achieved', '0.0']);
  });
  it('16 significant digits, which no double holds', () => {
    // 8.000000000000001 (16 digits, written with spaces): the doubles nearest are 8 and 8 + 2^-49 = 8.0000000000000017…,
    // so read as a double it would be 8.000000000000002, above the threshold
    const upTo = TargetSchema.parse({ id: 't', indicator: 'x', comparator: '<=', value: '8.000000000000001', due: '2026-12-31', area: 'xa-a' });
    const result = evaluateTarget(upTo, [{ indicator: 'x', area: 'xa-a', period: '2026', value: ' 8.000000000000001 ' }], { asOf: '2027-01-31' });
    expect([result.status, result.published]).toEqual(['achieved', '8.000000000000001']);
  });
});
