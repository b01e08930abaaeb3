/**
 * Judging one row of a many-area evaluation: every target for the row's area, with the
 * verdicts of contradicting targets set to `needs-review`. Internal.
 *
 * @internal
 * @module
 */
import type { Judged } from '../kinds/types.js';
import type { Batch } from './batch.js';
import { contradict } from './conflicts.js';
import { judge } from './evaluate.js';

/** The verdicts of a row (with their details when `detail` is set), and for each target in conflict the id of the other. */
export function judgeRow(batch: Batch, area: string, detail: boolean): { readonly judged: Judged[]; readonly conflicts: (string | undefined)[] | undefined } {
  const { prepared, store, tree, pairs, targets } = batch;
  // Stryker disable next-line ArrayDeclaration: the length is only room made ahead; every slot is written below
  const judged: Judged[] = new Array(prepared.length);
  const areaNumber = store.areaNumbers.get(area) ?? -1;
  for (let t = 0; t < prepared.length; t++) judged[t] = judge(prepared[t] as Batch['prepared'][number], store, tree, area, detail, areaNumber);
  let conflicts: (string | undefined)[] | undefined;
  for (const [a, b] of pairs) {
    if (contradict((judged[a] as Judged).status, (judged[b] as Judged).status)) {
      // Stryker disable next-line ArrayDeclaration: the length is only room made ahead; conflicts are read by index only, and a slot not set reads undefined from [] as from a hole
      conflicts ??= new Array(prepared.length);
      conflicts[a] = (targets[b] as { id: string }).id;
      conflicts[b] = (targets[a] as { id: string }).id;
    }
  }
  return { judged, conflicts };
}
