/**
 * The problems of a plan draft that does not parse, in both languages: the model's own wording
 * for its rules and checks (the texts of src/model/messages), a wording from the issue's code
 * for what the model does not word (zod's own messages are generic English without its locales).
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/read/planIssues.js';
import type { PlanInput } from '../../src/model/plan.js';

const draft = (target: Record<string, unknown>, extra: Record<string, unknown> = {}): PlanInput => ({
  id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
  area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2026 },
  objectives: [{ id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu' }, targets: [{ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '10', due: '2026-12-31', ...target }] }],
  ...extra,
}) as PlanInput;

describe('checkDraft', () => {
  it('parses a draft that is a plan', () => {
    expect(checkDraft(draft({})).success).toBe(true);
  });

  it('a rule across fields: the model’s wording in both languages', () => {
    const result = checkDraft(draft({}, { issued: '2027-01-05' }));
    expect(result).toEqual({ success: false, issues: [{
      path: ['objectives', 0, 'targets', 0, 'due'],
      message: {
        en: "due date 2026-12-31 is before the plan's issue date 2027-01-05",
        vi: 'thời hạn 2026-12-31 trước ngày ban hành kế hoạch 2027-01-05',
      },
    }] });
  });

  it('a check of one field: the model’s wording of the check (decimal text with “.”)', () => {
    const result = checkDraft(draft({ value: '17,5' }));
    expect(result.success ? [] : result.issues).toEqual([{
      path: ['objectives', 0, 'targets', 0, 'value'],
      message: { en: 'expected a decimal number written with "." (e.g. 17.5)', vi: 'cần một số thập phân viết bằng dấu "." (ví dụ 17.5)' },
    }]);
  });

  it('what the model does not word: from the issue’s code', () => {
    // a title that is a number: zod's invalid_type
    const result = checkDraft(draft({}, { title: 5 }));
    expect(result.success ? [] : result.issues).toEqual([{ path: ['title'], message: { en: 'has the wrong type', vi: 'sai kiểu dữ liệu' } }]);
  });
});
