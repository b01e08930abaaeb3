/**
 * The reader on sentences from published plans and resolutions other than the five seeds
 * (see corpus.ts for each sentence's source), against drafts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';
import type { TargetDraft } from '../../src/read/types.js';
import { CORPUS, type CorpusEntry } from './corpus.js';

function check(entry: CorpusEntry, draft: TargetDraft, expected: CorpusEntry['expected'][number]): void {
  for (const [key, value] of Object.entries(expected)) {
    const actual = (draft as unknown as Record<string, unknown>)[key];
    if (key === 'questions') {
      // the listed questions are asked (others may be too)
      expect(draft.questions.map((q) => q.code)).toEqual(expect.arrayContaining(value as string[]));
      if ((value as string[]).length === 0) expect(draft.questions.filter((q) => q.code !== 'DUE_MISSING')).toEqual([]);
    } else if (key === 'baseline' || key === 'condition') {
      expect(actual, `${key} of “${draft.text}”`).toMatchObject(value as object);
    } else {
      expect(actual, `${key} of “${draft.text}” in “${entry.text.slice(0, 60)}”`).toEqual(value);
    }
  }
}

describe('sentences from other published plans', () => {
  it('holds at least 40 sentences, each with its document, date and where it was read', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    for (const entry of CORPUS) {
      expect(entry.source.document.length).toBeGreaterThan(10);
      expect(entry.source.date).toMatch(/^\d{4}/);
      expect(entry.source.read).toMatch(/^https?:\/\//);
      expect(entry.text.normalize('NFC')).toBe(entry.text);
    }
  });

  it.each(CORPUS.map((entry) => [entry.text.slice(0, 70), entry] as const))('%s', (_, entry) => {
    const drafts = readTargets(entry.text, entry.due === undefined ? undefined : { due: entry.due });
    expect(drafts.map((draft) => draft.text)).toHaveLength(entry.expected.length);
    entry.expected.forEach((expected, k) => check(entry, drafts[k] as TargetDraft, expected));
    for (const draft of drafts) expect(entry.text.slice(draft.start, draft.end)).toBe(draft.text);
  });
});
