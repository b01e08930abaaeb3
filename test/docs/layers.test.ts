/**
 * The layers of docs/guide.md: every relative import in src points down the list (or stays
 * in its own layer), never up. Read from the source files' import statements.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * Bottom first: a layer may import the ones before it. `errors` is the leaf; `freeze` freezes
 * results; `messages` holds the wording every layer shares; `isoDay` the one reader of days
 * and periods. `read` sits above `evaluate` (it runs `checkPlan`) and `plans` (which must not
 * import it).
 */
const ORDER = ['errors', 'freeze', 'messages', 'isoDay', 'numeric', 'stats', 'population', 'model', 'catalog', 'calendar', 'evaluate', 'plans', 'read', 'index'];

function layerOf(file: string): string {
  const first = relative(src, file).split(/[\\/]/)[0] as string;
  return first.replace(/\.ts$/, '');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('layers', () => {
  const all = files(src);
  it('every source file belongs to a known layer', () => {
    expect(all.map(layerOf).filter((layer) => !ORDER.includes(layer))).toEqual([]);
  });
  it('imports point down the list of layers, never up', () => {
    const upward: string[] = [];
    for (const file of all) {
      const from = layerOf(file);
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts'));
        const to = layerOf(target);
        if (ORDER.indexOf(to) > ORDER.indexOf(from)) upward.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
  it('read imports no plan: it reads documents, it does not know the five', () => {
    const plans = all
      .filter((file) => layerOf(file) === 'read')
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => layerOf(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')))))
      .filter((layer) => layer === 'plans');
    expect(plans).toEqual([]);
  });
  it.each(['numeric', 'stats'])('%s imports nothing of ours but errors and the shared messages', (layer) => {
    const imports = all
      .filter((file) => layerOf(file) === layer)
      // type-only imports (`Num` in a signature) add no dependency at run time
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gm)].map((m) => layerOf(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')))));
    expect([...new Set(imports)].filter((other) => other !== 'errors' && other !== 'freeze' && other !== 'messages' && other !== layer)).toEqual([]);
  });
});
