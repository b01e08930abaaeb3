/**
 * The evaluation's messages word for word, in both languages (src/evaluate/messages/en.ts and
 * vi.ts are the contract): tableResult's refusals of a table it did not make and of a position
 * outside the table, and checkPlan's warning about an unknown indicator with no catalog id near
 * it. Each expected text is the catalogue's template filled in by hand with the field, the
 * table's length and what was given (describeValue: an object → 'an object' / 'một đối tượng').
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/evaluate/checkPlan.js';
import * as en from '../../src/evaluate/messages/en.js';
import * as vi from '../../src/evaluate/messages/vi.js';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { tableResult } from '../../src/evaluate/tableResult.js';
import type { ResultTable } from '../../src/evaluate/types.js';
import { parsePlan } from '../../src/model/index.js';
import { TargetSchema } from '../../src/model/target.js';
import { expectChitieuError } from '../helpers/errors.js';

const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
const observations = [
  { indicator: 'doctors-per-10k', area: 'xa-a', period: '2026', value: '18' },
  { indicator: 'doctors-per-10k', area: 'xa-b', period: '2026', value: '16' },
];
const asOf = '2027-01-31';

describe('tableResult refuses, naming what it wanted', () => {
  it('a table evaluateTable did not make in this process', () => {
    const copy = { ...evaluateTable([doctors], observations, { asOf, rows: ['xa-a', 'xa-b'] }) } as ResultTable;
    const error = expectChitieuError(() => tableResult(copy, 0, 0), 'INVALID_ARGUMENT', 'table');
    expect(error.message).toBe('table must be a table that evaluateTable returned in this process (got an object)');
    expect(error.vi).toBe('table phải là một bảng do evaluateTable trả về trong tiến trình này (nhận một đối tượng)');
  });
  it('a row outside a table of two rows: an integer from 0 to 2 − 1 = 1', () => {
    const table = evaluateTable([doctors], observations, { asOf, rows: ['xa-a', 'xa-b'] });
    const error = expectChitieuError(() => tableResult(table, 2, 0), 'INVALID_ARGUMENT', 'row');
    expect(error.message).toBe('row must be the position of a row in table.rows, an integer from 0 to 1 (got 2)');
    expect(error.vi).toBe('row phải là vị trí của một dòng trong table.rows, số nguyên từ 0 đến 1 (nhận 2)');
  });
  it('a target outside a table of one target: an integer from 0 to 1 − 1 = 0', () => {
    const table = evaluateTable([doctors], observations, { asOf, rows: ['xa-a', 'xa-b'] });
    const error = expectChitieuError(() => tableResult(table, 0, 1), 'INVALID_ARGUMENT', 'target');
    expect(error.message).toBe('target must be the position of a target in table.targets, an integer from 0 to 0 (got 1)');
    expect(error.vi).toBe('target phải là vị trí của một chỉ tiêu trong table.targets, số nguyên từ 0 đến 0 (nhận 1)');
  });
  it('any row of a table without rows', () => {
    const empty = evaluateTable([doctors], observations, { asOf, rows: [] });
    const error = expectChitieuError(() => tableResult(empty, 0, 0), 'INVALID_ARGUMENT', 'row');
    expect(error.message).toBe('row must be the position of a row in table.rows, and the table has none (got 0)');
    expect(error.vi).toBe('row phải là vị trí của một dòng trong table.rows, nhưng bảng không có (nhận 0)');
  });
});

describe('checkPlan’s warning about an indicator the catalog does not define', () => {
  it('with no catalog id near it: no suggestion, the sentence ends with a full stop', () => {
    // 'xyz': 3 letters allow 1 edit, and every catalog id is more than 4 letters longer (checkPlan.test.ts)
    const plan = parsePlan({
      id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
      area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2030 },
      objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets: [{ id: 'x', indicator: 'xyz', comparator: '>=', value: '1', due: '2030-12-31' }] }],
    });
    const findings = checkPlan(plan).filter((f) => f.code === 'UNKNOWN_INDICATOR');
    expect(findings.map((f) => f.message)).toEqual([{
      en: "target 'x' names indicator 'xyz', which the catalog does not define. " +
        'This is only a warning: an app may define indicators of its own, and checkPlan knows those passed as options.indicators.',
      vi: "chỉ tiêu 'x' dùng chỉ số 'xyz', không có trong danh mục. " +
        'Đây chỉ là cảnh báo: ứng dụng có thể tự định nghĩa chỉ số, và checkPlan nhận biết các chỉ số được truyền qua options.indicators.',
    }]);
  });
});

describe('a value too long to show is cut and counted in the message’s own language', () => {
  it('projectionBeyondRange with a method id of 61 letters (describeValue shows 60, then …)', () => {
    const id = 'g'.repeat(61);
    const shown = `"${'g'.repeat(60)}…"`;
    const params = { field: 'options.projection', value: id, target: 't', max: 10000 };
    expect(en.projectionBeyondRange(params)).toBe(
      `options.projection ${shown} (61 characters) carries target 't' past 10^10000 (or below 10^-10000) by its due date: its figures change too fast for a constant growth rate; check them, or project with 'linear'`,
    );
    expect(vi.projectionBeyondRange(params)).toBe(
      `options.projection ${shown} (61 ký tự) đưa chỉ tiêu 't' vượt quá 10^10000 (hoặc nhỏ hơn 10^-10000) vào hạn của nó: số liệu thay đổi quá nhanh để dự báo theo tốc độ tăng không đổi; hãy kiểm tra số liệu, hoặc dự báo bằng 'linear'`,
    );
  });
});
