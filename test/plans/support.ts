import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Where a seed text is: the five source plans are kept in the repository, byte for byte, in
 * test/fixtures/seeds (see the README there), so every clone can check the encoded plans
 * against their text. A name that is not one of them fails the test file.
 */
export function seedFile(name: string): { path: string; present: boolean } {
  const file = path.resolve(repoRoot, 'test/fixtures/seeds', name);
  if (!existsSync(file)) throw new Error(`no seed text ${name} in test/fixtures/seeds`);
  return { path: file, present: true };
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
