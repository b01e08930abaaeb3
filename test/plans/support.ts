import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Where a seed text is: CI clones the repository with shared/ beside it, so the seeds are at
 * ../shared/seeds from the repository root. `present` is false where they are not.
 */
export function seedFile(name: string): { path: string; present: boolean } {
  const file = path.resolve(repoRoot, '../shared/seeds', name);
  return { path: file, present: existsSync(file) };
}

/** A lookup of a plan's targets by id that fails the test on an unknown id. */
export function targetFinder(plan: Plan): (id: string) => Target {
  const targets = plan.objectives.flatMap((objective) => objective.targets);
  return (id) => {
    const found = targets.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no target ${id}`);
    return found;
  };
}
