/**
 * The known name nearest a misspelt one, for messages that suggest it (“did you mean
 * 'baseline'?”). Internal.
 *
 * @internal
 * @module
 */

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), ignoring case; stops early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // The distance is at least the difference in length, and a row's smallest entry never falls
  // in the rows after it: both early returns below only save work, since nearest never takes a
  // distance above `limit`.
  // Stryker disable next-line ConditionalExpression: only saves work (the rows below end above `limit` all the same)
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  // the row before `previous`: read from the second row on only (a swap needs two letters of x)
  let before = previous;
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      // a swap of x's letters i - 1 and i with y's j - 1 and j (in the first row or column, x[-1]
      // or y[-1] is undefined and equals no letter)
      if (x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    // Stryker disable next-line ConditionalExpression: only saves work (the distance cannot fall back to `limit` in a later row)
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length] as number;
}

/**
 * The candidate nearest `word`, when one is close enough to be a likely misspelling (at most
 * a third of its letters differ, and at least one); `undefined` otherwise. Words longer than
 * 100 characters are not compared.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let found: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate, limit);
    if (d < bestDistance) {
      bestDistance = d;
      found = candidate;
    }
  }
  return found;
}
