/**
 * The shipped plans are plain literals, built by nothing at import time: no zod runs when
 * `chitieu/plans` is imported, and none is bundled with it. Each literal is already in the
 * parsed form (every default written out), so `PlanSchema.parse` gives it back unchanged:
 * that is what keeps the data valid. Each is frozen all the way down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/model/plan.js';
import { plans } from '../../src/plans/index.js';

const plansDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/plans');

/** Every object or array inside `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const here = Object.isFrozen(value) ? [] : [path];
  return [...here, ...Object.entries(value).flatMap(([key, inner]) => unfrozen(inner, `${path}.${key}`))];
}

describe('the shipped plans as literals', () => {
  it.each(plans.map((plan) => [plan.id, plan] as const))('%s: PlanSchema.parse gives the literal back, key for key', (_id, plan) => {
    // toStrictEqual: no key missing, none added, none undefined where the parse leaves it out
    expect(PlanSchema.parse(plan)).toStrictEqual(plan);
  });

  it.each(plans.map((plan) => [plan.id, plan] as const))('%s: is frozen all the way down', (_id, plan) => {
    expect(unfrozen(plan)).toEqual([]);
    expect(() => {
      (plan.objectives as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('the list of plans is frozen too', () => {
    expect(Object.isFrozen(plans)).toBe(true);
  });

  it('src/plans imports the model for its types only, and never zod', () => {
    const files = readdirSync(plansDir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(7); // five plans, index.ts, deepFreeze.ts
    const offending: string[] = [];
    for (const name of files) {
      const source = readFileSync(join(plansDir, name), 'utf8');
      for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
        const [statement, typeOnly, from] = match as unknown as [string, string | undefined, string];
        if (from === 'zod' || (from.startsWith('../') && typeOnly === undefined)) offending.push(`${name}: ${statement.replace(/\s+/g, ' ')}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('a bundle of chitieu/plans holds the plans and no zod', async () => {
    const result = await build({
      entryPoints: [join(plansDir, 'index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      charset: 'utf8',
      logLevel: 'silent',
    });
    const bundle = result.outputFiles[0]?.text ?? '';
    expect(bundle).toContain('Ban Thường vụ Đảng ủy xã Cao Minh');
    expect(bundle).not.toMatch(/ZodError|\$ZodType|from "zod"/);
    expect(bundle).not.toContain('decimal.js');
  });
});
