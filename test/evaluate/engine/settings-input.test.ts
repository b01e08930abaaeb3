/**
 * The options of the evaluation functions: what they refuse, each error's code, the field it
 * names and its message word for word in both languages (the wording of src/evaluate/messages,
 * with the value got as `describeValue` shows it); an indicator lookup that does not know an id
 * falls back on the catalog; the area tree's checks.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/errors.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { TargetSchema } from '../../../src/model/target.js';
import { expectChitieuError } from '../../helpers/errors.js';

const doctors = TargetSchema.parse({ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31', area: 'xa-a' });
// 21 / 12 000 doctors per 10 000 people (the catalog's multiplier) = 17.5
const observations = [{ indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', numerator: 21, denominator: 12000 }];
const asOf = '2027-01-31';

/** The [English, Vietnamese] messages of evaluating with `options`, its code and field checked. */
const refused = (options: unknown, code: ErrorCode, field: string): [string, string] => {
  const error = expectChitieuError(() => evaluateTarget(doctors, observations, options as never), code, field);
  return [error.message, error.vi];
};

describe('the options object, asOf and area', () => {
  it('an object', () => {
    for (const [options, shown] of [[null, 'null'], [5, '5'], ['2027-01-31', '"2027-01-31"'], [undefined, 'undefined']] as const) {
      expect(refused(options, 'INVALID_ARGUMENT', 'options')).toEqual([
        `options must be an object with asOf (an ISO date) (got ${shown})`,
        `options phải là một đối tượng có asOf (ngày dạng ISO) (nhận ${shown})`,
      ]);
    }
  });
  it('asOf as text', () => {
    for (const [value, shown] of [[20270131, '20270131'], [undefined, 'undefined'], [null, 'null']] as const) {
      expect(refused({ asOf: value }, 'INVALID_ARGUMENT', 'options.asOf')).toEqual([
        `options.asOf must be an ISO date 'YYYY-MM-DD' (got ${shown})`,
        `options.asOf phải là ngày dạng ISO 'YYYY-MM-DD' (nhận ${shown})`,
      ]);
    }
  });
  it('an area id, when given, non-empty text', () => {
    for (const [area, shown] of [['', '""'], [5, '5'], [null, 'null']] as const) {
      expect(refused({ asOf, area }, 'INVALID_ARGUMENT', 'options.area')).toEqual([
        `options.area must be a non-empty area id (got ${shown})`,
        `options.area phải là mã địa bàn khác rỗng (nhận ${shown})`,
      ]);
    }
    expect(evaluateTarget(doctors, observations, { asOf, area: 'xa-a' }).status).toBe('achieved');
  });
});

describe('the interval option', () => {
  it('true, false or a level strictly between 0 and 1', () => {
    for (const [interval, shown] of [[0, '0'], [1, '1'], [-0.5, '-0.5'], [1.5, '1.5'], ['0.9', '"0.9"'], [null, 'null'], [Number.NaN, 'NaN']] as const) {
      expect(refused({ asOf, interval }, 'INVALID_ARGUMENT', 'options.interval')).toEqual([
        `options.interval must be true, false or a confidence level strictly between 0 and 1 (got ${shown})`,
        `options.interval phải là true, false hoặc mức tin cậy nằm giữa 0 và 1 (nhận ${shown})`,
      ]);
    }
    expect(evaluateTarget(doctors, observations, { asOf, interval: false }).interval).toBeNull();
    expect(evaluateTarget(doctors, observations, { asOf, interval: 0.9 }).interval?.level).toBe(0.9);
    expect(evaluateTarget(doctors, observations, { asOf, interval: true }).interval?.level).toBe(0.95);
  });
});

describe('the indicators option', () => {
  it('a Map, a record or a function, not a list (whose ids would read as 0, 1, …)', () => {
    for (const [indicators, en, vi] of [[null, 'null', 'null'], [5, '5', '5'], ['doctors-per-10k', '"doctors-per-10k"', '"doctors-per-10k"'], [true, 'true', 'true'], [[], 'an array', 'một mảng']] as const) {
      expect(refused({ asOf, indicators }, 'INVALID_ARGUMENT', 'options.indicators')).toEqual([
        `options.indicators must be a Map, a record keyed by indicator id, or a function (got ${en})`,
        `options.indicators phải là Map, đối tượng theo mã chỉ số, hoặc một hàm (nhận ${vi})`,
      ]);
    }
  });
  it('an id the lookup does not define is the catalog’s', () => {
    // the catalog's doctors-per-10k counts per 10 000: 21 / 12 000 × 10 000 = 17.5
    for (const lookup of [() => undefined, () => null, () => 'doctors-per-10k', new Map(), {}]) {
      const result = evaluateTarget(doctors, observations, { asOf, indicators: lookup as never });
      expect([result.status, result.published]).toEqual(['achieved', '17.5']);
    }
  });
});

describe('the areas option', () => {
  const commune = { id: 'xa-a', name: { vi: 'xã A' }, level: 'commune' };
  const evaluate = (areas: unknown) => evaluateTarget(doctors, observations, { asOf, areas: areas as never });

  it('a list', () => {
    for (const [areas, en, vi] of [['xa-a', '"xa-a"', '"xa-a"'], [commune, 'an object', 'một đối tượng'], [null, 'null', 'null']] as const) {
      expect(refused({ asOf, areas }, 'INVALID_ARGUMENT', 'options.areas')).toEqual([
        `options.areas must be an array of areas ({ id, name, level, parent? }) (got ${en})`,
        `options.areas phải là một mảng địa bàn ({ id, name, level, parent? }) (nhận ${vi})`,
      ]);
    }
  });
  it('of areas with a non-empty id, a level, and a non-empty parent id or none', () => {
    for (const [area, en, vi] of [
      [null, 'null', 'null'],
      [undefined, 'undefined', 'undefined'],
      [5, '5', '5'],
      ['xa-b', '"xa-b"', '"xa-b"'],
      [{ ...commune, id: 5 }, 'an object', 'một đối tượng'],
      [{ ...commune, id: '' }, 'an object', 'một đối tượng'],
      [{ id: 'xa-b', name: { vi: 'xã B' } }, 'an object', 'một đối tượng'],
      [{ ...commune, id: 'xa-b', level: 5 }, 'an object', 'một đối tượng'],
      [{ ...commune, id: 'xa-b', parent: 5 }, 'an object', 'một đối tượng'],
      [{ ...commune, id: 'xa-b', parent: '' }, 'an object', 'một đối tượng'],
    ] as const) {
      // the second area: the first is a good one
      expect(refused({ asOf, areas: [commune, area] }, 'INVALID_ARGUMENT', 'options.areas[1]')).toEqual([
        `options.areas[1] must be an area with a non-empty id, a level and an optional parent id (got ${en})`,
        `options.areas[1] phải là một địa bàn có mã khác rỗng, cấp và mã địa bàn cha (nếu có) (nhận ${vi})`,
      ]);
    }
    // a parent outside the list is allowed
    expect(evaluate([{ ...commune, parent: 'huyen' }, { ...commune, id: 'xa-b', parent: 'huyen' }]).status).toBe('achieved');
  });
  it('each listed once', () => {
    expect(refused({ asOf, areas: [commune, { ...commune, id: 'xa-b' }, commune] }, 'INVALID_ARGUMENT', 'options.areas[2].id')).toEqual([
      "options.areas[2].id 'xa-a' is listed twice",
      "options.areas[2].id 'xa-a' bị liệt kê hai lần",
    ]);
  });
  it('none its own ancestor: the first listed that is, is named', () => {
    const own = (id: string): [string, string] => [`options.areas: area '${id}' is its own ancestor`, `options.areas: địa bàn '${id}' là tổ tiên của chính nó`];
    expect(refused({ asOf, areas: [{ ...commune, parent: 'xa-a' }] }, 'INVALID_ARGUMENT', 'options.areas')).toEqual(own('xa-a'));
    // xa-c under xa-a, and xa-a and xa-b each other's parent: xa-c is below the loop, not in it; xa-a is the first in it
    const loop = [
      { ...commune, id: 'xa-c', parent: 'xa-a' },
      { ...commune, id: 'xa-a', parent: 'xa-b' },
      { ...commune, id: 'xa-b', parent: 'xa-a' },
    ];
    expect(refused({ asOf, areas: loop }, 'INVALID_ARGUMENT', 'options.areas')).toEqual(own('xa-a'));
    // a loop of three, listed from its last: xa-3 → xa-1 → xa-2 → xa-3
    const three = [
      { ...commune, id: 'xa-0', parent: 'xa-3' },
      { ...commune, id: 'xa-3', parent: 'xa-1' },
      { ...commune, id: 'xa-1', parent: 'xa-2' },
      { ...commune, id: 'xa-2', parent: 'xa-3' },
    ];
    expect(refused({ asOf, areas: three }, 'INVALID_ARGUMENT', 'options.areas')).toEqual(own('xa-3'));
    // a chain as long as the list is no loop: xa-a under xa-b under xa-c under huyen (outside the list)
    const chain = [
      { ...commune, id: 'xa-a', parent: 'xa-b' },
      { ...commune, id: 'xa-b', parent: 'xa-c' },
      { ...commune, id: 'xa-c', parent: 'huyen' },
    ];
    expect(evaluate(chain).status).toBe('achieved');
  });
});
