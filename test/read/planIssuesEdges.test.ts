/**
 * checkDraft on drafts that fail a check of one field written as a refinement (a custom
 * problem with no Vietnamese of its own): a due date that does not exist in the calendar (30
 * February 2026) and a count that is not whole (7.5 communes). Their wording is the model's
 * (src/model/messages: “expected a date that exists in the calendar”, “expected a whole count”),
 * found from the English the schema reports.
 */
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../src/model/plan.js';
import { checkDraft } from '../../src/read/planIssues.js';

const draft = (target: Record<string, unknown>): PlanInput => ({
  id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
  area: { id: 'xa', name: { vi: 'xã' }, level: 'commune' }, period: { from: 2026, to: 2026 },
  objectives: [{ id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu' }, targets: [{ id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '10', due: '2026-12-31', ...target }] }],
}) as PlanInput;

describe('checkDraft: refinements of one field', () => {
  it('30 February 2026 does not exist', () => {
    const result = checkDraft(draft({ due: '2026-02-30' }));
    expect(result.success ? [] : result.issues).toEqual([{
      path: ['objectives', 0, 'targets', 0, 'due'],
      message: { en: 'expected a date that exists in the calendar', vi: 'cần một ngày có thật trong lịch' },
    }]);
  });

  it('a count of 7.5 communes is not whole', () => {
    const result = checkDraft(draft({ kind: 'count', indicator: 'communes-meeting-national-criteria-count', value: '7.5' }));
    expect(result.success ? [] : result.issues).toEqual([{
      path: ['objectives', 0, 'targets', 0, 'value'],
      message: { en: 'expected a whole count', vi: 'cần một số đếm nguyên' },
    }]);
  });
});
