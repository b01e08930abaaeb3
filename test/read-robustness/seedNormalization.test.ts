/**
 * The reader gives the same drafts whatever the text's Unicode normalisation and line ends:
 * each seed plan read as published (NFC, LF), decomposed (NFD: “ệ” as e + U+0302 + U+0323) and
 * with CRLF line ends. Moved here from test/read/seeds.test.ts: these tests compare the reader
 * with itself, so they cannot tell a right reading from a wrong one, and they read each plan
 * three times, half of the reader's test time under mutation testing (README, "Mutation
 * testing"), which leaves test/read-robustness out; `npm test` runs them.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/read/readPlan.js';
import { SEEDS, seedText } from '../read/measure.js';

function signature(text: string): string[] {
  return readPlan(text).drafts.map((draft) => [draft.indicator, draft.targetKind, draft.comparator, draft.value, draft.due, draft.line].join(' '));
}

describe('readPlan on the five seed texts', () => {
  it.each(SEEDS.map(([plan, file]) => [plan.id, file] as const))('%s: the same drafts from its text decomposed (NFD) and with CRLF line ends', (_, file) => {
    const text = seedText(file);
    const published = signature(text);
    // a plan read at all: each seed has target drafts
    expect(published.length).toBeGreaterThan(0);
    expect(signature(text.normalize('NFD'))).toEqual(published);
    expect(signature(text.replace(/\n/g, '\r\n'))).toEqual(published);
  });
});
