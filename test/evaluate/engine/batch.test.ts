/**
 * The arguments of the many-area evaluations (evaluateAreas, evaluateTable) as engine/batch.ts
 * checks them — targets that are neither a list nor a plan, objectives that were not parsed,
 * rows that are not area ids — and the one area a target without one is judged for
 * (evaluateTarget). Messages are the catalogue's text (src/evaluate/messages/en.ts, vi.ts and
 * src/errors.ts describeValue), written out in full.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAreas } from '../../../src/evaluate/evaluateAreas.js';
import { evaluateTable } from '../../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../../src/evaluate/evaluateTarget.js';
import { tableResult } from '../../../src/evaluate/tableResult.js';
import type { Observation } from '../../../src/model/observation.js';
import { TargetSchema } from '../../../src/model/target.js';
import { expectChitieuError } from '../../helpers/errors.js';

const asOf = '2027-01-31';
const doctors = TargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });

describe('targets that are neither a list nor a plan', () => {
  const run = (targets: unknown) => () => evaluateAreas(targets as never, [], { asOf, rows: ['xa'] });
  it('null, a number and a plan-like object without objectives are refused, the value shown', () => {
    const none = expectChitieuError(run(null), 'INVALID_ARGUMENT', 'targets');
    expect(none.message).toBe('targets must be an array of targets or a plan (got null)');
    expect(none.vi).toBe('targets phải là một mảng chỉ tiêu hoặc một kế hoạch (nhận null)');
    const five = expectChitieuError(run(5), 'INVALID_ARGUMENT', 'targets');
    expect(five.message).toBe('targets must be an array of targets or a plan (got 5)');
    expect(five.vi).toBe('targets phải là một mảng chỉ tiêu hoặc một kế hoạch (nhận 5)');
    const loose = expectChitieuError(run({ objectives: 'o' }), 'INVALID_ARGUMENT', 'targets');
    expect(loose.message).toBe('targets must be an array of targets or a plan (got an object)');
  });
  it('a function is not a plan, even with an objectives list on it', () => {
    // typeof is 'function', not 'object': refused before its objectives are read
    const fn = Object.assign(() => undefined, { objectives: [] });
    const error = expectChitieuError(run(fn), 'INVALID_ARGUMENT', 'targets');
    expect(error.message).toBe('targets must be an array of targets or a plan (got a function)');
    expect(error.vi).toBe('targets phải là một mảng chỉ tiêu hoặc một kế hoạch (nhận một hàm)');
  });
  it('evaluateTable refuses them alike', () => {
    const error = expectChitieuError(() => evaluateTable(null as never, [], { asOf, rows: ['xa'] }), 'INVALID_ARGUMENT', 'targets');
    expect(error.message).toBe('targets must be an array of targets or a plan (got null)');
  });
});

describe('objectives of a plan that were not parsed', () => {
  const planWith = (objectives: unknown[]) => ({ objectives });
  const run = (objectives: unknown[]) => () => evaluateAreas(planWith(objectives) as never, [], { asOf, rows: ['xa'] });
  it('null, a number, and an objective without targets name the objective at fault', () => {
    const none = expectChitieuError(run([{ targets: [] }, null]), 'INVALID_ARGUMENT', 'targets.objectives[1]');
    expect(none.message).toBe('targets.objectives[1] must be a parsed objective with targets: parse the plan first with parsePlan (got null)');
    expect(none.vi).toBe('targets.objectives[1] phải là mục tiêu đã kiểm tra, có danh sách chỉ tiêu: hãy đọc kế hoạch bằng parsePlan trước (nhận null)');
    const seven = expectChitieuError(run([7]), 'INVALID_ARGUMENT', 'targets.objectives[0]');
    expect(seven.message).toBe('targets.objectives[0] must be a parsed objective with targets: parse the plan first with parsePlan (got 7)');
    const bare = expectChitieuError(run([{ id: 'o' }]), 'INVALID_ARGUMENT', 'targets.objectives[0]');
    expect(bare.message).toBe('targets.objectives[0] must be a parsed objective with targets: parse the plan first with parsePlan (got an object)');
  });
  it('a function carrying a targets list is not an objective', () => {
    const fn = Object.assign(() => undefined, { targets: [] });
    const error = expectChitieuError(run([fn]), 'INVALID_ARGUMENT', 'targets.objectives[0]');
    expect(error.vi).toBe('targets.objectives[0] phải là mục tiêu đã kiểm tra, có danh sách chỉ tiêu: hãy đọc kế hoạch bằng parsePlan trước (nhận một hàm)');
  });
  it('the targets of parsed objectives are judged, in order', () => {
    // 21 / 12 000 × 10 000 = 17.5 ≥ 17.5
    const observations: Observation[] = [{ indicator: 'doctors-per-10k', area: 'xa', period: '2026', numerator: '21', denominator: '12000' }];
    const [card] = evaluateAreas(planWith([{ targets: [] }, { targets: [doctors] }]) as never, observations, { asOf, rows: ['xa'] });
    expect(card?.results.map((r) => [r.target, r.status])).toEqual([['doctors', 'achieved']]);
  });
});

describe('rows', () => {
  it('rows that are not a list of area ids are refused, the value shown', () => {
    const error = expectChitieuError(() => evaluateAreas([doctors], [], { asOf, rows: 'xa' as never }), 'INVALID_ARGUMENT', 'options.rows');
    expect(error.message).toBe('options.rows must be an array of area ids, the rows of the table (got "xa")');
    expect(error.vi).toBe('options.rows phải là một mảng mã địa bàn, các dòng của bảng (nhận "xa")');
  });
  it('a row that is not a string is refused', () => {
    const error = expectChitieuError(() => evaluateAreas([doctors], [], { asOf, rows: ['xa', 5] as never }), 'INVALID_ARGUMENT', 'options.rows');
    expect(error.message).toBe('options.rows must be an array of area ids, the rows of the table (got an array)');
    expect(error.vi).toBe('options.rows phải là một mảng mã địa bàn, các dòng của bảng (nhận một mảng)');
  });
  it('a table keeps its own copy of the rows: changing the array afterwards changes nothing', () => {
    // xa: 21 / 12 000 × 10 000 = 17.5 ≥ 17.5; yb has no figure
    const observations: Observation[] = [{ indicator: 'doctors-per-10k', area: 'xa', period: '2026', numerator: '21', denominator: '12000' }];
    const rows = ['xa'];
    const table = evaluateTable([doctors], observations, { asOf, rows });
    rows[0] = 'yb';
    const result = tableResult(table, 0, 0);
    expect([result.area, result.status, result.published]).toEqual(['xa', 'achieved', '17.5']);
  });
});

describe('the area of a target that names none', () => {
  it("a plain target is judged for the area observed, not that area's parent", () => {
    // one observation, in 'a' under 'p': the target is judged for 'a'; 18 / 12 000 × 10 000 = 15.0
    const observations: Observation[] = [{ indicator: 'doctors-per-10k', area: 'a', parent: 'p', period: '2026', numerator: '18', denominator: '12000' }];
    const result = evaluateTarget(doctors, observations, { asOf });
    expect([result.area, result.published, result.status]).toEqual(['a', '15.0', 'not-achieved']);
  });
  describe('a share of units is judged for the parent of its units', () => {
    const share = TargetSchema.parse({
      id: 'share', kind: 'share', indicator: 'stations-with-doctors', units: { vi: 'trạm y tế' }, decimals: 1, due: '2026-12-31',
      condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '50',
    });
    const unit = (station: string, value: string, parent?: string): Observation => ({ indicator: 'station-doctors', area: station, period: '2026', value, ...(parent === undefined ? {} : { parent }) });
    it('two stations of one commune: the commune', () => {
      // s1 has 5 ≥ 4, s2 has 2: 1 of 2 = 50.0% ≥ 50
      const result = evaluateTarget(share, [unit('s1', '5', 'xa'), unit('s2', '2', 'xa')], { asOf });
      expect([result.area, result.published, result.status]).toEqual(['xa', '50.0', 'achieved']);
    });
    it('the commune first among the areas observed (number 0) is still the parent', () => {
      // 'xa' is the first area the observations name (its population), so the parent's number is 0
      const observations: Observation[] = [{ indicator: 'population', area: 'xa', period: '2026', value: '12000' }, unit('s1', '5', 'xa')];
      const result = evaluateTarget(share, observations, { asOf });
      expect([result.area, result.published]).toEqual(['xa', '100.0']); // 1 of 1
    });
    it('a unit observed without a parent stands for itself', () => {
      const result = evaluateTarget(share, [unit('s1', '5')], { asOf });
      expect(result.area).toBe('s1');
    });
    it('units of two communes: options.area is needed, and the message lists both', () => {
      const error = expectChitieuError(() => evaluateTarget(share, [unit('s1', '5', 'xa'), unit('s2', '5', 'xb')], { asOf }), 'INVALID_ARGUMENT', 'options.area');
      expect(error.message).toBe("options.area is needed: target 'share' names no area and the observations hold several for its indicator: 'xa', 'xb'");
      expect(error.vi).toBe("cần options.area: chỉ tiêu 'share' không nêu địa bàn và số liệu có nhiều địa bàn cho chỉ số của nó: 'xa', 'xb'");
    });
  });
});
