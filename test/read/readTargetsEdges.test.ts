/**
 * readTargets with a due date given as an option: a sentence that names no date takes it,
 * without a question (the caller said it; nothing was assumed), while a sentence read without
 * the option asks by when (DUE_MISSING). A blank text has no drafts. Expected values read by
 * hand from the sentences (Cao Minh 2.2, “Số bác sĩ/vạn dân: 17,5”, 000_fd165c55eb47a287.txt).
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';

describe('readTargets: the due option', () => {
  it('an undated sentence takes the option’s date, and asks nothing about it', () => {
    const [draft] = readTargets('Số bác sĩ/vạn dân: 17,5.', { due: '2026-12-31' });
    expect([draft?.indicator, draft?.value, draft?.due]).toEqual(['doctors-per-10k', '17.5', '2026-12-31']);
    expect(draft?.questions.map((q) => q.code)).not.toContain('DUE_ASSUMED');
    expect(draft?.questions.map((q) => q.code)).not.toContain('DUE_MISSING');
  });

  it('without the option: no due date, and the question by when', () => {
    const [draft] = readTargets('Số bác sĩ/vạn dân: 17,5.');
    expect(draft?.due).toBeUndefined();
    expect(draft?.questions.map((q) => q.code)).toContain('DUE_MISSING');
  });

  it('a date in the sentence wins over the option', () => {
    const [draft] = readTargets('Đến năm 2030, số bác sĩ/vạn dân đạt 19.', { due: '2026-12-31' });
    expect(draft?.due).toBe('2030-12-31');
  });

  it('a blank text: no drafts, a frozen list', () => {
    const drafts = readTargets(' \n\t ', { due: '2026-12-31' });
    expect(drafts).toEqual([]);
    expect(Object.isFrozen(drafts)).toBe(true);
  });
});
