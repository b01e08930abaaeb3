/**
 * Clauses of a sentence (src/read/sentence.ts): a sentence is cut at each `;`, and a token in
 * no clause (the `;` itself) belongs to the whole sentence.
 *
 * Expected values are counted by hand on the tokens of “a; b; c” (a 0, ; 1, b 2, ; 3, c 4).
 */
import { describe, expect, it } from 'vitest';
import { clauseOf, clausesOf, type SentenceState } from '../../src/read/sentence.js';
import { tokenize } from '../../src/read/tokens.js';

function stateOf(text: string): SentenceState {
  const tokens = tokenize(text);
  // clauseOf reads only the tokens and the clauses
  return { tokens, clauses: clausesOf(tokens) } as unknown as SentenceState;
}

describe('clauseOf', () => {
  it('finds the clause holding a token', () => {
    const state = stateOf('a; b; c');
    expect(state.clauses).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
      { start: 4, end: 5 },
    ]);
    expect(clauseOf(state, 0)).toEqual({ start: 0, end: 1 });
    expect(clauseOf(state, 2)).toEqual({ start: 2, end: 3 });
    expect(clauseOf(state, 4)).toEqual({ start: 4, end: 5 });
  });

  it('a token in no clause (a semicolon) belongs to the whole sentence', () => {
    const state = stateOf('a; b; c');
    expect(clauseOf(state, 1)).toEqual({ start: 0, end: 5 });
    expect(clauseOf(state, 3)).toEqual({ start: 0, end: 5 });
  });
});
